#pragma once
// The lint engine's public face (docs/lint-rules.md): run every rule of the
// catalog on a model, apply `lint:` settings and `suppress:` entries.

#include "model.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

struct Finding {
    std::string rule; // stable rule id, e.g. "sync-chain"
    Severity severity = Severity::Warning; // after `lint.rules` overrides (never Off)
    std::string message; // one line naming the elements and the numbers involved
    std::string element; // primary element id (component or integration)
    std::vector<std::string> related; // other element ids involved
    Mark mark; // where the primary element starts in the file
    std::string hint; // how to fix it
    std::string suppressionReason; // set for suppressed findings only
};

struct LintResult {
    std::vector<Finding> findings; // counted: sorted by severity, then line
    std::vector<Finding> suppressed; // accepted on purpose, with their reasons
    size_t count(Severity severity) const;
};

struct RuleInfo {
    std::string_view id;
    Severity defaultSeverity;
    std::string_view title; // short description
    std::string_view rationale; // why it matters (full description)
    std::string_view hint; // how to fix it
    std::string_view example; // a minimal YAML fragment that fires it
    std::string_view condition; // when it fires, as docs/lint-rules.md states it
    std::string_view reportedOn; // the kind of element a finding is reported on
};

std::span<const RuleInfo> ruleCatalog();
const RuleInfo *findRule(std::string_view id);

LintResult lint(const Model &model);

// Identifies a finding independently of its message (numbers in messages change
// with every SLA edit): hex digest of rule, element and the sorted related ids.
// Baselines key accepted findings by (rule, element, fingerprint).
std::string findingFingerprint(const Finding &finding);

// The catalog id closest to `id` by edit distance, for "did you mean" messages.
std::string_view closestRuleId(std::string_view id);

} // namespace seam
