#pragma once
// What every rule family shares during one lint run: the model resolved into
// indices once (ids → positions, adjacency), the effective settings, and the
// sink findings go to. Rule families never look up ids by string themselves,
// which keeps the graph rules linear in components + integrations.

#include "linter.h"
#include "modelindex.h"

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seam::lintrules {

// A finding before `lint.rules` severities and `suppress:` entries apply.
struct RawFinding {
    int rule = -1; // position in ruleCatalog()
    Finding finding;
    const std::optional<std::vector<Suppression>> *suppress = nullptr;
    int component = -1; // the element reported on: one of these is set
    int integration = -1;
};

// The root cause of a finding (grouping.cpp): {key, label}, or an empty key when
// its rule does not group. Reads the element a raw finding was reported on.
struct Cause {
    std::string key;
    std::string label;
};
Cause causeOf(const ModelIndex &index, const RawFinding &raw);

class LintContext {
public:
    LintContext(const ModelIndex &index, const LintSettings &settings);

    const ModelIndex &index() const { return m_index; }
    const LintSettings &settings() const { return m_settings; }

    // False when `lint.rules` turned the rule off: its check does not run.
    bool enabled(int rule) const { return m_severity[size_t(rule)] != Severity::Off; }

    void reportComponent(int rule, int component, std::string message, std::vector<std::string> related = {});
    void reportIntegration(int rule, int integration, std::string message, std::vector<std::string> related = {});
    // A finding about a flow step: on the step's integration (its `suppress` applies), at the step.
    void reportStep(int rule, int integration, Mark step, std::string message, std::vector<std::string> related = {});

    std::vector<RawFinding> takeFindings() { return std::move(m_findings); }
    Severity severity(int rule) const { return m_severity[size_t(rule)]; }

private:
    // Component or Integration: both carry id, mark and suppress.
    template <typename Element>
    RawFinding *report(int rule, const Element &element, std::string message, std::vector<std::string> related);

    const ModelIndex &m_index;
    const LintSettings &m_settings;
    std::vector<Severity> m_severity; // per catalog rule, after overrides
    std::vector<RawFinding> m_findings;
};

// "a, b and c"
std::string joinList(const std::vector<std::string> &items);

// A rule's check: reports findings for catalog position `rule` (the row it is
// bound to, so a check never looks its rule up by id).
using RuleCheck = void (*)(LintContext &context, int rule);

// A rule of the catalog and the check that fires it.
struct RuleRow {
    RuleInfo info;
    RuleCheck check;
};

// Binds a check of one integration (context, rule, integration position) to a
// rule: it runs on every integration in model order.
template <void (*Check)(LintContext &, int, int)> void eachIntegration(LintContext &context, int rule)
{
    for (int i = 0; i < context.index().integrationCount(); ++i)
        Check(context, rule, i);
}

// Why a list of rows cannot be (part of) the catalog, or nullptr when it can:
// every id is spelled lower-case-with-hyphens and unique, every row is
// documented and has a check. constexpr: each family asserts its rows at
// compile time, the catalog checks their concatenation when the program starts.
constexpr const char *ruleRowsError(std::span<const RuleRow> rows)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        const RuleInfo &info = rows[i].info;
        if (info.id.empty() || info.id.front() == '-' || info.id.back() == '-')
            return "a rule id is empty or starts or ends with '-'";
        for (char c : info.id)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                return "a rule id has a character other than a-z, 0-9 and '-'";
        for (size_t j = 0; j < i; ++j)
            if (rows[j].info.id == info.id)
                return "two rules have the same id";
        if (info.defaultSeverity == Severity::Off || info.title.empty() || info.rationale.empty() || info.hint.empty()
            || info.example.empty() || info.condition.empty() || info.reportedOn.empty())
            return "a rule lacks a default severity or documentation";
        if (!rows[i].check)
            return "a rule has no check";
    }
    return nullptr;
}

// The rule families, one file each; the catalog (catalog.cpp) is their rows
// concatenated in this order, which is the order of docs/lint-rules.md.
std::span<const RuleRow> syncGraphRules(); // syncgraph.cpp: sync-chain, sync-cycle, sync-fan-out
std::span<const RuleRow> budgetRules(); // budgets.cpp: latency/availability/retry budgets, timeouts
std::span<const RuleRow> dataStoreRules(); // datastores.cpp: shared-database
std::span<const RuleRow> reliabilityRules(); // reliability.cpp: retries, breakers, idempotency, DLQ
std::span<const RuleRow> securityRules(); // security.cpp: webhooks, auth, TLS, rate limits
std::span<const RuleRow> contractRules(); // contracts.cpp: event versions, missing contracts
std::span<const RuleRow> topologyRules(); // topology.cpp: orphans
std::span<const RuleRow> resilienceRules(); // resilience.cpp: retry amplification, timeout inversion
std::span<const RuleRow> failureModeRules(); // failuremodes.cpp: resubmits, consumer failure policy
std::span<const RuleRow> unknownRules(); // unknowns.cpp: unspecified-default

// The keys an integration omits whose documented defaults lint.defaults: unspecified does not
// assume: "security.tls", "security.auth", and "delivery" on asynchronous patterns.
std::vector<std::string> unspecifiedKeys(const Integration &integration);
std::span<const RuleRow> journeyRules(); // journeys.cpp: saga without compensation, call multiplicity

// Per integration position: the most times one flow step calls it per journey (1 when no step says more).
std::vector<long long> stepRunsPerIntegration(const ModelIndex &index);

// The catalog with its checks, in catalog order: ruleRows()[i].info is ruleCatalog()[i].
std::span<const RuleRow> ruleRows();

} // namespace seam::lintrules
