#include "simulate.h"

#include "callarithmetic.h"
#include "flows.h"
#include "modelindex.h"
#include "numbertext.h"
#include "postorder.h"
#include "vocabulary.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace seam {

namespace {

// Components named in a reason chain; the rest is "…".
constexpr size_t kChainShown = 6;

std::string ms(double value)
{
    return formatRounded(value, 0) + " ms";
}

bool hasFallback(const Integration &integration)
{
    return integration.reliability && integration.reliability->fallback && !integration.reliability->fallback->empty();
}

bool hasBreaker(const Integration &integration)
{
    return integration.reliability && integration.reliability->circuitBreaker;
}

Effect worse(Effect a, Effect b)
{
    return std::max(a, b);
}

// Everything the scenario does to the graph, computed once per run, linear in the model.
class Simulation {
public:
    Simulation(const Model &model, const Scenario &scenario)
        : m_index(model)
        , m_down(size_t(m_index.componentCount()), 0)
        , m_slow(size_t(m_index.componentCount()), 0.0)
        , m_extra(size_t(m_index.componentCount()), 0.0)
        , m_tripped(size_t(m_index.integrationCount()), 0)
        , m_failing(size_t(m_index.componentCount()), 0)
        , m_why(size_t(m_index.componentCount()), -1)
    {
        for (const std::string &id : scenario.down)
            if (const int c = m_index.componentIndex(id); c >= 0)
                m_down[size_t(c)] = 1;
        for (const SlowComponent &slow : scenario.slow)
            if (const int c = m_index.componentIndex(slow.id); c >= 0)
                m_slow[size_t(c)] += slow.addedMs;
        addedLatency();
        failures();
    }

    SimulationResult run()
    {
        SimulationResult result;
        for (const Flow &flow : m_index.model().flowList())
            result.flows.push_back(flowImpact(flow));
        breakers(result);
        loads(result);
        timeouts(result);
        queues(result);
        clients(result);
        return result;
    }

private:
    bool isCall(int edge) const { return m_index.resolved(edge) && m_index.integration(edge).isSync(); }
    double base(int c) const
    {
        const Component &component = m_index.component(c);
        return component.sla && component.sla->latencyP95Ms ? *component.sla->latencyP95Ms : 0.0;
    }
    const std::string &id(int c) const { return m_index.component(c).id; }

    // What one call on `edge` now adds to its caller's latency: the callee's added latency, or,
    // when that overtakes the timeout, every attempt waited to its timeout (the call then fails).
    double callExtra(int edge) const
    {
        const int to = m_index.to(edge);
        if (m_down[size_t(to)] || m_extra[size_t(to)] <= 0)
            return 0;
        if (m_tripped[size_t(edge)])
            return std::max(0.0, worstCaseMs(m_index.integration(edge)) - base(to));
        return m_extra[size_t(to)];
    }

    // Post-order over the synchronous calls (iterative: 10k-long chains): a component's added
    // latency is its own plus its slowest call's. An edge back into a component still being
    // visited (a cycle, which sync-cycle reports) adds nothing.
    void addedLatency()
    {
        postOrder(
            m_index, [&](int edge) { return isCall(edge); },
            [&](int v, const auto &finished) {
                double slowest = 0;
                for (int edge : m_index.outgoing(v)) {
                    const int w = m_index.to(edge);
                    if (!isCall(edge) || !finished(w) || m_down[size_t(w)] || m_extra[size_t(w)] <= 0)
                        continue;
                    const Integration &call = m_index.integration(edge);
                    if (call.timeoutMs && base(w) + m_extra[size_t(w)] > double(*call.timeoutMs))
                        m_tripped[size_t(edge)] = 1;
                    slowest = std::max(slowest, callExtra(edge));
                }
                m_extra[size_t(v)] = m_slow[size_t(v)] + slowest;
            });
    }

