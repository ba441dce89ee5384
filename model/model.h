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
    // The finding lifecycle (docs/model-format.md#suppression), all optional:
    std::optional<std::string> owner; // who answers for the accepted risk
    std::optional<std::string> ticket; // where it is tracked
    std::optional<std::string> expires; // YYYY-MM-DD (checked on load): the finding is back after this day
    std::optional<std::string> reviewed; // reviewFingerprint() of the element when it was accepted
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

// An entry of `errors`: an HTTP status code (written as a number) or an error name.
struct ErrorCode {
    std::string text;
    bool numeric = false;
    bool operator==(const ErrorCode &) const = default;
};

// A schema at one place of a contract: a scalar node names an entry of `schemas`
// (or a well-known type, contracts.h); a map node is an inline JSON Schema object.
using SchemaUse = SourceNode;

// One media type of a request or response body: `application/json: Order`.
struct MediaContent {
    std::string mediaType;
    SchemaUse schema; // Null when the media type has no schema
    Mark mark;
    bool operator==(const MediaContent &) const = default;
};

// An HTTP parameter (OpenAPI's Parameter Object), or a response header (in = header).
struct Parameter {
    std::string name;
    ParamLocation in = ParamLocation::Query;
    std::optional<bool> required; // path parameters are required whatever this says
    std::optional<std::string> description;
    SchemaUse schema; // Null when absent
    Extras extras; // e.g. style, explode, example: kept and written back
    Mark mark;
    bool operator==(const Parameter &) const = default;
};

// `request:` written as a map: the request body with its media types.
struct RequestBody {
    std::optional<std::string> description;
    std::optional<bool> required;
    std::vector<MediaContent> content;
    Extras extras;
    Mark mark;
    bool operator==(const RequestBody &) const = default;
};

// One entry of `responses:`, keyed by its status ("200", "4XX", "default").
struct Response {
    std::string status;
    std::optional<std::string> description;
    std::optional<std::vector<MediaContent>> content;
    std::optional<std::vector<Parameter>> headers; // in = header
    bool headerMap = false; // `headers` written as a map name -> {schema, description}, not a list
    Extras extras; // e.g. links: kept and written back
    Mark mark;
    bool operator==(const Response &) const = default;
};

struct Operation {
    std::string name;
    std::optional<HttpMethod> method;
    std::optional<std::string> path;
    std::optional<GraphqlKind> kind;
    // `request: Order` (v1: a schema name) or `request: {content: ...}` (a RequestBody).
    std::optional<std::string> request;
    std::optional<RequestBody> requestBody;
    std::optional<std::string> response; // v1: schema name of the success response
    std::optional<bool> critical;
    std::optional<std::vector<ErrorCode>> errors;
    // Contract detail (issue 11); all optional, all ignored by v1 readers' meaning.
    std::optional<std::string> summary;
    std::optional<std::string> description;
    std::optional<Streaming> streaming; // grpc
    std::optional<std::vector<Parameter>> parameters; // rest
    std::optional<std::vector<Response>> responses; // rest, in the file's order
    std::optional<SourceNode> security; // OpenAPI security requirements of this operation (a list)
    std::optional<std::vector<std::string>> tags;
    std::optional<bool> deprecated;
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
    // Contract detail (issue 11).
    std::optional<std::string> description;
    std::optional<std::string> contentType; // `content_type`, e.g. application/json
    SchemaUse headers; // Null when absent
    // In an integration's `events`, a bare name (`- order.created`) refers to an event
    // declared by a channel of the destination at the other end (contracts.h).
    bool reference = false;
    Extras extras;
    Mark mark;
    bool isCritical() const { return critical.value_or(false); }
    bool operator==(const Event &) const = default;
};

// A server of a REST API (OpenAPI's Server Object).
struct Server {
    std::string url;
    std::optional<std::string> description;
    Extras extras; // e.g. variables: kept and written back
    Mark mark;
    bool operator==(const Server &) const = default;
};

