// Graph rules over synchronous integrations: sync-chain, sync-cycle, sync-fan-out.
// All linear in components + integrations: one Tarjan pass per graph, then a
// longest-path dynamic programme over the condensation (a DAG).

#include "lintcontext.h"

#include <algorithm>
#include <array>
#include <utility>

namespace seam::lintrules {

namespace {

struct Condensation {
    std::vector<int> sccOf; // component → strongly connected group
    std::vector<int> members; // components grouped by scc (see offsets)
    std::vector<int> offsets; // members of scc s: [offsets[s], offsets[s+1])
    int count = 0;
    std::pair<const int *, const int *> group(int scc) const
    {
        return {members.data() + offsets[size_t(scc)], members.data() + offsets[size_t(scc) + 1]};
    }
};

// Tarjan's algorithm, iterative (a 10k-long chain would overflow the stack).
// Groups are numbered in reverse topological order: every group reachable from
// group s has a smaller number than s.
template <typename EdgeFilter> Condensation condense(const ModelIndex &index, EdgeFilter useEdge)
{
    const int n = index.componentCount();
    Condensation result;
    result.sccOf.assign(size_t(n), -1);
    std::vector<int> order(size_t(n), -1);
    std::vector<int> low(size_t(n), 0);
    std::vector<char> onStack(size_t(n), 0);
    std::vector<int> stack;
    std::vector<std::pair<int, size_t>> calls; // (component, next outgoing position)
    int counter = 0;

    for (int root = 0; root < n; ++root) {
        if (order[size_t(root)] >= 0)
            continue;
        order[size_t(root)] = low[size_t(root)] = counter++;
        stack.push_back(root);
        onStack[size_t(root)] = 1;
        calls.emplace_back(root, 0);
        while (!calls.empty()) {
            const int v = calls.back().first;
            const auto &out = index.outgoing(v);
            if (calls.back().second < out.size()) {
                const int edge = out[calls.back().second++];
                if (!useEdge(edge))
                    continue;
                const int w = index.to(edge);
                if (order[size_t(w)] < 0) {
                    order[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = 1;
                    calls.emplace_back(w, 0);
                } else if (onStack[size_t(w)]) {
                    low[size_t(v)] = std::min(low[size_t(v)], order[size_t(w)]);
                }
                continue;
            }
            if (low[size_t(v)] == order[size_t(v)]) {
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = 0;
                    result.sccOf[size_t(w)] = result.count;
                } while (w != v);
                ++result.count;
            }
            calls.pop_back();
            if (!calls.empty()) {
                const int parent = calls.back().first;
                low[size_t(parent)] = std::min(low[size_t(parent)], low[size_t(v)]);
            }
        }
    }

    // Counting sort of components by group, keeping model order inside a group.
    result.offsets.assign(size_t(result.count) + 1, 0);
    for (int c = 0; c < n; ++c)
        ++result.offsets[size_t(result.sccOf[size_t(c)]) + 1];
    for (int s = 0; s < result.count; ++s)
        result.offsets[size_t(s) + 1] += result.offsets[size_t(s)];
    result.members.resize(size_t(n));
    std::vector<int> fill(result.offsets.begin(), result.offsets.end() - 1);
    for (int c = 0; c < n; ++c)
        result.members[size_t(fill[size_t(result.sccOf[size_t(c)])]++)] = c;
    return result;
}

void syncChains(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    const long long maxDepth = context.settings().syncDepth();

    // Chains ignore edges touching data stores: a query is a leaf, not a hop.
    const auto chainEdge = [&index](int edge) {
        return index.integration(edge).isSync() && index.resolved(edge)
            && !index.component(index.from(edge)).isDataStore() && !index.component(index.to(edge)).isDataStore();
    };
    const Condensation graph = condense(index, chainEdge);

    // Longest path (in hops between groups) from each group; a cycle counts as
    // one stop, since a longest simple path through it is NP-hard and sync-cycle
    // reports the cycle anyway.
    std::vector<long long> depth(size_t(graph.count), 0);
    std::vector<int> next(size_t(graph.count), -1); // edge continuing the longest path
    for (int s = 0; s < graph.count; ++s) {
        const auto [begin, end] = graph.group(s);
        for (const int *member = begin; member != end; ++member) {
            for (int edge : index.outgoing(*member)) {
                if (!chainEdge(edge))
                    continue;
                const int target = graph.sccOf[size_t(index.to(edge))];
                if (target == s)
                    continue;
                if (depth[size_t(target)] + 1 > depth[size_t(s)]) {
                    depth[size_t(s)] = depth[size_t(target)] + 1;
                    next[size_t(s)] = edge;
                }
            }
        }
    }

    for (int c = 0; c < index.componentCount(); ++c) {
        if (index.component(c).isDataStore())
            continue;
        const auto &in = index.incoming(c);
        const bool called
            = std::any_of(in.begin(), in.end(), [&index](int edge) { return index.integration(edge).isSync(); });
        if (called)
            continue;
        const long long hops = depth[size_t(graph.sccOf[size_t(c)])];
        if (hops <= maxDepth)
            continue;
        std::vector<std::string> path {index.component(c).id};
        std::vector<std::string> related;
        int last = c;
        for (int edge = next[size_t(graph.sccOf[size_t(c)])]; edge >= 0;
             edge = next[size_t(graph.sccOf[size_t(index.to(edge))])]) {
            if (index.from(edge) != last) { // left a cycle from another member than it entered
                path.push_back(index.component(index.from(edge)).id);
                related.push_back(index.component(index.from(edge)).id);
            }
            last = index.to(edge);
            path.push_back(index.component(last).id);
            related.push_back(index.component(last).id);
        }
        std::string route;
        for (size_t i = 0; i < path.size(); ++i)
            route += (i ? " → " : "") + path[i];
        context.reportComponent(rule, c,
                                index.component(c).id + " starts a synchronous call chain of " + std::to_string(hops)
                                    + " hops, more than max_sync_depth " + std::to_string(maxDepth) + ": " + route,
                                std::move(related));
    }
}

void syncCycles(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    const auto syncEdge = [&index](int edge) { return index.integration(edge).isSync() && index.resolved(edge); };
    const Condensation graph = condense(index, syncEdge);

    std::vector<int> parentEdge(size_t(index.componentCount()), -1);
    std::vector<int> queue;
    for (int s = 0; s < graph.count; ++s) {
        const auto [begin, end] = graph.group(s);
        int lowest = *begin;
        for (const int *member = begin; member != end; ++member)
            if (index.component(*member).id < index.component(lowest).id)
                lowest = *member;

        // Breadth-first from the lowest id back to itself inside the group:
        // the shortest cycle through it is the one the message shows.
        int closing = -1;
        queue.assign(1, lowest);
        parentEdge[size_t(lowest)] = -2;
        for (size_t head = 0; head < queue.size() && closing < 0; ++head) {
            const int v = queue[head];
            for (int edge : index.outgoing(v)) {
                if (!syncEdge(edge))
                    continue;
                const int w = index.to(edge);
                if (graph.sccOf[size_t(w)] != s)
                    continue;
                if (w == lowest) {
                    closing = edge;
                    break;
                }
                if (parentEdge[size_t(w)] == -1) {
                    parentEdge[size_t(w)] = edge;
                    queue.push_back(w);
                }
            }
        }
        if (closing < 0) { // a single component that does not call itself
            for (int v : queue)
                parentEdge[size_t(v)] = -1;
            continue;
        }

        std::vector<int> cycle {closing}; // edges, built backwards
        for (int v = index.from(closing); v != lowest; v = index.from(parentEdge[size_t(v)]))
            cycle.push_back(parentEdge[size_t(v)]);
        std::reverse(cycle.begin(), cycle.end());

        std::string route = index.component(lowest).id;
        for (int edge : cycle)
            route += " → " + index.component(index.to(edge)).id;
        std::vector<std::string> related;
        for (const int *member = begin; member != end; ++member)
            if (*member != lowest)
                related.push_back(index.component(*member).id);
        std::sort(related.begin(), related.end());
        const size_t size = size_t(end - begin);
        std::string message = size == 1 ? index.component(lowest).id + " calls itself synchronously: " + route
                                        : "synchronous call cycle: " + route;
        if (size > cycle.size() && size > 1)
            message += " (" + std::to_string(size) + " components call each other: " + index.component(lowest).id + ", "
                +
                [&related] {
                    std::string all;
                    for (size_t i = 0; i < related.size(); ++i)
                        all += (i ? ", " : "") + related[i];
                    return all;
                }()
                + ")";
        for (int edge : cycle)
            related.push_back(index.integration(edge).id);
        context.reportComponent(rule, lowest, std::move(message), std::move(related));

        for (int v : queue)
            parentEdge[size_t(v)] = -1;
    }
}

void syncFanOut(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    const long long maxFanOut = context.settings().syncFanOut();
    std::vector<int> seenBy(size_t(index.componentCount()), -1); // callee → last caller that listed it
    for (int c = 0; c < index.componentCount(); ++c) {
        const auto &out = index.outgoing(c);
        const auto syncCount
            = std::count_if(out.begin(), out.end(), [&index](int edge) { return index.integration(edge).isSync(); });
        if (syncCount <= maxFanOut)
            continue;
        std::vector<std::string> edges;
        std::vector<std::string> callees;
        for (int edge : out) {
            if (!index.integration(edge).isSync())
                continue;
            edges.push_back(index.integration(edge).id);
            if (seenBy[size_t(index.to(edge))] != c) {
                seenBy[size_t(index.to(edge))] = c;
                callees.push_back(index.component(index.to(edge)).id);
            }
        }
        std::string message = index.component(c).id + " has " + std::to_string(edges.size())
            + " outgoing synchronous integrations, more than max_sync_fan_out " + std::to_string(maxFanOut) + ": to "
            + joinList(callees);
        context.reportComponent(rule, c, std::move(message), std::move(edges));
    }
}

// clang-format off
constexpr std::array<RuleRow, 3> kRules{{
    {{"sync-chain", Severity::Warning, "Synchronous call chain too deep",
     "Latency compounds along a chain of synchronous calls and one slow or failing component "
     "cascades to every caller before it.",
     "Make one hop asynchronous (publish an event, queue the work), cache what the caller needs, or "
     "raise lint.max_sync_depth if the chain is deliberate.",
     "components: [{id: a, kind: service}, {id: b, kind: service}, {id: c, kind: service},\n"
     "             {id: d, kind: service}, {id: e, kind: service}]\n"
     "integrations:\n"
     "  - {id: a-b, from: a, to: b, pattern: rest}\n"
     "  - {id: b-c, from: b, to: c, pattern: rest}\n"
     "  - {id: c-d, from: c, to: d, pattern: grpc}\n"
     "  - {id: d-e, from: d, to: e, pattern: rest}   # 4 hops > max_sync_depth 3\n",
     "a chain of sync integrations between non-data-store components is longer than max_sync_depth "
     "(default 3) hops; one finding per component that starts such a chain (is not a data store and "
     "has no incoming sync integration at all), naming the longest path",
     "first component of the chain"}, syncChains},
    {{"sync-cycle", Severity::Error, "Synchronous call cycle",
     "Components that call each other synchronously can deadlock under load, and a retry on one "
     "side multiplies into a retry storm around the cycle.",
     "Break the cycle: turn one direction into an event or a callback through a queue, or move the "
     "shared logic into one of the components.",
     "integrations:\n"
     "  - {id: a-b, from: a, to: b, pattern: rest}\n"
     "  - {id: b-a, from: b, to: a, pattern: rest}\n",
     "sync integrations form a cycle (each strongly connected group reported once)",
     "lowest id in the cycle"}, syncCycles},
    {{"sync-fan-out", Severity::Warning, "Too many synchronous callees",
     "Every synchronous callee's failure and latency become the caller's: the caller is only as "
     "available as the product of its dependencies.",
     "Aggregate the calls behind one service, replace some with events or cached data, or raise "
     "lint.max_sync_fan_out.",
     "# six rest integrations from the same component, max_sync_fan_out 5\n"
     "integrations:\n"
     "  - {id: o-a, from: orders, to: a, pattern: rest}\n"
     "  - {id: o-b, from: orders, to: b, pattern: rest}\n"
     "  - {id: o-c, from: orders, to: c, pattern: rest}\n"
     "  - {id: o-d, from: orders, to: d, pattern: rest}\n"
     "  - {id: o-e, from: orders, to: e, pattern: rest}\n"
     "  - {id: o-f, from: orders, to: f, pattern: rest}\n",
     "a component has more than max_sync_fan_out (default 5) outgoing sync integrations", "caller"}, syncFanOut},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> syncGraphRules()
{
    return kRules;
}

} // namespace seam::lintrules
