#include "jsonschemaexporter.h"

#include "common.h"
#include "schemaconvert.h"

#include "model/contracts.h"

#include <algorithm>
#include <map>

namespace seam {

namespace {

constexpr std::string_view kDefsPrefix = "#/$defs/";

struct EventUse {
    const Event *event = nullptr;
    std::vector<std::string> producers; // component ids
    std::vector<std::string> consumers;
};

void addUnique(std::vector<std::string> &list, const std::string &value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

} // namespace

std::string_view JsonSchemaExporter::description() const
{
    return "JSON Schema 2020-12 of every event's payload, or of its envelope when the model names one "
           "(schemas/<event>.v<version>.json)";
}

namespace {

// The founding template's envelope (`envelope: template`) around `payload`.
OrderedJson templateEnvelope(const Event &event, const EventUse &use, OrderedJson payload)
{
    const std::string version = std::to_string(eventVersion(event));
    OrderedJson properties = OrderedJson::object();
    reserveMembers(properties, 7);
    properties["messageId"] = {{"type", "string"}, {"format", "uuid"}, {"description", "Unique message identifier."}};
    properties["eventType"]
        = {{"type", "string"}, {"const", event.name}, {"description", "Type of event being communicated."}};
    OrderedJson source = {{"type", "string"}, {"description", "Source component that generated the event."}};
    if (!use.producers.empty()) {
        OrderedJson examples = OrderedJson::array();
        for (const std::string &id : use.producers)
            examples.push_back(id);
        source["examples"] = examples;
    }
    properties["source"] = source;
    properties["timestamp"]
        = {{"type", "string"}, {"format", "date-time"}, {"description", "When the event occurred."}};
    properties["correlationId"] = {{"type", "string"}, {"description", "Correlation ID for tracking related events."}};
    properties["payload"] = std::move(payload);
    OrderedJson metadata = OrderedJson::object();
    metadata["type"] = "object";
    metadata["properties"]
        = {{"version", {{"type", "string"}, {"const", version}, {"description", "Message schema version."}}},
           {"priority", {{"type", "string"}, {"enum", OrderedJson::array({"low", "normal", "high", "critical"})}}},
           {"retryCount", {{"type", "integer"}, {"minimum", 0}}}};
    properties["metadata"] = metadata;
    return {{"type", "object"},
            {"properties", std::move(properties)},
            {"required", OrderedJson::array({"messageId", "eventType", "source", "timestamp", "payload"})}};
}

// CloudEvents 1.0 (structured JSON mode) around `data` (`envelope: cloudevents`).
OrderedJson cloudEventsEnvelope(const Event &event, OrderedJson data)
{
    OrderedJson properties = OrderedJson::object();
    reserveMembers(properties, 8);
    properties["specversion"] = {{"type", "string"}, {"const", "1.0"}};
    properties["id"] = {{"type", "string"}, {"minLength", 1}};
    properties["source"] = {{"type", "string"}, {"format", "uri-reference"}, {"minLength", 1}};
    properties["type"] = {{"type", "string"}, {"const", event.name}};
    OrderedJson contentType = {{"type", "string"}};
    contentType["default"] = event.contentType.value_or("application/json");
    properties["datacontenttype"] = std::move(contentType);
    properties["subject"] = {{"type", "string"}};
    properties["time"] = {{"type", "string"}, {"format", "date-time"}};
    properties["data"] = std::move(data);
    return {{"type", "object"},
            {"properties", std::move(properties)},
            {"required", OrderedJson::array({"specversion", "id", "source", "type"})}};
}

} // namespace

ExportResult JsonSchemaExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    const ModelIndex index(model);
    const Envelope envelope = model.envelope.value_or(Envelope::None);

