// AsyncAPI 2.6 and 3.0 (YAML or JSON) → a Seam fragment (docs/import.md, "AsyncAPI"):
//   the document's application → a service component (id from info.title);
//   each channel → a topic or queue component carrying one Channel with its messages
//     as events and its Kafka/AMQP/MQTT bindings;
//   each operation → an integration: the application sends to the channel, or receives
//     from it, naming the channel's events by reference.
// In 2.x the operation verbs are from the other side's view: `publish` on a channel
// means others publish to it, so the application RECEIVES; `subscribe` means it SENDS.
// What the model cannot hold is kept as `x-asyncapi-<key>` extras the exporter writes back.
#include "importer.h"
#include "importnames.h"

#include "model/contracts.h"
#include "model/treebuilder.h"

#include <algorithm>
#include <map>
#include <set>

namespace seam {

namespace {

constexpr std::string_view kSchemasPointer = "#/components/schemas/";
constexpr int kMaxRefDepth = 64;

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

std::string extraKey(const std::string &key)
{
    return startsWith(key, "x-") ? key : "x-asyncapi-" + key;
}

void addExtra(Extras &extras, const std::string &key, SourceNode value)
{
    if (!extras.isMap())
        extras = SourceNode::map();
    if (SourceNode *existing = extras.find(key))
        *existing = std::move(value);
    else
        extras.insert(key, std::move(value));
}

const SourceNode *scalarAt(const SourceNode &map, std::string_view key)
{
    const SourceNode *node = map.isMap() ? map.find(key) : nullptr;
    return node && node->isScalar() ? node : nullptr;
}

std::optional<std::string> textAt(const SourceNode &map, std::string_view key)
{
    if (const SourceNode *node = scalarAt(map, key))
        return node->text();
    return std::nullopt;
}

class AsyncApiReader {
public:
    AsyncApiReader(const ImportSource &source, ImportResult &result, const SourceNode &root)
        : m_source(source)
        , m_result(result)
        , m_root(root)
    {
        for (const Component &component : result.model.components)
            m_ids.insert(component.id);
        for (const Integration &integration : result.model.integrationList())
            m_ids.insert(integration.id);
        for (const Schema &schema : result.model.schemaList())
            m_schemaNames.insert(schema.name);
    }

    void run()
    {
        const SourceNode *version = m_root.find("asyncapi");
        const std::string text = version->isScalar() ? version->text() : std::string();
        if (startsWith(text, "3.0"))
            m_major = 3;
        else if (startsWith(text, "2.") && text.size() >= 3 && text[2] >= '0' && text[2] <= '6')
            m_major = 2;
        else
            return error(*version,
                         "AsyncAPI version " + quoteForMessage(text)
                             + " is not supported: Seam imports AsyncAPI 2.0 to 2.6 and 3.0");
        m_version = text;

        readSchemas();
        if (hasErrors(m_result.diagnostics))
            return;
        readApplication();
        if (const SourceNode *channels = m_root.find("channels"); channels && channels->isMap())
            for (size_t i = 0; i < channels->size(); ++i)
                readChannel(channels->keyAt(i), channels->items()[i]);
        if (m_major == 3)
            if (const SourceNode *operations = m_root.find("operations"); operations && operations->isMap())
                for (size_t i = 0; i < operations->size(); ++i)
                    readOperation3(operations->keyAt(i), operations->items()[i]);
        flush();
    }

private:
    struct ImportedChannel {
        std::string pointer; // #/channels/<key>
        Component component;
    };

    void diagnose(Diagnostic::Level level, Mark mark, std::string message)
    {
        m_result.diagnostics.push_back({level, m_source.path, mark, std::move(message)});
    }
    void error(const SourceNode &at, std::string message) { diagnose(Diagnostic::Level::Error, at.mark(), message); }
    void warning(const SourceNode &at, std::string message)
    {
        diagnose(Diagnostic::Level::Warning, at.mark(), message);
    }

    // --- references ---

