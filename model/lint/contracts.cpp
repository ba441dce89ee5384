// Contract rules: unversioned-event, missing-contract. The exported OpenAPI,
// AsyncAPI and protobuf specs are only as good as the contracts listed here.

#include "lintcontext.h"
#include "vocabulary.h"

#include <array>

namespace seam::lintrules {

namespace {

void unversionedEvents(LintContext &context, int rule, int i)
{
    const Integration &integration = context.index().integration(i);
    if (!integration.events)
        return;
    std::vector<std::string> names;
    for (const Event &event : *integration.events)
        if (!event.version)
            names.push_back(event.name);
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
        if (!integration.operations || integration.operations->empty())
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

// clang-format off
constexpr std::array<RuleRow, 2> kRules{{
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
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> contractRules()
{
    return kRules;
}

} // namespace seam::lintrules