// An API a component serves, declared once by its provider (`apis:`).
struct Api {
    std::string name; // unique within the component; integrations name it in `api:`
    Pattern style = Pattern::Rest; // rest, graphql or grpc
    std::optional<std::string> version;
    std::optional<std::string> title; // OpenAPI info.title when it differs from name
    std::optional<std::string> description;
    std::optional<std::string> package; // grpc: the proto package (`hipstershop`)
    std::optional<std::string> service; // grpc: the service name; default: name
    std::optional<std::string> basePath; // rest: `base_path`, a path prefix when there are no servers
    std::optional<std::vector<Server>> servers; // rest
    std::optional<SourceNode> securitySchemes; // `security_schemes`: name -> OpenAPI Security Scheme
    std::optional<SourceNode> security; // API-wide security requirements (a list)
    std::optional<std::vector<Operation>> operations;
    Extras extras;
    Mark mark;
    const std::string &serviceName() const { return service ? *service : name; }
    bool operator==(const Api &) const = default;
};

struct KafkaBinding {
    std::optional<long long> partitions;
    std::optional<long long> replicas;
    std::optional<std::string> key; // payload field or header used as the message key
    Extras extras;
    bool operator==(const KafkaBinding &) const = default;
};
struct AmqpBinding {
    std::optional<std::string> exchange;
    std::optional<std::string> exchangeType; // `exchange_type`: direct, topic, fanout, headers
    std::optional<std::string> routingKey; // `routing_key`
    std::optional<std::string> queue;
    Extras extras;
    bool operator==(const AmqpBinding &) const = default;
};
struct MqttBinding {
    std::optional<long long> qos; // 0, 1 or 2
    std::optional<bool> retain;
    Extras extras;
    bool operator==(const MqttBinding &) const = default;
};
struct Bindings {
    std::optional<KafkaBinding> kafka;
    std::optional<AmqpBinding> amqp;
    std::optional<MqttBinding> mqtt;
    Extras extras; // other protocols: kept and written back
    bool operator==(const Bindings &) const = default;
};

// A channel a destination (queue, topic) carries, with the events sent on it (`channels:`).
struct Channel {
    std::string name; // unique within the component
    std::optional<std::string> address; // default: name
    std::optional<std::string> description;
    std::optional<std::vector<Event>> events; // declarations, never references
    std::optional<Bindings> bindings;
    Extras extras;
    Mark mark;
    const std::string &effectiveAddress() const { return address ? *address : name; }
    bool operator==(const Channel &) const = default;
};

// --- Runtime configuration (issue 14) ----------------------------------------
// What deployable exports (Istio, NetworkPolicy, Prometheus, …) need beyond the design.
// All optional: a v1 file without them means what it meant; exports warn about what is missing.

// Where a component runs in Kubernetes: the names a mesh and network policies address it by.
struct KubernetesPlacement {
    std::optional<std::string> namespaceName; // `namespace`
    std::optional<std::string> service; // the Service's name
    std::optional<long long> port; // the Service port callers use
    std::optional<std::string> serviceAccount; // `service_account`: the workload identity (mTLS principal)
    Extras extras;
    bool operator==(const KubernetesPlacement &) const = default;
};

