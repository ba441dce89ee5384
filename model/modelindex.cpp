#include "modelindex.h"

namespace seam {

ModelIndex::ModelIndex(const Model &model)
    : m_model(model)
{
    const size_t componentCount = model.components.size();
    m_componentIndex.reserve(componentCount * 2);
    m_zones.reserve(componentCount);
    for (size_t i = 0; i < componentCount; ++i) {
        m_componentIndex.emplace(model.components[i].id, int(i)); // emplace keeps the first
        m_zones.push_back(model.components[i].effectiveZone());
    }
    m_out.resize(componentCount);
    m_in.resize(componentCount);
    const auto &edges = model.integrationList();
    m_from.reserve(edges.size());
    m_to.reserve(edges.size());
    for (size_t i = 0; i < edges.size(); ++i) {
        const int from = componentIndex(edges[i].from);
        const int to = componentIndex(edges[i].to);
        m_from.push_back(from);
        m_to.push_back(to);
        if (from >= 0 && to >= 0) {
            m_out[size_t(from)].push_back(int(i));
            m_in[size_t(to)].push_back(int(i));
        }
    }
}

int ModelIndex::componentIndex(std::string_view id) const
{
    const auto it = m_componentIndex.find(id);
    return it == m_componentIndex.end() ? -1 : it->second;
}

const Component *ModelIndex::findComponent(std::string_view id) const
{
    const int i = componentIndex(id);
    return i < 0 ? nullptr : &component(i);
}

const Integration *ModelIndex::findIntegration(std::string_view id) const
{
    std::call_once(m_integrationIndexBuilt, [this] {
        const auto &edges = integrations();
        m_integrationIndex.reserve(edges.size() * 2);
        for (size_t i = 0; i < edges.size(); ++i)
            m_integrationIndex.emplace(edges[i].id, int(i));
    });
    const auto it = m_integrationIndex.find(id);
    return it == m_integrationIndex.end() ? nullptr : &integration(it->second);
}

const std::string &ModelIndex::name(const std::string &id) const
{
    const Component *c = findComponent(id);
    return c ? c->displayName() : id;
}

bool ModelIndex::crossesTrustBoundary(int integration) const
{
    return resolved(integration) && zone(from(integration)) != zone(to(integration));
}

} // namespace seam
