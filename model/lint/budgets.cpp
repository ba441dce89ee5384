// Budget rules: what a component promises (sla) held against what its
// synchronous dependencies and its own timeouts/retries allow.
// latency-budget, availability-budget, timeout-below-latency, retry-budget.

#include "lintcontext.h"

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

void latencyBudget(LintContext &context, std::vector<int> &seenBy)
{
    const int rule = context.rule("latency-budget");
    if (!context.enabled(rule))
        return;
    const LintIndex &index = context.index();
    for (int c = 0; c < index.componentCount(); ++c) {
        const auto promise = latencyOf(index.component(c));
        if (!promise)
            continue;
        double total = 0;
        std::vector<std::string> parts;
        std::vector<std::string> related;
        for (int edge : index.outgoing(c)) {
            if (!index.integration(edge).isSync())
                continue;
            const int callee = index.to(edge);
            if (seenBy[size_t(callee)] == c) // distinct callees: two calls to one service count once
                continue;
            seenBy[size_t(callee)] = c;
            if (const auto latency = latencyOf(index.component(callee))) {
                total += *latency;
                parts.push_back(index.component(callee).id + " " + formatNumber(*latency) + " ms");
                related.push_back(index.component(callee).id);
            }
        }
        if (total > *promise)
            context.reportComponent(rule, c,
                                    index.component(c).id + " promises p95 " + formatNumber(*promise)
                                        + " ms but its synchronous callees add up to " + formatNumber(total)
                                        + " ms: " + joinList(parts),
                                    std::move(related));
    }
}

void availabilityBudget(LintContext &context, std::vector<int> &seenBy)
{
    const int rule = context.rule("availability-budget");
    if (!context.enabled(rule))
        return;
    const LintIndex &index = context.index();
    // Marks are component + offset so this pass does not collide with latencyBudget's.
    const int base = index.componentCount();
    for (int c = 0; c < index.componentCount(); ++c) {
        const auto promise = availabilityOf(index.component(c));
        if (!promise)
            continue;
        double product = 1.0;
        std::vector<std::string> parts;
        std::vector<std::string> related;
        for (int edge : index.outgoing(c)) {
            const Integration &integration = index.integration(edge);
            // A fallback means the caller survives this callee being down.
            if (!integration.isSync() || hasFallback(integration))
                continue;
            const int callee = index.to(edge);
            if (seenBy[size_t(callee)] == base + c)
                continue;
            seenBy[size_t(callee)] = base + c;
            if (const auto availability = availabilityOf(index.component(callee))) {
                product *= *availability / 100.0;
                parts.push_back(index.component(callee).id + " " + formatNumber(*availability) + "%");
                related.push_back(index.component(callee).id);
            }
        }
        const double offered = product * 100.0;
        // Tolerance: 99.9 × 100% must not fall "below" 99.9 by a rounding error.
        if (offered < *promise - 1e-9)
            context.reportComponent(rule, c,
                                    index.component(c).id + " promises " + formatNumber(*promise)
                                        + "% availability but its synchronous callees without fallback multiply to "
                                        + formatNumber(offered) + "%: " + joinList(parts),
                                    std::move(related));
    }
}

void timeoutBelowLatency(LintContext &context)
{
    const int rule = context.rule("timeout-below-latency");
    if (!context.enabled(rule))
        return;
    const LintIndex &index = context.index();
    for (int i = 0; i < index.integrationCount(); ++i) {
        const Integration &integration = index.integration(i);
        if (!integration.timeoutMs || !index.resolved(i))
            continue;
        const Component &callee = index.component(index.to(i));
        const auto latency = latencyOf(callee);
        if (!latency || double(*integration.timeoutMs) >= *latency)
            continue;
        context.reportIntegration(rule, i,
                                  integration.id + " times out after " + std::to_string(*integration.timeoutMs)
                                      + " ms, below the p95 latency of " + callee.id + " (" + formatNumber(*latency)
                                      + " ms)",
                                  {callee.id});
    }
}

void retryBudget(LintContext &context)
{
    const int rule = context.rule("retry-budget");
    if (!context.enabled(rule))
        return;
    const LintIndex &index = context.index();
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
                                  integration.id + " may take " + std::to_string(*retry.maxAttempts) + " attempts × "
                                      + std::to_string(*integration.timeoutMs) + " ms = " + formatNumber(worst)
                                      + " ms, more than the p95 " + formatNumber(*promise) + " ms " + caller.id
                                      + " promises",
                                  {caller.id});
    }
}

} // namespace

void lintBudgets(LintContext &context)
{
    std::vector<int> seenBy(size_t(context.index().componentCount()), -1);
    latencyBudget(context, seenBy);
    availabilityBudget(context, seenBy);
    timeoutBelowLatency(context);
    retryBudget(context);
}

} // namespace seam::lintrules
