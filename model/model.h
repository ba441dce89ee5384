#pragma once
// The typed Seam model (docs/model-format.md, version 1).
//
// Every optional field is std::optional so the writer can tell "the user wrote
// it" from "the default applies": a load/save round trip writes no default the
// user did not write. Unknown keys are kept in `extras` (a map SourceNode) and
// written back after the known keys. `mark` is where the element starts in the
// file it was loaded from (invalid for elements created in the editor).

#include "enums.h"
#include "sourcenode.h"

#include <optional>
#include <string>
#include <vector>

namespace seam {

using Extras = SourceNode; // a Map node (or Null when there are none)

struct Suppression {
    std::string rule;
    std::string reason;
    Mark mark;
    Extras extras;
    bool operator==(const Suppression &) const = default;
};

struct Sla {
    std::optional<double> availability; // percent
    std::optional<double> latencyP95Ms;
    std::optional<double> latencyP99Ms;
    std::optional<double> throughputRps;
    Extras extras;
    bool operator==(const Sla &) const = default;
};

struct Component {
    std::string id;
    std::optional<std::string> name;
    ComponentKind kind = ComponentKind::Service;
    std::optional<std::string> description;
    std::optional<std::string> owner;
    std::optional<std::string> technology;
    std::optional<Zone> zone;
    std::optional<Sla> sla;
    std::optional<std::vector<std::string>> tags;
    std::optional<std::vector<Suppression>> suppress;
    Extras extras;
    Mark mark;

    const std::string &displayName() const { return name ? *name : id; }
    Zone effectiveZone() const;
    bool isDataStore() const; // kindInfo(kind).dataStore
    bool isDestination() const; // kindInfo(kind).destination
    // Run by someone else: an external system, or anything placed in the third-party zone.
    bool isThirdParty() const { return kind == ComponentKind::External || effectiveZone() == Zone::ThirdParty; }
    bool operator==(const Component &) const = default;
};

// An entry of `errors`: an HTTP status code (written as a number) or an error name.
struct ErrorCode {
    std::string text;
    bool numeric = false;
    bool operator==(const ErrorCode &) const = default;
};

struct Operation {
    std::string name;
    std::optional<HttpMethod> method;
    std::optional<std::string> path;
    std::optional<GraphqlKind> kind;
    std::optional<std::string> request;
    std::optional<std::string> response;
    std::optional<bool> critical;
    std::optional<std::vector<ErrorCode>> errors;
    Extras extras;
    Mark mark;
    bool isCritical() const { return critical.value_or(false); }
    bool operator==(const Operation &) const = default;
};

struct Event {
    std::string name;
    std::optional<long long> version;
    std::optional<std::string> payload;
    std::optional<std::string> key;
    std::optional<bool> critical;
    Extras extras;
    Mark mark;
    bool isCritical() const { return critical.value_or(false); }
    bool operator==(const Event &) const = default;
};

struct Retry {
    // max_attempts: a number, `unbounded`, or absent (which lint treats as unbounded).
    std::optional<long long> maxAttempts;
    bool unbounded = false; // written as `max_attempts: unbounded`
    std::optional<Backoff> backoff;
    std::optional<long long> initialMs;
    std::optional<long long> maxMs;
    std::optional<double> jitter; // 0..1
    Extras extras;
    bool operator==(const Retry &) const = default;
};

struct CircuitBreaker {
    std::optional<long long> failureThreshold;
    std::optional<long long> openMs;
    std::optional<long long> halfOpenSuccesses;
    Extras extras;
    bool operator==(const CircuitBreaker &) const = default;
};

struct DeadLetter {
    bool shorthand = false; // written as `dead_letter: true`
    std::optional<long long> retentionDays;
    std::optional<long long> alertDepth;
    Extras extras;
    bool operator==(const DeadLetter &) const = default;
};

struct Reliability {
    std::optional<Retry> retry;
    std::optional<CircuitBreaker> circuitBreaker;
    std::optional<Idempotency> idempotency;
    std::optional<DeadLetter> deadLetter;
    std::optional<std::string> fallback;
    Extras extras;
    bool operator==(const Reliability &) const = default;
};

struct Security {
    std::optional<Auth> auth;
    std::optional<bool> tls;
    std::optional<Signature> signature;
    std::optional<DataClass> data;
    Extras extras;
    bool tlsEnabled() const { return tls.value_or(true); }
    bool operator==(const Security &) const = default;
};

struct RateLimit {
    std::optional<long long> requests;
    std::optional<RatePeriod> per;
    std::optional<long long> burst;
    Extras extras;
    bool operator==(const RateLimit &) const = default;
};

// Traffic between different trust zones: what authentication and TLS rules look at.
inline bool crossesTrustBoundary(const Component &from, const Component &to)
{
    return from.effectiveZone() != to.effectiveZone();
}

struct Integration {
    std::string id;
    std::string from;
    std::string to;
    Pattern pattern = Pattern::Rest;
    std::optional<std::string> name;
    std::optional<std::string> description;
    std::optional<long long> timeoutMs;
    std::optional<Delivery> delivery;
    std::optional<std::vector<Operation>> operations;
    std::optional<std::vector<Event>> events;
    std::optional<Reliability> reliability;
    std::optional<Security> security;
    std::optional<RateLimit> rateLimit;
    std::optional<std::vector<Suppression>> suppress;
    Extras extras;
    Mark mark;