    // A component fails its callers when it is down, or when a synchronous call it makes fails
    // (the callee fails, or the call times out) and has no fallback. Breadth first upwards
    // from the causes; m_why keeps the call that made each one fail, for the reason chain.
    void failures()
    {
        std::deque<int> queue;
        for (int c = 0; c < m_index.componentCount(); ++c)
            if (m_down[size_t(c)]) {
                m_failing[size_t(c)] = 1;
                queue.push_back(c);
            }
        const auto fail = [&](int edge) {
            const int from = m_index.from(edge);
            if (m_failing[size_t(from)] || hasFallback(m_index.integration(edge)))
                return;
            m_failing[size_t(from)] = 1;
            m_why[size_t(from)] = edge;
            queue.push_back(from);
        };
        for (int edge = 0; edge < m_index.integrationCount(); ++edge)
            if (m_tripped[size_t(edge)])
                fail(edge);
        while (!queue.empty()) {
            const int c = queue.front();
            queue.pop_front();
            for (int edge : m_index.incoming(c))
                if (isCall(edge))
                    fail(edge);
        }
    }

    // "orders calls payments (orders-payments) → payments is down"
    std::string whyChain(int c) const
    {
        std::string chain;
        size_t shown = 0;
        while (m_why[size_t(c)] >= 0 && !m_down[size_t(c)]) {
            const int edge = m_why[size_t(c)];
            const int to = m_index.to(edge);
            if (shown++ < kChainShown)
                chain += id(c) + (m_tripped[size_t(edge)] ? " times out on " : " calls ") + id(to) + " ("
                    + m_index.integration(edge).id + ") → ";
            else if (shown == kChainShown + 1)
                chain += "… → ";
            if (m_tripped[size_t(edge)])
                return chain + id(to) + " answers in " + ms(base(to) + m_extra[size_t(to)]) + ", over timeout_ms "
                    + formatNumber(*m_index.integration(edge).timeoutMs);
            c = to;
        }
        return chain + id(c) + " is down";
    }

    struct Walk {
        Effect effect = Effect::Unaffected;
        std::vector<std::string> reasons;
        double addedMs = 0;
        double estimatedMs = 0;
        void add(Effect e, std::string reason)
        {
            effect = worse(effect, e);
            // A step that runs twice in a journey (a saga passing one consumer twice) says it once.
            if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
                reasons.push_back(std::move(reason));
        }
    };

    // What one flow lists. The model does not say which calls one request makes, so a component
    // the flow lists calls out of is judged by those calls (its later steps); one it lists no
    // call out of is judged by all its synchronous calls.
    struct Journey {
        std::unordered_set<int> edges;
        std::unordered_set<int> callers; // components the flow lists a synchronous call out of
        std::unordered_map<int, int> reachedBy; // component → the step that reached it last
        mutable std::unordered_map<int, double> extra; // journeyExtra, memoised (-1: in progress)
    };

    bool listed(const Journey &journey, int component) const { return journey.callers.count(component) > 0; }

    // The latency the scenario adds to one answer of `c` in this journey.
    double journeyExtra(const Journey &journey, int c) const
    {
        if (m_down[size_t(c)])
            return 0;
        if (!listed(journey, c))
            return m_extra[size_t(c)];
        if (const auto known = journey.extra.find(c); known != journey.extra.end())
            return std::max(0.0, known->second);
        journey.extra[c] = -1; // a cycle adds nothing
        double slowest = 0;
        for (int out : m_index.outgoing(c))
            if (isCall(out) && journey.edges.count(out))
                slowest = std::max(slowest, journeyCallExtra(journey, out));
        return journey.extra[c] = m_slow[size_t(c)] + slowest;
    }

    bool journeyTripped(const Journey &journey, int edge) const
    {
        const Integration &call = m_index.integration(edge);
        const int to = m_index.to(edge);
        const double extra = journeyExtra(journey, to);
        return call.timeoutMs && extra > 0 && base(to) + extra > double(*call.timeoutMs);
    }

    double journeyCallExtra(const Journey &journey, int edge) const
    {
        const int to = m_index.to(edge);
        if (journeyTripped(journey, edge))
            return std::max(0.0, worstCaseMs(m_index.integration(edge)) - base(to));
        return journeyExtra(journey, to);
    }

    // What a step adds to one journey: the callee's own slowness, and that of its calls when the
    // flow lists none of them (listed calls are steps that add their own).
    double stepExtra(const Journey &journey, int edge) const
    {
        const int to = m_index.to(edge);
        if (m_down[size_t(to)])
            return 0;
        if (journeyTripped(journey, edge))
            return journeyCallExtra(journey, edge);
        return listed(journey, to) ? m_slow[size_t(to)] : m_extra[size_t(to)];
    }