    // The node a JSON pointer ("#/a/b") names in the document, nullptr when none.
    const SourceNode *pointee(std::string_view pointer) const
    {
        if (!startsWith(pointer, "#"))
            return nullptr;
        const SourceNode *node = &m_root;
        std::string_view rest = pointer.substr(1);
        while (!rest.empty()) {
            if (rest.front() != '/')
                return nullptr;
            rest.remove_prefix(1);
            const size_t end = rest.find('/');
            std::string token(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
            for (size_t at; (at = token.find("~1")) != std::string::npos;)
                token.replace(at, 2, "/");
            for (size_t at; (at = token.find("~0")) != std::string::npos;)
                token.replace(at, 2, "~");
            if (node->isMap()) {
                node = node->find(token);
            } else if (node->isSequence()) {
                char *endOfNumber = nullptr;
                const unsigned long index = std::strtoul(token.c_str(), &endOfNumber, 10);
                node = !token.empty() && *endOfNumber == '\0' && index < node->size() ? &node->items()[index] : nullptr;
            } else {
                node = nullptr;
            }
            if (!node)
                return nullptr;
        }
        return node;
    }

    // `node` itself, or what its `$ref` (followed to the end) names; nullptr after reporting
    // a broken or external reference. `pointer` receives the last pointer followed.
    const SourceNode *follow(const SourceNode &node, std::string *pointer = nullptr)
    {
        const SourceNode *current = &node;
        for (int depth = 0; current->isMap(); ++depth) {
            const SourceNode *ref = current->find("$ref");
            if (!ref)
                return current;
            if (!ref->isScalar()) {
                error(*ref, "$ref must be a text, a JSON pointer such as '#/components/schemas/Order'");
                return nullptr;
            }
            if (depth == kMaxRefDepth) {
                error(*ref, "$ref " + quoteForMessage(ref->text()) + " is part of a reference cycle");
                return nullptr;
            }
            if (!startsWith(ref->text(), "#")) {
                error(*ref,
                      "$ref " + quoteForMessage(ref->text())
                          + " points outside this document; bundle the document first (e.g. `asyncapi bundle`)");
                return nullptr;
            }
            const SourceNode *target = pointee(ref->text());
            if (!target) {
                error(*ref, "$ref " + quoteForMessage(ref->text()) + " names nothing in this document");
                return nullptr;
            }
            if (pointer)
                *pointer = ref->text();
            current = target;
        }
        return current;
    }

    // --- schemas ---

    void readSchemas()
    {
        const SourceNode *components = m_root.find("components");
        const SourceNode *schemas = components && components->isMap() ? components->find("schemas") : nullptr;
        if (!schemas || !schemas->isMap())
            return;
        // Names first: bodies refer to each other in any order.
        for (size_t i = 0; i < schemas->size(); ++i) {
            const std::string &key = schemas->keyAt(i);
            const std::string name = uniqueName(schemaNameFromText(key), m_schemaNames, "");
            if (name != key)
                warning(schemas->keyNodeAt(i),
                        "schema " + quoteForMessage(key) + " is imported as '" + name
                            + "' (schema names are letters, digits and _)");
            m_schemaOfKey[key] = name;
        }
        for (size_t i = 0; i < schemas->size(); ++i) {
            Schema schema;
            schema.name = m_schemaOfKey[schemas->keyAt(i)];
            schema.mark = schemas->keyNodeAt(i).mark();
            schema.body = schemaBody(schemas->items()[i], 0);
            m_schemas.push_back(std::move(schema));
        }
    }

    // A JSON Schema as the model holds it: `$ref: '#/components/schemas/X'` becomes `$ref: X`;
    // a reference to anything else in the document is replaced by a copy of what it names.
    SourceNode schemaBody(const SourceNode &node, int depth)
    {
        if (depth > kMaxRefDepth) {
            error(node, "schema nesting or inlined references go deeper than " + std::to_string(kMaxRefDepth));
            return SourceNode::map(node.mark());
        }
        if (node.isSequence()) {
            SourceNode out = SourceNode::sequence(node.mark());
            for (const SourceNode &item : node.items())
                out.append(schemaBody(item, depth + 1));
            return out;
        }
        if (!node.isMap())
            return node;
        if (const SourceNode *ref = node.find("$ref"); ref && ref->isScalar()) {
            if (const std::optional<std::string> name = schemaNameOfRef(*ref)) {
                SourceNode out = SourceNode::map(node.mark());
                for (size_t i = 0; i < node.size(); ++i)
                    out.insert(node.keyAt(i),
                               node.keyAt(i) == "$ref" ? SourceNode::scalar(*name, false, ref->mark())
                                                       : schemaBody(node.items()[i], depth + 1),
                               node.keyNodeAt(i).mark());
                return out;
            }
            const SourceNode *target = follow(node);
            return target ? schemaBody(*target, depth + 1) : SourceNode::map(node.mark());
        }
        SourceNode out = SourceNode::map(node.mark());
        out.setFlowStyle(node.flowStyle());
        for (size_t i = 0; i < node.size(); ++i)
            out.insert(node.keyAt(i), schemaBody(node.items()[i], depth + 1), node.keyNodeAt(i).mark());
        return out;
    }

    // The model schema a `$ref` to a whole component schema names (nullopt for other refs).
    std::optional<std::string> schemaNameOfRef(const SourceNode &ref) const
    {
        const std::string &text = ref.text();
        if (!startsWith(text, kSchemasPointer))
            return std::nullopt;
        const auto found = m_schemaOfKey.find(text.substr(kSchemasPointer.size()));
        if (found == m_schemaOfKey.end())
            return std::nullopt; // a pointer into a schema, or a broken one: follow() reports it
        return found->second;
    }

    // A payload or headers schema: the name of a component schema when it is one, else the
    // body as a new schema named `nameHint` (payloads) or inline (headers, nameHint empty).
    std::optional<SourceNode> schemaUse(const SourceNode &node, const std::string &nameHint)
    {
        const SourceNode *schema = &node;
        // 3.0's Multi Format Schema Object: {schemaFormat, schema}.
        if (node.isMap() && node.find("schemaFormat") && node.find("schema")) {
            if (!isJsonSchemaFormat(*node.find("schemaFormat"))) {
                warning(node,
                        "a " + node.find("schemaFormat")->text()
                            + " schema cannot be held by the model; it is kept as an x-asyncapi extra");
                return std::nullopt;
            }
            schema = node.find("schema");
        }
        if (const SourceNode *ref = schema->isMap() ? schema->find("$ref") : nullptr; ref && ref->isScalar())
            if (const std::optional<std::string> name = schemaNameOfRef(*ref); name && schema->size() == 1)
                return SourceNode::scalar(*name, false, ref->mark());
        const SourceNode *target = follow(*schema);
        if (!target)
            return std::nullopt;
        SourceNode body = schemaBody(*target, 0);
        if (nameHint.empty())
            return body;
        Schema created;
        created.name = uniqueName(schemaNameFromText(nameHint), m_schemaNames, "");
        created.mark = target->mark();
        created.body = std::move(body);
        m_schemas.push_back(created);
        return SourceNode::scalar(created.name, false, target->mark());
    }

    static bool isJsonSchemaFormat(const SourceNode &format)
    {
        const std::string &text = format.text();
        return startsWith(text, "application/vnd.aai.asyncapi") || startsWith(text, "application/schema+json")
            || startsWith(text, "application/schema+yaml");
    }

    // A copy for an extra: references to component schemas stay (the exporter writes the
    // schemas under the same pointer), every other reference is replaced by what it names.
    SourceNode extraValue(const SourceNode &node, int depth = 0)
    {
        if (depth > kMaxRefDepth)
            return SourceNode::null(node.mark());
        if (node.isMap()) {
            if (const SourceNode *ref = node.find("$ref"); ref && ref->isScalar() && !schemaNameOfRef(*ref)) {
                const SourceNode *target = follow(node);
                return target ? extraValue(*target, depth + 1) : SourceNode::null(node.mark());
            }
            SourceNode out = SourceNode::map(node.mark());
            for (size_t i = 0; i < node.size(); ++i)
                out.insert(node.keyAt(i), extraValue(node.items()[i], depth + 1), node.keyNodeAt(i).mark());
            return out;
        }
        if (node.isSequence()) {
            SourceNode out = SourceNode::sequence(node.mark());
            for (const SourceNode &item : node.items())
                out.append(extraValue(item, depth + 1));
            return out;
        }
        return node;
    }

    // --- the application ---

    void readApplication()
    {
        const SourceNode *info = m_root.find("info");
        const std::string title = info ? textAt(*info, "title").value_or("") : "";
        if (title.empty())
            warning(info ? *info : m_root, "info.title is missing: the application is called 'application'");
        m_app.name = title.empty() ? std::string("application") : title;
        m_app.id = uniqueName(idFromText(*m_app.name), m_ids);
        if (m_app.name == m_app.id)
            m_app.name.reset();
        m_app.kind = ComponentKind::Service;
        m_app.mark = info ? info->mark() : m_root.mark();
        addExtra(m_app.extras, "x-asyncapi", SourceNode::scalar(m_version, true));
        if (info && info->isMap()) {
            m_app.description = textAt(*info, "description");
            SourceNode rest = SourceNode::map(info->mark());
            for (size_t i = 0; i < info->size(); ++i)
                if (info->keyAt(i) != "title" && info->keyAt(i) != "description")
                    rest.insert(info->keyAt(i), extraValue(info->items()[i]));
            if (rest.size() > 0)
                addExtra(m_app.extras, "x-asyncapi-info", std::move(rest));
        }
        for (size_t i = 0; i < m_root.size(); ++i) {
            const std::string &key = m_root.keyAt(i);
            if (key == "asyncapi" || key == "info" || key == "channels" || key == "operations")
                continue;
            if (key == "components") {
                keepOtherComponents(m_root.items()[i]);
                continue;
            }
            addExtra(m_app.extras, extraKey(key), extraValue(m_root.items()[i]));
            if (key == "servers")
                readServerProtocol(m_root.items()[i]);
        }
    }

    // components.schemas become model schemas and channels name messages they use; other
    // sections are only reachable by reference and inlined where used, so nothing is lost.
    void keepOtherComponents(const SourceNode &components)
    {
        const SourceNode *messages = components.isMap() ? components.find("messages") : nullptr;
        if (messages && messages->isMap())
            for (size_t i = 0; i < messages->size(); ++i)
                m_unusedMessages["#/components/messages/" + messages->keyAt(i)] = &messages->keyNodeAt(i);
    }

    // One protocol for every server tells the technology of channels without bindings.
    void readServerProtocol(const SourceNode &servers)
    {
        if (!servers.isMap())
            return;
        std::set<std::string> protocols;
        for (const SourceNode &server : servers.items())
            if (const SourceNode *resolved = follow(server))
                if (const auto protocol = textAt(*resolved, "protocol"))
                    protocols.insert(*protocol);
        if (protocols.size() == 1)
            m_protocol = *protocols.begin();
    }

    // --- channels ---

    void readChannel(const std::string &key, const SourceNode &node)
    {
        std::string pointer = "#/channels/" + escapePointer(key);
        const SourceNode *channelNode = follow(node);
        if (!channelNode || !channelNode->isMap())
            return;
        Channel channel;
        channel.name = key;
        channel.mark = node.mark();
        if (m_major == 3)
            if (const SourceNode *address = channelNode->find("address"))
                address->isNull() ? addExtra(channel.extras, "x-asyncapi-address", *address)
                                  : void(channel.address = address->text());
        channel.description = textAt(*channelNode, "description");
        std::vector<Event> events;
        for (size_t i = 0; i < channelNode->size(); ++i) {
            const std::string &field = channelNode->keyAt(i);
            const SourceNode &value = channelNode->items()[i];
            if (field == "address" || field == "description")
                continue;
            if (field == "bindings") {
                channel.bindings = readBindings(value);
            } else if (m_major == 3 && field == "messages" && value.isMap()) {
                for (size_t m = 0; m < value.size(); ++m)
                    addEvent(events, value.keyAt(m), value.items()[m], pointer + "/messages/" + value.keyAt(m));
            } else if (m_major == 2 && (field == "publish" || field == "subscribe")) {
                continue; // read below, once the channel's component exists
            } else {
                addExtra(channel.extras, extraKey(field), extraValue(value));
            }
        }
        if (m_major == 2)
            for (const char *verb : {"subscribe", "publish"})
                if (const SourceNode *operation = channelNode->find(verb))
                    if (const SourceNode *resolved = follow(*operation); resolved && resolved->find("message"))
                        addMessages2(events, *resolved->find("message"));
        if (!events.empty())
            channel.events = std::move(events);

        ImportedChannel imported;
        imported.pointer = pointer;
        Component &component = imported.component;
        component.id = uniqueName(idFromText(key), m_ids);
        component.kind = isQueue(channel) ? ComponentKind::Queue : ComponentKind::Topic;
        component.mark = node.mark();
        component.channels = std::vector<Channel> {std::move(channel)};
        m_channels.push_back(std::move(imported));

        if (m_major == 2)
            for (const char *verb : {"subscribe", "publish"})
                if (const SourceNode *operation = channelNode->find(verb))
                    readOperation2(m_channels.size() - 1, verb, *operation);
    }

    static std::string escapePointer(const std::string &key)
    {
        std::string out;
        for (char c : key)
            out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        return out;
    }

    // The documented rule (docs/import.md): an AMQP binding with `is: queue`, or an
    // SQS/IBM MQ/JMS binding, makes a queue; everything else is a topic.
    static bool isQueue(const Channel &channel)
    {
        if (!channel.bindings)
            return false;
        const Bindings &b = *channel.bindings;
        if (b.amqp && b.amqp->extras.isMap())
            if (const SourceNode *is = b.amqp->extras.find("x-asyncapi-is"); is && is->text() == "queue")
                return true;
        return b.extras.isMap() && (b.extras.find("sqs") || b.extras.find("ibmmq") || b.extras.find("jms"));
    }

    std::optional<std::string> technologyOf(const Channel &channel) const
    {
        if (channel.bindings) {
            if (channel.bindings->kafka)
                return "Kafka";
            if (channel.bindings->amqp)
                return "AMQP";
            if (channel.bindings->mqtt)
                return "MQTT";
        }
        if (m_protocol == "kafka" || m_protocol == "kafka-secure")
            return "Kafka";
        if (m_protocol == "amqp" || m_protocol == "amqps")
            return "AMQP";
        if (m_protocol == "mqtt" || m_protocol == "secure-mqtt")
            return "MQTT";
        return std::nullopt;
    }

    // Channel bindings: the fields the model names, the rest kept as extras.
    Bindings readBindings(const SourceNode &node)
    {
        Bindings bindings;
        const SourceNode *resolved = follow(node);
        if (!resolved || !resolved->isMap())
            return bindings;
        for (size_t i = 0; i < resolved->size(); ++i) {
            const std::string &protocol = resolved->keyAt(i);
            const SourceNode *value = follow(resolved->items()[i]);
            if (!value)
                continue;
            if (protocol == "kafka" && value->isMap()) {
                KafkaBinding kafka;
                for (size_t f = 0; f < value->size(); ++f) {
                    const std::string &field = value->keyAt(f);
                    const SourceNode &v = value->items()[f];
                    long long number = 0;
                    if (field == "partitions" && v.toInt(number))
                        kafka.partitions = number;
                    else if (field == "replicas" && v.toInt(number))
                        kafka.replicas = number;
                    else if (field == "x-key" && v.isScalar())
                        kafka.key = v.text();
                    else
                        addExtra(kafka.extras, extraKey(field), extraValue(v));
                }
                bindings.kafka = std::move(kafka);
            } else if (protocol == "amqp" && value->isMap()) {
                AmqpBinding amqp;
                for (size_t f = 0; f < value->size(); ++f) {
                    const std::string &field = value->keyAt(f);
                    const SourceNode &v = value->items()[f];
                    if (field == "exchange" && v.isMap()) {
                        amqp.exchange = textAt(v, "name");
                        amqp.exchangeType = textAt(v, "type");
                        keepRest(amqp.extras, "x-asyncapi-exchange", v, {"name", "type"});
                    } else if (field == "queue" && v.isMap()) {
                        amqp.queue = textAt(v, "name");
                        keepRest(amqp.extras, "x-asyncapi-queue", v, {"name"});
                    } else {
                        addExtra(amqp.extras, extraKey(field), extraValue(v));
                    }
                }
                bindings.amqp = std::move(amqp);
            } else if (protocol == "mqtt" && value->isMap()) {
                MqttBinding mqtt;
                for (size_t f = 0; f < value->size(); ++f)
                    addExtra(mqtt.extras, extraKey(value->keyAt(f)), extraValue(value->items()[f]));
                bindings.mqtt = std::move(mqtt);
            } else {
                addExtra(bindings.extras, protocol, extraValue(*value));
            }
        }
        return bindings;
    }

    void keepRest(Extras &extras, const std::string &key, const SourceNode &map, std::set<std::string> known)
    {
        SourceNode rest = SourceNode::map(map.mark());
        for (size_t i = 0; i < map.size(); ++i)
            if (!known.count(map.keyAt(i)))
                rest.insert(map.keyAt(i), extraValue(map.items()[i]));
        if (rest.size() > 0)
            addExtra(extras, key, std::move(rest));
    }

    // --- messages ---

    void addMessages2(std::vector<Event> &events, const SourceNode &message)
    {
        const SourceNode *resolved = follow(message);
        if (!resolved)
            return;
        if (const SourceNode *oneOf = resolved->find("oneOf"); oneOf && oneOf->isSequence()) {
            for (const SourceNode &each : oneOf->items())
                addEvent(events, "", each, "");
            return;
        }
        addEvent(events, "", message, "");
    }

    // The name of a message: its `name`, else its key (3.0 channel or components key),
    // else (2.x) its messageId.
    std::string messageName(const SourceNode &message, const std::string &key, const std::string &pointer) const
    {
        if (const auto name = textAt(message, "name"))
            return *name;
        if (!key.empty())
            return key;
        if (const auto id = textAt(message, "messageId"))
            return *id;
        if (const size_t slash = pointer.rfind('/'); slash != std::string::npos)
            return pointer.substr(slash + 1);
        return "message";
    }

    void addEvent(std::vector<Event> &events, const std::string &key, const SourceNode &node, std::string pointer)
    {
        const SourceNode *message = follow(node, &pointer);
        if (!message || !message->isMap())
            return;
        m_unusedMessages.erase(pointer);
        const std::string name = messageName(*message, key, pointer);
        if (!pointer.empty())
            m_messageNames[pointer] = name;
        if (std::any_of(events.begin(), events.end(), [&](const Event &e) { return e.name == name; }))
            return; // 2.x: the same message on publish and subscribe
        Event event;
        event.name = name;
        event.mark = node.mark();
        for (size_t i = 0; i < message->size(); ++i) {
            const std::string &field = message->keyAt(i);
            const SourceNode &value = message->items()[i];
            long long number = 0;
            if (field == "name") {
                if (!key.empty() && value.text() != key)
                    addExtra(event.extras, "x-asyncapi-message-key", SourceNode::scalar(key, true));
            } else if (field == "x-version" && value.toInt(number)) {
                event.version = number;
            } else if (field == "contentType" && value.isScalar()) {
                event.contentType = value.text();
            } else if (field == "description" && value.isScalar()) {
                event.description = value.text();
            } else if (field == "payload") {
                if (m_major == 2 && message->find("schemaFormat")
                    && !isJsonSchemaFormat(*message->find("schemaFormat"))) {
                    warning(value,
                            "a " + message->find("schemaFormat")->text()
                                + " payload cannot be held by the model; it is kept as x-asyncapi-payload");
                    addExtra(event.extras, "x-asyncapi-payload", extraValue(value));
                } else {
                    const size_t reported = m_result.diagnostics.size();
                    if (const auto use = schemaUse(value, name))
                        event.payload = use->text();
                    else if (!hasErrors({m_result.diagnostics.begin() + long(reported), m_result.diagnostics.end()}))
                        addExtra(event.extras, "x-asyncapi-payload", extraValue(value)); // another schema format
                }
            } else if (field == "headers") {
                if (const auto use = schemaUse(value, ""))
                    event.headers = *use;
            } else if (field == "schemaFormat" && isJsonSchemaFormat(value)) {
                continue; // the model's schemas are JSON Schema
            } else {
                if (field == "traits")
                    warning(value, "message traits are kept as x-asyncapi-traits but not applied to " + name);
                addExtra(event.extras, extraKey(field), extraValue(value));
            }
        }
        events.push_back(std::move(event));
    }

    // --- operations ---

    // 2.x: `subscribe` = the application sends, `publish` = it receives.
    void readOperation2(size_t channel, const std::string &verb, const SourceNode &node)
    {
        const SourceNode *operation = follow(node);
        if (!operation || !operation->isMap())
            return;
        std::vector<std::string> names;
        if (const SourceNode *message = operation->find("message"))
            if (const SourceNode *resolved = follow(*message)) {
                const SourceNode *oneOf = resolved->find("oneOf");
                auto nameOf = [&](const SourceNode &each) {
                    std::string pointer;
                    const SourceNode *m = follow(each, &pointer);
                    if (m)
                        names.push_back(messageName(*m, "", pointer));
                };
                if (oneOf && oneOf->isSequence())
                    for (const SourceNode &each : oneOf->items())
                        nameOf(each);
                else
                    nameOf(*message);
            }
        addIntegration(channel, verb == "subscribe", *operation, textAt(*operation, "operationId"), names,
                       {"operationId", "message"});
    }

    void readOperation3(const std::string &key, const SourceNode &node)
    {
        const SourceNode *operation = follow(node);
        if (!operation || !operation->isMap())
            return;
        const SourceNode *action = operation->find("action");
        if (!action || (action->text() != "send" && action->text() != "receive")) {
            error(action ? *action : *operation, "operation '" + key + "' needs `action: send` or `action: receive`");
            return;
        }
        const SourceNode *channelRef = operation->find("channel");
        if (!channelRef)
            return error(*operation, "operation '" + key + "' names no channel");
        // The channel is named by its place under `channels:`, whatever that entry refers to.
        const SourceNode *refText = channelRef->isMap() ? channelRef->find("$ref") : nullptr;
        if (!refText || !refText->isScalar())
            return error(*channelRef, "operation '" + key + "' must name its channel as {$ref: '#/channels/NAME'}");
        const std::string pointer = refText->text();
        if (!follow(*channelRef))
            return;
        const auto found = std::find_if(m_channels.begin(), m_channels.end(),
                                        [&](const ImportedChannel &c) { return c.pointer == pointer; });
        if (found == m_channels.end()) {
            error(*channelRef,
                  "operation '" + key + "' names " + quoteForMessage(pointer) + ", which is not a channel");
            return;
        }
        std::vector<std::string> names;
        if (const SourceNode *messages = operation->find("messages"); messages && messages->isSequence()) {
            for (const SourceNode &each : messages->items()) {
                std::string messagePointer;
                if (!follow(each, &messagePointer))
                    continue;
                const auto name = m_messageNames.find(messagePointer);
                if (name == m_messageNames.end())
                    error(each,
                          "operation '" + key + "' sends " + quoteForMessage(messagePointer)
                              + ", which is not a message of its channel");
                else
                    names.push_back(name->second);
            }
        } else {
            // No `messages`: every message of the channel (AsyncAPI 3.0, Operation Object).
            const Channel &channel = found->component.channels->front();
            if (channel.events)
                for (const Event &event : *channel.events)
                    names.push_back(event.name);
        }
        addIntegration(size_t(found - m_channels.begin()), action->text() == "send", *operation, key, names,
                       {"action", "channel", "messages"});
    }

    void addIntegration(size_t channelIndex, bool sends, const SourceNode &operation,
                        const std::optional<std::string> &operationId, const std::vector<std::string> &events,
                        const std::set<std::string> &consumed)
    {
        ImportedChannel &imported = m_channels[channelIndex];
        Component &destination = imported.component;
        Channel &channel = destination.channels->front();
        Integration integration;
        const std::string base = operationId ? idFromText(*operationId)
                                             : m_app.id + (sends ? "-sends-to-" : "-receives-from-") + destination.id;
        integration.id = uniqueName(base, m_ids);
        integration.name = operationId;
        integration.from = sends ? m_app.id : destination.id;
        integration.to = sends ? destination.id : m_app.id;
        integration.channel = channel.name;
        integration.mark = operation.mark();
        std::vector<Event> references;
        for (const std::string &name : events) {
            Event reference;
            reference.name = name;
            reference.reference = true;
            references.push_back(reference);
        }
        integration.events = std::move(references);
        for (size_t i = 0; i < operation.size(); ++i) {
            const std::string &field = operation.keyAt(i);
            if (consumed.count(field))
                continue;
            if (field == "description" && operation.items()[i].isScalar())
                integration.description = operation.items()[i].text();
            else if (field == "bindings")
                readOperationBindings(channel, integration, operation.items()[i]);
            else {
                if (field == "traits")
                    warning(operation.items()[i], "operation traits are kept as x-asyncapi-traits but not applied");
                addExtra(integration.extras, extraKey(field), extraValue(operation.items()[i]));
            }
        }
        m_integrations.push_back(std::move(integration));
    }

    // MQTT qos/retain and the AMQP routing key (`cc`) are per operation in AsyncAPI but the
    // channel's in the model: the first operation that states them sets them; the rest of
    // the operation's bindings stays on the integration.
    void readOperationBindings(Channel &channel, Integration &integration, const SourceNode &node)
    {
        const SourceNode *bindings = follow(node);
        if (!bindings || !bindings->isMap())
            return;
        SourceNode rest = SourceNode::map(bindings->mark());
        for (size_t i = 0; i < bindings->size(); ++i) {
            const std::string &protocol = bindings->keyAt(i);
            const SourceNode *value = follow(bindings->items()[i]);
            if (!value)
                continue;
            SourceNode kept = SourceNode::map(value->mark());
            auto bindingsOfChannel = [&]() -> Bindings & {
                if (!channel.bindings)
                    channel.bindings = Bindings {};
                return *channel.bindings;
            };
            for (size_t f = 0; value->isMap() && f < value->size(); ++f) {
                const std::string &field = value->keyAt(f);
                const SourceNode &v = value->items()[f];
                long long number = 0;
                bool flag = false;
                if (protocol == "mqtt" && field == "qos" && v.toInt(number)) {
                    std::optional<MqttBinding> &mqtt = bindingsOfChannel().mqtt;
                    if (!mqtt)
                        mqtt = MqttBinding {};
                    if (!mqtt->qos)
                        mqtt->qos = number;
                } else if (protocol == "mqtt" && field == "retain" && v.toBool(flag)) {
                    std::optional<MqttBinding> &mqtt = bindingsOfChannel().mqtt;
                    if (!mqtt)
                        mqtt = MqttBinding {};
                    if (!mqtt->retain)
                        mqtt->retain = flag;
                } else if (protocol == "amqp" && field == "cc" && v.isSequence() && v.size() == 1) {
                    std::optional<AmqpBinding> &amqp = bindingsOfChannel().amqp;
                    if (!amqp)
                        amqp = AmqpBinding {};
                    if (!amqp->routingKey)
                        amqp->routingKey = v.items()[0].text();
                } else {
                    kept.insert(field, extraValue(v));
                }
            }
            if (kept.size() > 0)
                rest.insert(protocol, std::move(kept));
        }
        if (rest.size() > 0)
            addExtra(integration.extras, "x-asyncapi-bindings", std::move(rest));
    }

    // --- output ---

    void flush()
    {
        for (const auto &[pointer, key] : m_unusedMessages)
            warning(*key, "message " + quoteForMessage(key->text()) + " is used by no channel; it is not imported");
        // Operation bindings may have named the protocol (MQTT qos): technology and pattern last.
        for (ImportedChannel &channel : m_channels) {
            Component &component = channel.component;
            component.technology = technologyOf(component.channels->front());
            for (Integration &integration : m_integrations)
                if (integration.from == component.id || integration.to == component.id)
                    integration.pattern = component.kind == ComponentKind::Queue ? Pattern::Queue
                        : component.technology == "Kafka"                        ? Pattern::Stream
                                                                                 : Pattern::Pubsub;
        }
        Model &model = m_result.model;
        model.components.push_back(std::move(m_app));
        for (ImportedChannel &channel : m_channels)
            model.components.push_back(std::move(channel.component));
        if (!m_integrations.empty()) {
            if (!model.integrations)
                model.integrations = std::vector<Integration> {};
            for (Integration &integration : m_integrations)
                model.integrations->push_back(std::move(integration));
        }
        if (!m_schemas.empty()) {
            if (!model.schemas)
                model.schemas = std::vector<Schema> {};
            for (Schema &schema : m_schemas)
                model.schemas->push_back(std::move(schema));
        }
    }

    const ImportSource &m_source;
    ImportResult &m_result;
    const SourceNode &m_root;
    int m_major = 0;
    std::string m_version;
    std::string m_protocol; // of every server, when they agree
    std::set<std::string> m_ids;
    std::set<std::string> m_schemaNames;
    std::map<std::string, std::string> m_schemaOfKey; // components.schemas key → model name
    std::map<std::string, std::string> m_messageNames; // message pointer → event name
    std::map<std::string, const SourceNode *> m_unusedMessages; // components.messages not reached
    Component m_app;
    std::vector<ImportedChannel> m_channels;
    std::vector<Integration> m_integrations;
    std::vector<Schema> m_schemas;
};

class AsyncApiImporter : public Importer {
public:
    std::string_view id() const override { return "asyncapi"; }
    std::string_view description() const override
    {
        return "AsyncAPI 2.6 or 3.0 (YAML or JSON): the application, its channels, messages and operations";
    }

