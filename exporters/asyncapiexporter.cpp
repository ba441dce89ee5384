#include "asyncapiexporter.h"

#include "common.h"
#include "schemaconvert.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace seam {

namespace {

constexpr std::string_view kSchemaPrefix = "#/components/schemas/";

// A channel: a queue/topic component, or one direct asynchronous integration.
struct AsyncChannel {
    std::string name;
    const Component *destination = nullptr; // null for a direct integration
    const Integration *direct = nullptr; // set for a direct integration
    std::vector<const Integration *> producers; // into the destination (or the direct link)
    std::vector<const Integration *> consumers; // out of the destination (or the direct link)
    std::vector<const Event *> events; // distinct by name + version, producers first
};

bool mentionsKafka(const std::optional<std::string> &technology)
{
    if (!technology)
        return false;
    std::string lower = *technology;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find("kafka") != std::string::npos;
}

void addEvents(AsyncChannel &channel, const Integration &integration)
{
    if (!integration.events)
        return;
    for (const Event &event : *integration.events) {
        const bool known = std::any_of(channel.events.begin(), channel.events.end(), [&](const Event *e) {
            return e->name == event.name && eventVersion(*e) == eventVersion(event);
        });
        if (!known)
            channel.events.push_back(&event);
    }
}

std::string deliveryText(const Integration &integration)
{
    const std::optional<Delivery> delivery = integration.effectiveDelivery();
    return delivery ? std::string(toString(*delivery)) : std::string();
}

// One line per consumer: what a reviewer checks about its handling of failures.
std::string consumerNote(const ModelIndex &index, const Integration &integration)
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
    return index.name(integration.to) + " (" + integration.id + "): " + join(facts, ", ") + ".";
}

std::string producerNote(const ModelIndex &index, const Integration &integration)
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
    return index.name(integration.from) + " (" + integration.id + "): " + join(facts, ", ") + ".";
}

