#include "asyncapiexporter.h"

#include "common.h"
#include "schemaconvert.h"

#include "model/contracts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace seam {

namespace {

constexpr std::string_view kSchemaPrefix = "#/components/schemas/";
constexpr std::string_view kExtraPrefix = "x-asyncapi-";

// One channel of an application's document: a channel a destination declares, a
// destination without declared channels (v1), or a direct asynchronous integration.
struct DocChannel {
    std::string key; // in `channels:`; the address in 2.x
    std::string address;
    const Component *destination = nullptr; // null for a direct integration
    const Channel *declared = nullptr;
    const Integration *direct = nullptr;
    std::vector<const Event *> events; // distinct by name + version
};

struct DocOperation {
    const Integration *integration = nullptr;
    bool sends = false;
    size_t channel = 0; // into AppDocument::channels
    std::vector<const Event *> events;
};

struct AppDocument {
    const Component *app = nullptr;
    std::vector<DocChannel> channels;
    std::vector<DocOperation> operations;
};

bool mentionsKafka(const std::optional<std::string> &technology)
{
    if (!technology)
        return false;
    std::string lower = *technology;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find("kafka") != std::string::npos;
}

void addEvent(std::vector<const Event *> &events, const Event *event)
{
    const bool known = std::any_of(events.begin(), events.end(), [&](const Event *e) {
        return e->name == event->name && eventVersion(*e) == eventVersion(*event);
    });
    if (!known)
        events.push_back(event);
}

std::string deliveryText(const Integration &integration)
{
    const std::optional<Delivery> delivery = integration.effectiveDelivery();
    return delivery ? std::string(toString(*delivery)) : std::string();
}

// What a reviewer checks about a consumer's handling of failures.
std::string consumerNote(const Integration &integration)
{
    std::vector<std::string> facts;
    if (const std::string delivery = deliveryText(integration); !delivery.empty())
        facts.push_back(delivery);
    const Reliability *r = integration.reliability ? &*integration.reliability : nullptr;
    if (r && r->retry) {
        const Retry &retry = *r->retry;
        std::string text = "retry ";
        text += retry.unbounded || !retry.maxAttempts ? std::string("unbounded")
                                                      : "up to " + formatNumber(*retry.maxAttempts) + " attempts";
        if (retry.backoff)
            text += ", " + std::string(toString(*retry.backoff)) + " backoff";
        facts.push_back(text);
    }
    facts.push_back("idempotency " + std::string(toString(integration.effectiveIdempotency())));
    if (r && r->deadLetter) {
        std::string text = "dead letter";
        if (r->deadLetter->retentionDays)
            text += " kept " + formatNumber(*r->deadLetter->retentionDays) + " days";
        if (r->deadLetter->alertDepth)
            text += ", alert at depth " + formatNumber(*r->deadLetter->alertDepth);
        facts.push_back(text);
    }
    return integration.id + ": " + join(facts, ", ") + ".";
}

std::string producerNote(const Integration &integration)
{
    std::vector<std::string> facts;
    facts.push_back(std::string(patternTitle(integration.pattern)));
    if (const std::string delivery = deliveryText(integration); !delivery.empty())
        facts.push_back(delivery);
    if (integration.timeoutMs)
        facts.push_back("timeout " + formatNumber(*integration.timeoutMs) + " ms");
    if (integration.security) {
        if (integration.security->signature)
            facts.push_back("signed " + std::string(toString(*integration.security->signature)));
        if (integration.security->auth)
            facts.push_back("auth " + std::string(toString(*integration.security->auth)));
        if (!integration.security->tlsEnabled())
            facts.push_back("without TLS");
    }
    if (integration.rateLimit && integration.rateLimit->requests)
        facts.push_back("rate limit " + formatNumber(*integration.rateLimit->requests) + " per "
                        + std::string(toString(integration.rateLimit->per.value_or(RatePeriod::Second))));
    return integration.id + ": " + join(facts, ", ") + ".";
}

// The founding template's envelope (`envelope: template`), carried as headers so the
// payload stays exactly the model's schema.
OrderedJson templateEnvelopeHeaders(const Event &event, const std::string &producer)
{
    OrderedJson properties = OrderedJson::object();
    reserveMembers(properties, 6);
    properties["messageId"] = {{"type", "string"},
                               {"format", "uuid"},
                               {"description", "Unique message identifier; consumers deduplicate on it."}};
    properties["eventType"] = {{"type", "string"}, {"const", event.name}};
    properties["source"] = {{"type", "string"}, {"examples", OrderedJson::array({producer})}};
    properties["timestamp"]
        = {{"type", "string"}, {"format", "date-time"}, {"description", "When the event occurred."}};
    properties["correlationId"] = {{"type", "string"}, {"description", "Correlation id for tracking related events."}};
    properties["version"] = {{"type", "string"}, {"const", std::to_string(eventVersion(event))}};
    return {{"type", "object"},
            {"required", OrderedJson::array({"messageId", "eventType", "source", "timestamp"})},
            {"properties", properties}};
}

// The JSON Schema type of the payload field an event is keyed by (string if unknown).
OrderedJson keySchema(const Model &model, const Event &event)
{
    OrderedJson schema = {{"type", "string"}};
    if (event.payload) {
        if (const Schema *payload = model.findSchema(*event.payload)) {
            const SourceNode *properties = payload->body.find("properties");
            const SourceNode *field = properties ? properties->find(*event.key) : nullptr;
            const SourceNode *type = field ? field->find("type") : nullptr;
            if (type && type->isScalar() && (type->text() == "string" || type->text() == "integer"))
                schema["type"] = type->text();
        }
    }
    schema["description"] = "Partition key: the payload's " + *event.key + ".";
    return schema;
}

// Keys of channels, operations and messages: AsyncAPI 3.0 allows [A-Za-z0-9_.-].
std::string documentKey(std::string_view text)
{
    std::string out(text.empty() ? std::string_view("x") : text);
    for (char &c : out)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_')
            c = '_';
    return out;
}

// Extras as JSON members: `x-asyncapi-<key>` (what an import kept) is written back as
// `<key>` when `structural` allows it; user extensions (`x-…`) always as written.
void writeExtras(OrderedJson &object, const Extras &extras, bool structural, const std::set<std::string> &skip = {})
{
    if (!extras.isMap())
        return;
    for (size_t i = 0; i < extras.size(); ++i) {
        const std::string &key = extras.keyAt(i);
        if (skip.count(key))
            continue;
        if (key.rfind(kExtraPrefix, 0) == 0) {
            if (structural)
                object[key.substr(kExtraPrefix.size())] = nodeToJson(extras.items()[i]);
        } else {
            object[key] = nodeToJson(extras.items()[i]);
        }
    }
}

// Extras hold document fragments, written back as they were read.
OrderedJson extraJson(const SourceNode &node)
{
    return nodeToJson(node);
}

const SourceNode *extra(const Extras &extras, std::string_view key)
{
    return extras.isMap() ? extras.find(key) : nullptr;
}

class DocumentWriter {
public:
    DocumentWriter(const Model &model, const AppDocument &doc, int major, ExportResult &result)
        : m_model(model)
        , m_doc(doc)
        , m_major(major)
        , m_result(result)
    {
        const SourceNode *source = extra(doc.app->extras, "x-asyncapi");
        // Details kept from an imported document are written back in its own version only.
        m_structural = !source || !source->isScalar() || source->text().rfind(major == 3 ? "3." : "2.", 0) == 0;
        if (!m_structural)
            m_result.warnings.push_back(fileName() + ": details imported from AsyncAPI " + source->text()
                                        + " (servers, traits, parameters …) are not written in AsyncAPI "
                                        + (major == 3 ? "3.0.0" : "2.6.0"));
    }

