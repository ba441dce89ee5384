// Contract rules: unversioned-event, missing-contract, event-without-producer,
// event-contract-mismatch, unused-api. The exported OpenAPI, AsyncAPI and protobuf
// specs are only as good as the contracts listed here. Events are read through
// contracts.h, so references and inline v1 events mean the same.

#include "contracts.h"
#include "lintcontext.h"
#include "vocabulary.h"

#include <algorithm>
#include <array>

namespace seam::lintrules {

namespace {

void unversionedEvents(LintContext &context, int rule, int i)
{
    const Integration &integration = context.index().integration(i);
    if (!integration.events)
        return;
    // A bare name refers to its channel's declaration, which carries the version.
    std::vector<std::string> names;
    for (const Event *event : effectiveEvents(context.index(), integration))
        if (!event->version)
            names.push_back(event->name);
    if (names.empty())
        return;
    // One finding per integration: the element is what a suppression names.
    context.reportIntegration(
        rule, i,
        integration.id + (names.size() == 1 ? " has an event without a version: " : " has events without a version: ")
            + joinList(names));
}

void missingContract(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    const Integration &integration = index.integration(i);
    const Pattern pattern = integration.pattern;
    const std::string label = integration.id + " (" + std::string(toString(pattern)) + " from " + integration.from
        + " to " + integration.to + ")";
    if (patternInfo(pattern).operations) {
        // `api:` names the provider's operations: they are the contract (contracts.h).
        if (effectiveOperations(index.model(), integration).empty())
            context.reportIntegration(rule, i, label + " declares no operations");
        return;
    }
    if (!integration.isAsync() || !index.resolved(i))
        return;
    // Out of a destination the consumer receives what producers put in, so it
    // needs no event list of its own.
    const bool intoDestination = index.component(index.to(i)).isDestination();
    const bool direct = !index.component(index.from(i)).isDestination() && !intoDestination;
    if ((intoDestination || direct) && (!integration.events || integration.events->empty()))
        context.reportIntegration(rule, i, label + " declares no events");
}

// Out of a queue or topic: the integrations that put events into it are its producers.
bool consumesFromDestination(const ModelIndex &index, int i)
{
    return index.resolved(i) && index.component(index.from(i)).isDestination()
        && !index.component(index.to(i)).isDestination();
}

std::string versionText(const Event &event)
{
    return event.version ? " v" + std::to_string(*event.version) : std::string();
}

void eventsWithoutProducer(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    if (!consumesFromDestination(index, i))
        return;
    const int destination = index.from(i);
    std::vector<std::string> missing;
    for (const Event *event : effectiveEvents(index, index.integration(i))) {
        bool produced = false;
        for (const int in : index.incoming(destination)) {
            const auto events = effectiveEvents(index, index.integration(in));
            produced = produced
                || std::any_of(events.begin(), events.end(), [&](const Event *e) { return e->name == event->name; });
        }
        if (!produced && std::find(missing.begin(), missing.end(), event->name) == missing.end())
            missing.push_back(event->name);
    }
    if (missing.empty())
        return;
    const Integration &integration = index.integration(i);
    context.reportIntegration(rule, i,
                              integration.id + " receives " + joinList(missing) + " from " + integration.from
                                  + (missing.size() == 1 ? ", which" : ", which each") + " no integration publishes to "
                                  + integration.from);
}

// Producer and consumer agree on an event when neither states a version or payload the
// other contradicts; what only one side states is not a disagreement.
bool agree(const Event &produced, const Event &consumed)
{
    if (produced.version && consumed.version && *produced.version != *consumed.version)
        return false;
    return !(produced.payload && consumed.payload && *produced.payload != *consumed.payload);
}

std::string contractText(const Event &event)
{
    std::string text = event.name + versionText(event);
    if (event.payload)
        text += " (payload " + *event.payload + ")";
    return text;
}

void contractMismatches(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    if (!consumesFromDestination(index, i))
        return;
    const Integration &integration = index.integration(i);
    std::vector<std::string> problems;
    std::vector<std::string> related;
    for (const Event *consumed : effectiveEvents(index, integration)) {
        std::vector<const Event *> produced;
        std::vector<std::string> producers;
        for (const int in : index.incoming(index.from(i)))
            for (const Event *event : effectiveEvents(index, index.integration(in)))
                if (event->name == consumed->name) {
                    produced.push_back(event);
                    producers.push_back(index.integration(in).id);
                }
        // No producer at all is event-without-producer's finding.
        if (produced.empty()
            || std::any_of(produced.begin(), produced.end(), [&](const Event *e) { return agree(*e, *consumed); }))
            continue;
        problems.push_back("expects " + contractText(*consumed) + " but " + producers.front() + " publishes "
                           + contractText(*produced.front()));
        for (const std::string &id : producers)
            if (std::find(related.begin(), related.end(), id) == related.end())
                related.push_back(id);
    }
    if (!problems.empty())
        context.reportIntegration(rule, i, integration.id + " " + joinList(problems), related);
}

void unusedApis(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    for (int c = 0; c < index.componentCount(); ++c) {
        const Component &component = index.component(c);
        if (!component.apis)
            continue;
        std::vector<std::string> unused;
        for (const Api &api : *component.apis) {
            const auto &incoming = index.incoming(c);
            const bool used = std::any_of(incoming.begin(), incoming.end(), [&](int in) {
                const Integration &integration = index.integration(in);
                return integration.api && *integration.api == api.name;
            });
            if (!used)
                unused.push_back(api.name);
        }
        if (!unused.empty())
            context.reportComponent(rule, c,
                                    component.id
                                        + (unused.size() == 1 ? " declares an API no integration calls: "
                                                              : " declares APIs no integration calls: ")
                                        + joinList(unused));
    }
}

// clang-format off
constexpr std::array<RuleRow, 5> kRules{{
    {{"unversioned-event", Severity::Warning, "Event without a version",
     "Consumers of an unversioned event break on its first incompatible change; a version lets "
     "producer and consumers migrate one at a time.",
     "Add version: 1 to the event and bump it on every breaking change to its payload.",
     "integrations:\n"
     "  - id: orders-publish\n"
     "    from: orders\n"
     "    to: order-events\n"
     "    pattern: pubsub\n"
     "    events: [{name: order.created, payload: Order}]\n",
     "an event has no version", "integration"}, eachIntegration<unversionedEvents>},
    {{"missing-contract", Severity::Info, "Integration without a contract",
     "Without operations or events the exported OpenAPI, AsyncAPI and protobuf specs stay empty and "
     "the integration has no reviewable contract.",
     "List the operations (rest/graphql/grpc) or the events (async) the integration carries.",
     "integrations:\n"
     "  - {id: gateway-orders, from: gateway, to: orders, pattern: rest, timeout_ms: 2000}\n",
     "a rest/graphql/grpc integration has no operations, or an async integration into a destination "
     "or a direct async/webhook one has no events",
     "integration"}, eachIntegration<missingContract>},
    {{"event-without-producer", Severity::Warning, "Event consumed but never published",
     "A consumer waits for an event nobody sends to its queue or topic: the event was renamed, its "
     "producer is missing from the model, or the consumer reads the wrong destination.",
     "Add the integration that publishes the event to this destination, or correct the event name.",
     "integrations:\n"
     "  - id: billing-consume\n"
     "    from: order-events\n"
     "    to: billing\n"
     "    pattern: pubsub\n"
     "    events: [{name: order.paid, version: 1}]   # nothing publishes order.paid to order-events\n",
     "an integration out of a queue or topic names an event (inline, or a reference resolved to its "
     "channel's declaration) that no integration into that destination carries",
     "integration"}, eachIntegration<eventsWithoutProducer>},
    {{"event-contract-mismatch", Severity::Warning, "Producer and consumer disagree on an event",
     "When the consumer expects another version or payload schema of an event than its producers "
     "send, it fails to read the messages or silently misreads them.",
     "Make the consumer name the version and payload the producer publishes, or publish both "
     "versions while consumers migrate.",
     "integrations:\n"
     "  - {id: orders-publish, from: orders, to: order-events, pattern: pubsub,\n"
     "     events: [{name: order.created, version: 1, payload: Order}]}\n"
     "  - {id: billing-consume, from: order-events, to: billing, pattern: pubsub,\n"
     "     events: [{name: order.created, version: 2, payload: OrderV2}]}\n",
     "an integration out of a queue or topic names an event whose version or payload schema differs "
     "from those of every integration publishing that event into the destination (both sides state it)",
     "integration"}, eachIntegration<contractMismatches>},
    {{"unused-api", Severity::Info, "API that no integration calls",
     "An API its provider declares but nothing calls is either dead code to retire or a caller "
     "missing from the model.",
     "Add the integrations that call it (api: NAME), or remove the API from the component.",
     "components:\n"
     "  - id: cart\n"
     "    kind: service\n"
     "    apis: [{name: CartAdmin, style: rest}]   # no integration says api: CartAdmin\n",
     "a component declares an API that no integration into it names in `api:`", "component"}, unusedApis},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> contractRules()
{
    return kRules;
}

} // namespace seam::lintrules