    // The failure of the step on `edge` climbs back through the steps that wait on it, until a
    // fallback takes it, a consumer's on_failure decides about the message, or the journey's
    // start. Returns the effect and the tail of the reason.
    std::pair<Effect, std::string> climb(const Journey &journey, int edge) const
    {
        std::string chain;
        int at = m_index.from(edge);
        for (size_t hops = 0; hops <= journey.edges.size(); ++hops) {
            const auto by = journey.reachedBy.find(at);
            if (by == journey.reachedBy.end())
                break;
            const Integration &step = m_index.integration(by->second);
            const int from = m_index.from(by->second);
            if (step.isSync()) {
                if (hasFallback(step))
                    return {Effect::Degraded,
                            chain + "; " + id(from) + " falls back ('" + *step.reliability->fallback + "' on " + step.id
                                + ")"};
                chain += (chain.empty() ? "; waiting on it: " : " ← ") + id(from);
                at = from;
                continue;
            }
            if (!m_index.component(from).isDestination())
                break;
            return consumerPolicy(step, chain + "; the handler of " + step.id + " fails");
        }
        return {Effect::Broken, chain + "; no fallback"};
    }

    static std::pair<Effect, std::string> consumerPolicy(const Integration &consumer, const std::string &cause)
    {
        const Reliability *r = consumer.reliability ? &*consumer.reliability : nullptr;
        const auto policy = r ? r->onFailure : std::nullopt;
        if (policy == OnFailure::Drop)
            return {Effect::Broken, cause + "; on_failure: drop acknowledges and loses the messages"};
        if (policy == OnFailure::DeadLetter || (!policy && r && r->deadLetter))
            return {Effect::Degraded, cause + "; messages go to the dead-letter queue for replay"};
        if (policy == OnFailure::Retry || (r && r->retry))
            return {Effect::Degraded, cause + "; messages are redelivered until it recovers"};
        return {Effect::Broken, cause + "; what happens to the messages is not said (no on_failure)"};
    }

    void callStep(const FlowStep &step, Journey &journey, Walk &walk) const
    {
        const Integration *found = m_index.findIntegration(step.integration);
        if (!found)
            return;
        const int edge = int(found - m_index.integrations().data());
        if (!m_index.resolved(edge))
            return;
        const Integration &integration = *found;
        const int from = m_index.from(edge);
        const int to = m_index.to(edge);
        const std::string at = "step " + integration.id + " (" + id(from) + " → " + id(to) + "): ";
        if (m_down[size_t(from)]) {
            // Reached by an earlier step, that step has said what happens (a queue waits, a call fails).
            if (!journey.reachedBy.count(from))
                walk.add(Effect::Broken, at + id(from) + " is down");
            return;
        }
        journey.reachedBy[to] = edge;
        if (integration.isSync()) {
            const double runs = double(step.runs());
            walk.estimatedMs += base(to) * runs;
            const bool tripped = journeyTripped(journey, edge);
            if (!m_down[size_t(to)] && !tripped && !(m_failing[size_t(to)] && !listed(journey, to))) {
                walk.addedMs += stepExtra(journey, edge) * runs;
                return;
            }
            const std::string cause = m_down[size_t(to)] ? id(to) + " is down"
                : tripped ? "timeout_ms " + formatNumber(*integration.timeoutMs) + " trips: " + id(to)
                    + " now answers in " + ms(base(to) + journeyExtra(journey, to))
                          : whyChain(to);
            const std::string breaker
                = hasBreaker(integration) ? "; its circuit breaker opens and calls fail fast" : "";
            if (hasFallback(integration)) {
                walk.add(Effect::Degraded,
                         at + cause + breaker + "; fallback '" + *integration.reliability->fallback
                             + "' takes the hit");
                return;
            }
            const auto [effect, tail] = climb(journey, edge);
            walk.add(effect, at + cause + breaker + tail);
            return;
        }
        // Asynchronous: a broker in between holds what its consumer cannot take yet.
        if (m_index.component(to).isDestination()) {
            if (m_down[size_t(to)])
                walk.add(hasFallback(integration) ? Effect::Degraded : Effect::Broken,
                         at + id(to) + " is down: " + id(from) + " cannot publish"
                             + (hasFallback(integration)
                                    ? "; fallback '" + *integration.reliability->fallback + "' takes the hit"
                                    : std::string("; no fallback")));
            return;
        }
        if (m_index.component(from).isDestination()) {
            if (m_down[size_t(to)]) {
                walk.add(Effect::Degraded,
                         at + id(to) + " is down; messages wait in " + id(from) + " until it is back");
                return;
            }
            // A handler whose calls the flow lists fails at those steps (climb brings it here).
            if (!m_failing[size_t(to)] || listed(journey, to))
                return;
            const auto [effect, text] = consumerPolicy(integration, at + "the handler fails (" + whyChain(to) + ")");
            walk.add(effect, text);
            return;
        }
        // A webhook or direct message: the sender's retries are all that wait for the receiver.
        if (m_down[size_t(to)]) {
            if (integration.reliability && integration.reliability->retry)
                walk.add(Effect::Degraded, at + id(to) + " is down; " + id(from) + " retries the delivery");
            else
                walk.add(Effect::Broken, at + id(to) + " is down and " + id(from) + " does not retry");
        }
    }

