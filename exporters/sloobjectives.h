#pragma once
// The objectives of a component's SLA and the series they are computed from, as every SLO
// export (prometheus, openslo) reads them: one source, so the rule files and the OpenSLO
// documents name the same SLOs over the same metrics. docs/runtime-config.md has the mapping.

#include "model/model.h"

#include <array>
#include <string>
#include <vector>

namespace seam {

// One objective of a component SLA.
struct SloObjective {
    std::string id; // "orders-availability", "orders-latency-p95"
    std::string component;
    double objective; // good share, e.g. 0.9995
    std::string totalSeries; // the counter of all requests: `<histogram>_count{<selector>}`
    std::string badSeries; // availability: the counter of failed requests; else empty
    std::string goodSeries; // latency: the `_bucket` counter of the requests within the target; else empty
    std::string badRatio; // PromQL of the bad share over the window `$window`
};

// The objectives of a component's SLA with the series they are computed from (component
// `metrics`, else the OpenTelemetry semantic-convention metrics). Empty without an SLA.
std::vector<SloObjective> sloObjectives(const Model &model, const Component &component);

// The SRE workbook's multi-window, multi-burn-rate alerts for a 30-day error budget.
inline constexpr const char *kSloBudgetWindow = "30d";
struct BurnAlert {
    double burnRate;
    const char *longWindow;
    const char *shortWindow;
    const char *severity;
};
inline constexpr std::array<BurnAlert, 4> kBurnAlerts {{
    {14.4, "1h", "5m", "page"},
    {6, "6h", "30m", "page"},
    {3, "1d", "2h", "ticket"},
    {1, "3d", "6h", "ticket"},
}};

} // namespace seam