    std::string fileName() const { return "asyncapi/" + m_doc.app->id + ".yaml"; }

    std::string write()
    {
        OrderedJson doc = OrderedJson::object();
        doc["asyncapi"] = m_major == 3 ? "3.0.0" : "2.6.0";
        if (const SourceNode *id = extra(m_doc.app->extras, "x-asyncapi-id"); id && m_structural)
            doc["id"] = extraJson(*id);
        else
            doc["id"] = "urn:seam:" + slug(m_model.name) + ":" + m_doc.app->id;
        doc["info"] = info();
        const std::set<std::string> written {"x-asyncapi", "x-asyncapi-id", "x-asyncapi-info"};
        writeExtras(doc, m_doc.app->extras, m_structural, written);

        // Keys first: operations refer to channels by key. 2.x keys are addresses.
        std::set<std::string> keys;
        for (const DocChannel &channel : m_doc.channels)
            m_keys.push_back(unique(m_major == 3 ? documentKey(channel.key) : channel.address, keys, "-"));
        OrderedJson channels = OrderedJson::object();
        OrderedJson operations = OrderedJson::object();
        for (size_t c = 0; c < m_doc.channels.size(); ++c)
            appendMember(channels, m_keys[c], channel(c));
        if (m_major == 3)
            for (const DocOperation &operation : m_doc.operations)
                appendMember(operations, unique(operationId(operation), m_operationIds, ""), operation3(operation));
        doc["channels"] = std::move(channels);
        if (m_major == 3 && !operations.empty())
            doc["operations"] = std::move(operations);

        OrderedJson components = OrderedJson::object();
        if (!m_schemaRoots.empty()) {
            std::vector<std::string> missing;
            const std::vector<std::string> names = reachableSchemas(m_model, m_schemaRoots, &missing);
            OrderedJson schemas = OrderedJson::object();
            reserveMembers(schemas, names.size() + missing.size());
            for (const std::string &name : names)
                appendMember(schemas, name, schemaToJson(m_model.findSchema(name)->body, kSchemaPrefix));
            for (const std::string &name : missing) {
                schemas[name] = {{"description", "Schema " + name + " is not defined in the model."}};
                m_result.warnings.push_back(fileName() + ": schema " + name + " is not defined in the model");
            }
            components["schemas"] = std::move(schemas);
        }
        if (!components.empty())
            doc["components"] = std::move(components);
        return toYaml(doc);
    }

private:
    static std::string unique(const std::string &base, std::set<std::string> &taken, std::string_view separator)
    {
        std::string key = base;
        for (int n = 2; !taken.insert(key).second; ++n)
            key = base + std::string(separator) + std::to_string(n);
        return key;
    }