    Walk walkSteps(const std::vector<FlowStep> &steps, Journey &journey) const
    {
        Walk walk;
        for (const FlowStep &step : steps) {
            if (!step.isGroup()) {
                callStep(step, journey, walk);
                continue;
            }
            std::vector<Walk> branches;
            for (const FlowBranch &branch : step.branches)
                branches.push_back(walkSteps(branch.steps, journey));
            group(step, branches, walk);
        }
        return walk;
    }

    // The branches' effects combined as the header says; latency: the slowest branch.
    static void group(const FlowStep &step, const std::vector<Walk> &branches, Walk &walk)
    {
        size_t broken = 0;
        Effect any = Effect::Unaffected;
        double added = 0, estimated = 0;
        for (const Walk &branch : branches) {
            broken += branch.effect == Effect::Broken ? 1 : 0;
            any = worse(any, branch.effect);
            added = std::max(added, branch.addedMs);
            estimated = std::max(estimated, branch.estimatedMs);
        }
        walk.addedMs += added;
        walk.estimatedMs += estimated;
        Effect effect = any;
        std::string label = "parallel branch";
        if (step.group == StepGroup::Alternative) {
            effect = broken == branches.size() && !branches.empty() ? Effect::Broken
                : any == Effect::Unaffected                         ? any
                                                                    : Effect::Degraded;
            label = "alternative";
        } else if (step.group == StepGroup::Optional) {
            effect = any == Effect::Unaffected ? any : Effect::Degraded;
            label = "optional branch";
        }
        walk.effect = worse(walk.effect, effect);
        for (size_t b = 0; b < branches.size(); ++b) {
            const std::string when = step.branches[b].when ? " '" + *step.branches[b].when + "'" : "";
            for (const std::string &reason : branches[b].reasons)
                walk.reasons.push_back("in " + label + when + ": " + reason);
        }
    }

    FlowImpact flowImpact(const Flow &flow) const
    {
        Journey journey;
        forEachCallStep(flow.steps, [&](const FlowStep &step) {
            const Integration *integration = m_index.findIntegration(step.integration);
            if (!integration)
                return;
            const int edge = int(integration - m_index.integrations().data());
            journey.edges.insert(edge);
            if (isCall(edge))
                journey.callers.insert(m_index.from(edge));
        });
        Walk walk = walkSteps(flow.steps, journey);
        FlowImpact impact;
        impact.flow = flow.id;
        impact.name = flow.displayName();
        impact.hasSla = flow.sla.has_value();
        impact.addedMs = walk.addedMs;
        impact.estimatedMs = walk.estimatedMs;
        if (flow.sla)
            impact.budgetMs = flow.sla->latencyP95Ms;
        if (walk.addedMs > 0) {
            const double now = walk.estimatedMs + walk.addedMs;
            if (impact.budgetMs && now > *impact.budgetMs && walk.estimatedMs <= *impact.budgetMs)
                walk.add(Effect::Broken,
                         "misses its latency budget: " + ms(walk.estimatedMs) + " + " + ms(walk.addedMs) + " = "
                             + ms(now) + ", over latency_p95_ms " + formatNumber(*impact.budgetMs));
            else if (impact.budgetMs)
                walk.add(Effect::Degraded,
                         "slower by " + ms(walk.addedMs) + ": about " + ms(now) + " of a "
                             + formatNumber(*impact.budgetMs) + " ms budget");
            else
                walk.add(Effect::Degraded, "slower by " + ms(walk.addedMs));
        }
        impact.effect = walk.effect;
        impact.reasons = std::move(walk.reasons);
        return impact;
    }

