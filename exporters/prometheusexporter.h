#pragma once
// prometheus/slo-rules.yaml: per component SLA, SLO recording rules and multi-window,
// multi-burn-rate alerts (the Google SRE workbook's: page at 14.4x over 1h and 5m and at 6x over
// 6h and 30m, ticket at 3x over 1d and 2h and at 1x over 3d and 6h), labelled with the owner
// for Alertmanager routing. docs/runtime-config.md has the mapping.

#include "exporter.h"
#include "sloobjectives.h"

namespace seam {

class PrometheusExporter : public Exporter {
public:
    std::string_view id() const override { return "prometheus"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
