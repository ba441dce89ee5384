#include "jsonschemaexporter.h"

#include "common.h"
#include "schemaconvert.h"

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
    return "JSON Schema 2020-12 of every event in its envelope (schemas/<event>.v<version>.json)";
}

ExportResult JsonSchemaExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    const ModelIndex index(model);

    // Events by file name: the same event declared on several integrations is one file.
    std::vector<EventUse> uses;
    std::map<std::string, size_t> byKey;
    for (const Integration &integration : model.integrationList()) {
        if (!integration.events)
            continue;
        const Component *from = index.findComponent(integration.from);
        const bool fromDestination = from && from->isDestination();
        for (const Event &event : *integration.events) {
            const std::string key = eventKey(event);
            auto found = byKey.find(key);
            if (found == byKey.end()) {
                found = byKey.emplace(key, uses.size()).first;
                uses.push_back({&event, {}, {}});
            }
            EventUse &use = uses[found->second];
            // A queue/topic forwards; the producer is whoever sent it there.
            if (!fromDestination)
                addUnique(use.producers, integration.from);
            const Component *to = index.findComponent(integration.to);
            if (!to || !to->isDestination())
                addUnique(use.consumers, integration.to);
        }
    }
    // Consumers of a destination receive what its producers declared.
    for (const Integration &integration : model.integrationList()) {
        const Component *from = index.findComponent(integration.from);
        if (!from || !from->isDestination())
            continue;
        const int d = index.componentIndex(integration.from);
        for (int in : index.incoming(d)) {
            const Integration &producer = model.integrationList()[in];
            if (!producer.events)
                continue;
            for (const Event &event : *producer.events)
                addUnique(uses[byKey.at(eventKey(event))].consumers, integration.to);
        }
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
        reserveMembers(doc, 9);
        doc["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        doc["$id"] = "urn:seam:" + slug(model.name) + ":event:" + key;
        doc["title"] = event.name + " v" + version;
        std::string description
            = "Event message " + event.name + " (schema version " + version + ") of " + model.name + ".";
        if (!producerNames.empty())
            description += " Produced by " + join(producerNames, ", ") + ".";
        if (!consumerNames.empty())
            description += " Consumed by " + join(consumerNames, ", ") + ".";
        if (event.key)
            description += " Ordered by payload field " + *event.key + ".";
        if (event.isCritical())
            description += " Critical: it must be neither lost nor applied twice.";
        doc["description"] = description;
        doc["type"] = "object";

        OrderedJson properties = OrderedJson::object();
        reserveMembers(properties, 7);
        properties["messageId"]
            = {{"type", "string"}, {"format", "uuid"}, {"description", "Unique message identifier."}};
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
        properties["correlationId"]
            = {{"type", "string"}, {"description", "Correlation ID for tracking related events."}};
        if (event.payload)
            properties["payload"] = {{"$ref", std::string(kDefsPrefix) + *event.payload}};
        else
            properties["payload"]
                = {{"type", "object"}, {"description", "Event-specific data; the model names no payload schema."}};
        OrderedJson metadata = OrderedJson::object();
        metadata["type"] = "object";
        metadata["properties"]
            = {{"version", {{"type", "string"}, {"const", version}, {"description", "Message schema version."}}},
               {"priority", {{"type", "string"}, {"enum", OrderedJson::array({"low", "normal", "high", "critical"})}}},
               {"retryCount", {{"type", "integer"}, {"minimum", 0}}}};
        properties["metadata"] = metadata;
        doc["properties"] = std::move(properties);
        doc["required"] = OrderedJson::array({"messageId", "eventType", "source", "timestamp", "payload"});

        if (event.payload) {
            std::vector<std::string> missing;
            const std::vector<std::string> names = reachableSchemas(model, {*event.payload}, &missing);
            OrderedJson defs = OrderedJson::object();
            reserveMembers(defs, names.size() + missing.size());
            for (const std::string &name : names)
                defs[name] = schemaToJson(model.findSchema(name)->body, kDefsPrefix);
            for (const std::string &name : missing) {
                defs[name] = {{"description", "Schema " + name + " is not defined in the model."}};
                result.warnings.push_back("schemas/" + key + ".json: schema " + name + " is not defined in the model");
            }
            doc["$defs"] = std::move(defs);
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
