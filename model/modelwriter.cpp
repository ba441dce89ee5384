#include "modelwriter.h"
#include "numbertext.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/emitter.h>

#include <cmath>

namespace seam {

namespace {

// --- Model → tree ----------------------------------------------------------

SourceNode text(const std::string &value)
{
    return SourceNode::scalar(value, true);
}
SourceNode integer(long long value)
{
    return SourceNode::scalar(formatNumber(value));
}
SourceNode number(double value)
{
    return SourceNode::scalar(formatNumber(value));
}
SourceNode boolean(bool value)
{
    return SourceNode::scalar(value ? "true" : "false");
}
template <typename E> SourceNode word(E value)
{
    return SourceNode::scalar(std::string(toString(value)));
}

class MapBuilder {
public:
    MapBuilder()
        : m_node(SourceNode::map())
    {
    }
    MapBuilder &add(const char *key, SourceNode value)
    {
        m_node.insert(key, std::move(value));
        return *this;
    }
    template <typename T, typename F> MapBuilder &opt(const char *key, const std::optional<T> &value, F convert)
    {
        if (value)
            m_node.insert(key, convert(*value));
        return *this;
    }
    MapBuilder &optText(const char *key, const std::optional<std::string> &value) { return opt(key, value, text); }
    MapBuilder &optInt(const char *key, const std::optional<long long> &value) { return opt(key, value, integer); }
    MapBuilder &optNumber(const char *key, const std::optional<double> &value) { return opt(key, value, number); }
    MapBuilder &optBool(const char *key, const std::optional<bool> &value) { return opt(key, value, boolean); }
    template <typename E> MapBuilder &optWord(const char *key, const std::optional<E> &value)
    {
        return opt(key, value, [](E v) { return word(v); });
    }
    SourceNode done(const Extras &extras)
    {
        for (size_t i = 0; i < extras.size(); ++i)
            m_node.insert(extras.keyAt(i), extras.items()[i]);
        return std::move(m_node);
    }

private:
    SourceNode m_node;
};

template <typename T, typename F> SourceNode list(const std::vector<T> &items, F convert)
{
    SourceNode node = SourceNode::sequence();
    for (const T &item : items)
        node.append(convert(item));
    return node;
}

SourceNode suppressionTree(const Suppression &s)
{
    return MapBuilder()
        .add("rule", text(s.rule))
        .add("reason", text(s.reason))
        .optText("owner", s.owner)
        .optText("ticket", s.ticket)
        .optText("expires", s.expires)
        .optText("reviewed", s.reviewed)
        .done(s.extras);
}

SourceNode slaTree(const Sla &sla)
{
    return MapBuilder()
        .optNumber("availability", sla.availability)
        .optNumber("latency_p95_ms", sla.latencyP95Ms)
        .optNumber("latency_p99_ms", sla.latencyP99Ms)
        .optNumber("throughput_rps", sla.throughputRps)
        .done(sla.extras);
}

SourceNode operationTree(const Operation &o);
SourceNode eventTree(const Event &e);

// A schema name (scalar), an inline schema (map) or, in `content`, null for none.
SourceNode schemaUseTree(const SchemaUse &schema)
{
    return schema;
}

SourceNode parameterTree(const Parameter &p, bool header)
{
    MapBuilder b;
    b.add("name", text(p.name));
    if (!header)
        b.add("in", word(p.in));
    b.optBool("required", p.required);
    if (!p.schema.isNull())
        b.add("schema", schemaUseTree(p.schema));
    return b.optText("description", p.description).done(p.extras);
}

SourceNode contentTree(const std::vector<MediaContent> &content)
{
    SourceNode node = SourceNode::map();
    for (const MediaContent &media : content)
        node.insert(media.mediaType, schemaUseTree(media.schema));
    return node;
}

SourceNode responsesTree(const std::vector<Response> &responses)
{
    SourceNode node = SourceNode::map();
    for (const Response &r : responses) {
        MapBuilder b;
        b.optText("description", r.description).opt("content", r.content, contentTree);
        if (r.headers && r.headerMap) {
            SourceNode headers = SourceNode::map();
            for (const Parameter &h : *r.headers) {
                MapBuilder hb;
                hb.optBool("required", h.required);
                if (!h.schema.isNull())
                    hb.add("schema", schemaUseTree(h.schema));
                headers.insert(h.name, hb.optText("description", h.description).done(h.extras));
            }
            b.add("headers", std::move(headers));
        } else if (r.headers) {
            b.add("headers", list(*r.headers, [](const Parameter &h) { return parameterTree(h, true); }));
        }
        node.insert(r.status, b.done(r.extras));
    }
    return node;
}

SourceNode apiTree(const Api &a)
{
    return MapBuilder()
        .add("name", text(a.name))
        .add("style", word(a.style))
        .optText("version", a.version)
        .optText("title", a.title)
        .optText("description", a.description)
        .optText("package", a.package)
        .optText("service", a.service)
        .optText("base_path", a.basePath)
        .opt("servers", a.servers,
             [](const auto &servers) {
                 return list(servers, [](const Server &s) {
                     return MapBuilder().add("url", text(s.url)).optText("description", s.description).done(s.extras);
                 });
             })
        .opt("security_schemes", a.securitySchemes, schemaUseTree)
        .opt("security", a.security, schemaUseTree)
        .opt("operations", a.operations, [](const auto &ops) { return list(ops, operationTree); })
        .done(a.extras);
}

SourceNode bindingsTree(const Bindings &b)
{
    return MapBuilder()
        .opt("kafka", b.kafka,
             [](const KafkaBinding &k) {
                 return MapBuilder()
                     .optInt("partitions", k.partitions)
                     .optInt("replicas", k.replicas)
                     .optText("key", k.key)
                     .done(k.extras);
             })
        .opt("amqp", b.amqp,
             [](const AmqpBinding &a) {
                 return MapBuilder()
                     .optText("exchange", a.exchange)
                     .optText("exchange_type", a.exchangeType)
                     .optText("routing_key", a.routingKey)
                     .optText("queue", a.queue)
                     .done(a.extras);
             })
        .opt("mqtt", b.mqtt,
             [](const MqttBinding &m) {
                 return MapBuilder().optInt("qos", m.qos).optBool("retain", m.retain).done(m.extras);
             })
        .done(b.extras);
}

SourceNode channelTree(const Channel &c)
{
    return MapBuilder()
        .add("name", text(c.name))
        .optText("address", c.address)
        .optText("description", c.description)
        .opt("events", c.events, [](const auto &events) { return list(events, eventTree); })
        .opt("bindings", c.bindings, bindingsTree)
        .done(c.extras);
}

} // namespace

SourceNode componentTree(const Component &c)
{
    return MapBuilder()
        .add("id", text(c.id))
        .optText("name", c.name)
        .add("kind", word(c.kind))
        .optText("description", c.description)
        .optText("owner", c.owner)
        .optText("technology", c.technology)
        .optWord("zone", c.zone)
        .opt("sla", c.sla, slaTree)
        .opt("tags", c.tags, [](const auto &tags) { return list(tags, text); })
        .opt("suppress", c.suppress, [](const auto &s) { return list(s, suppressionTree); })
        .opt("apis", c.apis, [](const auto &apis) { return list(apis, apiTree); })
        .opt("channels", c.channels, [](const auto &channels) { return list(channels, channelTree); })
        .opt("kubernetes", c.kubernetes,
             [](const KubernetesPlacement &k) {
                 return MapBuilder()
                     .optText("namespace", k.namespaceName)
                     .optText("service", k.service)
                     .optInt("port", k.port)
                     .optText("service_account", k.serviceAccount)
                     .done(k.extras);
             })
        .opt("metrics", c.metrics,
             [](const MetricNames &m) {
                 return MapBuilder()
                     .optText("histogram", m.histogram)
                     .optWord("unit", m.unit)
                     .optText("selector", m.selector)
                     .optText("error_selector", m.errorSelector)
                     .done(m.extras);
             })
        .done(c.extras);
}

namespace {

SourceNode operationTree(const Operation &o)
{
    return MapBuilder()
        .add("name", text(o.name))
        .optWord("method", o.method)
        .optText("path", o.path)
        .optWord("kind", o.kind)
        .optText("summary", o.summary)
        .optText("description", o.description)
        .opt("tags", o.tags, [](const auto &tags) { return list(tags, text); })
        .optBool("deprecated", o.deprecated)
        .optWord("streaming", o.streaming)
        .opt("security", o.security, schemaUseTree)
        .opt("parameters", o.parameters,
             [](const auto &parameters) {
                 return list(parameters, [](const Parameter &p) { return parameterTree(p, false); });
             })
        .optText("request", o.request)
        .opt("request", o.requestBody,
             [](const RequestBody &r) {
                 return MapBuilder()
                     .optBool("required", r.required)
                     .optText("description", r.description)
                     .add("content", contentTree(r.content))
                     .done(r.extras);
             })
        .optText("response", o.response)
        .opt("responses", o.responses, responsesTree)
        .optBool("critical", o.critical)
        .opt("errors", o.errors,
             [](const auto &errors) {
                 return list(errors, [](const ErrorCode &e) { return SourceNode::scalar(e.text, !e.numeric); });
             })
        .done(o.extras);
}

SourceNode eventTree(const Event &e)
{
    if (e.reference) // a bare name: the declaration lives on the destination's channel
        return text(e.name);
    MapBuilder b;
    b.add("name", text(e.name)).optInt("version", e.version).optText("payload", e.payload).optText("key", e.key);
    b.optText("content_type", e.contentType);
    if (!e.headers.isNull())
        b.add("headers", schemaUseTree(e.headers));
    return b.optText("description", e.description).optBool("critical", e.critical).done(e.extras);
}

SourceNode retryTree(const Retry &r)
{
    MapBuilder b;
    if (r.unbounded)
        b.add("max_attempts", SourceNode::scalar("unbounded"));
    else
        b.optInt("max_attempts", r.maxAttempts);
    return b.optWord("backoff", r.backoff)
        .optInt("initial_ms", r.initialMs)
        .optInt("max_ms", r.maxMs)
        .optNumber("jitter", r.jitter)
        .done(r.extras);
}

SourceNode reliabilityTree(const Reliability &r)
{
    return MapBuilder()
        .opt("retry", r.retry, retryTree)
        .opt("circuit_breaker", r.circuitBreaker,
             [](const CircuitBreaker &cb) {
                 return MapBuilder()
                     .optInt("failure_threshold", cb.failureThreshold)
                     .optInt("open_ms", cb.openMs)
                     .optInt("half_open_successes", cb.halfOpenSuccesses)
                     .done(cb.extras);
             })
        .optWord("idempotency", r.idempotency)
        .opt("dead_letter", r.deadLetter,
             [](const DeadLetter &dl) {
                 if (dl.shorthand)
                     return boolean(true);
                 return MapBuilder()
                     .optInt("retention_days", dl.retentionDays)
                     .optInt("alert_depth", dl.alertDepth)
                     .done(dl.extras);
             })
        .optText("fallback", r.fallback)
        .optWord("on_failure", r.onFailure)
        .done(r.extras);
}

} // namespace

SourceNode integrationTree(const Integration &i)
{
    return MapBuilder()
        .add("id", text(i.id))
        .add("from", text(i.from))
        .add("to", text(i.to))
        .add("pattern", word(i.pattern))
        .optText("name", i.name)
        .optText("description", i.description)
        .optInt("timeout_ms", i.timeoutMs)
        .optWord("delivery", i.delivery)
        .optText("api", i.api)
        .opt("uses", i.uses, [](const auto &uses) { return list(uses, text); })
        .optText("channel", i.channel)
        .opt("operations", i.operations, [](const auto &ops) { return list(ops, operationTree); })
        .opt("events", i.events, [](const auto &events) { return list(events, eventTree); })
        .opt("reliability", i.reliability, reliabilityTree)
        .opt("security", i.security,
             [](const Security &s) {
                 return MapBuilder()
                     .optWord("auth", s.auth)
                     .optBool("tls", s.tls)
                     .optWord("signature", s.signature)
                     .optWord("data", s.data)
                     .done(s.extras);
             })
        .opt("rate_limit", i.rateLimit,
             [](const RateLimit &r) {
                 return MapBuilder()
                     .optInt("requests", r.requests)
                     .optWord("per", r.per)
                     .optInt("burst", r.burst)
                     .done(r.extras);
             })
        .opt("suppress", i.suppress, [](const auto &s) { return list(s, suppressionTree); })
        .optInt("total_timeout_ms", i.totalTimeoutMs)
        .optInt("concurrency_limit", i.concurrencyLimit)
        .done(i.extras);
}

namespace {

SourceNode compensationTree(const Compensation &c)
{
    if (c.step)
        return text(*c.step);
    return MapBuilder()
        .optText("integration", c.integration)
        .optText("operation", c.operation)
        .optText("event", c.event)
        .done(c.extras);
}

SourceNode flowStepTree(const FlowStep &step);

SourceNode branchTree(const FlowBranch &b)
{
    return MapBuilder().optText("when", b.when).add("steps", list(b.steps, flowStepTree)).done(b.extras);
}

// v1's short form, the integration id, for a step that says nothing more.
SourceNode flowStepTree(const FlowStep &step)
{
    if (step.isBare())
        return text(step.integration);
    MapBuilder b;
    b.optText("id", step.id);
    switch (step.group) {
    case StepGroup::None:
        b.add("integration", text(step.integration))
            .optText("operation", step.operation)
            .optText("event", step.event)
            .optInt("times", step.times)
            .optBool("irreversible", step.irreversible)
            .opt("compensation", step.compensation, compensationTree);
        break;
    case StepGroup::Parallel:
        b.add("parallel", list(step.branches, branchTree));
        break;
    case StepGroup::Alternative:
        b.add("alternative", list(step.branches, branchTree));
        break;
    case StepGroup::Optional:
        b.add("optional", step.branches.empty() ? SourceNode::map() : branchTree(step.branches.front()));
        break;
    }
    return b.optText("description", step.description).done(step.extras);
}

SourceNode flowTree(const Flow &f)
{
    return MapBuilder()
        .add("id", text(f.id))
        .optText("name", f.name)
        .optText("description", f.description)
        .optText("driver", f.driver)
        .add("steps", list(f.steps, flowStepTree))
        .opt("sla", f.sla,
             [](const FlowSla &sla) {
                 return MapBuilder().optNumber("latency_p95_ms", sla.latencyP95Ms).done(sla.extras);
             })
        .done(f.extras);
}

SourceNode lintTree(const LintSettings &lint)
{
    return MapBuilder()
        .optInt("max_sync_depth", lint.maxSyncDepth)
        .optInt("max_retry_attempts", lint.maxRetryAttempts)
        .optInt("max_sync_fan_out", lint.maxSyncFanOut)
        .optInt("max_retry_amplification", lint.maxRetryAmplification)
        .optWord("defaults", lint.defaults)
        .opt("rules", lint.rules,
             [](const std::vector<RuleSetting> &rules) {
                 SourceNode node = SourceNode::map();
                 for (const RuleSetting &rule : rules)
                     node.insert(rule.rule, word(rule.severity));
                 return node;
             })
        .done(lint.extras);
}

// --- tree → YAML -----------------------------------------------------------

constexpr size_t kMaxFlowWidth = 160;

// Rough width of a node written in flow style, or SIZE_MAX when it must be block.
size_t flowWidth(const SourceNode &node, int depth)
{
    switch (node.type()) {
    case SourceNode::Type::Null:
        return 4;
    case SourceNode::Type::Scalar:
        return node.text().find('\n') == std::string::npos ? node.text().size() + (node.quoted() ? 2 : 0) : SIZE_MAX;
    case SourceNode::Type::Sequence:
    case SourceNode::Type::Map:
        break;
    }
    // Flow style only for small leaves: scalars, or maps/lists of scalars and
    // scalar lists (`sla: {…}`, `errors: [400, 404]`). Anything holding a map
    // (operations, `properties`, `reliability.retry`) reads better one entry per line.
    if (depth > 1)
        return SIZE_MAX;
    size_t width = 2;
    for (size_t i = 0; i < node.size(); ++i) {
        const SourceNode &child = node.items()[i];
        if (child.isMap() || (depth == 1 && !child.isScalar() && !child.isNull()))
            return SIZE_MAX;
        const size_t childWidth = flowWidth(child, depth + 1);
        if (childWidth == SIZE_MAX)
            return SIZE_MAX;
        width += childWidth + 2 + (node.isMap() ? node.keyAt(i).size() + 2 : 0);
    }
    return width;
}

// A string that would read back as a number, bool or null must be quoted;
// yaml-cpp quotes special characters but not those.
void emitString(YAML::Emitter &out, const std::string &value)
{
    if (value.empty() || resolvePlainScalar(value) != PlainScalarKind::String || looksTypedInYaml11(value)
        || value.front() == ' ' || value.back() == ' ')
        out << YAML::DoubleQuoted << value;
    else
        out << value;
}

// Keys are always strings: `on:` or `true:` would be a bool key to YAML 1.1 readers.
void emitKey(YAML::Emitter &out, const std::string &key)
{
    out << YAML::Key;
    emitString(out, key);
    out << YAML::Value;
}

void emitScalar(YAML::Emitter &out, const SourceNode &node, bool inFlow)
{
    const std::string &value = node.text();
    if (!node.quoted()) {
        out << value;
        return;
    }
    if (value.find('\n') != std::string::npos) {
        // yaml-cpp writes a literal block as `|` (clip): it reads back with exactly one final
        // newline. Any other text in a literal block would not load as what was saved.
        const bool oneFinalNewline = value.back() == '\n' && (value.size() < 2 || value[value.size() - 2] != '\n');
        const bool literalSafe = !inFlow && oneFinalNewline && value.front() != ' ' && value.front() != '\n'
            && value.find_first_of("\r\t") == std::string::npos;
        out << (literalSafe ? YAML::Literal : YAML::DoubleQuoted) << value;
        return;
    }
    emitString(out, value);
}

// Block style indents each level by two more spaces; past this depth (only reached by
// deeply nested extras or schemas) nodes are written in flow style so output stays linear.
constexpr int kMaxBlockDepth = 32;

void emitNode(YAML::Emitter &out, const SourceNode &node, int depth, bool forceBlock, bool inFlow = false)
{
    switch (node.type()) {
    case SourceNode::Type::Null:
        out << YAML::Null;
        return;
    case SourceNode::Type::Scalar:
        emitScalar(out, node, inFlow);
        return;
    case SourceNode::Type::Sequence:
    case SourceNode::Type::Map:
        break;
    }
    const bool flow = inFlow || depth >= kMaxBlockDepth || (!forceBlock && fitsYamlFlow(node));
    if (node.isSequence()) {
        out << (flow ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const SourceNode &item : node.items())
            emitNode(out, item, depth + 1, false, flow);
        out << YAML::EndSeq;
        return;
    }
    out << (flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
    for (size_t i = 0; i < node.size(); ++i) {
        emitKey(out, node.keyAt(i));
        emitNode(out, node.items()[i], depth + 1, false, flow);
    }
    out << YAML::EndMap;
}

// The top level and the element lists are always block: one element per
// paragraph keeps diffs of a model small and readable.
void emitModelTree(YAML::Emitter &out, const SourceNode &root)
{
    out << YAML::Block << YAML::BeginMap;
    for (size_t i = 0; i < root.size(); ++i) {
        const std::string &key = root.keyAt(i);
        const SourceNode &value = root.items()[i];
        emitKey(out, key);
        const bool elementList = key == "components" || key == "integrations" || key == "flows";
        if (elementList && value.isSequence() && value.size() > 0) {
            out << YAML::Block << YAML::BeginSeq;
            for (const SourceNode &element : value.items())
                emitNode(out, element, 2, element.isMap());
            out << YAML::EndSeq;
        } else if ((key == "schemas" || key == "layout" || key == "lint") && value.isMap() && value.size() > 0) {
            out << YAML::Block << YAML::BeginMap;
            for (size_t j = 0; j < value.size(); ++j) {
                emitKey(out, value.keyAt(j));
                const SourceNode &entry = value.items()[j];
                emitNode(out, entry, 2, key == "schemas" && entry.isMap());
            }
            out << YAML::EndMap;
        } else {
            emitNode(out, value, 1, false);
        }
    }
    out << YAML::EndMap;
}

// --- tree → JSON -----------------------------------------------------------

nlohmann::ordered_json toJson(const SourceNode &node)
{
    switch (node.type()) {
    case SourceNode::Type::Null:
        return nullptr;
    case SourceNode::Type::Scalar:
        break;
    case SourceNode::Type::Sequence: {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const SourceNode &item : node.items())
            array.push_back(toJson(item));
        return array;
    }
    case SourceNode::Type::Map: {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (size_t i = 0; i < node.size(); ++i)
            object[node.keyAt(i)] = toJson(node.items()[i]);
        return object;
    }
    }
    if (node.quoted())
        return node.text();
    switch (resolvePlainScalar(node.text())) {
    case PlainScalarKind::Null:
        return nullptr;
    case PlainScalarKind::Bool: {
        bool value = false;
        node.toBool(value);
        return value;
    }
    case PlainScalarKind::Int: {
        long long value = 0;
        if (node.toInt(value))
            return value;
        if (unsigned long long large = 0; node.toUnsigned(large))
            return large;
        if (double real = 0; node.toDouble(real) && std::isfinite(real))
            return real;
        break;
    }
    case PlainScalarKind::Float: {
        double value = 0;
        if (node.toDouble(value) && std::isfinite(value))
            return value;
        break;
    }
    case PlainScalarKind::String:
        break;
    }
    return node.text();
}

// A blank line before each top-level key that opens a block (`components:` and its
// items): a file reads as sections. Only top-level keys start at column 0 and are
// followed by an indented line, so this cannot touch a block scalar's text.
std::string withBlankLinesBetweenSections(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + 16);
    size_t at = 0;
    while (at < text.size()) {
        const size_t nl = text.find('\n', at);
        const size_t next = nl == std::string::npos ? text.size() : nl + 1;
        const bool opensBlock = at > 0 && text[at] != ' ' && text[at] != '\n' && next < text.size() && text[next] == ' '
            && text.compare(next - 2, 2, ":\n") == 0;
        if (opensBlock && !out.ends_with("\n\n"))
            out += '\n';
        out.append(text, at, next - at);
        at = next;
    }
    return out;
}

} // namespace

