#include "impact.h"

#include "flowsteps.h"
#include "schemauses.h"

#include "model/contracts.h"

#include <algorithm>

namespace seam::diff {

namespace {

bool uses(const Integration &integration, const std::string &operation)
{
    return !integration.uses
        || std::find(integration.uses->begin(), integration.uses->end(), operation) != integration.uses->end();
}

std::vector<std::string> sortedUnion(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    std::set<std::string> all(a.begin(), a.end());
    all.insert(b.begin(), b.end());
    return {all.begin(), all.end()};
}

} // namespace

Impact ImpactFinder::ofConsumers(const std::set<std::string> &integrations) const
{
    Impact impact;
    impact.consumers.assign(integrations.begin(), integrations.end());
    for (const Flow &flow : m_model.flowList()) {
        const std::vector<std::string> steps = flowIntegrationIds(flow);
        if (std::any_of(steps.begin(), steps.end(), [&](const std::string &step) { return integrations.count(step); }))
            impact.flows.push_back(flow.id);
    }
    std::sort(impact.flows.begin(), impact.flows.end());
    return impact;
}

Impact ImpactFinder::component(const std::string &id) const
{
    const Component *component = m_model.findComponent(id);
    const bool destination = component && component->isDestination();
    std::set<std::string> consumers;
    for (const Integration &integration : m_model.integrationList())
        if (integration.to == id || (destination && integration.from == id))
            consumers.insert(integration.id);
    return ofConsumers(consumers);
}

Impact ImpactFinder::integration(const std::string &id) const
{
    Impact impact = ofConsumers({id});
    impact.consumers.clear();
    return impact;
}

Impact ImpactFinder::api(const std::string &component, const std::string &api) const
{
    std::set<std::string> consumers;
    for (const Integration &integration : m_model.integrationList())
        if (integration.to == component && integration.api == api)
            consumers.insert(integration.id);
    return ofConsumers(consumers);
}

Impact ImpactFinder::operation(const std::string &component, const std::string &api, const std::string &operation) const
{
    std::set<std::string> consumers;
    for (const Integration &integration : m_model.integrationList())
        if (integration.to == component && integration.api == api && uses(integration, operation))
            consumers.insert(integration.id);
    return ofConsumers(consumers);
}

Impact ImpactFinder::channel(const std::string &component, const std::string &channel) const
{
    std::set<std::string> consumers;
    for (const Integration &integration : m_model.integrationList()) {
        const Component *end = destinationEnd(m_model, integration);
        const Channel *used = integrationChannel(m_model, integration);
        if (end && end->id == component && used && used->name == channel)
            consumers.insert(integration.id);
    }
    return ofConsumers(consumers);
}

Impact ImpactFinder::event(const std::string &component, const std::string &channel, const std::string &event) const
{
    std::set<std::string> consumers;
    for (const Integration &integration : m_model.integrationList()) {
        const Component *end = destinationEnd(m_model, integration);
        const Channel *used = integrationChannel(m_model, integration);
        if (!end || end->id != component || !used || used->name != channel)
            continue;
        // An integration on the channel that names no events receives whatever it carries.
        const std::vector<const Event *> events = effectiveEvents(m_model, integration);
        if (!integration.events
            || std::any_of(events.begin(), events.end(), [&](const Event *e) { return e->name == event; }))
            consumers.insert(integration.id);
    }
    return ofConsumers(consumers);
}

Impact ImpactFinder::inlineContract(const std::string &integration) const
{
    return ofConsumers({integration});
}

Impact ImpactFinder::schema(const std::string &name) const
{
    Impact impact;
    const auto reaches
        = [&](const std::set<std::string> &direct) { return schemaClosure(m_model, direct).count(name) > 0; };
    for (const Component &component : m_model.components) {
        for (const Api &api : component.apis.value_or(std::vector<Api> {}))
            for (const Operation &operation : api.operations.value_or(std::vector<Operation> {}))
                if (reaches(directSchemas(operation)))
                    impact = mergeImpact(impact, this->operation(component.id, api.name, operation.name));
        for (const Channel &channel : component.channels.value_or(std::vector<Channel> {}))
            for (const Event &event : channel.events.value_or(std::vector<Event> {}))
                if (reaches(directSchemas(event)))
                    impact = mergeImpact(impact, this->event(component.id, channel.name, event.name));
    }
    for (const Integration &integration : m_model.integrationList()) {
        bool inlineUse = false;
        for (const Operation &operation : integration.operations.value_or(std::vector<Operation> {}))
            inlineUse = inlineUse || reaches(directSchemas(operation));
        for (const Event &event : integration.events.value_or(std::vector<Event> {}))
            inlineUse = inlineUse || (!event.reference && reaches(directSchemas(event)));
        if (inlineUse)
            impact = mergeImpact(impact, inlineContract(integration.id));
    }
    return impact;
}

Impact ImpactFinder::flow(const std::string &id) const
{
    return Impact {{}, {id}};
}

Impact mergeImpact(const Impact &a, const Impact &b)
{
    return Impact {sortedUnion(a.consumers, b.consumers), sortedUnion(a.flows, b.flows)};
}

} // namespace seam::diff
