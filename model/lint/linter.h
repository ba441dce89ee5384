#pragma once
// The lint engine's public face (docs/lint-rules.md): run every rule of the
// catalog on a model, apply `lint:` settings and `suppress:` entries.

#include "model.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

class ModelIndex;

struct Finding {
    std::string rule; // stable rule id, e.g. "sync-chain"
    Severity severity = Severity::Warning; // after `lint.rules` overrides (never Off)
    std::string message; // one line naming the elements and the numbers involved
    std::string element; // primary element id (component or integration)
    std::vector<std::string> related; // other element ids involved
    Mark mark; // where the primary element starts in the file
    std::string hint; // how to fix it
    std::string suppressionReason; // set for suppressed findings only
    // Root cause (grouping.cpp): findings of one rule with the same non-empty key
    // share a cause, shown once with its members. Empty: the rule does not group.
    std::string cause;
    std::string causeLabel; // the cause in words, e.g. "internal → dmz"
    // The suppress: entry that matched, also when it has expired (then the finding counts again).
    std::optional<Suppression> acceptance;
    bool acceptanceExpired = false;
    bool needsReview = false; // acceptance.reviewed no longer matches the element
    std::string note; // why an accepted finding is back or needs re-review; empty otherwise
};

// Findings that share a cause, in display order (the place of the first member).
struct FindingGroup {
    std::string id; // stable: digest of rule and cause key (or of the finding when alone)
    std::string rule;
    std::string causeLabel;
    std::vector<size_t> members; // positions in the list that was grouped, in its order
    bool grouped() const { return members.size() > 1; }
};

// Groups `findings` by (rule, cause); a finding with no cause is a group of one.
std::vector<FindingGroup> groupFindings(std::span<const Finding> findings);
// What findings of `rule` are grouped by, in words; empty when the rule does not group.
std::string_view groupedBy(std::string_view rule);
// "16 findings, one cause: Unauthenticated call across a trust boundary, from zone internal to zone dmz"
std::string groupHeadline(const FindingGroup &group);
// The group id of every finding: result[i] belongs to findings[i].
std::vector<std::string> groupIds(std::span<const Finding> findings, std::span<const FindingGroup> groups);

struct LintResult {
    std::vector<Finding> findings; // counted: sorted by severity, then line (expired acceptances included)
    std::vector<Finding> suppressed; // accepted on purpose, with their reasons (needsReview ones too)
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

struct LintOptions {
    std::string today; // YYYY-MM-DD for suppression expiry; empty: todayDate() (SEAM_TODAY or the clock)
};

LintResult lint(const Model &model, const LintOptions &options = {});

// What a suppression's `reviewed:` records: a digest of the rule and of the
// element's content that lint reads (its canonical tree without documentation
// keys and suppressions, plus the zones of an integration's ends). Empty when
// no component or integration has that id.
std::string reviewFingerprint(const Model &model, std::string_view rule, std::string_view element);
// The same for the element a lint run reported on (positions in the index; -1 for none).
std::string reviewFingerprint(const ModelIndex &index, std::string_view rule, int component, int integration);

// Tracks a finding across commits (SARIF partialFingerprints): rule, element
// id and cause key, never lines or messages, so renaming an unrelated element
// or moving text keeps it.
std::string trackingFingerprint(const Finding &finding);

// FNV-1a 64-bit of the parts (each followed by a separator), as 16 hex digits.
std::string digestOf(std::span<const std::string_view> parts);

// Identifies a finding independently of its message (numbers in messages change
// with every SLA edit): hex digest of rule, element and the sorted related ids.
// Baselines key accepted findings by (rule, element, fingerprint).
std::string findingFingerprint(const Finding &finding);

// The catalog id closest to `id` by edit distance, for "did you mean" messages.
std::string_view closestRuleId(std::string_view id);

} // namespace seam
