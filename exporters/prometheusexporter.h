#pragma once
// prometheus/slo-rules.yaml: per component SLA, SLO recording rules and multi-window,
// multi-burn-rate alerts (the Google SRE workbook's: page at 14.4x over 1h and 5m and at 6x over
// 6h and 30m, ticket at 3x over 1d and 2h and at 1x over 3d and 6h), labelled with the owner
// for Alertmanager routing. docs/runtime-config.md has the mapping.

#include "exporter.h"

#include <string>
#include <vector>

namespace seam {

// One objective of a component SLA, as the rule file names and computes it.
struct SloObjective {
    std::string id; // "orders-availability", "orders-latency-p95"
    std::string component;
    double objective; // good share, e.g. 0.9995
    std::string badRatio; // PromQL of the bad share over the window `$window`
};

// The objectives of a component's SLA with the series they are computed from
// (component `metrics`, else the OpenTelemetry semantic-convention metrics).
std::vector<SloObjective> sloObjectives(const Model &model, const Component &component);

class PrometheusExporter : public Exporter {
public:
    std::string_view id() const override { return "prometheus"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
