#include "sloobjectives.h"

#include "model/numbertext.h"

namespace seam {

namespace {

bool servesGrpc(const Model &model, const Component &component)
{
    for (const Api &api : component.apis ? *component.apis : std::vector<Api> {})
        if (api.style == Pattern::Grpc)
            return true;
    for (const Integration &integration : model.integrationList())
        if (integration.to == component.id && integration.pattern == Pattern::Grpc)
            return true;
    return false;
}

struct Series {
    std::string histogram;
    MetricUnit unit;
    std::string selector;
    std::string errorSelector;
};

Series seriesOf(const Model &model, const Component &component)
{
    const bool grpc = servesGrpc(model, component);
    Series s;
    s.histogram = grpc ? "rpc_server_duration_milliseconds" : "http_server_request_duration_seconds";
    s.unit = grpc ? MetricUnit::Milliseconds : MetricUnit::Seconds;
    s.errorSelector = grpc ? "rpc_grpc_status_code!=\"0\"" : "http_response_status_code=~\"5..\"";
    const std::string service
        = component.kubernetes && component.kubernetes->service ? *component.kubernetes->service : component.id;
    s.selector = "service_name=\"" + service + "\"";
    if (const MetricNames *m = component.metrics ? &*component.metrics : nullptr) {
        s.histogram = m->histogram.value_or(s.histogram);
        s.unit = m->unit.value_or(s.unit);
        s.selector = m->selector.value_or(s.selector);
        s.errorSelector = m->errorSelector.value_or(s.errorSelector);
    }
    return s;
}

std::string matchers(const std::string &a, const std::string &b = {})
{
    return "{" + a + (a.empty() || b.empty() ? "" : ",") + b + "}";
}

} // namespace

std::vector<SloObjective> sloObjectives(const Model &model, const Component &component)
{
    std::vector<SloObjective> out;
    if (!component.sla)
        return out;
    const Sla &sla = *component.sla;
    const Series s = seriesOf(model, component);
    const std::string totalSeries = s.histogram + "_count" + matchers(s.selector);
    const std::string total = "sum(rate(" + totalSeries + "[$window]))";
    if (sla.availability && *sla.availability < 100) {
        SloObjective slo {
            component.id + "-availability", component.id, *sla.availability / 100, totalSeries, {}, {}, {}};
        slo.badSeries = s.histogram + "_count" + matchers(s.selector, s.errorSelector);
        // `or vector(0)`: no failed request yet is a bad share of 0, not a missing SLI.
        slo.badRatio = "(sum(rate(" + slo.badSeries + "[$window])) or vector(0)) / " + total;
        out.push_back(std::move(slo));
    }
    const auto latency = [&](const std::optional<double> &targetMs, double share, const char *name) {
        if (!targetMs)
            return;
        const double le = s.unit == MetricUnit::Seconds ? *targetMs / 1000 : *targetMs;
        SloObjective slo {component.id + "-latency-" + name, component.id, share, totalSeries, {}, {}, {}};
        slo.goodSeries = s.histogram + "_bucket" + matchers(s.selector, "le=\"" + formatRounded(le, 9) + "\"");
        slo.badRatio = "1 - sum(rate(" + slo.goodSeries + "[$window])) / " + total;
        out.push_back(std::move(slo));
    };
    latency(sla.latencyP95Ms, 0.95, "p95");
    latency(sla.latencyP99Ms, 0.99, "p99");
    return out;
}

} // namespace seam
