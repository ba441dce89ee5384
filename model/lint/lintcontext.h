#pragma once
// What every rule family shares during one lint run: the model resolved into
// indices once (ids → positions, adjacency), the effective settings, and the
// sink findings go to. Rule families never look up ids by string themselves,
// which keeps the graph rules linear in components + integrations.

#include "linter.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seam::lintrules {

class LintIndex {
public:
    explicit LintIndex(const Model &model);

    const Model &model() const { return m_model; }
    const std::vector<Component> &components() const { return m_model.components; }
    const std::vector<Integration> &integrations() const { return m_model.integrationList(); }
    const Component &component(int index) const { return m_model.components[size_t(index)]; }
    const Integration &integration(int index) const { return integrations()[size_t(index)]; }
    int componentCount() const { return int(m_model.components.size()); }
    int integrationCount() const { return int(integrations().size()); }

    int componentIndex(std::string_view id) const; // -1 when unknown

    // Component positions of an integration's ends; -1 for a dangling id
    // (the loader rejects those, but the editor may lint a half-edited model).
    int from(int integration) const { return m_from[size_t(integration)]; }
    int to(int integration) const { return m_to[size_t(integration)]; }
    bool resolved(int integration) const { return from(integration) >= 0 && to(integration) >= 0; }

    // Integration positions leaving / entering a component, in model order.
    const std::vector<int> &outgoing(int component) const { return m_out[size_t(component)]; }
    const std::vector<int> &incoming(int component) const { return m_in[size_t(component)]; }

    Zone zone(int component) const { return m_zones[size_t(component)]; }
    bool crossesTrustBoundary(int integration) const;

private:
    const Model &m_model;
    std::unordered_map<std::string_view, int> m_componentIndex;
    std::vector<int> m_from;
    std::vector<int> m_to;
    std::vector<std::vector<int>> m_out;
    std::vector<std::vector<int>> m_in;
    std::vector<Zone> m_zones;
};

// A finding before `lint.rules` severities and `suppress:` entries apply.
struct RawFinding {
    int rule = -1; // position in ruleCatalog()
    Finding finding;
    const std::optional<std::vector<Suppression>> *suppress = nullptr;
};

class LintContext {
public:
    LintContext(const LintIndex &index, const LintSettings &settings);

    const LintIndex &index() const { return m_index; }
    const LintSettings &settings() const { return m_settings; }

    // Position of a rule in the catalog; the ids rule families pass are
    // literals from the catalog, so an unknown one is a programming error.
    int rule(std::string_view id) const;
    // False when `lint.rules` turned the rule off: families skip the work.
    bool enabled(int rule) const { return m_severity[size_t(rule)] != Severity::Off; }

    void reportComponent(int rule, int component, std::string message, std::vector<std::string> related = {});
    void reportIntegration(int rule, int integration, std::string message,
                           std::vector<std::string> related = {});

    std::vector<RawFinding> takeFindings() { return std::move(m_findings); }
    Severity severity(int rule) const { return m_severity[size_t(rule)]; }

private:
    // Component or Integration: both carry id, mark and suppress.
    template <typename Element>
    void report(int rule, const Element &element, std::string message, std::vector<std::string> related);

    const LintIndex &m_index;
    const LintSettings &m_settings;
    std::vector<Severity> m_severity; // per catalog rule, after overrides
    std::vector<RawFinding> m_findings;
};

// Number formatting shared by messages: integers without decimals, others
// with at most `decimals` digits and no trailing zeros ("99.95", "150").
std::string formatNumber(double value, int decimals = 3);
// "a, b and c"
std::string joinList(const std::vector<std::string> &items);

// The rule families, one file each.
void lintSyncGraph(LintContext &context);   // syncgraph.cpp: sync-chain, sync-cycle, sync-fan-out
void lintBudgets(LintContext &context);     // budgets.cpp: latency/availability/retry budgets, timeouts
void lintReliability(LintContext &context); // reliability.cpp: retries, breakers, idempotency, DLQ
void lintSecurity(LintContext &context);    // security.cpp: webhooks, auth, TLS, rate limits
void lintContracts(LintContext &context);   // contracts.cpp: event versions, missing contracts
void lintTopology(LintContext &context);    // topology.cpp: shared data stores, orphans

} // namespace seam::lintrules