    void breakers(SimulationResult &result) const
    {
        for (int edge = 0; edge < m_index.integrationCount(); ++edge) {
            const Integration &integration = m_index.integration(edge);
            if (!isCall(edge) || !hasBreaker(integration))
                continue;
            const int to = m_index.to(edge);
            std::string reason;
            if (m_tripped[size_t(edge)])
                reason = id(to) + " answers in " + ms(base(to) + m_extra[size_t(to)]) + ", over timeout_ms "
                    + formatNumber(*integration.timeoutMs);
            else if (m_failing[size_t(to)])
                reason = whyChain(to);
            else
                continue;
            result.breakers.push_back({integration.id, id(m_index.from(edge)), id(to), reason});
        }
    }

    // Calls that fail are retried at every hop: the calls per second each failing hop sends are
    // the rate arriving at its caller × its attempts. Rates flow downwards in topological order
    // over the failing calls; a caller nobody calls (or calls successfully) brings its own
    // sla.throughput_rps. Hops inside a cycle are left out (sync-cycle reports those).
    void loads(SimulationResult &result) const
    {
        const size_t n = size_t(m_index.componentCount());
        const auto failingCall = [&](int edge) {
            return isCall(edge) && (m_failing[size_t(m_index.to(edge))] || m_tripped[size_t(edge)]);
        };
        std::vector<int> pending(n, 0);
        for (int edge = 0; edge < m_index.integrationCount(); ++edge)
            if (failingCall(edge))
                ++pending[size_t(m_index.to(edge))];
        std::vector<double> rateIn(n, 0.0), factorIn(n, 1.0);
        std::vector<char> rateKnown(n, 0);
        std::vector<int> strongest(n, -1); // the failing call bringing the largest factor
        std::vector<std::string> entry(n);
        std::deque<int> ready;
        for (int c = 0; c < int(n); ++c)
            if (pending[size_t(c)] == 0)
                ready.push_back(c);
        std::vector<int> order;
        while (!ready.empty()) {
            const int c = ready.front();
            ready.pop_front();
            order.push_back(c);
            for (int edge : m_index.outgoing(c))
                if (failingCall(edge) && --pending[size_t(m_index.to(edge))] == 0)
                    ready.push_back(m_index.to(edge));
        }
        // A caller without a rate of its own: the entry rate of a flow that uses the hop.
        std::vector<double> flowRate(size_t(m_index.integrationCount()), -1);
        std::vector<std::string> flowEntry(size_t(m_index.integrationCount()));
        for (const Flow &flow : m_index.model().flowList()) {
            const std::vector<std::string> ids = flowIntegrationIds(flow);
            const Integration *first = ids.empty() ? nullptr : m_index.findIntegration(ids.front());
            const Component *entryComponent = first ? m_index.findComponent(first->from) : nullptr;
            if (!entryComponent || !entryComponent->sla || !entryComponent->sla->throughputRps)
                continue;
            const double rate = *entryComponent->sla->throughputRps;
            for (const std::string &step : ids)
                if (const Integration *integration = m_index.findIntegration(step)) {
                    const size_t e = size_t(integration - m_index.integrations().data());
                    if (rate > flowRate[e]) {
                        flowRate[e] = rate;
                        flowEntry[e]
                            = "flow " + flow.id + ": " + entryComponent->id + " " + formatNumber(rate) + " rps";
                    }
                }
        }
        std::vector<LoadImpact> byEdge(size_t(m_index.integrationCount()));
        std::vector<char> reported(size_t(m_index.integrationCount()), 0);
        for (const int c : order) {
            if (!rateKnown[size_t(c)]) {
                const Component &component = m_index.component(c);
                if (component.sla && component.sla->throughputRps) {
                    rateIn[size_t(c)] = *component.sla->throughputRps;
                    rateKnown[size_t(c)] = 1;
                    entry[size_t(c)] = id(c) + " " + formatNumber(*component.sla->throughputRps) + " rps";
                } else if (entry[size_t(c)].empty()) {
                    entry[size_t(c)] = "1 call of " + id(c);
                }
            }
            for (int edge : m_index.outgoing(c)) {
                if (!failingCall(edge))
                    continue;
                const Integration &call = m_index.integration(edge);
                const int to = m_index.to(edge);
                const double attempts = double(attemptsOf(call));
                LoadImpact load;
                load.integration = call.id;
                load.from = id(c);
                load.to = id(to);
                load.factor = std::min(factorIn[size_t(c)] * attempts, kAttemptProductCap);
                load.chain = entry[size_t(c)] + " × " + formatNumber(attemptsOf(call)) + " (" + call.id + ")";
                load.breaker = hasBreaker(call);
                if (rateKnown[size_t(c)]) {
                    load.callsPerSecond = rateIn[size_t(c)] * attempts;
                } else if (flowRate[size_t(edge)] >= 0) {
                    load.callsPerSecond = flowRate[size_t(edge)] * attempts;
                    load.chain
                        = flowEntry[size_t(edge)] + " × " + formatNumber(attemptsOf(call)) + " (" + call.id + ")";
                }
                if (load.callsPerSecond) {
                    rateIn[size_t(to)] += *load.callsPerSecond;
                    rateKnown[size_t(to)] = 1;
                }
                if (load.factor >= factorIn[size_t(to)] || strongest[size_t(to)] < 0) {
                    factorIn[size_t(to)] = load.factor;
                    strongest[size_t(to)] = edge;
                    // The chain text keeps its head and its last hops: long chains stay one line.
                    entry[size_t(to)] = load.chain.size() > 400 ? entry[size_t(c)] + " × …" : load.chain;
                }
                byEdge[size_t(edge)] = std::move(load);
                reported[size_t(edge)] = 1;
            }
        }
        for (size_t edge = 0; edge < byEdge.size(); ++edge)
            if (reported[edge])
                result.loads.push_back(std::move(byEdge[edge]));
    }