// Strings a YAML 1.1 reader (PyYAML, older tools in users' pipelines) would
// read as a bool, a date or a base-60 number: quote them although YAML 1.2 would not need it.
bool looksTypedInYaml11(const std::string &value)
{
    if (isYaml11Keyword(value))
        return true;
    const bool startsLikeDate = value.size() >= 8 && std::isdigit(static_cast<unsigned char>(value[0]))
        && value.find('-') != std::string::npos && value.find_first_not_of("0123456789-:.TtZz +") == std::string::npos;
    const bool sexagesimal = !value.empty() && std::isdigit(static_cast<unsigned char>(value[0]))
        && value.find(':') != std::string::npos && value.find_first_not_of("0123456789:._") == std::string::npos;
    return startsLikeDate || sexagesimal;
}

bool fitsYamlFlow(const SourceNode &node)
{
    return node.size() == 0 || flowWidth(node, 0) <= kMaxFlowWidth;
}

SourceNode modelToTree(const Model &model)
{
    MapBuilder root;
    root.add("seam", integer(model.seam)).add("name", text(model.name)).optText("description", model.description);
    root.optWord("envelope", model.envelope);
    root.add("components", list(model.components, componentTree));
    root.opt("integrations", model.integrations, [](const auto &items) { return list(items, integrationTree); });
    root.opt("schemas", model.schemas, [](const std::vector<Schema> &schemas) {
        SourceNode node = SourceNode::map();
        for (const Schema &schema : schemas)
            node.insert(schema.name, schema.body);
        return node;
    });
    root.opt("flows", model.flows, [](const auto &items) { return list(items, flowTree); });
    root.opt("lint", model.lint, lintTree);
    SourceNode tree = root.done(model.extras);
    if (model.layout) {
        SourceNode layout = SourceNode::map();
        for (const LayoutEntry &entry : *model.layout) {
            SourceNode position = SourceNode::sequence();
            // Whole pixels: a dragged card lands on fractions nobody wants to review.
            position.append(number(std::round(entry.x)));
            position.append(number(std::round(entry.y)));
            layout.insert(entry.id, std::move(position));
        }
        tree.insert("layout", std::move(layout));
    }
    return tree;
}

std::string treeToYaml(const SourceNode &root)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetMapFormat(YAML::Block);
    emitModelTree(out, root);
    std::string text = out.c_str();
    if (!text.ends_with('\n'))
        text += '\n';
    return withBlankLinesBetweenSections(text);
}

namespace {

// nlohmann's dump(2) layout, except that containers nested deeper than kMaxBlockDepth are
// written compactly: indentation would otherwise grow the output with the square of the depth.
void writeJson(const nlohmann::ordered_json &value, int depth, std::string &out)
{
    if (!value.is_structured() || value.empty() || depth >= kMaxBlockDepth) {
        out += value.dump();
        return;
    }
    const bool object = value.is_object();
    out += object ? "{\n" : "[\n";
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out.append(2 * static_cast<size_t>(depth + 1), ' ');
        if (object)
            out += nlohmann::ordered_json(it.key()).dump() + ": ";
        writeJson(*it, depth + 1, out);
    }
    out += '\n';
    out.append(2 * static_cast<size_t>(depth), ' ');
    out += object ? '}' : ']';
}

} // namespace

std::string treeToJson(const SourceNode &root)
{
    std::string out;
    writeJson(toJson(root), 0, out);
    return out + "\n";
}

} // namespace seam
