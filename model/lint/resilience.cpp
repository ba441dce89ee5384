// Resilience arithmetic over synchronous chains: what retries and timeouts add
// up to across hops, which no single integration shows.
// retry-amplification, timeout-inversion. Linear in components + integrations.

#include "callarithmetic.h"
#include "lintcontext.h"
#include "numbertext.h"
#include "postorder.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace seam::lintrules {

namespace {

constexpr double kProductCap = kAttemptProductCap;
// Hops spelled out in a finding; the rest is "…".
constexpr size_t kHopsShown = 8;

bool isCall(const ModelIndex &index, int edge)
{
    return index.resolved(edge) && index.integration(edge).isSync();
}

std::string productText(double product)
{
    return product >= kProductCap ? "more than " + formatNumber(kProductCap) : formatRounded(product, 0);
}

// For every component, the synchronous chain below it whose attempts multiply
// the most: `product` (attempts reaching the end of the chain for one call of
// the component), its first hop, the first hop that retries, and how many hops
// retry. Post-order over the call graph; an edge back into a component still
// being visited (a cycle, reported by sync-cycle) counts as a leaf.
struct Amplification {
    std::vector<double> product;
    std::vector<int> best; // first edge of the strongest chain, -1 at a leaf
    std::vector<int> firstRetry; // first edge with attempts > 1 on that chain, -1 if none
    std::vector<int> retryHops;
};

Amplification amplification(const ModelIndex &index)
{
    const size_t n = size_t(index.componentCount());
    Amplification a {std::vector<double>(n, 1.0), std::vector<int>(n, -1), std::vector<int>(n, -1),
                     std::vector<int>(n, 0)};
    postOrder(
        index, [&](int edge) { return isCall(index, edge); },
        [&](int v, const auto &finished) {
            for (int edge : index.outgoing(v)) {
                const int w = index.to(edge);
                if (!isCall(index, edge) || !finished(w))
                    continue; // not a call, or a back edge
                const long long attempts = attemptsOf(index.integration(edge));
                const double product = std::min(double(attempts) * a.product[size_t(w)], kProductCap);
                if (product > a.product[size_t(v)] || a.best[size_t(v)] < 0) {
                    a.product[size_t(v)] = product;
                    a.best[size_t(v)] = edge;
                    a.firstRetry[size_t(v)] = attempts > 1 ? edge : a.firstRetry[size_t(w)];
                    a.retryHops[size_t(v)] = (attempts > 1 ? 1 : 0) + a.retryHops[size_t(w)];
                }
            }
        });
    return a;
}

void retryAmplification(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    const Amplification a = amplification(index);
    const double threshold = double(context.settings().retryAmplification());
    std::unordered_set<int> reported; // a chain is reported once, at its first retrying hop
    for (int edge = 0; edge < index.integrationCount(); ++edge) {
        if (!isCall(index, edge))
            continue;
        const int from = index.from(edge);
        // Only chains as long as they get: a caller that is itself called is part of a longer chain.
        if (std::any_of(index.incoming(from).begin(), index.incoming(from).end(),
                        [&](int in) { return isCall(index, in); }))
            continue;
        const int to = index.to(edge);
        const long long attempts = attemptsOf(index.integration(edge));
        const double product = std::min(double(attempts) * a.product[size_t(to)], kProductCap);
        const int start = attempts > 1 ? edge : a.firstRetry[size_t(to)];
        const int hops = (attempts > 1 ? 1 : 0) + a.retryHops[size_t(to)];
        if (product <= threshold || hops < 2 || !reported.insert(start).second)
            continue;
        // Spell the chain from its first retrying hop: that is where the multiplication starts.
        std::vector<std::string> factors;
        std::string path = index.component(index.from(start)).id;
        std::vector<std::string> related;
        int hop = start;
        size_t shown = 0;
        int leaf = index.to(start);
        while (hop >= 0) {
            const Integration &integration = index.integration(hop);
            leaf = index.to(hop);
            if (shown < kHopsShown) {
                path += " → " + index.component(leaf).id;
                related.push_back(index.component(leaf).id);
                if (attemptsOf(integration) > 1)
                    factors.push_back(formatNumber(attemptsOf(integration)));
            } else if (shown == kHopsShown) {
                path += " → …";
                factors.push_back("…");
            }
            ++shown;
            hop = a.best[size_t(leaf)];
        }
        if (shown > kHopsShown)
            path += " → " + index.component(leaf).id;
        std::string factorText;
        for (const std::string &factor : factors)
            factorText += (factorText.empty() ? "" : " × ") + factor;
        context.reportIntegration(rule, start,
                                  index.integration(start).id + " starts a chain whose retries multiply: " + path + ", "
                                      + factorText + " = " + productText(product) + " calls reach "
                                      + index.component(leaf).id + " while it fails, for one call by "
                                      + index.component(index.from(start)).id + " (max_retry_amplification is "
                                      + formatNumber(threshold) + ")",
                                  std::move(related));
    }
}

void timeoutInversion(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    // Each callee's worst case, once: its longest single call, every attempt to its timeout.
    // The longest, not the sum: which calls one request makes is not in the model (a gateway
    // routes each request to one backend), so this is what the callee surely may spend.
    std::vector<double> worst(size_t(index.componentCount()), -1.0);
    std::vector<std::string> longest(size_t(index.componentCount()));
    auto worstOf = [&](int callee) {
        double &most = worst[size_t(callee)];
        if (most >= 0)
            return most;
        most = 0;
        for (int edge : index.outgoing(callee)) {
            const Integration &call = index.integration(edge);
            if (!isCall(index, edge) || !call.timeoutMs)
                continue;
            const long long attempts = attemptsOf(call);
            const double backoff = backoffTotalMs(call, attempts);
            const double total = worstCaseMs(call);
            if (total <= most)
                continue;
            most = total;
            longest[size_t(callee)] = call.id + " to " + index.component(index.to(edge)).id + ", "
                + formatNumber(attempts) + (attempts == 1 ? " attempt" : " attempts") + " × "
                + formatNumber(*call.timeoutMs) + " ms";
            if (backoff > 0)
                longest[size_t(callee)] += " + " + formatRounded(backoff, 0) + " ms backoff";
        }
        return most;
    };
    for (int edge = 0; edge < index.integrationCount(); ++edge) {
        const Integration &integration = index.integration(edge);
        if (!isCall(index, edge) || !integration.timeoutMs)
            continue;
        const int callee = index.to(edge);
        const double calleeWorst = worstOf(callee);
        if (double(*integration.timeoutMs) >= calleeWorst)
            continue;
        context.reportIntegration(rule, edge,
                                  integration.id + " gives up after " + formatNumber(*integration.timeoutMs)
                                      + " ms, but " + index.component(callee).id + " may still be working for "
                                      + formatRounded(calleeWorst, 0) + " ms on one call of its own ("
                                      + longest[size_t(callee)] + ")",
                                  {index.component(callee).id});
    }
}

// clang-format off
constexpr std::array<RuleRow, 2> kRules{{
    {{"retry-amplification", Severity::Warning, "Retries multiply along a synchronous chain",
     "When every hop of a chain retries, one failing call at its end is attempted the product of "
     "the attempts: three hops of 3 attempts send 27 calls to a service that is already failing, "
     "which turns a slow dependency into an outage.",
     "Retry at one hop only (usually the caller closest to the user), add a circuit breaker below "
     "it, or lower max_attempts so that the product stays under lint.max_retry_amplification.",
     "integrations:\n"
     "  - {id: web-orders, from: web, to: orders, pattern: rest, reliability: {retry: {max_attempts: 3}}}\n"
     "  - {id: orders-stock, from: orders, to: stock, pattern: rest, reliability: {retry: {max_attempts: 3}}}\n"
     "  - {id: stock-db, from: stock, to: stock-db, pattern: database, reliability: {retry: {max_attempts: 3}}}\n",
     "following, from each caller that nobody calls synchronously, the chain of synchronous "
     "integrations whose max_attempts multiply the most (unbounded retries count 1: "
     "unbounded-retries reports them), the product is above lint.max_retry_amplification "
     "(default 10) and at least two hops retry; reported once per chain, at its first retrying hop",
     "integration"}, retryAmplification},
    {{"timeout-inversion", Severity::Warning, "Caller gives up before its callee can finish",
     "A callee that waits on a dependency may work for as long as that call's timeout, times its "
     "attempts, plus the backoff between them. A caller with a shorter timeout abandons calls "
     "that are still running: the work is done for nothing, and the caller's retry adds more.",
     "Give the caller a timeout longer than the callee's worst case, or shorten the callee's own "
     "timeouts and retries (pass a deadline down the chain).",
     "integrations:\n"
     "  - {id: web-orders, from: web, to: orders, pattern: rest, timeout_ms: 1000}\n"
     "  - id: orders-stock\n"
     "    from: orders\n"
     "    to: stock\n"
     "    pattern: rest\n"
     "    timeout_ms: 800\n"
     "    reliability: {retry: {max_attempts: 2, backoff: fixed, initial_ms: 100}}\n",
     "the integration's timeout_ms is below the callee's worst case: the longest of the callee's "
     "synchronous integrations that have a timeout_ms, counted as attempts × timeout_ms plus the "
     "backoff delays between the attempts (fixed: initial_ms each; exponential: doubling from "
     "initial_ms, capped at max_ms). The longest single call, not their sum: the model does not say "
     "which calls one request makes",
     "integration"}, timeoutInversion},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> resilienceRules()
{
    return kRules;
}

} // namespace seam::lintrules