    // Events by file name: the same event named by several integrations is one file.
    // References resolve to the declaring channel's event (contracts.h).
    std::vector<EventUse> uses;
    std::map<std::string, size_t> byKey;
    auto useOf = [&](const Event &event) -> EventUse & {
        auto found = byKey.find(eventKey(event));
        if (found == byKey.end()) {
            found = byKey.emplace(eventKey(event), uses.size()).first;
            uses.push_back({&event, {}, {}});
        }
        return uses[found->second];
    };
    for (const Integration &integration : model.integrationList()) {
        const Component *from = index.findComponent(integration.from);
        const Component *to = index.findComponent(integration.to);
        const bool fromDestination = from && from->isDestination();
        for (const Event *event : effectiveEvents(index, integration)) {
            EventUse &use = useOf(*event);
            // A queue/topic forwards; the producer is whoever sent it there.
            if (!fromDestination)
                addUnique(use.producers, integration.from);
            if (!to || !to->isDestination())
                addUnique(use.consumers, integration.to);
        }
    }
    // Channels declare events no integration names yet: their payloads are contracts too.
    for (const Component &component : model.components)
        if (component.channels)
            for (const Channel &channel : *component.channels)
                if (channel.events)
                    for (const Event &event : *channel.events)
                        useOf(event);
    // Consumers of a destination receive what its producers declared.
    for (const Integration &integration : model.integrationList()) {
        const Component *from = index.findComponent(integration.from);
        if (!from || !from->isDestination())
            continue;
        const int d = index.componentIndex(integration.from);
        for (int in : index.incoming(d))
            for (const Event *event : effectiveEvents(index, index.integration(in)))
                addUnique(uses[byKey.at(eventKey(*event))].consumers, integration.to);
    }

    for (const EventUse &use : uses) {
        const Event &event = *use.event;
        const std::string key = eventKey(event);
        const std::string version = std::to_string(eventVersion(event));

        std::vector<std::string> producerNames;
        for (const std::string &id : use.producers)
            producerNames.push_back(index.name(id));
        std::vector<std::string> consumerNames;
        for (const std::string &id : use.consumers)
            consumerNames.push_back(index.name(id));

        OrderedJson doc = OrderedJson::object();
        doc["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        doc["$id"] = "urn:seam:" + slug(model.name) + ":event:" + key;
        doc["title"] = event.name + " v" + version;
        std::string description = (envelope == Envelope::None ? "Payload of event " : "Event message ") + event.name
            + " (schema version " + version + ") of " + model.name + ".";
        if (!producerNames.empty())
            description += " Produced by " + join(producerNames, ", ") + ".";
        if (!consumerNames.empty())
            description += " Consumed by " + join(consumerNames, ", ") + ".";
        if (event.key)
            description += " Ordered by payload field " + *event.key + ".";
        if (event.isCritical())
            description += " Critical: it must be neither lost nor applied twice.";
        doc["description"] = description;

        // The payload: a model schema (its body, its references under $defs), a well-known
        // type's JSON form, or — when the model names none — any JSON value.
        OrderedJson payload = OrderedJson::object();
        std::vector<std::string> defs;
        std::vector<std::string> missing;
        if (event.payload) {
            const Schema *schema = model.findSchema(*event.payload);
            if (schema && envelope == Envelope::None) {
                payload = schemaToJson(schema->body, kDefsPrefix);
                defs = reachableSchemas(model, schemaReferences(schema->body), &missing);
            } else {
                payload = schemaUseToJson(SourceNode::scalar(*event.payload), kDefsPrefix);
                defs = reachableSchemas(model, {*event.payload}, &missing);
            }
        } else {
            payload["description"] = "The model names no payload schema for this event.";
        }

        if (envelope == Envelope::None) {
            for (auto it = payload.begin(); it != payload.end(); ++it)
                if (it.key() != "$schema" && it.key() != "$id" && it.key() != "$defs")
                    doc[it.key()] = it.value();
        } else {
            OrderedJson wrapped = envelope == Envelope::CloudEvents ? cloudEventsEnvelope(event, std::move(payload))
                                                                    : templateEnvelope(event, use, std::move(payload));
            for (auto it = wrapped.begin(); it != wrapped.end(); ++it)
                doc[it.key()] = it.value();
        }
        if (!defs.empty() || !missing.empty()) {
            OrderedJson defsJson = OrderedJson::object();
            reserveMembers(defsJson, defs.size() + missing.size());
            for (const std::string &name : defs)
                defsJson[name] = schemaToJson(model.findSchema(name)->body, kDefsPrefix);
            for (const std::string &name : missing) {
                defsJson[name] = {{"description", "Schema " + name + " is not defined in the model."}};
                result.warnings.push_back("schemas/" + key + ".json: schema " + name + " is not defined in the model");
            }
            doc["$defs"] = std::move(defsJson);
        }
        // Invalid UTF-8 in a user's text is replaced rather than thrown: nothing throws out of an exporter.
        result.files.push_back(
            {"schemas/" + key + ".json", doc.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n"});
    }
    if (uses.empty())
        result.warnings.push_back("schemas/ not written: the model declares no events");
    return result;
}

namespace {
const ExporterRegistration registration(50, std::make_unique<JsonSchemaExporter>());
}

} // namespace seam
