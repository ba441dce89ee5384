#include "contracts.h"
#include "modelindex.h"

#include <algorithm>
#include <array>

namespace seam {

namespace {
template <typename T> const T *byName(const std::optional<std::vector<T>> &list, std::string_view name)
{
    if (!list)
        return nullptr;
    for (const T &item : *list)
        if (item.name == name)
            return &item;
    return nullptr;
}

// The canonical JSON mapping of each well-known type (protobuf's JSON mapping table).
constexpr std::array<WellKnownType, 17> kWellKnown {{
    {"google.protobuf.Empty", "google/protobuf/empty.proto", "object", ""},
    {"google.protobuf.Timestamp", "google/protobuf/timestamp.proto", "string", "date-time"},
    {"google.protobuf.Duration", "google/protobuf/duration.proto", "string", "duration"},
    {"google.protobuf.Any", "google/protobuf/any.proto", "object", ""},
    {"google.protobuf.Struct", "google/protobuf/struct.proto", "object", ""},
    {"google.protobuf.Value", "google/protobuf/struct.proto", "", ""},
    {"google.protobuf.ListValue", "google/protobuf/struct.proto", "array", ""},
    {"google.protobuf.FieldMask", "google/protobuf/field_mask.proto", "string", ""},
    {"google.protobuf.DoubleValue", "google/protobuf/wrappers.proto", "number", "double"},
    {"google.protobuf.FloatValue", "google/protobuf/wrappers.proto", "number", "float"},
    {"google.protobuf.Int64Value", "google/protobuf/wrappers.proto", "string", "int64"},
    {"google.protobuf.UInt64Value", "google/protobuf/wrappers.proto", "string", "uint64"},
    {"google.protobuf.Int32Value", "google/protobuf/wrappers.proto", "integer", "int32"},
    {"google.protobuf.UInt32Value", "google/protobuf/wrappers.proto", "integer", "uint32"},
    {"google.protobuf.BoolValue", "google/protobuf/wrappers.proto", "boolean", ""},
    {"google.protobuf.StringValue", "google/protobuf/wrappers.proto", "string", ""},
    {"google.protobuf.BytesValue", "google/protobuf/wrappers.proto", "string", "byte"},
}};
} // namespace

const Api *findApi(const Component &component, std::string_view name)
{
    return byName(component.apis, name);
}
const Channel *findChannel(const Component &component, std::string_view name)
{
    return byName(component.channels, name);
}
const Operation *findOperation(const Api &api, std::string_view name)
{
    return byName(api.operations, name);
}

// Each lookup below takes the model (a scan per id: fine for one integration) or its
// index (exporters and lint, over every integration of a 10k model): one template
// serves both, so the two can never mean different things.
namespace {
template <typename Finder> const Api *integrationApiIn(const Finder &finder, const Integration &integration)
{
    if (!integration.api)
        return nullptr;
    const Component *to = finder.findComponent(integration.to);
    return to ? findApi(*to, *integration.api) : nullptr;
}
} // namespace

const Api *integrationApi(const Model &model, const Integration &integration)
{
    return integrationApiIn(model, integration);
}
const Api *integrationApi(const ModelIndex &index, const Integration &integration)
{
    return integrationApiIn(index, integration);
}

std::vector<const Operation *> effectiveOperations(const Model &model, const Integration &integration)
{
    return effectiveOperations(integration.api ? model.findComponent(integration.to) : nullptr, integration);
}
std::vector<const Operation *> effectiveOperations(const ModelIndex &index, const Integration &integration)
{
    return effectiveOperations(integration.api ? index.findComponent(integration.to) : nullptr, integration);
}

std::vector<const Operation *> effectiveOperations(const Component *to, const Integration &integration)
{
    std::vector<const Operation *> out;
    if (integration.api) {
        const Api *api = to ? findApi(*to, *integration.api) : nullptr;
        if (!api || !api->operations)
            return out;
        if (!integration.uses) {
            for (const Operation &operation : *api->operations)
                out.push_back(&operation);
            return out;
        }
        for (const std::string &name : *integration.uses)
            if (const Operation *operation = findOperation(*api, name))
                out.push_back(operation);
        return out;
    }
    if (integration.operations)
        for (const Operation &operation : *integration.operations)
            out.push_back(&operation);
    return out;
}

const Component *destinationEnd(const Component &from, const Component &to)
{
    return to.isDestination() ? &to : from.isDestination() ? &from : nullptr;
}

namespace {
template <typename Finder> const Component *destinationEndIn(const Finder &finder, const Integration &integration)
{
    if (const Component *to = finder.findComponent(integration.to); to && to->isDestination())
        return to;
    if (const Component *from = finder.findComponent(integration.from); from && from->isDestination())
        return from;
    return nullptr;
}

const Channel *channelOn(const Component *destination, const Integration &integration)
{
    if (!destination || !destination->channels)
        return nullptr;
    if (integration.channel)
        return findChannel(*destination, *integration.channel);
    return destination->channels->size() == 1 ? &destination->channels->front() : nullptr;
}
} // namespace

const Component *destinationEnd(const Model &model, const Integration &integration)
{
    return destinationEndIn(model, integration);
}
const Component *destinationEnd(const ModelIndex &index, const Integration &integration)
{
    return destinationEndIn(index, integration);
}

const Channel *integrationChannel(const Model &model, const Integration &integration)
{
    return channelOn(destinationEndIn(model, integration), integration);
}
const Channel *integrationChannel(const ModelIndex &index, const Integration &integration)
{
    return channelOn(destinationEndIn(index, integration), integration);
}

const Event *findDeclaredEvent(const Component &destination, const Channel *channel, std::string_view name)
{
    if (channel)
        return byName(channel->events, name);
    if (destination.channels)
        for (const Channel &each : *destination.channels)
            if (const Event *event = byName(each.events, name))
                return event;
    return nullptr;
}

namespace {
template <typename Finder>
std::vector<const Event *> effectiveEventsIn(const Finder &finder, const Integration &integration)
{
    std::vector<const Event *> out;
    if (!integration.events)
        return out;
    const Component *destination = nullptr;
    const Channel *channel = nullptr;
    for (const Event &event : *integration.events) {
        if (!event.reference) {
            out.push_back(&event);
            continue;
        }
        if (!destination) {
            destination = destinationEndIn(finder, integration);
            channel = channelOn(destination, integration);
        }
        if (destination)
            if (const Event *declared = findDeclaredEvent(*destination, channel, event.name))
                out.push_back(declared);
    }
    return out;
}
} // namespace

std::vector<const Event *> effectiveEvents(const Model &model, const Integration &integration)
{
    return effectiveEventsIn(model, integration);
}
std::vector<const Event *> effectiveEvents(const ModelIndex &index, const Integration &integration)
{
    return effectiveEventsIn(index, integration);
}

std::span<const WellKnownType> wellKnownTypes()
{
    return kWellKnown;
}

const WellKnownType *findWellKnownType(std::string_view name)
{
    for (const WellKnownType &type : kWellKnown)
        if (type.name == name)
            return &type;
    return nullptr;
}

} // namespace seam