    OrderedJson info() const
    {
        const Component &app = *m_doc.app;
        OrderedJson info = OrderedJson::object();
        info["title"] = app.displayName();
        info["version"] = "1.0.0";
        if (const SourceNode *kept = extra(app.extras, "x-asyncapi-info"); kept && kept->isMap())
            for (size_t i = 0; i < kept->size(); ++i)
                if (m_structural || kept->keyAt(i) == "version")
                    info[kept->keyAt(i)] = extraJson(kept->items()[i]);
        if (app.description)
            info["description"] = trimmedText(*app.description);
        return info;
    }

    std::string operationId(const DocOperation &operation) const
    {
        const Integration &integration = *operation.integration;
        if (integration.name && documentKey(*integration.name) == *integration.name)
            return *integration.name;
        return camelCase(integration.id);
    }

    std::string messageKey(const DocChannel &channel, const Event &event) const
    {
        if (const SourceNode *key = extra(event.extras, "x-asyncapi-message-key"); key && key->isScalar())
            return documentKey(key->text());
        const bool clash = std::count_if(channel.events.begin(), channel.events.end(),
                                         [&](const Event *e) { return e->name == event.name; })
            > 1;
        return documentKey(clash ? eventKey(event) : event.name);
    }

    OrderedJson channel(size_t index)
    {
        const DocChannel &channel = m_doc.channels[index];
        OrderedJson item = OrderedJson::object();
        if (m_major == 3)
            item["address"] = channel.address;
        // A declared channel says what it says; a v1 destination or direct link is described.
        if (channel.declared && channel.declared->description)
            item["description"] = trimmedText(*channel.declared->description);
        else if (!channel.declared)
            item["description"] = defaultDescription(channel);
        if (m_major == 3 && !channel.events.empty()) {
            OrderedJson messages = OrderedJson::object();
            reserveMembers(messages, channel.events.size());
            for (const Event *event : channel.events)
                appendMember(messages, messageKey(channel, *event), message(channel, *event, false));
            item["messages"] = std::move(messages);
        }
        if (m_major == 2)
            for (const bool sends : {true, false})
                if (OrderedJson op = operation2(index, sends); !op.is_null())
                    item[sends ? "subscribe" : "publish"] = std::move(op); // 2.x: the other side's verb
        if (OrderedJson bindings = channelBindings(channel); !bindings.empty())
            item["bindings"] = std::move(bindings);
        if (channel.declared)
            writeExtras(item, channel.declared->extras, m_structural);
        return item;
    }

