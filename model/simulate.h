#pragma once
// What-if (issue 12, `seam-cli simulate`): what users see when some components are down or slow.
//
// The model is read as it is written: a down component answers no call and consumes no message;
// a slow one answers later by the added milliseconds, and so does every synchronous caller that
// waits on it (the longest such call counts, as in lint's timeout-inversion). Results say, for
// every flow, whether it breaks, degrades or is unaffected and why; which breakers open; where
// retries multiply load; which queues and dead-letter queues fill; and which clients notice.
//
// Groups of journey steps: a parallel group breaks when any branch breaks; an alternative group
// breaks only when every branch breaks and degrades when some do; an optional group degrades
// when its branch breaks (the journey still completes without it). `times` multiplies the
// latency a step adds.

#include "model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

struct SlowComponent {
    std::string id;
    double addedMs = 0;
};

struct Scenario {
    std::vector<std::string> down; // component ids
    std::vector<SlowComponent> slow;
};

// An id of the scenario that names no component, with the closest one for "did you mean".
struct ScenarioError {
    std::string argument; // "--down" or "--slow": where the id was given
    std::string id;
    std::string closest; // empty when nothing is close
};
std::optional<ScenarioError> checkScenario(const Model &model, const Scenario &scenario);

enum class Effect { Unaffected, Degraded, Broken };
std::string_view effectName(Effect effect); // "unaffected", "degraded", "broken"

struct FlowImpact {
    std::string flow;
    std::string name;
    Effect effect = Effect::Unaffected;
    bool hasSla = false;
    std::vector<std::string> reasons; // each a chain: which step, what it waits on, what took the hit
    double addedMs = 0; // latency the slow components add to one journey
    double estimatedMs = 0; // the sum of the synchronous callees' p95 along the journey, before
    std::optional<double> budgetMs; // sla.latency_p95_ms
};

struct BreakerImpact {
    std::string integration, from, to;
    std::string reason;
};

// One synchronous hop whose calls fail and are retried: calls per second it sends to `to`.
struct LoadImpact {
    std::string integration, from, to;
    double factor = 1; // attempts multiplied along the chain, from its entry, this hop included
    std::optional<double> callsPerSecond; // entry rate × factor; nullopt when no rate is known
    std::string chain; // "web 50 rps × 3 (web-orders) × 3 (orders-stock)"
    bool breaker = false; // a circuit breaker on this hop stops the calls once it opens
};

// A synchronous call whose timeout the added latency overtakes.
struct TimeoutImpact {
    std::string integration, from, to;
    double timeoutMs = 0;
    double calleeMs = 0; // the callee's p95 plus what the scenario adds
};

struct QueueImpact {
    std::string destination; // the queue or topic
    std::string integration; // the consuming (or producing) integration
    std::string consumer;
    bool deadLetter = false; // the dead-letter queue of `integration` fills, not the queue itself
    bool lost = false; // messages are dropped or cannot be published
    std::string reason;
};

struct ClientImpact {
    std::string client;
    Effect effect = Effect::Degraded;
    std::string reason;
};

struct SimulationResult {
    std::vector<FlowImpact> flows; // in model order
    std::vector<BreakerImpact> breakers;
    std::vector<LoadImpact> loads;
    std::vector<TimeoutImpact> timeouts;
    std::vector<QueueImpact> queues;
    std::vector<ClientImpact> clients; // the blast radius: clients that notice
    // A flow with an SLA breaks: what CI gates on.
    bool slaFlowBroken() const;
};

// The scenario must pass checkScenario first (unknown ids are ignored here).
SimulationResult simulate(const Model &model, const Scenario &scenario);

} // namespace seam