std::string namesOf(const ModelIndex &index, const std::vector<const Integration *> &integrations, bool from)
{
    std::vector<std::string> names;
    for (const Integration *integration : integrations) {
        const std::string &name = index.name(from ? integration->from : integration->to);
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    return join(names, ", ");
}

// The envelope of the founding template's message schema, carried as headers so the
// payload stays exactly the model's schema.
OrderedJson envelopeHeaders(const Event &event, const std::vector<std::string> &producers)
{
    OrderedJson properties = OrderedJson::object();
    reserveMembers(properties, 6);
    properties["messageId"] = {{"type", "string"},
                               {"format", "uuid"},
                               {"description", "Unique message identifier; consumers deduplicate on it."}};
    properties["eventType"] = {{"type", "string"}, {"const", event.name}};
    OrderedJson source = {{"type", "string"}, {"description", "Component that produced the event."}};
    if (!producers.empty()) {
        OrderedJson examples = OrderedJson::array();
        for (const std::string &producer : producers)
            examples.push_back(producer);
        source["examples"] = examples;
    }
    properties["source"] = source;
    properties["timestamp"]
        = {{"type", "string"}, {"format", "date-time"}, {"description", "When the event occurred."}};
    properties["correlationId"] = {{"type", "string"}, {"description", "Correlation id for tracking related events."}};
    properties["version"] = {{"type", "string"},
                             {"const", std::to_string(eventVersion(event))},
                             {"description", "Message schema version."}};
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

} // namespace

std::string_view AsyncApiExporter::description() const
{
    return "AsyncAPI 2.6.0 document of every queue, topic and direct asynchronous integration (asyncapi.yaml)";
}

ExportResult AsyncApiExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    const ModelIndex index(model);

    std::vector<AsyncChannel> channels;
    std::map<int, size_t> channelOfDestination; // component index → channel
    auto destinationChannel = [&](int component) -> AsyncChannel & {
        auto found = channelOfDestination.find(component);
        if (found == channelOfDestination.end()) {
            AsyncChannel channel;
            channel.destination = &model.components[component];
            channel.name = channel.destination->id;
            found = channelOfDestination.emplace(component, channels.size()).first;
            channels.push_back(std::move(channel));
        }
        return channels[found->second];
    };

    // Destinations in component order, so the document reads in the order the model does.
    for (size_t i = 0; i < model.components.size(); ++i) {
        if (!model.components[i].isDestination())
            continue;
        const bool used = !index.incoming(static_cast<int>(i)).empty() || !index.outgoing(static_cast<int>(i)).empty();
        if (used)
            destinationChannel(static_cast<int>(i));
    }
    const auto &integrations = model.integrationList();
    for (const Integration &integration : integrations) {
        const int from = index.componentIndex(integration.from);
        const int to = index.componentIndex(integration.to);
        const bool fromDestination = from >= 0 && model.components[from].isDestination();
        const bool toDestination = to >= 0 && model.components[to].isDestination();
        if (toDestination) {
            AsyncChannel &channel = destinationChannel(to);
            channel.producers.push_back(&integration);
            addEvents(channel, integration);
        }
        if (fromDestination)
            destinationChannel(from).consumers.push_back(&integration);
        if (!fromDestination && !toDestination && integration.isAsync()) {
            AsyncChannel channel;
            channel.name = integration.id;
            channel.direct = &integration;
            channel.producers.push_back(&integration);
            channel.consumers.push_back(&integration);
            addEvents(channel, integration);
            channels.push_back(std::move(channel));
        }
    }
    // Consumers may name the events they handle; those a producer did not declare still count.
    for (AsyncChannel &channel : channels)
        if (channel.destination)
            for (const Integration *consumer : channel.consumers)
                addEvents(channel, *consumer);

    // A direct integration's id may equal a component's id: channel names must stay unique.
    std::set<std::string> channelNames;
    for (AsyncChannel &channel : channels) {
        const std::string base = channel.name;
        for (int n = 2; !channelNames.insert(channel.name).second; ++n)
            channel.name = base + "-" + std::to_string(n);
    }

    if (channels.empty()) {
        result.warnings.push_back("asyncapi.yaml not written: the model has no queue, topic or asynchronous "
                                  "integration");
        return result;
    }

    OrderedJson doc = OrderedJson::object();
    doc["asyncapi"] = "2.6.0";
    doc["id"] = "urn:seam:" + slug(model.name);
    OrderedJson info = OrderedJson::object();
    info["title"] = model.name + " messaging";
    info["version"] = "1.0.0";
    std::string description = model.description ? trimmedText(*model.description) + "\n\n" : std::string();
    description += "The application this document describes is the whole system: a `subscribe` operation "
                   "lists the messages its producers send on a channel, a `publish` operation the "
                   "messages its consumers receive. Every message carries the event envelope "
                   "(messageId, eventType, source, timestamp, correlationId, version) as headers.";
    info["description"] = description;
    doc["info"] = info;
    doc["defaultContentType"] = "application/json";

    std::set<std::string> operationIds;
    auto uniqueOperationId = [&](const std::string &base) {
        std::string id = base;
        for (int n = 2; !operationIds.insert(id).second; ++n)
            id = base + std::to_string(n);
        return id;
    };

    OrderedJson messages = OrderedJson::object();
    size_t eventCount = 0;
    for (const AsyncChannel &channel : channels)
        eventCount += channel.events.size();
    reserveMembers(messages, eventCount);
    std::set<std::string> messageKeys;
    std::vector<std::string> payloads;
    std::set<std::string> payloadSet;
    auto messageRefs = [&](const AsyncChannel &channel) -> OrderedJson {
        OrderedJson refs = OrderedJson::array();
        for (const Event *event : channel.events)
            refs.push_back({{"$ref", "#/components/messages/" + eventKey(*event)}});
        if (refs.size() == 1)
            return refs[0];
        return {{"oneOf", refs}};
    };

    OrderedJson channelsJson = OrderedJson::object();
    reserveMembers(channelsJson, channels.size());
    for (const AsyncChannel &channel : channels) {
        OrderedJson item = OrderedJson::object();
        reserveMembers(item, 3);
        std::string channelDescription;
        if (channel.destination) {
            const Component &d = *channel.destination;
            channelDescription = (d.kind == ComponentKind::Queue ? "Queue " : "Topic ") + d.displayName();
            if (d.technology)
                channelDescription += " (" + *d.technology + ")";
            channelDescription += ".";
            if (d.description)
                channelDescription += "\n\n" + trimmedText(*d.description);
        } else {
            const Integration &i = *channel.direct;
            channelDescription = std::string(patternTitle(i.pattern)) + " from " + index.name(i.from) + " to "
                + index.name(i.to) + ".";
            if (i.description)
                channelDescription += "\n\n" + trimmedText(*i.description);
        }
        item["description"] = channelDescription;

        std::vector<std::string> producerIds;
        for (const Integration *producer : channel.producers)
            if (std::find(producerIds.begin(), producerIds.end(), producer->from) == producerIds.end())
                producerIds.push_back(producer->from);

        // Messages the system's producers send on this channel.
        if (!channel.producers.empty()) {
            OrderedJson op = OrderedJson::object();
            reserveMembers(op, 4);
            op["operationId"] = uniqueOperationId(camelCase("produce " + channel.name));
            op["summary"] = namesOf(index, channel.producers, true) + " sends to " + channel.name + ".";
            std::vector<std::string> notes;
            for (const Integration *producer : channel.producers)
                notes.push_back(producerNote(index, *producer));
            op["description"] = join(notes, "\n");
            if (!channel.events.empty())
                op["message"] = messageRefs(channel);
            item["subscribe"] = op;
        }
        // Messages the system's consumers receive from it.
        if (!channel.consumers.empty()) {
            OrderedJson op = OrderedJson::object();
            reserveMembers(op, 4);
            op["operationId"] = uniqueOperationId(camelCase("consume " + channel.name));
            op["summary"] = namesOf(index, channel.consumers, false) + " receives from " + channel.name + ".";
            std::vector<std::string> notes;
            for (const Integration *consumer : channel.consumers)
                notes.push_back(consumerNote(index, *consumer));
            op["description"] = join(notes, "\n");
            if (!channel.events.empty())
                op["message"] = messageRefs(channel);
            item["publish"] = op;
        }
        appendMember(channelsJson, channel.name, std::move(item));

        const bool kafka = channel.destination && mentionsKafka(channel.destination->technology);
        for (const Event *event : channel.events) {
            const std::string key = eventKey(*event);
            if (!messageKeys.insert(key).second)
                continue;
            OrderedJson message = OrderedJson::object();
            reserveMembers(message, 9);
            // No `messageId`: the parser's uniqueness rule counts a message once per operation
            // that references it, so a channel with producers and consumers would fail it.
            message["name"] = event->name;
            message["title"] = event->name + " v" + std::to_string(eventVersion(*event));
            std::string summary = "Sent by " + namesOf(index, channel.producers, true) + ".";
            if (event->isCritical())
                summary += " Critical: losing or duplicating it costs money or orders.";
            message["summary"] = summary;
            message["contentType"] = "application/json";
            message["correlationId"] = {{"description", "Correlation id for tracking related events."},
                                        {"location", "$message.header#/correlationId"}};
            message["headers"] = envelopeHeaders(*event, producerIds);
            if (event->payload) {
                message["payload"] = {{"$ref", std::string(kSchemaPrefix) + *event->payload}};
                if (payloadSet.insert(*event->payload).second)
                    payloads.push_back(*event->payload);
            }
            if (event->key && kafka)
                message["bindings"] = {{"kafka", {{"key", keySchema(model, *event)}, {"bindingVersion", "0.4.0"}}}};
            appendMember(messages, key, std::move(message));
        }
    }
    doc["channels"] = std::move(channelsJson);

    OrderedJson components = OrderedJson::object();
    std::vector<std::string> missing;
    const std::vector<std::string> names = reachableSchemas(model, payloads, &missing);
    if (!names.empty() || !missing.empty()) {
        OrderedJson schemas = OrderedJson::object();
        reserveMembers(schemas, names.size() + missing.size());
        for (const std::string &name : names)
            appendMember(schemas, name, schemaToJson(model.findSchema(name)->body, kSchemaPrefix));
        for (const std::string &name : missing) {
            schemas[name] = {{"description", "Schema " + name + " is not defined in the model."}};
            result.warnings.push_back("asyncapi.yaml: schema " + name + " is not defined in the model");
        }
        components["schemas"] = std::move(schemas);
    }
    if (!messages.empty())
        components["messages"] = std::move(messages);
    if (!components.empty())
        doc["components"] = std::move(components);

    result.files.push_back({"asyncapi.yaml", toYaml(doc)});
    return result;
}

namespace {
const ExporterRegistration registration(40, std::make_unique<AsyncApiExporter>());
}

} // namespace seam