    static std::string defaultDescription(const DocChannel &channel)
    {
        if (channel.direct) {
            const Integration &i = *channel.direct;
            std::string text = std::string(patternTitle(i.pattern)) + " from " + i.from + " to " + i.to + ".";
            if (i.description)
                text += "\n\n" + trimmedText(*i.description);
            return text;
        }
        const Component &d = *channel.destination;
        std::string text = (d.kind == ComponentKind::Queue ? "Queue " : "Topic ") + d.displayName();
        if (d.technology)
            text += " (" + *d.technology + ")";
        text += ".";
        if (d.description)
            text += "\n\n" + trimmedText(*d.description);
        return text;
    }

    // A binding's fields are the same in 2.x and 3.0, but its bindingVersion is not: that
    // one is written back in the version it was read from only.
    void writeBindingExtras(OrderedJson &json, const Extras &extras, std::set<std::string> skip = {}) const
    {
        if (!m_structural)
            skip.insert("x-asyncapi-bindingVersion");
        writeExtras(json, extras, true, skip);
    }

    OrderedJson channelBindings(const DocChannel &channel) const
    {
        OrderedJson out = OrderedJson::object();
        const Bindings *bindings
            = channel.declared && channel.declared->bindings ? &*channel.declared->bindings : nullptr;
        if (!bindings)
            return out;
        if (bindings->kafka) {
            const KafkaBinding &kafka = *bindings->kafka;
            OrderedJson json = OrderedJson::object();
            if (kafka.partitions)
                json["partitions"] = *kafka.partitions;
            if (kafka.replicas)
                json["replicas"] = *kafka.replicas;
            if (kafka.key)
                json["x-key"] = *kafka.key;
            writeBindingExtras(json, kafka.extras);
            out["kafka"] = std::move(json);
        }
        if (bindings->amqp) {
            const AmqpBinding &amqp = *bindings->amqp;
            const SourceNode *is = extra(amqp.extras, "x-asyncapi-is");
            const bool queue = is ? is->text() == "queue"
                                  : channel.destination->kind == ComponentKind::Queue || amqp.queue.has_value();
            OrderedJson json = OrderedJson::object();
            json["is"] = queue ? "queue" : "routingKey";
            if (amqp.exchange || amqp.exchangeType || !queue || extra(amqp.extras, "x-asyncapi-exchange")) {
                OrderedJson exchange = {{"name", amqp.exchange.value_or(channel.address)},
                                        {"type", amqp.exchangeType.value_or("topic")}};
                if (const SourceNode *rest = extra(amqp.extras, "x-asyncapi-exchange"))
                    for (size_t i = 0; rest->isMap() && i < rest->size(); ++i)
                        exchange[rest->keyAt(i)] = extraJson(rest->items()[i]);
                json["exchange"] = std::move(exchange);
            }
            if (queue || amqp.queue) {
                OrderedJson q = {{"name", amqp.queue.value_or(channel.address)}};
                if (const SourceNode *rest = extra(amqp.extras, "x-asyncapi-queue"))
                    for (size_t i = 0; rest->isMap() && i < rest->size(); ++i)
                        q[rest->keyAt(i)] = extraJson(rest->items()[i]);
                json["queue"] = std::move(q);
            }
            writeBindingExtras(json, amqp.extras, {"x-asyncapi-is", "x-asyncapi-exchange", "x-asyncapi-queue"});
            out["amqp"] = std::move(json);
        }
        if (bindings->mqtt && bindings->mqtt->extras.isMap() && bindings->mqtt->extras.size() > 0) {
            OrderedJson json = OrderedJson::object();
            writeBindingExtras(json, bindings->mqtt->extras);
            out["mqtt"] = std::move(json);
        }
        if (bindings->extras.isMap())
            for (size_t i = 0; i < bindings->extras.size(); ++i)
                out[bindings->extras.keyAt(i)] = extraJson(bindings->extras.items()[i]);
        return out;
    }

