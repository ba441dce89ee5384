#include "contractreader.h"

#include "contracts.h"
#include "schemacheck.h"

#include <algorithm>
#include <unordered_map>

namespace seam::reading {

namespace {

std::string nameOf(const SourceNode &node)
{
    const SourceNode *name = node.find("name");
    return name && name->isScalar() ? name->text() : "?";
}

template <typename T> std::vector<std::string_view> namesOf(const std::optional<std::vector<T>> &list)
{
    std::vector<std::string_view> names;
    if (list)
        for (const T &item : *list)
            names.push_back(item.name);
    return names;
}

// `what` is "API", "operation" or "channel"; `where` says whose ("in component 'cart'").
template <typename T>
void checkUniqueNames(Reader &reader, const std::optional<std::vector<T>> &list, const std::string &what,
                      const std::string &where)
{
    if (!list)
        return;
    std::unordered_map<std::string_view, Mark> seen;
    for (const T &item : *list) {
        auto [it, inserted] = seen.emplace(item.name, item.mark);
        if (!inserted && !item.name.empty())
            reader.error(item.mark,
                         "duplicate " + what + " name '" + item.name + "' " + where + " (first defined at line "
                             + std::to_string(it->second.line) + ")");
    }
}

// "200", "4XX" or "default": what OpenAPI accepts as a key of `responses`.
bool isResponseStatus(const std::string &status)
{
    if (status == "default")
        return true;
    if (status.size() != 3 || status[0] < '1' || status[0] > '5')
        return false;
    const bool range = status[1] == 'X' && status[2] == 'X';
    const bool code
        = std::isdigit(static_cast<unsigned char>(status[1])) && std::isdigit(static_cast<unsigned char>(status[2]));
    return range || code;
}

} // namespace

ContractReader::ContractReader(Reader &reader, SchemaNameSink schemaName)
    : m_reader(reader)
    , m_schemaName(std::move(schemaName))
{
}

// --- components ----------------------------------------------------------------

void ContractReader::readComponent(Reader::Fields &f, Component &c, const std::string &context)
{
    m_reader.readList<Api>(f.get("apis"), c.apis, "'apis'", [&](const SourceNode &n) { return api(n, context); });
    checkUniqueNames(m_reader, c.apis, "API", "in " + context);
    const SourceNode *channels = f.get("channels");
    m_reader.readList<Channel>(channels, c.channels, "'channels'",
                               [&](const SourceNode &n) { return channel(n, context); });
    if (channels && !c.isDestination())
        m_reader.error(f.keyMark("channels"),
                       context + " is a " + std::string(toString(c.kind))
                           + ": only a queue or a topic carries 'channels' (a service declares 'apis')");
    checkUniqueNames(m_reader, c.channels, "channel", "in " + context);
}

Api ContractReader::api(const SourceNode &node, const std::string &componentContext)
{
    Api a;
    a.mark = node.mark();
    const std::string context = componentContext + ", API '" + nameOf(node) + "'";
    Reader::Fields f(m_reader, node, context);
    if (const SourceNode *name = f.require("name")) {
        m_reader.readRequiredString(name, a.name, "name");
        m_reader.checkNameLength(a.name, name->mark(), "an API name");
    }
    if (const SourceNode *style = f.require("style")) {
        const auto valid = std::find(limits::kApiStyles.begin(), limits::kApiStyles.end(),
                                     style->isScalar() ? style->text() : std::string())
            != limits::kApiStyles.end();
        if (valid)
            a.style = *parseEnum<Pattern>(style->text());
        else
            m_reader.error(style->mark(),
                           "unknown API style " + describe(*style)
                               + (style->isScalar() ? closestHint(style->text(), limits::kApiStyles) : "")
                               + " (valid: " + joinNames(limits::kApiStyles) + ")");
    }
    m_reader.readString(f.get("version"), a.version, "version");
    m_reader.readString(f.get("title"), a.title, "title");
    m_reader.readString(f.get("description"), a.description, "description");
    m_reader.readString(f.get("package"), a.package, "package");
    m_reader.readString(f.get("service"), a.service, "service");
    m_reader.readString(f.get("base_path"), a.basePath, "base_path");
    m_reader.readList<Server>(f.get("servers"), a.servers, "'servers'", [&](const SourceNode &n) {
        Server s;
        s.mark = n.mark();
        Reader::Fields sf(m_reader, n, context + ", a server");
        m_reader.readRequiredString(sf.require("url"), s.url, "url");
        m_reader.readString(sf.get("description"), s.description, "description");
        s.extras = sf.unknown();
        return s;
    });
    readRaw(f.get("security_schemes"), a.securitySchemes, "security_schemes", false);
    readRaw(f.get("security"), a.security, "security", true);
    m_reader.readList<Operation>(f.get("operations"), a.operations, "'operations'",
                                 [&](const SourceNode &n) { return operation(n, context); });
    checkUniqueNames(m_reader, a.operations, "operation", "in " + context);
    a.extras = f.unknown();
    return a;
}

Channel ContractReader::channel(const SourceNode &node, const std::string &componentContext)
{
    Channel ch;
    ch.mark = node.mark();
    const std::string context = componentContext + ", channel '" + nameOf(node) + "'";
    Reader::Fields f(m_reader, node, context);
    if (const SourceNode *name = f.require("name")) {
        m_reader.readRequiredString(name, ch.name, "name");
        m_reader.checkNameLength(ch.name, name->mark(), "a channel name");
    }
    m_reader.readString(f.get("address"), ch.address, "address");
    m_reader.readString(f.get("description"), ch.description, "description");
    m_reader.readList<Event>(f.get("events"), ch.events, "'events'",
                             [&](const SourceNode &n) { return event(n, context); });
    if (const SourceNode *b = f.get("bindings"))
        ch.bindings = bindings(*b);
    ch.extras = f.unknown();
    return ch;
}

std::optional<Bindings> ContractReader::bindings(const SourceNode &node)
{
    if (!m_reader.expectMap(node, "'bindings'"))
        return std::nullopt;
    Bindings b;
    Reader::Fields f(m_reader, node, "'bindings'");
    if (const SourceNode *kafka = f.get("kafka"); kafka && m_reader.expectMap(*kafka, "'kafka'")) {
        KafkaBinding k;
        Reader::Fields kf(m_reader, *kafka, "the 'kafka' binding");
        m_reader.readInt(kf.get("partitions"), k.partitions, limits::kKafkaPartitions);
        m_reader.readInt(kf.get("replicas"), k.replicas, limits::kKafkaReplicas);
        m_reader.readString(kf.get("key"), k.key, "key");
        k.extras = kf.unknown();
        b.kafka = std::move(k);
    }
    if (const SourceNode *amqp = f.get("amqp"); amqp && m_reader.expectMap(*amqp, "'amqp'")) {
        AmqpBinding a;
        Reader::Fields af(m_reader, *amqp, "the 'amqp' binding");
        m_reader.readString(af.get("exchange"), a.exchange, "exchange");
        m_reader.readString(af.get("exchange_type"), a.exchangeType, "exchange_type");
        m_reader.readString(af.get("routing_key"), a.routingKey, "routing_key");
        m_reader.readString(af.get("queue"), a.queue, "queue");
        a.extras = af.unknown();
        b.amqp = std::move(a);
    }
    if (const SourceNode *mqtt = f.get("mqtt"); mqtt && m_reader.expectMap(*mqtt, "'mqtt'")) {
        MqttBinding m;
        Reader::Fields mf(m_reader, *mqtt, "the 'mqtt' binding");
        m_reader.readInt(mf.get("qos"), m.qos, limits::kMqttQos);
        m_reader.readBool(mf.get("retain"), m.retain, "retain");
        m.extras = mf.unknown();
        b.mqtt = std::move(m);
    }
    b.extras = f.unknown(true); // other protocols (nats, sqs, …) are kept as written
    return b;
}

// --- operations and events ------------------------------------------------------

Operation ContractReader::operation(const SourceNode &node, const std::string &ownerContext)
{
    Operation o;
    o.mark = node.mark();
    const std::string context = ownerContext + ", operation '" + nameOf(node) + "'";
    Reader::Fields f(m_reader, node, context);
    m_reader.readRequiredString(f.require("name"), o.name, "name");
    m_reader.readEnum(f.get("method"), o.method, "method");
    m_reader.readString(f.get("path"), o.path, "path");
    m_reader.readEnum(f.get("kind"), o.kind, "kind");
    m_reader.readString(f.get("summary"), o.summary, "summary");
    m_reader.readString(f.get("description"), o.description, "description");
    m_reader.readEnum(f.get("streaming"), o.streaming, "streaming");
    if (const SourceNode *request = f.get("request")) {
        if (request->isMap())
            o.requestBody = requestBody(*request, context);
        else if (request->isScalar())
            readSchemaName(request, o.request, context + ": 'request'");
        else
            m_reader.error(request->mark(),
                           "'request' must be a schema name or a map { content, required, description }, not "
                               + describe(*request));
    }
    readSchemaName(f.get("response"), o.response, context + ": 'response'");
    m_reader.readList<Parameter>(f.get("parameters"), o.parameters, "'parameters'",
                                 [&](const SourceNode &n) { return parameter(n, context, false); });
    readResponses(f.get("responses"), o.responses, context);
    readRaw(f.get("security"), o.security, "security", true);
    m_reader.readStringList(f.get("tags"), o.tags, "tags");
    m_reader.readBool(f.get("deprecated"), o.deprecated, "deprecated");
    m_reader.readBool(f.get("critical"), o.critical, "critical");
    if (const SourceNode *errors = f.get("errors"); errors && m_reader.expectList(*errors, "'errors'")) {
        std::vector<ErrorCode> codes;
        for (const SourceNode &item : errors->items()) {
            long long status = 0;
            if (item.isScalar())
                codes.push_back({item.text(), item.toInt(status)});
            else
                m_reader.error(item.mark(),
                               "entries of 'errors' must be HTTP status codes or error names, not " + describe(item));
        }
        o.errors = std::move(codes);
    }
    o.extras = f.unknown();
    return o;
}

Parameter ContractReader::parameter(const SourceNode &node, const std::string &context, bool header)
{
    Parameter p;
    p.mark = node.mark();
    Reader::Fields f(m_reader, node, context + (header ? ", header '" : ", parameter '") + nameOf(node) + "'");
    m_reader.readRequiredString(f.require("name"), p.name, "name");
    if (header) {
        p.in = ParamLocation::Header; // implied; an `in` key stays an unknown key
    } else {
        std::optional<ParamLocation> in;
        m_reader.readEnum(f.require("in"), in, "in");
        p.in = in.value_or(ParamLocation::Query);
    }
    m_reader.readBool(f.get("required"), p.required, "required");
    m_reader.readString(f.get("description"), p.description, "description");
    readSchemaUse(f.get("schema"), p.schema, context + ", parameter '" + p.name + "': 'schema'");
    p.extras = f.unknown();
    return p;
}

std::optional<RequestBody> ContractReader::requestBody(const SourceNode &node, const std::string &context)
{
    RequestBody body;
    body.mark = node.mark();
    Reader::Fields f(m_reader, node, context + ", 'request'");
    m_reader.readString(f.get("description"), body.description, "description");
    m_reader.readBool(f.get("required"), body.required, "required");
    if (const SourceNode *content = f.require("content"))
        readContent(*content, body.content, context + ": request");
    body.extras = f.unknown();
    return body;
}

void ContractReader::readContent(const SourceNode &node, std::vector<MediaContent> &out, const std::string &context)
{
    if (!m_reader.expectMap(node, "'content'"))
        return;
    for (size_t i = 0; i < node.size(); ++i) {
        MediaContent media;
        media.mediaType = node.keyAt(i);
        media.mark = node.keyNodeAt(i).mark();
        if (const SourceNode &schema = node.items()[i]; schema.isNull())
            media.schema = schema; // a media type without a schema (e.g. application/octet-stream)
        else
            readSchemaUse(&schema, media.schema, context + " '" + media.mediaType + "'");
        out.push_back(std::move(media));
    }
}

void ContractReader::readResponses(const SourceNode *node, std::optional<std::vector<Response>> &out,
                                   const std::string &context)
{
    if (!node || !m_reader.expectMap(*node, "'responses'"))
        return;
    std::vector<Response> responses;
    for (size_t i = 0; i < node->size(); ++i) {
        const SourceNode &key = node->keyNodeAt(i);
        const SourceNode &value = node->items()[i];
        if (!isResponseStatus(key.text()))
            m_reader.error(key.mark(),
                           "response status " + quoteForMessage(key.text())
                               + " must be an HTTP status code (200), a range (4XX) or default");
        const std::string where = context + ", response '" + key.text() + "'";
        if (!m_reader.expectMap(value, where))
            continue;
        Response r;
        r.status = key.text();
        r.mark = key.mark();
        Reader::Fields f(m_reader, value, where);
        m_reader.readString(f.get("description"), r.description, "description");
        if (const SourceNode *content = f.get("content")) {
            std::vector<MediaContent> media;
            readContent(*content, media, where + ": content");
            r.content = std::move(media);
        }
        readHeaders(f.get("headers"), r.headers, r, where);
        r.extras = f.unknown();
        responses.push_back(std::move(r));
    }
    out = std::move(responses);
}

void ContractReader::readHeaders(const SourceNode *node, std::optional<std::vector<Parameter>> &out, Response &response,
                                 const std::string &context)
{
    if (!node)
        return;
    std::vector<Parameter> headers;
    if (node->isSequence()) {
        for (const SourceNode &item : node->items())
            if (m_reader.expectMap(item, "an entry of 'headers'"))
                headers.push_back(parameter(item, context, true));
    } else if (node->isMap()) {
        // OpenAPI's spelling: name -> {schema, description, required}.
        response.headerMap = true;
        for (size_t i = 0; i < node->size(); ++i) {
            const SourceNode &value = node->items()[i];
            const std::string name = node->keyAt(i);
            const std::string where = context + ", header '" + name + "'";
            if (!m_reader.expectMap(value, where))
                continue;
            Parameter p;
            p.name = name;
            p.in = ParamLocation::Header;
            p.mark = node->keyNodeAt(i).mark();
            Reader::Fields f(m_reader, value, where);
            m_reader.readBool(f.get("required"), p.required, "required");
            m_reader.readString(f.get("description"), p.description, "description");
            readSchemaUse(f.get("schema"), p.schema, where + ": 'schema'");
            p.extras = f.unknown();
            headers.push_back(std::move(p));
        }
    } else {
        m_reader.error(node->mark(),
                       "'headers' must be a list of headers or a map name → {schema, description}, not "
                           + describe(*node));
        return;
    }
    out = std::move(headers);
}

Event ContractReader::event(const SourceNode &node, const std::string &ownerContext)
{
    Event e;
    e.mark = node.mark();
    const std::string context = ownerContext + ", event '" + nameOf(node) + "'";
    Reader::Fields f(m_reader, node, context);
    if (const SourceNode *name = f.require("name")) {
        m_reader.readRequiredString(name, e.name, "name");
        m_reader.checkNameLength(e.name, name->mark(), "an event name");
    }
    m_reader.readInt(f.get("version"), e.version, limits::kEventVersion);
    readSchemaName(f.get("payload"), e.payload, context + ": 'payload'");
    m_reader.readString(f.get("key"), e.key, "key");
    m_reader.readString(f.get("content_type"), e.contentType, "content_type");
    readSchemaUse(f.get("headers"), e.headers, context + ": 'headers'");
    m_reader.readString(f.get("description"), e.description, "description");
    m_reader.readBool(f.get("critical"), e.critical, "critical");
    e.extras = f.unknown();
    return e;
}

// --- integrations ---------------------------------------------------------------

void ContractReader::readIntegration(Reader::Fields &f, Integration &i, const std::string &context)
{
    NameMarks marks;
    m_reader.readList<Operation>(f.get("operations"), i.operations, "'operations'",
                                 [&](const SourceNode &n) { return operation(n, context); });
    if (const SourceNode *events = f.get("events"); events && m_reader.expectList(*events, "'events'")) {
        std::vector<Event> list;
        for (const SourceNode &item : events->items()) {
            if (item.isScalar()) { // a bare name: an event the destination's channel declares
                Event e;
                e.name = item.text();
                e.reference = true;
                e.mark = item.mark();
                list.push_back(std::move(e));
            } else if (item.isMap()) {
                list.push_back(event(item, context));
            } else {
                m_reader.error(item.mark(),
                               "an entry of 'events' must be an event name or a map (key: value pairs), not "
                                   + describe(item));
            }
        }
        i.events = std::move(list);
    }
    if (const SourceNode *api = f.get("api")) {
        m_reader.readString(api, i.api, "api");
        marks.api = api->mark();
    }
    if (const SourceNode *uses = f.get("uses")) {
        m_reader.readStringList(uses, i.uses, "uses");
        if (uses->isSequence())
            for (const SourceNode &item : uses->items())
                marks.uses.push_back(item.mark());
        if (!i.api)
            m_reader.error(f.keyMark("uses"), "'uses' picks operations of an API: name it with 'api'");
    }
    if (const SourceNode *channel = f.get("channel")) {
        m_reader.readString(channel, i.channel, "channel");
        marks.channel = channel->mark();
    }
    m_integrationMarks.push_back(std::move(marks));
}

void ContractReader::check(const Model &model)
{
    const auto &integrations = model.integrationList();
    // Model::findComponent scans the list: index it once so the check stays linear.
    std::unordered_map<std::string_view, const Component *> components;
    for (const Component &c : model.components)
        components.emplace(c.id, &c);
    const auto component = [&](const std::string &id) -> const Component * {
        const auto it = components.find(id);
        return it == components.end() ? nullptr : it->second;
    };
    for (size_t k = 0; k < integrations.size() && k < m_integrationMarks.size(); ++k) {
        const Integration &i = integrations[k];
        const NameMarks &marks = m_integrationMarks[k];
        const std::string context = "integration '" + i.id + "'";
        const Component *to = component(i.to);
        if (i.api && to) { // an unknown `to` is reported by the reference check
            const Api *api = findApi(*to, *i.api);
            if (!api) {
                const auto names = namesOf(to->apis);
                m_reader.error(marks.api,
                               context + ": 'api' names " + quoteForMessage(*i.api) + ", which component '" + to->id
                                   + "' does not declare"
                                   + (names.empty() ? " (it has no 'apis')" : closestHint(*i.api, names)));
            } else if (i.uses) {
                const auto names = namesOf(api->operations);
                for (size_t u = 0; u < i.uses->size() && u < marks.uses.size(); ++u)
                    if (!findOperation(*api, (*i.uses)[u]))
                        m_reader.error(marks.uses[u],
                                       context + ": 'uses' names " + quoteForMessage((*i.uses)[u]) + ", which API '"
                                           + api->name + "' of '" + to->id + "' does not have"
                                           + closestHint((*i.uses)[u], names));
            }
        }
        const bool referencesEvents
            = i.events && std::any_of(i.events->begin(), i.events->end(), [](const Event &e) { return e.reference; });
        if (!i.channel && !referencesEvents)
            continue;
        const Component *from = component(i.from);
        if (!from || !to)
            continue;
        const Component *destination = destinationEnd(*from, *to);
        if (!destination) {
            m_reader.error(i.channel ? marks.channel : i.mark,
                           context + (i.channel ? ": 'channel'" : ": an event given by name")
                               + " refers to a channel of a queue or topic, but neither end is one");
            continue;
        }
        const Channel *channel = nullptr;
        if (i.channel) {
            channel = findChannel(*destination, *i.channel);
            if (!channel) {
                const auto names = namesOf(destination->channels);
                m_reader.error(marks.channel,
                               context + ": 'channel' names " + quoteForMessage(*i.channel) + ", which '"
                                   + destination->id + "' does not declare"
                                   + (names.empty() ? " (it has no 'channels')" : closestHint(*i.channel, names)));
                continue;
            }
        }
        if (!i.events)
            continue; // a channel alone names no events to check
        for (const Event &e : *i.events) {
            if (!e.reference || findDeclaredEvent(*destination, channel, e.name))
                continue;
            std::vector<std::string_view> declared;
            if (destination->channels)
                for (const Channel &each : *destination->channels)
                    if (!channel || &each == channel)
                        for (std::string_view name : namesOf(each.events))
                            declared.push_back(name);
            const std::string where = channel ? "channel '" + channel->name + "' of '" + destination->id + "'"
                                              : "a channel of '" + destination->id + "'";
            m_reader.error(e.mark,
                           context + ": event " + quoteForMessage(e.name) + " is not declared by " + where
                               + (declared.empty() ? " (it declares no events)" : closestHint(e.name, declared)));
        }
    }
}

// --- schemas at contract places ------------------------------------------------------

void ContractReader::readSchemaName(const SourceNode *node, std::optional<std::string> &out, const std::string &context)
{
    if (!node)
        return;
    m_reader.readString(node, out, "schema name");
    if (out)
        m_schemaName(*out, node->mark(), context);
}

void ContractReader::readSchemaUse(const SourceNode *node, SchemaUse &out, const std::string &context)
{
    if (!node)
        return;
    if (node->isScalar()) {
        m_schemaName(node->text(), node->mark(), context);
    } else if (node->isMap()) {
        checkSchemaBody(m_reader, *node, context, SchemaPlace::Inline);
        forEachSchemaRef(*node,
                         [&](const SourceNode &ref) { m_schemaName(ref.text(), ref.mark(), context + ": $ref"); });
    } else {
        m_reader.error(node->mark(),
                       context + " must be a schema name or an inline schema map, not " + describe(*node));
        return;
    }
    out = *node;
}

void ContractReader::readRaw(const SourceNode *node, std::optional<SourceNode> &out, std::string_view key, bool list)
{
    if (!node)
        return;
    const std::string what = "'" + std::string(key) + "'";
    if (list ? m_reader.expectList(*node, what + " (OpenAPI security requirements)")
             : m_reader.expectMap(*node, what + " (name → OpenAPI Security Scheme)"))
        out = *node;
}

} // namespace seam::reading
