// Budget rules: what a component promises (sla) held against what its
// synchronous dependencies and its own timeouts/retries allow.
// latency-budget, availability-budget, timeout-below-latency, retry-budget.

#include "lintcontext.h"
#include "numbertext.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace seam::lintrules {

namespace {

std::optional<double> latencyOf(const Component &component)
{
    return component.sla ? component.sla->latencyP95Ms : std::nullopt;
}

std::optional<double> availabilityOf(const Component &component)
{
    return component.sla ? component.sla->availability : std::nullopt;
}

bool hasFallback(const Integration &integration)
{
    return integration.reliability && integration.reliability->fallback && !integration.reliability->fallback->empty();
}

// Per callee of `caller`: the most times a flow step calls it per journey (0: not a sync callee).
// `seenBy` and `runs` are per component, reused across callers so the rule stays linear.
template <typename Counts>
void calleeRuns(const ModelIndex &index, int caller, const std::vector<long long> &stepRuns, Counts counts,
                std::vector<int> &seenBy, std::vector<long long> &runs)
{
    for (int edge : index.outgoing(caller)) {
        if (!counts(index.integration(edge)))
            continue;
        const int callee = index.to(edge);
        if (seenBy[size_t(callee)] != caller) {
            seenBy[size_t(callee)] = caller;
            runs[size_t(callee)] = 0;
        }
        runs[size_t(callee)] = std::max(runs[size_t(callee)], stepRuns[size_t(edge)]);
    }
}

std::string timesText(long long runs)
{
    return runs > 1 ? formatNumber(runs) + " × " : std::string();
}

void latencyBudget(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    const std::vector<long long> stepRuns = stepRunsPerIntegration(index);
    std::vector<int> seenBy(size_t(index.componentCount()), -1), counted(size_t(index.componentCount()), -1);
    std::vector<long long> runs(size_t(index.componentCount()), 0);
    for (int c = 0; c < index.componentCount(); ++c) {
        const auto promise = latencyOf(index.component(c));
        if (!promise)
            continue;
        calleeRuns(
            index, c, stepRuns, [](const Integration &i) { return i.isSync(); }, seenBy, runs);
        double total = 0;
        std::vector<std::string> parts;
        std::vector<std::string> related;
        for (int edge : index.outgoing(c)) {
            if (!index.integration(edge).isSync())
                continue;
            const int callee = index.to(edge);
            if (counted[size_t(callee)] == c) // distinct callees: two calls to one service count once
                continue;
            counted[size_t(callee)] = c;
            if (const auto latency = latencyOf(index.component(callee))) {
                const long long n = runs[size_t(callee)]; // a step calling it N times per journey: N calls
                total += double(n) * *latency;
                parts.push_back(index.component(callee).id + " " + timesText(n) + formatNumber(*latency) + " ms");
                related.push_back(index.component(callee).id);
            }
        }
        if (total > *promise)
            context.reportComponent(rule, c,
                                    index.component(c).id + " promises p95 " + formatNumber(*promise)
                                        + " ms but its synchronous callees add up to " + formatRounded(total, 3)
                                        + " ms: " + joinList(parts),
                                    std::move(related));
    }
}

void availabilityBudget(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    const std::vector<long long> stepRuns = stepRunsPerIntegration(index);
    std::vector<int> seenBy(size_t(index.componentCount()), -1), counted(size_t(index.componentCount()), -1);
    std::vector<long long> runs(size_t(index.componentCount()), 0);
    // A fallback means the caller survives this callee being down.
    const auto counts = [](const Integration &i) { return i.isSync() && !hasFallback(i); };
    for (int c = 0; c < index.componentCount(); ++c) {
        const auto promise = availabilityOf(index.component(c));
        if (!promise)
            continue;
        calleeRuns(index, c, stepRuns, counts, seenBy, runs);
        double product = 1.0;
        std::vector<std::string> parts;
        std::vector<std::string> related;
        for (int edge : index.outgoing(c)) {
            if (!counts(index.integration(edge)))
                continue;
            const int callee = index.to(edge);
            if (counted[size_t(callee)] == c)
                continue;
            counted[size_t(callee)] = c;
            if (const auto availability = availabilityOf(index.component(callee))) {
                const long long n = runs[size_t(callee)]; // N calls per journey: every one must succeed
                product *= std::pow(*availability / 100.0, double(n));
                parts.push_back(index.component(callee).id + " " + formatNumber(*availability) + "%"
                                + (n > 1 ? "^" + formatNumber(n) : std::string()));
                related.push_back(index.component(callee).id);
            }
        }
        const double offered = product * 100.0;
        // Tolerance: 99.9 × 100% must not fall "below" 99.9 by a rounding error.
        if (offered < *promise - 1e-9)
            context.reportComponent(rule, c,
                                    index.component(c).id + " promises " + formatNumber(*promise)
                                        + "% availability but its synchronous callees without fallback multiply to "
                                        + formatRounded(offered, 3) + "%: " + joinList(parts),
                                    std::move(related));
    }
}

void timeoutBelowLatency(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    for (int i = 0; i < index.integrationCount(); ++i) {
        const Integration &integration = index.integration(i);
        if (!integration.timeoutMs || !index.resolved(i))
            continue;
        const Component &callee = index.component(index.to(i));
        const auto latency = latencyOf(callee);
        if (!latency || double(*integration.timeoutMs) >= *latency)
            continue;
        context.reportIntegration(rule, i,
                                  integration.id + " times out after " + formatNumber(*integration.timeoutMs)
                                      + " ms, below the p95 latency of " + callee.id + " (" + formatNumber(*latency)
                                      + " ms)",
                                  {callee.id});
    }
}

void retryBudget(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    for (int i = 0; i < index.integrationCount(); ++i) {
        const Integration &integration = index.integration(i);
        if (!integration.timeoutMs || !integration.reliability || !integration.reliability->retry || !index.resolved(i))
            continue;
        const Retry &retry = *integration.reliability->retry;
        if (retry.unbounded || !retry.maxAttempts)
            continue; // not numeric: unbounded-retries reports it
        const Component &caller = index.component(index.from(i));
        const auto promise = latencyOf(caller);
        if (!promise)
            continue;
        const double worst = double(*retry.maxAttempts) * double(*integration.timeoutMs);
        if (worst <= *promise)
            continue;
        context.reportIntegration(rule, i,
                                  integration.id + " may take " + formatNumber(*retry.maxAttempts) + " attempts × "
                                      + formatNumber(*integration.timeoutMs) + " ms = " + formatNumber(worst)
                                      + " ms, more than the p95 " + formatNumber(*promise) + " ms " + caller.id
                                      + " promises",
                                  {caller.id});
    }
}

// clang-format off
constexpr std::array<RuleRow, 4> kRules{{
    {{"latency-budget", Severity::Warning, "Latency promise below the sum of synchronous callees",
     "A component that calls its dependencies in sequence cannot answer faster than they do "
     "together.",
     "Call the dependencies in parallel or asynchronously, cache their answers, or relax the "
     "component's latency_p95_ms.",
     "components:\n"
     "  - {id: orders, kind: service, sla: {latency_p95_ms: 100}}\n"
     "  - {id: inventory, kind: service, sla: {latency_p95_ms: 150}}\n"
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest}\n",
     "the component promises latency_p95_ms L, and the latency_p95_ms of its distinct sync callees "
     "(called in sequence; callees without one count 0; a callee that a flow step calls N times per "
     "journey, with times: N, counts N times) add up to more than L",
     "caller"}, latencyBudget},
    {{"availability-budget", Severity::Warning, "Availability promise above what the callees allow",
     "Serial dependencies multiply: a component that needs every callee up is at most as available "
     "as the product of their availabilities.",
     "Add a fallback on the integration (cached response, queue for later), make the call "
     "asynchronous, or promise a lower availability.",
     "components:\n"
     "  - {id: orders, kind: service, sla: {availability: 99.99}}\n"
     "  - {id: inventory, kind: service, sla: {availability: 99.9}}\n"
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest}\n",
     "the component promises availability A, and the product of the availabilities of its distinct "
     "sync callees reached by at least one integration without fallback (callees without one are "
     "left out; a callee that a flow step calls N times per journey counts to the power N) is below A",
     "caller"}, availabilityBudget},
    {{"timeout-below-latency", Severity::Warning, "Timeout below the callee's p95 latency",
     "With a timeout under the callee's 95th percentile latency, more than 5% of calls time out by "
     "design and are retried or failed.",
     "Raise timeout_ms above the callee's latency_p95_ms, or make the callee faster and lower its "
     "promise.",
     "components:\n"
     "  - {id: inventory, kind: service, sla: {latency_p95_ms: 300}}\n"
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest, timeout_ms: 200}\n",
     "timeout_ms is below the callee's latency_p95_ms", "integration"}, timeoutBelowLatency},
    {{"retry-budget", Severity::Warning, "Retries do not fit the caller's latency promise",
     "When every attempt may run to its timeout, max_attempts × timeout_ms is how long the caller "
     "can wait: beyond its own promise, retries break it.",
     "Lower max_attempts or timeout_ms so their product fits the caller's latency_p95_ms, or retry "
     "asynchronously.",
     "components:\n"
     "  - {id: orders, kind: service, sla: {latency_p95_ms: 500}}\n"
     "integrations:\n"
     "  - id: orders-inventory\n"
     "    from: orders\n"
     "    to: inventory\n"
     "    pattern: rest\n"
     "    timeout_ms: 300\n"
     "    reliability: {retry: {max_attempts: 3, backoff: exponential, jitter: 0.2}}\n",
     "the caller promises latency_p95_ms L, and a numeric max_attempts × timeout_ms of this "
     "integration exceeds L",
     "integration"}, retryBudget},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> budgetRules()
{
    return kRules;
}

} // namespace seam::lintrules