    // Operation bindings: MQTT qos/retain and the AMQP routing key the model keeps on the
    // channel, with what an import kept of the operation's own bindings.
    OrderedJson operationBindings(const DocOperation &operation) const
    {
        OrderedJson out = OrderedJson::object();
        const DocChannel &channel = m_doc.channels[operation.channel];
        if (channel.declared && channel.declared->bindings) {
            const Bindings &b = *channel.declared->bindings;
            if (b.mqtt && (b.mqtt->qos || b.mqtt->retain)) {
                if (b.mqtt->qos)
                    out["mqtt"]["qos"] = *b.mqtt->qos;
                if (b.mqtt->retain)
                    out["mqtt"]["retain"] = *b.mqtt->retain;
            }
            if (b.amqp && b.amqp->routingKey)
                out["amqp"]["cc"] = OrderedJson::array({*b.amqp->routingKey});
        }
        if (const SourceNode *kept = extra(operation.integration->extras, "x-asyncapi-bindings"); kept && kept->isMap())
            for (size_t i = 0; i < kept->size(); ++i) {
                const OrderedJson value = extraJson(kept->items()[i]);
                if (!out.contains(kept->keyAt(i)))
                    out[kept->keyAt(i)] = OrderedJson::object();
                for (auto it = value.begin(); value.is_object() && it != value.end(); ++it)
                    if (m_structural || it.key() != "bindingVersion")
                        out[kept->keyAt(i)][it.key()] = it.value();
            }
        return out;
    }

    std::string operationDescription(const DocOperation &operation) const
    {
        const Integration &integration = *operation.integration;
        if (integration.description)
            return trimmedText(*integration.description);
        return operation.sends ? producerNote(integration) : consumerNote(integration);
    }

    OrderedJson operation3(const DocOperation &operation)
    {
        const DocChannel &channel = m_doc.channels[operation.channel];
        const std::string &channelKey = m_keys[operation.channel];
        OrderedJson op = OrderedJson::object();
        op["action"] = operation.sends ? "send" : "receive";
        op["channel"] = {{"$ref", "#/channels/" + channelKey}};
        op["description"] = operationDescription(operation);
        if (!operation.events.empty()) {
            OrderedJson messages = OrderedJson::array();
            for (const Event *event : operation.events)
                messages.push_back({{"$ref", "#/channels/" + channelKey + "/messages/" + messageKey(channel, *event)}});
            op["messages"] = std::move(messages);
        }
        if (OrderedJson bindings = operationBindings(operation); !bindings.empty())
            op["bindings"] = std::move(bindings);
        writeExtras(op, operation.integration->extras, m_structural, {"x-asyncapi-bindings"});
        return op;
    }

