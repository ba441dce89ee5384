// What a repeat or a failure does at the edges users and brokers create:
// resubmit-without-idempotency (a user's second click is a retry nobody configured),
// consumer-failure-policy (what a consumer does with a message its handler failed on).
// Linear in components + integrations.

#include "contracts.h"
#include "lintcontext.h"
#include "vocabulary.h"

#include <array>
#include <deque>

namespace seam::lintrules {

namespace {

// Hops spelled out in a path; the rest is "…".
constexpr size_t kHopsShown = 6;

bool idempotent(const Integration &integration)
{
    return integration.effectiveIdempotency() != Idempotency::None;
}

// A call that a repeat performs twice: POST or PATCH, a GraphQL mutation, or any gRPC method
// (gRPC says nothing about idempotency; a critical one must not happen twice).
bool repeatsEffect(const Integration &integration, const Operation &operation)
{
    switch (integration.pattern) {
    case Pattern::Rest:
        return operation.method == HttpMethod::Post || operation.method == HttpMethod::Patch;
    case Pattern::Graphql:
        return operation.kind == GraphqlKind::Mutation;
    case Pattern::Grpc:
        return true;
    default:
        return false;
    }
}

bool isPublicSource(const ModelIndex &index, int component)
{
    return index.component(component).kind == ComponentKind::Client || index.zone(component) == Zone::Public;
}

// Breadth first from every public client at once, over synchronous calls without an idempotency
// key or natural idempotency: `via[c]` is the call that first reached c (-1 at a source, -2 when
// unreached), so a resubmit reaches c with nothing on the way to absorb it; `source[c]` is the
// public component that path starts at (kept so that naming it never walks a long chain).
struct Reach {
    std::vector<int> via;
    std::vector<int> source;
};

Reach unprotectedReach(const ModelIndex &index)
{
    Reach reach {std::vector<int>(size_t(index.componentCount()), -2),
                 std::vector<int>(size_t(index.componentCount()), -1)};
    std::vector<int> &via = reach.via;
    std::deque<int> queue;
    for (int c = 0; c < index.componentCount(); ++c)
        if (isPublicSource(index, c)) {
            via[size_t(c)] = -1;
            reach.source[size_t(c)] = c;
            queue.push_back(c);
        }
    while (!queue.empty()) {
        const int c = queue.front();
        queue.pop_front();
        for (int edge : index.outgoing(c)) {
            const Integration &call = index.integration(edge);
            const int to = index.to(edge);
            if (!call.isSync() || idempotent(call) || via[size_t(to)] != -2)
                continue;
            via[size_t(to)] = edge;
            reach.source[size_t(to)] = reach.source[size_t(c)];
            queue.push_back(to);
        }
    }
    return reach;
}

// "web → gateway → orders", from the public source that reached `component` first; at most
// kHopsShown components, the source always first.
std::string pathTo(const ModelIndex &index, const Reach &reach, int component)
{
    const int source = reach.source[size_t(component)];
    std::vector<int> hops {component};
    for (int at = component; at != source && hops.size() < kHopsShown;) {
        at = index.from(reach.via[size_t(at)]);
        hops.push_back(at);
    }
    std::string path;
    if (hops.back() != source)
        path = index.component(source).id + " → …";
    for (size_t k = hops.size(); k-- > 0;)
        path += (path.empty() ? "" : " → ") + index.component(hops[k]).id;
    return path;
}

void resubmitWithoutIdempotency(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    const Reach reach = unprotectedReach(index);
    for (int i = 0; i < index.integrationCount(); ++i) {
        const Integration &integration = index.integration(i);
        if (!integration.isSync() || !index.resolved(i) || idempotent(integration)
            || reach.via[size_t(index.from(i))] == -2)
            continue;
        std::vector<std::string> repeated;
        for (const Operation *operation : effectiveOperations(&index.component(index.to(i)), integration))
            if (operation->isCritical() && repeatsEffect(integration, *operation))
                repeated.push_back(operation->name);
        if (repeated.empty())
            continue;
        const std::string path = pathTo(index, reach, index.from(i));
        context.reportIntegration(rule, i,
                                  integration.id + " runs critical " + joinList(repeated) + " on " + integration.to
                                      + " again when a user resubmits: " + path + " → " + integration.to
                                      + " carries no idempotency key (idempotency is none on " + "every hop)",
                                  {index.component(reach.source[size_t(index.from(i))]).id, integration.to});
    }
}

// Consumers: messages out of a queue or topic (queue, pubsub, stream) to something that is not
// itself one. A direct message to a service has no broker that could redeliver or park it.
bool consumes(const ModelIndex &index, int i)
{
    return patternInfo(index.integration(i).pattern).messaging && index.resolved(i)
        && index.component(index.from(i)).isDestination() && !index.component(index.to(i)).isDestination();
}

void consumerFailurePolicy(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    if (!consumes(index, i))
        return;
    const Integration &integration = index.integration(i);
    const Reliability *r = integration.reliability ? &*integration.reliability : nullptr;
    const std::optional<OnFailure> policy = r ? r->onFailure : std::nullopt;
    std::string what;
    if (policy == OnFailure::Drop)
        what = "acknowledges messages whose handler failed (on_failure: drop): they are lost without a trace";
    else if (policy == OnFailure::DeadLetter && !r->deadLetter)
        what = "sends failed messages to a dead-letter queue (on_failure: dead-letter) but declares no dead_letter";
    else if (!policy && !(r && (r->retry || r->deadLetter)))
        what = "says nothing about messages whose handler fails (no on_failure, retry or dead_letter)";
    if (what.empty())
        return;
    context.reportIntegration(rule, i,
                              integration.id + " from " + integration.from + " to " + integration.to + " " + what,
                              {integration.from});
}

// clang-format off
constexpr std::array<RuleRow, 2> kRules{{
    {{"resubmit-without-idempotency", Severity::Warning, "A user's resubmit repeats a critical call",
     "People click twice, reload a form, or retry after a timeout they saw: every public entry point "
     "gets retries whether or not a retry policy says so. A critical call that is not idempotent "
     "then charges or orders twice unless a key somewhere on the path recognises the repeat.",
     "Send an idempotency key from the client (a request id made once per form) and check it where "
     "the effect happens: set reliability.idempotency: key on the hop that carries it, or natural "
     "when the operation is idempotent by design.",
     "components:\n"
     "  - {id: web, kind: client}\n"
     "  - {id: orders, kind: service}\n"
     "integrations:\n"
     "  - id: web-orders\n"
     "    from: web\n"
     "    to: orders\n"
     "    pattern: rest\n"
     "    operations: [{name: placeOrder, method: POST, critical: true}]\n",
     "a synchronous integration whose idempotency is none calls a critical operation that repeats "
     "its effect (rest POST or PATCH, a graphql mutation, any grpc method), and its from is a public "
     "client (kind client or zone public) or is reached from one through synchronous integrations "
     "whose idempotency is none (a key or natural idempotency on any hop stops the path); one "
     "finding per integration, naming the shortest such path",
     "integration"}, resubmitWithoutIdempotency},
    {{"consumer-failure-policy", Severity::Warning, "Consumer without a policy for failed messages",
     "When a handler throws, the message is redelivered, parked in a dead-letter queue, or "
     "acknowledged and lost. A model that does not say which hides the most common way events "
     "silently disappear, and `drop` says it outright.",
     "Set reliability.on_failure to retry (with a bounded retry policy) or dead-letter (with "
     "dead_letter), or accept drop with a suppress entry that gives the reason.",
     "integrations:\n"
     "  - id: billing-consume\n"
     "    from: order-events\n"
     "    to: billing\n"
     "    pattern: pubsub\n"
     "    reliability: {on_failure: drop}\n",
     "a consuming queue, pubsub or stream integration (from a queue or topic to a component that is "
     "neither) has on_failure: "
     "drop; or on_failure: dead-letter without a dead_letter; or no on_failure, no retry and no "
     "dead_letter",
     "integration"}, eachIntegration<consumerFailurePolicy>},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> failureModeRules()
{
    return kRules;
}

} // namespace seam::lintrules
