#pragma once
// A model resolved into positions once: ids → indices and each component's
// integrations by endpoint. Model::findComponent is a linear scan; lint and the
// exporters run on 10k-component models and look ids up through this instead.
// The index refers to the model: it must not outlive it or see it change.

#include "model.h"

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seam {

class ModelIndex {
public:
    explicit ModelIndex(const Model &model);

    const Model &model() const { return m_model; }
    const std::vector<Component> &components() const { return m_model.components; }
    const std::vector<Integration> &integrations() const { return m_model.integrationList(); }
    const Component &component(int index) const { return m_model.components[size_t(index)]; }
    const Integration &integration(int index) const { return integrations()[size_t(index)]; }
    int componentCount() const { return int(m_model.components.size()); }
    int integrationCount() const { return int(integrations().size()); }

    // By id; -1 or nullptr when unknown. With duplicate ids the first one wins,
    // as the loader reports the second as the duplicate.
    int componentIndex(std::string_view id) const;
    const Component *findComponent(std::string_view id) const;
    const Integration *findIntegration(std::string_view id) const;
    // The display name of a component id, or the id itself when it is unknown.
    const std::string &name(const std::string &id) const;

    // Component positions of an integration's ends; -1 for a dangling id
    // (the loader rejects those, but the editor may lint a half-edited model).
    int from(int integration) const { return m_from[size_t(integration)]; }
    int to(int integration) const { return m_to[size_t(integration)]; }
    bool resolved(int integration) const { return from(integration) >= 0 && to(integration) >= 0; }

    // Positions of the resolved integrations leaving / entering a component, in model order.
    const std::vector<int> &outgoing(int component) const { return m_out[size_t(component)]; }
    const std::vector<int> &incoming(int component) const { return m_in[size_t(component)]; }

    Zone zone(int component) const { return m_zones[size_t(component)]; }
    // Both ends are known and lie in different zones.
    bool crossesTrustBoundary(int integration) const;

private:
    const Model &m_model;
    std::unordered_map<std::string_view, int> m_componentIndex;
    // Built on the first findIntegration: lint never looks integrations up by id.
    mutable std::once_flag m_integrationIndexBuilt;
    mutable std::unordered_map<std::string_view, int> m_integrationIndex;
    std::vector<int> m_from;
    std::vector<int> m_to;
    std::vector<std::vector<int>> m_out;
    std::vector<std::vector<int>> m_in;
    std::vector<Zone> m_zones;
};

} // namespace seam