    // 2.x allows one operation per verb and channel: the application's integrations that
    // send (or receive) on the channel are one operation, the first one's id and details.
    OrderedJson operation2(size_t channelIndex, bool sends)
    {
        const DocOperation *first = nullptr;
        std::vector<const Event *> events;
        for (const DocOperation &operation : m_doc.operations) {
            if (operation.channel != channelIndex || operation.sends != sends)
                continue;
            if (!first)
                first = &operation;
            for (const Event *event : operation.events)
                addEvent(events, event);
        }
        if (!first)
            return nullptr;
        const DocChannel &channel = m_doc.channels[channelIndex];
        OrderedJson op = OrderedJson::object();
        op["operationId"] = unique(operationId(*first), m_operationIds, "");
        op["description"] = operationDescription(*first);
        if (OrderedJson bindings = operationBindings(*first); !bindings.empty())
            op["bindings"] = std::move(bindings);
        writeExtras(op, first->integration->extras, m_structural, {"x-asyncapi-bindings"});
        if (!events.empty()) {
            OrderedJson messages = OrderedJson::array();
            for (const Event *event : events)
                messages.push_back(message(channel, *event, usedByBothVerbs(channelIndex, *event)));
            op["message"] = messages.size() == 1 ? messages[0] : OrderedJson {{"oneOf", messages}};
        }
        return op;
    }

    bool usedByBothVerbs(size_t channelIndex, const Event &event) const
    {
        bool send = false, receive = false;
        for (const DocOperation &operation : m_doc.operations)
            if (operation.channel == channelIndex)
                for (const Event *e : operation.events)
                    if (e->name == event.name)
                        (operation.sends ? send : receive) = true;
        return send && receive;
    }

    // `twice`: the message is written under both verbs of a 2.x channel, where a
    // messageId would count as a duplicate.
    OrderedJson message(const DocChannel &channel, const Event &event, bool twice)
    {
        OrderedJson message = OrderedJson::object();
        message["name"] = event.name;
        if (event.description)
            message["description"] = trimmedText(*event.description);
        if (event.contentType)
            message["contentType"] = *event.contentType;
        if (!event.headers.isNull()) {
            message["headers"] = schemaUseToJson(event.headers, kSchemaPrefix);
            addRoots(event.headers);
        } else if (m_model.envelope == Envelope::Template) {
            std::string producer = m_doc.app->id;
            message["headers"] = templateEnvelopeHeaders(event, producer);
        }
        if (event.payload) {
            const SourceNode payload = SourceNode::scalar(*event.payload);
            message["payload"] = schemaUseToJson(payload, kSchemaPrefix);
            addRoots(payload);
        }
        if (event.version)
            message["x-version"] = *event.version;
        const bool kafka = channel.destination && mentionsKafka(channel.destination->technology);
        if (event.key && kafka && !extra(event.extras, "x-asyncapi-bindings"))
            message["bindings"] = {{"kafka", {{"key", keySchema(m_model, event)}}}};
        std::set<std::string> skip {"x-asyncapi-message-key"};
        if (twice)
            skip.insert("x-asyncapi-messageId");
        writeExtras(message, event.extras, m_structural, skip);
        return message;
    }

    void addRoots(const SourceNode &use)
    {
        auto add = [&](const std::string &name) {
            if (!findWellKnownType(name)
                && std::find(m_schemaRoots.begin(), m_schemaRoots.end(), name) == m_schemaRoots.end())
                m_schemaRoots.push_back(name);
        };
        if (use.isScalar())
            add(use.text());
        else
            for (const std::string &name : schemaReferences(use))
                add(name);
    }

