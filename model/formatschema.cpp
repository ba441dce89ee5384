#include "formatschema.h"

#include "enums.h"
#include "formatlimits.h"
#include "lint/linter.h"
#include "model.h"

#include <nlohmann/json.hpp>

#include <initializer_list>

namespace seam {

namespace {

using Json = nlohmann::ordered_json;

Json ref(std::string_view definition)
{
    return {{"$ref", "#/definitions/" + std::string(definition)}};
}

Json described(Json schema, std::string_view description)
{
    schema["description"] = description;
    return schema;
}

template <typename E> Json enumeration(std::string_view description)
{
    Json names = Json::array();
    for (std::string_view name : enumNames<E>())
        names.push_back(name);
    return {{"description", description}, {"enum", names}};
}

// The reader takes any scalar as text: a number or a boolean is read as its spelling.
Json text(std::string_view description)
{
    return {{"description", description}, {"type", {"string", "number", "boolean"}}};
}
// A numeric field's range, from the table the reader enforces (limits::kNumberFields).
Json number(std::string_view description, const limits::NumberField &field)
{
    const auto whole = [](double value) { return Json(static_cast<long long>(value)); };
    Json json {{"description", description},
               {"type", field.whole ? "integer" : "number"},
               {"minimum", whole(field.minimum)}};
    if (field.maximum != limits::kNoMaximum)
        json["maximum"] = field.maximum;
    return json;
}
Json boolean(std::string_view description)
{
    return {{"description", description}, {"type", "boolean"}};
}
Json listOf(Json item, std::string_view description)
{
    return {{"description", description}, {"type", "array"}, {"items", std::move(item)}};
}

struct Field {
    std::string_view key;
    Json schema;
    bool required = false;
};
constexpr bool kRequired = true;

// A map with known keys. Unknown keys are closed out: the reader only warns about them (they
// may come from a newer Seam), but in an editor a typo should be flagged where it is typed.
Json object(std::string_view title, std::string_view description, std::initializer_list<Field> fields)
{
    Json properties = Json::object();
    Json required = Json::array();
    for (const Field &field : fields) {
        properties[std::string(field.key)] = field.schema;
        if (field.required)
            required.push_back(field.key);
    }
    Json schema = {{"title", title}, {"description", description}, {"type", "object"}};
    if (!required.empty())
        schema["required"] = required;
    schema["properties"] = properties;
    schema["patternProperties"] = {{"^x-", {{"description", "an extension field: kept as written, no warning"}}}};
    schema["additionalProperties"] = false;
    return schema;
}

Json ruleIds()
{
    Json ids = Json::array();
    for (const RuleInfo &rule : ruleCatalog())
        ids.push_back(rule.id);
    return ids;
}

// APIs, channels and their parts (issue 11): docs/model-format.md, "APIs" and "Channels".
void contractDefinitions(Json &d)
{
    Json styles = Json::array();
    for (std::string_view style : limits::kApiStyles)
        styles.push_back(style);
    d["schemaUse"] = {{"description", "a schema name, or an inline JSON Schema object"},
                      {"anyOf", {ref("schemaName"), {{"type", "object"}}}}};
    d["securityRequirements"] = {{"description", "OpenAPI security requirements, kept as written"},
                                 {"type", "array"},
                                 {"items", {{"type", "object"}}}};
    d["content"]
        = {{"description", "media type → schema name, inline schema, or null for none"},
           {"type", "object"},
           {"additionalProperties", {{"anyOf", {ref("schemaName"), {{"type", "object"}}, {{"type", "null"}}}}}}};
    d["api"] = object(
        "API", "An API a component serves, declared once; integrations name it in 'api'.",
        {{"name", text("unique in the component: the OpenAPI title, GraphQL schema or gRPC service"), kRequired},
         {"style", {{"description", "the kind of API"}, {"enum", styles}}, kRequired},
         {"version", text("the API's version, e.g. 1.2.0")},
         {"title", text("OpenAPI info.title when it differs from the name")},
         {"description", text("free text")},
         {"package", text("grpc: the proto package, e.g. shop.cart.v1")},
         {"service", text("grpc: the service name (default: the name)")},
         {"base_path", text("rest: a path prefix when there are no servers")},
         {"servers", listOf(ref("server"), "rest: where the API is served")},
         {"security_schemes",
          {{"description", "OpenAPI security schemes: name → Security Scheme object, kept as written"},
           {"type", "object"},
           {"additionalProperties", {{"type", "object"}}}}},
         {"security", described(ref("securityRequirements"), "API-wide security requirements")},
         {"operations", listOf(ref("operation"), "the calls it offers; names unique in the API")}});
    d["server"] = object("Server", "A server of a REST API (OpenAPI's Server Object).",
                         {{"url", text("the server's URL"), kRequired}, {"description", text("free text")}});
    d["parameter"] = object("Parameter", "An HTTP parameter of a REST operation.",
                            {{"name", text("the parameter's name"), kRequired},
                             {"in", ref("paramLocation"), kRequired},
                             {"required", boolean("must be sent (path parameters always are)")},
                             {"schema", ref("schemaUse")},
                             {"description", text("free text")}});
    d["requestBody"] = object("Request body", "'request' written as a map: the body with its media types.",
                              {{"required", boolean("a body must be sent")},
                               {"description", text("free text")},
                               {"content", ref("content"), kRequired}});
    d["response"]
        = object("Response", "One response of a REST operation.",
                 {{"description", text("free text")},
                  {"content", ref("content")},
                  {"headers",
                   {{"description", "response headers: a list, or a map name → {schema, description, required}"},
                    {"anyOf",
                     {listOf(ref("header"), "response headers"),
                      {{"type", "object"}, {"additionalProperties", ref("namedHeader")}}}}}}});
    d["header"] = object("Header", "A response header in the list form ('in: header' is implied).",
                         {{"name", text("the header's name"), kRequired},
                          {"required", boolean("always sent")},
                          {"schema", ref("schemaUse")},
                          {"description", text("free text")}});
    d["namedHeader"] = object(
        "Named header", "A response header in the map form: its name is the key.",
        {{"required", boolean("always sent")}, {"schema", ref("schemaUse")}, {"description", text("free text")}});
    d["channel"] = object("Channel", "A channel a queue or topic carries, with the events sent on it.",
                          {{"name", text("unique in the component; integrations name it in 'channel'"), kRequired},
                           {"address", text("the broker's name for it (default: the name)")},
                           {"description", text("free text")},
                           {"events", listOf(ref("event"), "the events sent on it")},
                           {"bindings", ref("bindings")}});
    d["bindings"]
        = object("Bindings", "Protocol settings of a channel; other protocols' keys are kept as written.",
                 {{"kafka", ref("kafkaBinding")}, {"amqp", ref("amqpBinding")}, {"mqtt", ref("mqttBinding")}});
    d["bindings"]["additionalProperties"] = {{"type", "object"}};
    d["kafkaBinding"] = object("Kafka binding", "The Kafka topic behind the channel.",
                               {{"partitions", number("partitions of the topic", limits::kKafkaPartitions)},
                                {"replicas", number("replication factor", limits::kKafkaReplicas)},
                                {"key", text("payload field or header used as the message key")}});
    d["amqpBinding"] = object("AMQP binding", "The AMQP exchange and queue behind the channel.",
                              {{"exchange", text("the exchange's name")},
                               {"exchange_type", text("direct, topic, fanout or headers")},
                               {"routing_key", text("the routing key")},
                               {"queue", text("the queue's name")}});
    d["mqttBinding"] = object("MQTT binding", "MQTT delivery of the channel.",
                              {{"qos", number("quality of service: 0, 1 or 2", limits::kMqttQos)},
                               {"retain", boolean("the broker keeps the last message")}});
}

Json definitions()
{
    const LintSettings lintDefaults;
    Json d = Json::object();
    d["id"] = {{"description", "lower-case letters and digits, separated by single . _ or - (e.g. order-service)"},
               {"type", "string"},
               {"pattern", limits::kIdPattern}};
    d["schemaName"] = {{"description", "the name of an entry of 'schemas' (e.g. OrderCreated)"},
                       {"type", "string"},
                       {"pattern", limits::kSchemaNamePattern}};

    d["model"]
        = object("Model", "A Seam model, format version 1.",
                 {{"seam", {{"description", "the format version: 1"}, {"const", 1}}, kRequired},
                  {"name", text("system name, used as the document title"), kRequired},
                  {"description", text("free text (Markdown allowed)")},
                  {"envelope", ref("envelope")},
                  {"components", listOf(ref("component"), "the boxes of the diagram (may be empty)"), kRequired},
                  {"integrations", listOf(ref("integration"), "the edges: calls and messages between components")},
                  {"schemas",
                   {{"description", "data types used by operations and events: name → JSON Schema object"},
                    {"type", "object"},
                    {"propertyNames", ref("schemaName")},
                    {"additionalProperties", {{"type", "object"}}}}},
                  {"flows", listOf(ref("flow"), "named end-to-end journeys through integrations")},
                  {"lint", ref("lint")},
                  {"layout",
                   {{"description", "canvas position of components: component id → [x, y] in pixels, top-left"},
                    {"type", "object"},
                    {"propertyNames", ref("id")},
                    {"additionalProperties",
                     {{"type", "array"},
                      {"items", {{{"type", "number"}}, {{"type", "number"}}}},
                      {"minItems", 2},
                      {"maxItems", 2}}}}}});

    d["component"]
        = object("Component", "A box: a service, store, broker destination, client or third-party system.",
                 {{"id", described(ref("id"), "unique among components"), kRequired},
                  {"name", text("label (default: the id)")},
                  {"kind", ref("componentKind"), kRequired},
                  {"description", text("free text")},
                  {"owner", text("owning team")},
                  {"technology", text("e.g. PostgreSQL 15, Kafka, Go")},
                  {"zone", ref("zone")},
                  {"sla", ref("sla")},
                  {"tags", listOf(text("a tag"), "free labels")},
                  {"suppress", listOf(ref("suppression"), "lint findings on this component accepted on purpose")},
                  {"apis", listOf(ref("api"), "the APIs this component serves")},
                  {"channels", listOf(ref("channel"), "queue and topic only: the channels it carries")},
                  {"kubernetes", ref("kubernetes")},
                  {"metrics", ref("metrics")}});
    const Json dnsLabel = {{"type", "string"}, {"pattern", limits::kDnsLabelPattern}};
    d["kubernetes"] = object(
        "Kubernetes", "Where the component runs in Kubernetes: the names Istio and network policies address it by.",
        {{"namespace", described(dnsLabel, "the namespace")},
         {"service", described(dnsLabel, "the Service's name")},
         {"port", number("the Service port callers use", limits::kKubernetesPort)},
         {"service_account", described(dnsLabel, "the workload's service account (its mTLS identity)")}});
    d["metrics"] = object(
        "Metrics",
        "The Prometheus series the SLO export computes this component's SLIs from (default: OpenTelemetry "
        "semantic-convention metrics).",
        {{"histogram",
          {{"description", "request-duration histogram name, without _bucket / _count"},
           {"type", "string"},
           {"pattern", limits::kMetricNamePattern}}},
         {"unit", ref("metricUnit")},
         {"selector", text("PromQL label matchers picking this component's series, e.g. service_name=\"orders\"")},
         {"error_selector",
          text("PromQL label matchers of the failed requests, e.g. http_response_status_code=~\"5..\"")}});
    d["sla"] = object("SLA", "What a component promises; every number is optional.",
                      {{"availability", number("percent, e.g. 99.95", limits::kAvailability)},
                       {"latency_p95_ms", number("95th percentile latency in milliseconds", limits::kLatencyP95)},
                       {"latency_p99_ms", number("99th percentile latency in milliseconds", limits::kLatencyP99)},
                       {"throughput_rps", number("requests per second", limits::kThroughput)}});
    d["suppression"] = object("Suppression", "A lint finding accepted on purpose, with the reason.",
                              {{"rule",
                                {{"description", "a rule id of 'seam-cli rules' (an unknown id is a warning)"},
                                 {"anyOf", {{{"enum", ruleIds()}}, {{"type", "string"}}}}},
                                kRequired},
                               {"reason", text("why the finding is accepted (not empty)"), kRequired},
                               {"owner", text("who answers for the accepted risk")},
                               {"ticket", text("where the accepted risk is tracked, e.g. OPS-123")},
                               {"expires", text("YYYY-MM-DD: after this day the finding counts again")},
                               {"reviewed",
                                text("the element's review fingerprint when the finding was accepted "
                                     "(written by seam-cli lint --accept RULE:ELEMENT)")}});
    d["suppression"]["properties"]["expires"]["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    d["suppression"]["properties"]["reason"]["minLength"] = 1;

    d["integration"] = object(
        "Integration",
        "An edge from → to in the direction of the call or message: caller → callee, producer → "
        "queue/topic, queue/topic → consumer, webhook sender → receiver, service → database.",
        {{"id", described(ref("id"), "unique among integrations"), kRequired},
         {"from", described(ref("id"), "the calling or sending component"), kRequired},
         {"to", described(ref("id"), "the called or receiving component"), kRequired},
         {"pattern", ref("pattern"), kRequired},
         {"name", text("label (default: the id)")},
         {"description", text("free text")},
         {"timeout_ms", number("client-side timeout of one attempt, in milliseconds", limits::kTimeout)},
         {"delivery", ref("delivery")},
         {"api", text("an API of 'to' (its name); its operations are the contract")},
         {"uses", listOf(text("an operation name"), "the operations of 'api' this edge calls (default all)")},
         {"channel", text("the channel of the queue or topic end (default: its only channel)")},
         {"operations", listOf(ref("operation"), "the synchronous contract (rest, graphql, grpc)")},
         {"events",
          listOf({{"anyOf", {ref("event"), text("the name of an event declared by the destination's channel")}}},
                 "the asynchronous contract (queue, pubsub, stream, webhook)")},
         {"reliability", ref("reliability")},
         {"security", ref("security")},
         {"rate_limit", ref("rateLimit")},
         {"suppress", listOf(ref("suppression"), "lint findings on this integration accepted on purpose")},
         {"total_timeout_ms",
          number("the caller's whole budget for one call, all attempts and backoff included, in milliseconds",
                 limits::kTotalTimeout)},
         {"concurrency_limit", number("calls allowed in flight at once on this edge", limits::kConcurrencyLimit)}});
    d["operation"] = object(
        "Operation", "One call of a synchronous integration.",
        {{"name", text("operationId, rpc or field name"), kRequired},
         {"method", ref("httpMethod")},
         {"path", text("rest only, e.g. /orders/{id}")},
         {"kind", ref("graphqlKind")},
         {"summary", text("one line")},
         {"description", text("free text")},
         {"tags", listOf(text("a tag"), "OpenAPI tags")},
         {"deprecated", boolean("no longer to be used (default false)")},
         {"streaming", ref("streaming")},
         {"security", described(ref("securityRequirements"), "the security requirements of this operation")},
         {"parameters", listOf(ref("parameter"), "rest: path, query, header and cookie parameters")},
         {"request",
          {{"description", "the request body: a schema name, or a map with media types"},
           {"anyOf", {ref("schemaName"), ref("requestBody")}}}},
         {"response", described(ref("schemaName"), "the schema of the response body")},
         {"responses",
          {{"description", "rest: status (\"200\", \"4XX\", \"default\") → response, in the file's order"},
           {"type", "object"},
           {"propertyNames", {{"pattern", "^([1-5]([0-9]{2}|XX)|default)$"}}},
           {"additionalProperties", ref("response")}}},
         {"critical", boolean("money, orders, anything that must not happen twice (default false)")},
         {"errors",
          listOf({{"type", {"integer", "string"}}}, "HTTP status codes (numbers) or error names it can return")}});
    d["event"] = object("Event", "One message type of an asynchronous integration.",
                        {{"name", text("domain.action or PastTense, e.g. order.created"), kRequired},
                         {"version", number("bumped on every breaking change of the payload", limits::kEventVersion)},
                         {"payload", described(ref("schemaName"), "the schema of the message")},
                         {"key", text("payload field used for ordering and partitioning")},
                         {"content_type", text("media type of the payload, e.g. application/json")},
                         {"headers", described(ref("schemaUse"), "the schema of the message headers")},
                         {"description", text("free text")},
                         {"critical", boolean("must not be processed twice (default false)")}});
    contractDefinitions(d);

    d["reliability"]
        = object("Reliability", "How the integration survives failures.",
                 {{"retry", ref("retry")},
                  {"circuit_breaker", ref("circuitBreaker")},
                  {"idempotency", ref("idempotency")},
                  {"dead_letter",
                   {{"description", "true, or a map { retention_days, alert_depth }; false is the same as none"},
                    {"anyOf", {{{"type", "boolean"}}, ref("deadLetter")}}}},
                  {"fallback", text("what happens when the callee is down (cached-response, queue-for-later, …)")},
                  {"on_failure", ref("onFailure")}});
    d["retry"] = object("Retry", "The retry policy.",
                        {{"max_attempts",
                          {{"description", "attempts in all, or unbounded; absent counts as unbounded for lint"},
                           {"anyOf", {{{"type", "integer"}, {"minimum", 1}}, {{"const", "unbounded"}}}}}},
                         {"backoff", ref("backoff")},
                         {"initial_ms", number("delay before the first retry, in milliseconds", limits::kRetryInitial)},
                         {"max_ms", number("longest delay between retries, in milliseconds", limits::kRetryMax)},
                         {"jitter", number("random share of each delay, 0..1", limits::kRetryJitter)}});
    d["circuitBreaker"] = object(
        "Circuit breaker", "Fail fast while the callee is down.",
        {{"failure_threshold", number("failures that open the breaker", limits::kBreakerThreshold)},
         {"open_ms", number("time the breaker stays open, in milliseconds", limits::kBreakerOpen)},
         {"half_open_successes", number("successful trial calls that close it again", limits::kBreakerHalfOpen)}});
    d["deadLetter"] = object("Dead letter", "Where messages that cannot be processed go.",
                             {{"retention_days", number("days a dead letter is kept", limits::kRetentionDays)},
                              {"alert_depth", number("queue depth that raises an alert", limits::kAlertDepth)}});
    d["security"] = object("Security", "Authentication, transport and data classification.",
                           {{"auth", ref("auth")},
                            {"tls", described(boolean("encrypted transport"), "encrypted transport (default true)")},
                            {"signature", ref("signature")},
                            {"data", ref("dataClass")}});
    d["security"]["properties"]["tls"]["default"] = true;
    d["rateLimit"] = object("Rate limit", "The limit enforced on this edge.",
                            {{"requests", number("requests allowed per period", limits::kRateRequests), kRequired},
                             {"per", ref("ratePeriod"), kRequired},
                             {"burst", number("requests allowed at once above the rate", limits::kRateBurst)}});

    d["flow"] = object(
        "Flow",
        "A named end-to-end journey. A v1 flow (no driver, only integration ids) must connect step to step (to of "
        "one = from of the next); any other flow's call steps start at a component the journey has reached.",
        {{"id", described(ref("id"), "unique among flows"), kRequired},
         {"name", text("label (default: the id)")},
         {"description", text("free text")},
         {"driver", described(ref("id"), "the component that orchestrates the steps")},
         {"steps", listOf(ref("flowStepEntry"), "the steps in order: integration ids or step maps"), kRequired},
         {"sla", ref("flowSla")}});
    d["flowStepEntry"]
        = {{"description", "an integration id (v1), or a step map"}, {"anyOf", {ref("id"), ref("flowStep")}}};
    d["flowStep"] = object(
        "Flow step",
        "A call of one integration, or a group of branches: exactly one of integration, parallel, alternative, "
        "optional.",
        {{"id", described(ref("id"), "unique among the flow's steps; compensations name it")},
         {"integration", described(ref("id"), "the integration this step calls")},
         {"operation", text("one of the integration's operations")},
         {"event", text("one of the events the integration carries")},
         {"times", number("runs per journey, e.g. one call per cart item (default 1)", limits::kFlowStepTimes)},
         {"irreversible", boolean("cannot be taken back: charges money, sends an e-mail (default false)")},
         {"compensation",
          {{"description", "what undoes this step when a later one fails"},
           {"anyOf", {described(ref("id"), "a step id of this flow"), ref("compensation")}}}},
         {"parallel", listOf(ref("flowBranch"), "branches that all run")},
         {"alternative", listOf(ref("guardedBranch"), "branches of which exactly one runs")},
         {"optional", described(ref("guardedBranch"), "one branch that runs or not")},
         {"description", text("free text")}});
    d["flowBranch"] = object("Flow branch", "A branch of a parallel group: its steps in order.",
                             {{"when", text("what the branch is for (optional here)")},
                              {"steps", listOf(ref("flowStepEntry"), "the branch's steps in order"), kRequired}});
    d["guardedBranch"] = object("Guarded flow branch", "A branch of an alternative or optional group: when it runs.",
                                {{"when", text("the condition under which the branch runs"), kRequired},
                                 {"steps", listOf(ref("flowStepEntry"), "the branch's steps in order"), kRequired}});
    d["compensation"] = object("Compensation", "A compensating call that is not on the journey's path.",
                               {{"integration", described(ref("id"), "the integration it calls"), kRequired},
                                {"operation", text("one of the integration's operations")},
                                {"event", text("one of the events the integration carries")}});
    d["flowSla"]
        = object("Flow SLA", "The flow's latency budget.",
                 {{"latency_p95_ms",
                   number("end-to-end 95th percentile latency budget, in milliseconds", limits::kFlowLatencyP95)}});

    Json severities = Json::object();
    for (const RuleInfo &rule : ruleCatalog())
        severities[std::string(rule.id)] = described(ref("severity"), rule.title);
    d["lint"] = object(
        "Lint settings", "Thresholds and per-rule severities for 'seam-cli lint' and the Problems panel.",
        {{"max_sync_depth", number("hops in a synchronous call chain before sync-chain fires", limits::kMaxSyncDepth)},
         {"max_retry_attempts", number("above this a retry policy counts as unbounded", limits::kMaxRetryAttempts)},
         {"max_sync_fan_out",
          number("synchronous callees of one component before sync-fan-out fires", limits::kMaxSyncFanOut)},
         {"max_retry_amplification",
          number("attempts that retries along one synchronous chain may multiply to before retry-amplification fires",
                 limits::kMaxRetryAmplification)},
         {"defaults", ref("defaultsMode")},
         {"rules",
          {{"description", "severity per rule id: error, warning, info or off (an unknown id is a warning)"},
           {"type", "object"},
           {"properties", severities},
           {"additionalProperties", ref("severity")}}}});
    d["lint"]["properties"]["max_sync_depth"]["default"] = lintDefaults.syncDepth();
    d["lint"]["properties"]["max_retry_attempts"]["default"] = lintDefaults.retryAttempts();
    d["lint"]["properties"]["max_sync_fan_out"]["default"] = lintDefaults.syncFanOut();
    d["lint"]["properties"]["max_retry_amplification"]["default"] = lintDefaults.retryAmplification();

    d["componentKind"] = enumeration<ComponentKind>(
        "queue: a point-to-point destination; topic: a pub/sub or stream destination; external: a third-party system");
    d["zone"] = enumeration<Zone>("trust zone (default: public for clients, third-party for externals, else internal)");
    d["pattern"] = enumeration<Pattern>(
        "rest, graphql, grpc, database are synchronous; queue, pubsub, stream, webhook asynchronous");
    d["delivery"] = enumeration<Delivery>("delivery guarantee (default for asynchronous patterns: at-least-once)");
    d["httpMethod"] = enumeration<HttpMethod>("HTTP method (rest only)");
    d["graphqlKind"] = enumeration<GraphqlKind>("GraphQL operation type (graphql only)");
    d["backoff"] = enumeration<Backoff>("delay between retries");
    d["idempotency"] = enumeration<Idempotency>("how repeated deliveries are made harmless (default none)");
    d["auth"] = enumeration<Auth>("how the caller authenticates");
    d["signature"] = enumeration<Signature>("message signature (webhooks)");
    d["dataClass"] = enumeration<DataClass>("the most sensitive data the integration carries");
    d["ratePeriod"] = enumeration<RatePeriod>("the period of a rate limit");
    d["metricUnit"] = enumeration<MetricUnit>("the unit of the histogram's buckets (default: the convention's)");
    d["severity"] = enumeration<Severity>("a rule's severity; off silences it");
    d["onFailure"] = enumeration<OnFailure>(
        "consumers: what happens to a message whose handler failed (redelivered, dead-lettered or dropped)");
    d["defaultsMode"] = enumeration<DefaultsMode>(
        "what omitted tls, auth and delivery mean: assumed (the documented defaults) or unspecified (reported, not "
        "assumed); default assumed");
    d["envelope"] = enumeration<Envelope>("wrapper of exported event schemas (default none)");
    d["streaming"] = enumeration<Streaming>("grpc: which side sends a stream (default none)");
    d["paramLocation"] = enumeration<ParamLocation>("where the parameter travels");
    return d;
}

} // namespace

std::string formatJsonSchema()
{
    Json schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                   {"title", "Seam model"},
                   {"description",
                    "A Seam model file (NAME.seam.yaml or NAME.seam.json), format version 1. "
                    "Generated by 'seam-cli schema'; see docs/model-format.md."},
                   {"$ref", "#/definitions/model"},
                   {"definitions", definitions()}};
    return schema.dump(2) + "\n";
}

} // namespace seam
