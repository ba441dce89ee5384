// Contract rules: unversioned-event, missing-contract. The exported OpenAPI,
// AsyncAPI and protobuf specs are only as good as the contracts listed here.

#include "lintcontext.h"

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
    context.reportIntegration(rule, i,
                              integration.id + (names.size() == 1 ? " has an event without a version: "
                                                                  : " has events without a version: ")
                                  + joinList(names));
}

void missingContract(LintContext &context, int rule, int i)
{
    const LintIndex &index = context.index();
    const Integration &integration = index.integration(i);
    const Pattern pattern = integration.pattern;
    const std::string label = integration.id + " (" + std::string(toString(pattern)) + " from " + integration.from
                              + " to " + integration.to + ")";
    if (pattern == Pattern::Rest || pattern == Pattern::Graphql || pattern == Pattern::Grpc) {
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

} // namespace

void lintContracts(LintContext &context)
{
    const int unversioned = context.rule("unversioned-event");
    const int contract = context.rule("missing-contract");
    for (int i = 0; i < context.index().integrationCount(); ++i) {
        unversionedEvents(context, unversioned, i);
        missingContract(context, contract, i);
    }
}

} // namespace seam::lintrules