// The Prometheus series a component's SLIs are computed from; each absent name falls back to
// the OpenTelemetry HTTP (or, for gRPC servers, RPC) semantic-convention metric.
struct MetricNames {
    std::optional<std::string> histogram; // request-duration histogram, without _bucket/_count
    std::optional<MetricUnit> unit; // the unit of the histogram's `le` buckets
    std::optional<std::string> selector; // PromQL label matchers picking this component's series
    std::optional<std::string> errorSelector; // `error_selector`: matchers of the failed requests
    Extras extras;
    bool operator==(const MetricNames &) const = default;
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
    std::optional<std::vector<Api>> apis; // what this component serves
    std::optional<std::vector<Channel>> channels; // queue and topic only
    // Runtime configuration (issue 14).
    std::optional<KubernetesPlacement> kubernetes;
    std::optional<MetricNames> metrics;
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
    std::optional<OnFailure> onFailure; // consumers: what a failed handler does with the message
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
    std::optional<std::string> api; // an API of `to` (Api::name); its operations replace `operations`
    std::optional<std::vector<std::string>> uses; // the operations of `api` this edge calls; absent: all
    std::optional<std::string> channel; // the channel of the destination end; absent: its only one
    std::optional<Reliability> reliability;
    std::optional<Security> security;
    std::optional<RateLimit> rateLimit;
    std::optional<std::vector<Suppression>> suppress;
    // Runtime configuration (issue 14). `timeout_ms` is one attempt; this is all of them.
    std::optional<long long> totalTimeoutMs; // `total_timeout_ms`: attempts and backoff included
    std::optional<long long> concurrencyLimit; // `concurrency_limit`: calls in flight at once
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

// How a group step runs its branches (issue 12): all at once, exactly one, or one or none.
enum class StepGroup { None, Parallel, Alternative, Optional };

struct FlowStep;

// One branch of a group step: the steps it runs in order, and when it is taken.
struct FlowBranch {
    std::optional<std::string> when; // alternative and optional branches
    std::vector<FlowStep> steps;
    Extras extras;
    Mark mark;
    bool operator==(const FlowBranch &) const = default;
};

// What undoes an irreversible step: another step of the flow (by its id), or a call of its own.
struct Compensation {
    std::optional<std::string> step;
    std::optional<std::string> integration;
    std::optional<std::string> operation;
    std::optional<std::string> event;
    Extras extras;
    Mark mark;
    bool operator==(const Compensation &) const = default;
};

// A step of a flow. v1 wrote a step as an integration id, and a step with nothing but its
// integration is still written that way. A call step names an integration and, optionally,
// the operation or event it uses; a group step (parallel, alternative, optional) has branches.
struct FlowStep {
    std::optional<std::string> id; // for compensations to refer to
    std::string integration; // empty for a group step
    std::optional<std::string> operation; // of the integration's effective operations
    std::optional<std::string> event; // of the integration's effective events
    std::optional<std::string> description;
    std::optional<bool> irreversible; // charges money, sends an email: cannot be taken back
    std::optional<Compensation> compensation;
    std::optional<long long> times; // runs per journey (one call per item); default 1
    StepGroup group = StepGroup::None;
    std::vector<FlowBranch> branches; // group steps only
    Extras extras;
    Mark mark;
    bool isGroup() const { return group != StepGroup::None; }
    long long runs() const { return times.value_or(1); }
    bool isIrreversible() const { return irreversible.value_or(false); }
    // Nothing but the integration: written in v1's short form.
    bool isBare() const;
    bool operator==(const FlowStep &) const = default;
};

struct Flow {
    std::string id;
    std::optional<std::string> name;
    std::optional<std::string> description;
    std::optional<std::string> driver; // the component that orchestrates the steps, if one does
    std::vector<FlowStep> steps;
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
    std::optional<long long> maxRetryAmplification;
    std::optional<std::vector<RuleSetting>> rules;
    std::optional<DefaultsMode> defaults; // what omitted tls, auth and delivery mean; default assumed
    Extras extras;
    long long syncDepth() const { return maxSyncDepth.value_or(3); }
    long long retryAttempts() const { return maxRetryAttempts.value_or(10); }
    long long syncFanOut() const { return maxSyncFanOut.value_or(5); }
    long long retryAmplification() const { return maxRetryAmplification.value_or(10); }
    bool defaultsUnspecified() const { return defaults == DefaultsMode::Unspecified; }
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
    std::optional<Envelope> envelope; // wrapper of exported event schemas; default none
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