    // A top-level `asyncapi:` key (YAML block style, or a JSON member), found in the text
    // so a document with a syntax error is still routed here and its error reported.
    bool detects(const ImportSource &source) const override
    {
        const std::string &text = source.text;
        for (size_t at = 0; at < text.size();) {
            const size_t end = std::min(text.find('\n', at), text.size());
            const std::string_view line(text.data() + at, end - at);
            if (startsWith(line, "asyncapi:") || startsWith(line, "asyncapi :"))
                return true;
            const size_t first = line.find_first_not_of(" \t{");
            if (first != std::string_view::npos && startsWith(line.substr(first), "\"asyncapi\""))
                return true;
            at = end + 1;
        }
        return false;
    }

    void run(const ImportSource &source, ImportResult &result) const override
    {
        SourceNode root;
        if (!readYamlTree(source.text, source.path, root, result.diagnostics))
            return;
        if (!root.isMap() || !root.find("asyncapi")) {
            result.diagnostics.push_back({Diagnostic::Level::Error, source.path, root.mark(),
                                          "not an AsyncAPI document: it has no top-level `asyncapi:` key"});
            return;
        }
        AsyncApiReader(source, result, root).run();
    }
};

const ImporterRegistration registration(std::make_unique<AsyncApiImporter>());

} // namespace

} // namespace seam