    bool isSync() const { return isSyncPattern(pattern); }
    bool isAsync() const { return !isSyncPattern(pattern); }
    // Sync patterns have no delivery semantics of their own: nullopt unless written.
    std::optional<Delivery> effectiveDelivery() const;
    Idempotency effectiveIdempotency() const;
    bool tlsEnabled() const { return security ? security->tlsEnabled() : true; }
    const std::string &displayName() const { return name ? *name : id; }
    bool operator==(const Integration &) const = default;
};

struct Schema {
    std::string name;
    SourceNode body; // JSON Schema object; `$ref: Name` refers to another schema by bare name
    Mark mark;
    bool operator==(const Schema &) const = default;
};

struct FlowSla {
    std::optional<double> latencyP95Ms;
    Extras extras;
    bool operator==(const FlowSla &) const = default;
};

struct Flow {
    std::string id;
    std::optional<std::string> name;
    std::optional<std::string> description;
    std::vector<std::string> steps; // integration ids
    std::optional<FlowSla> sla;
    Extras extras;
    Mark mark;
    const std::string &displayName() const { return name ? *name : id; }
    bool operator==(const Flow &) const = default;
};

struct RuleSetting {
    std::string rule;
    Severity severity = Severity::Warning; // Severity::Off silences the rule
    Mark mark;
    bool operator==(const RuleSetting &) const = default;
};

struct LintSettings {
    std::optional<long long> maxSyncDepth;
    std::optional<long long> maxRetryAttempts;
    std::optional<long long> maxSyncFanOut;
    std::optional<std::vector<RuleSetting>> rules;
    Extras extras;
    long long syncDepth() const { return maxSyncDepth.value_or(3); }
    long long retryAttempts() const { return maxRetryAttempts.value_or(10); }
    long long syncFanOut() const { return maxSyncFanOut.value_or(5); }
    bool operator==(const LintSettings &) const = default;
};

struct LayoutEntry {
    std::string id; // component id
    double x = 0;
    double y = 0;
    Mark mark;
    bool operator==(const LayoutEntry &) const = default;
};

struct Model {
    long long seam = 1;
    std::string name;
    std::optional<std::string> description;
    std::vector<Component> components;
    std::optional<std::vector<Integration>> integrations;
    std::optional<std::vector<Schema>> schemas;
    std::optional<std::vector<Flow>> flows;
    std::optional<LintSettings> lint;
    std::optional<std::vector<LayoutEntry>> layout;
    Extras extras; // unknown top-level keys, written before `layout`

    // Convenience views over the optional lists (empty when absent).
    const std::vector<Integration> &integrationList() const;
    const std::vector<Schema> &schemaList() const;
    const std::vector<Flow> &flowList() const;
    const std::vector<LayoutEntry> &layoutList() const;
    LintSettings lintSettings() const { return lint.value_or(LintSettings {}); }

    const Component *findComponent(std::string_view id) const;
    const Integration *findIntegration(std::string_view id) const;
    const Schema *findSchema(std::string_view name) const;
    const LayoutEntry *findLayout(std::string_view id) const;

    // Content equality: marks and source styles are provenance, not content.
    bool operator==(const Model &) const = default;
};

} // namespace seam