    void timeouts(SimulationResult &result) const
    {
        for (int edge = 0; edge < m_index.integrationCount(); ++edge)
            if (m_tripped[size_t(edge)]) {
                const Integration &call = m_index.integration(edge);
                const int to = m_index.to(edge);
                result.timeouts.push_back(
                    {call.id, id(m_index.from(edge)), id(to), double(*call.timeoutMs), base(to) + m_extra[size_t(to)]});
            }
    }

    void queues(SimulationResult &result) const
    {
        for (int edge = 0; edge < m_index.integrationCount(); ++edge) {
            const Integration &integration = m_index.integration(edge);
            if (!m_index.resolved(edge) || integration.isSync())
                continue;
            const int from = m_index.from(edge);
            const int to = m_index.to(edge);
            if (m_index.component(to).isDestination()) {
                if (m_down[size_t(to)] && !m_down[size_t(from)]) {
                    const bool kept = hasFallback(integration);
                    result.queues.push_back({id(to), integration.id, "", false, !kept,
                                             id(to) + " is down: " + id(from) + " cannot publish to it"
                                                 + (kept ? "; fallback '" + *integration.reliability->fallback
                                                            + "' keeps the messages until it is back"
                                                         : std::string())});
                }
                continue;
            }
            if (!m_index.component(from).isDestination() || m_down[size_t(from)])
                continue;
            const Reliability *r = integration.reliability ? &*integration.reliability : nullptr;
            if (m_down[size_t(to)]) {
                result.queues.push_back(
                    {id(from), integration.id, id(to), false, false, id(to) + " is down: nobody consumes " + id(from)});
                continue;
            }
            if (!m_failing[size_t(to)])
                continue;
            const std::string cause = id(to) + "'s handler fails (" + whyChain(to) + ")";
            const auto policy = r ? r->onFailure : std::nullopt;
            if (policy == OnFailure::Drop)
                result.queues.push_back({id(from), integration.id, id(to), false, true,
                                         cause + "; on_failure: drop acknowledges and loses every message"});
            else if (r && r->deadLetter && policy != OnFailure::Retry)
                result.queues.push_back({id(from), integration.id, id(to), true, false,
                                         cause + "; failed messages fill the dead-letter queue"});
            else if (policy == OnFailure::Retry || (r && r->retry))
                result.queues.push_back({id(from), integration.id, id(to), false, false,
                                         cause + "; redelivered messages back up in " + id(from)});
            else
                result.queues.push_back({id(from), integration.id, id(to), false, false,
                                         cause + "; the model does not say what happens to the messages"});
        }
    }