    const Model &m_model;
    const AppDocument &m_doc;
    int m_major;
    ExportResult &m_result;
    bool m_structural = true;
    std::vector<std::string> m_schemaRoots;
    std::vector<std::string> m_keys; // of m_doc.channels, in `channels:`
    std::set<std::string> m_operationIds;
};

// Every application's document: the components that send to or receive from a queue
// or topic, or are an end of a direct asynchronous integration, in model order.
std::vector<AppDocument> collectDocuments(const Model &model, const ModelIndex &index)
{
    std::vector<AppDocument> docs;
    std::map<std::string, size_t> docOf;
    auto documentFor = [&](const std::string &id) -> AppDocument * {
        const Component *app = index.findComponent(id);
        if (!app || app->isDestination())
            return nullptr;
        auto found = docOf.find(id);
        if (found == docOf.end()) {
            found = docOf.emplace(id, docs.size()).first;
            docs.push_back({app, {}, {}});
        }
        return &docs[found->second];
    };
    auto channelIn = [](AppDocument &doc, DocChannel channel) {
        for (size_t i = 0; i < doc.channels.size(); ++i)
            if (doc.channels[i].destination == channel.destination && doc.channels[i].declared == channel.declared
                && doc.channels[i].direct == channel.direct)
                return i;
        std::set<std::string> keys;
        for (const DocChannel &each : doc.channels)
            keys.insert(each.key);
        const std::string base = channel.key;
        for (int n = 2; keys.count(channel.key); ++n)
            channel.key = base + "-" + std::to_string(n);
        doc.channels.push_back(std::move(channel));
        return doc.channels.size() - 1;
    };

    // What the producers of a v1 destination put in: what its consumers receive.
    std::map<const Component *, std::vector<const Event *>> intoDestination;
    for (const Integration &integration : model.integrationList())
        if (const Component *to = index.findComponent(integration.to); to && to->isDestination())
            for (const Event *event : effectiveEvents(index, integration))
                addEvent(intoDestination[to], event);

    for (const Integration &integration : model.integrationList()) {
        const Component *destination = destinationEnd(index, integration);
        if (!destination && !integration.isAsync())
            continue;
        std::vector<const Event *> events;
        for (const Event *event : effectiveEvents(index, integration))
            addEvent(events, event);
        if (!destination) {
            // A direct link (webhook, point-to-point): the sender's send, the receiver's receive.
            DocChannel channel {integration.id, integration.id, nullptr, nullptr, &integration, {}};
            for (const bool sends : {true, false})
                if (AppDocument *doc = documentFor(sends ? integration.from : integration.to)) {
                    const size_t c = channelIn(*doc, channel);
                    for (const Event *event : events)
                        addEvent(doc->channels[c].events, event);
                    doc->operations.push_back({&integration, sends, c, events});
                }
            continue;
        }
        const bool sends = integration.to == destination->id;
        AppDocument *doc = documentFor(sends ? integration.from : integration.to);
        if (!doc)
            continue; // between two destinations: no application's operation
        const Channel *declared = integrationChannel(index, integration);
        DocChannel channel {destination->id, destination->id, destination, declared, nullptr, {}};
        if (declared) {
            channel.key = declared->name;
            channel.address = declared->effectiveAddress();
            if (declared->events)
                for (const Event &event : *declared->events)
                    addEvent(channel.events, &event);
            if (!sends && events.empty())
                events = channel.events; // a consumer that names no events receives them all
        } else if (!sends && events.empty()) {
            events = intoDestination[destination];
        }
        const size_t c = channelIn(*doc, channel);
        for (const Event *event : events)
            addEvent(doc->channels[c].events, event);
        doc->operations.push_back({&integration, sends, c, events});
    }
    return docs;
}

} // namespace

std::string_view AsyncApiExporter::description() const
{
    return "AsyncAPI 3.0 (or 2.6) document per application that sends or receives messages "
           "(asyncapi/<component>.yaml)";
}

ExportResult AsyncApiExporter::run(const Model &model, const ExportOptions &options) const
{
    ExportResult result;
    const std::string &requested = options.asyncapiVersion;
    if (!requested.empty() && requested != "3.0" && requested != "2.6") {
        result.error = "AsyncAPI version '" + requested + "' is not one Seam writes: use 3.0 or 2.6";
        return result;
    }
    const ModelIndex index(model);
    const std::vector<AppDocument> docs = collectDocuments(model, index);
    if (docs.empty()) {
        result.warnings.push_back("asyncapi/ not written: no component sends or receives messages");
        return result;
    }
    for (const AppDocument &doc : docs) {
        int major = 3;
        if (requested == "2.6")
            major = 2;
        else if (requested.empty())
            if (const SourceNode *source = extra(doc.app->extras, "x-asyncapi"); source && source->isScalar())
                major = source->text().rfind("2.", 0) == 0 ? 2 : 3;
        DocumentWriter writer(model, doc, major, result);
        std::string text = writer.write();
        result.files.push_back({writer.fileName(), std::move(text)});
    }
    return result;
}

namespace {
const ExporterRegistration registration(40, std::make_unique<AsyncApiExporter>());
}

} // namespace seam
