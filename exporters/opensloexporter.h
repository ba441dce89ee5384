#pragma once
// openslo/slos.yaml: OpenSLO v1 documents for the SLAs the prometheus export turns into rules:
// a Service per component with an SLA, an SLI (a Prometheus ratio metric over the same series)
// and an SLO per objective, and per owner the AlertPolicies of the same burn-rate windows with
// an AlertNotificationTarget. docs/runtime-config.md has the mapping.

#include "exporter.h"

namespace seam {

class OpenSloExporter : public Exporter {
public:
    std::string_view id() const override { return "openslo"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