    // Clients that notice: those that start an affected flow, and those whose synchronous calls
    // reach a failing component (a fallback on the way makes it degraded).
    void clients(SimulationResult &result) const
    {
        std::vector<Effect> effect(size_t(m_index.componentCount()), Effect::Unaffected);
        std::vector<std::string> reason(size_t(m_index.componentCount()));
        const auto note = [&](int c, Effect e, const std::string &why) {
            if (e > effect[size_t(c)]) {
                effect[size_t(c)] = e;
                reason[size_t(c)] = why;
            }
        };
        for (int c = 0; c < m_index.componentCount(); ++c)
            if (m_failing[size_t(c)])
                note(c, Effect::Broken, whyChain(c));
        for (int edge = 0; edge < m_index.integrationCount(); ++edge)
            if (isCall(edge) && hasFallback(m_index.integration(edge)) && m_failing[size_t(m_index.to(edge))])
                note(m_index.from(edge), Effect::Degraded,
                     "fallback '" + *m_index.integration(edge).reliability->fallback + "' on "
                         + m_index.integration(edge).id + " takes the hit: " + whyChain(m_index.to(edge)));
        const auto &flows = m_index.model().flowList();
        for (size_t f = 0; f < flows.size(); ++f) {
            if (result.flows[f].effect == Effect::Unaffected)
                continue;
            std::vector<std::string> ids = flowIntegrationIds(flows[f]);
            if (ids.empty())
                continue;
            if (const Integration *first = m_index.findIntegration(ids.front()))
                if (const int c = m_index.componentIndex(first->from); c >= 0)
                    note(c, result.flows[f].effect,
                         "flow " + flows[f].id + " " + std::string(effectName(result.flows[f].effect)));
        }
        for (int c = 0; c < m_index.componentCount(); ++c)
            if (m_index.component(c).kind == ComponentKind::Client && effect[size_t(c)] != Effect::Unaffected)
                result.clients.push_back({id(c), effect[size_t(c)], reason[size_t(c)]});
    }

    ModelIndex m_index;
    std::vector<char> m_down;
    std::vector<double> m_slow;
    std::vector<double> m_extra; // latency the scenario adds to one answer of each component
    std::vector<char> m_tripped; // synchronous calls whose timeout the added latency overtakes
    std::vector<char> m_failing;
    std::vector<int> m_why;
};

} // namespace

std::string_view effectName(Effect effect)
{
    switch (effect) {
    case Effect::Broken:
        return "broken";
    case Effect::Degraded:
        return "degraded";
    default:
        return "unaffected";
    }
}

bool SimulationResult::slaFlowBroken() const
{
    return std::any_of(flows.begin(), flows.end(),
                       [](const FlowImpact &flow) { return flow.hasSla && flow.effect == Effect::Broken; });
}

std::optional<ScenarioError> checkScenario(const Model &model, const Scenario &scenario)
{
    const ModelIndex index(model);
    std::vector<std::string_view> ids;
    const auto check = [&](const std::string &id, const char *argument) -> std::optional<ScenarioError> {
        if (index.componentIndex(id) >= 0)
            return std::nullopt;
        if (ids.empty())
            for (const Component &component : model.components)
                ids.push_back(component.id);
        return ScenarioError {argument, id, std::string(closestSpelling(id, ids))};
    };
    for (const std::string &id : scenario.down)
        if (auto error = check(id, "--down"))
            return error;
    for (const SlowComponent &slow : scenario.slow)
        if (auto error = check(slow.id, "--slow"))
            return error;
    return std::nullopt;
}

SimulationResult simulate(const Model &model, const Scenario &scenario)
{
    return Simulation(model, scenario).run();
}

} // namespace seam
