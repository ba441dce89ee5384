#include "impact.h"

#include "model/flows.h"
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

ImpactFinder::ImpactFinder(const Model &model)
    : m_model(model)
    , m_index(model)
{
    // destinationEnd and integrationChannel (contracts.h), with the ends looked up in the index.
    m_channel.resize(size_t(m_index.integrationCount()));
    for (int i = 0; i < m_index.integrationCount(); ++i) {
        const Integration &integration = m_index.integration(i);
        const Component *destination = nullptr;
        for (const std::string *end : {&integration.to, &integration.from})
            if (const Component *c = m_index.findComponent(*end); !destination && c && c->isDestination())
                destination = c;
        if (!destination)
            continue;
        m_atDestination[destination->id].push_back(i);
        const Channel *channel = nullptr;
        if (integration.channel)
            channel = findChannel(*destination, *integration.channel);
        else if (destination->channels && destination->channels->size() == 1)
            channel = &destination->channels->front();
        if (channel)
            m_channel[size_t(i)] = channel->name;
    }
    for (const Flow &flow : model.flowList())
        for (const std::string &step : seam::flowIntegrationIds(flow))
            m_flowsByStep[step].push_back(flow.id);
}

const std::vector<int> &ImpactFinder::incoming(const std::string &id) const
{
    static const std::vector<int> none;
    const int component = m_index.componentIndex(id);
    return component < 0 ? none : m_index.incoming(component);
}

const std::vector<int> &ImpactFinder::atDestination(const std::string &id) const
{
    static const std::vector<int> none;
    const auto found = m_atDestination.find(id);
    return found == m_atDestination.end() ? none : found->second;
}

Impact ImpactFinder::ofConsumers(const std::set<std::string> &integrations) const
{
    Impact impact;
    impact.consumers.assign(integrations.begin(), integrations.end());
    std::set<std::string> flows;
    for (const std::string &integration : integrations)
        if (const auto found = m_flowsByStep.find(integration); found != m_flowsByStep.end())
            flows.insert(found->second.begin(), found->second.end());
    impact.flows.assign(flows.begin(), flows.end());
    return impact;
}

Impact ImpactFinder::component(const std::string &id) const
{
    std::set<std::string> consumers;
    for (int i : incoming(id))
        consumers.insert(m_index.integration(i).id);
    // A queue or topic is reached from both sides: producers end there, consumers start there.
    const Component *component = m_index.findComponent(id);
    if (component && component->isDestination())
        for (int i : m_index.outgoing(m_index.componentIndex(id)))
            consumers.insert(m_index.integration(i).id);
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
    for (int i : incoming(component))
        if (m_index.integration(i).api == api)
            consumers.insert(m_index.integration(i).id);
    return ofConsumers(consumers);
}

Impact ImpactFinder::operation(const std::string &component, const std::string &api, const std::string &operation) const
{
    std::set<std::string> consumers;
    for (int i : incoming(component))
        if (const Integration &integration = m_index.integration(i);
            integration.api == api && uses(integration, operation))
            consumers.insert(integration.id);
    return ofConsumers(consumers);
}

Impact ImpactFinder::channel(const std::string &component, const std::string &channel) const
{
    std::set<std::string> consumers;
    for (int i : atDestination(component))
        if (m_channel[size_t(i)] == channel)
            consumers.insert(m_index.integration(i).id);
    return ofConsumers(consumers);
}

Impact ImpactFinder::event(const std::string &component, const std::string &channel, const std::string &event) const
{
    std::set<std::string> consumers;
    for (int i : atDestination(component)) {
        const Integration &integration = m_index.integration(i);
        if (m_channel[size_t(i)] != channel)
            continue;
        // An integration on the channel that names no events receives whatever it carries.
        const auto &events = integration.events;
        if (!events || std::any_of(events->begin(), events->end(), [&](const Event &e) { return e.name == event; }))
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
