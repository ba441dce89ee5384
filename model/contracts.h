#pragma once
// Resolving contracts: the APIs and channels a provider declares, and the
// integrations that name them (docs/model-format.md, "APIs" and "Channels").
//
// An integration either carries its contract inline (v1: `operations`,
// `events` as maps) or names what its provider declares (`api`, `uses`, events
// as bare names). Exporters and lint read contracts only through these
// functions, so both styles mean the same thing everywhere.

#include "model.h"

#include <span>
#include <string_view>
#include <vector>

namespace seam {

class ModelIndex;

// The functions that look an integration's ends up by id come twice: with the model
// (a scan per lookup) and with its index (for loops over every integration).

const Api *findApi(const Component &component, std::string_view name);
const Channel *findChannel(const Component &component, std::string_view name);
const Operation *findOperation(const Api &api, std::string_view name);

// The API an integration calls: `api:` looked up on its `to` (nullptr when unnamed or undeclared).
const Api *integrationApi(const Model &model, const Integration &integration);
const Api *integrationApi(const ModelIndex &index, const Integration &integration);

// The operations an integration calls: those of its API (restricted to `uses`),
// else its inline `operations`. Undeclared names are skipped (the reader reports them).
std::vector<const Operation *> effectiveOperations(const Model &model, const Integration &integration);
std::vector<const Operation *> effectiveOperations(const ModelIndex &index, const Integration &integration);
// The same with the `to` component already found (lint looks it up by position, not by id).
std::vector<const Operation *> effectiveOperations(const Component *to, const Integration &integration);

// The destination end of an asynchronous integration: `to` for a producer,
// `from` for a consumer (nullptr when neither end is a queue or topic).
const Component *destinationEnd(const Model &model, const Integration &integration);
const Component *destinationEnd(const ModelIndex &index, const Integration &integration);
const Component *destinationEnd(const Component &from, const Component &to); // both ends already found

// The channel an integration uses on its destination end: `channel:` by name,
// else the destination's only channel (nullptr otherwise).
const Channel *integrationChannel(const Model &model, const Integration &integration);
const Channel *integrationChannel(const ModelIndex &index, const Integration &integration);

// The events an integration carries, with references resolved to the declarations
// of its destination's channels; inline events are returned as written.
std::vector<const Event *> effectiveEvents(const Model &model, const Integration &integration);
std::vector<const Event *> effectiveEvents(const ModelIndex &index, const Integration &integration);

// The declaration of a referenced event on a destination: the channel's when
// given, else any channel of the component (nullptr when undeclared).
const Event *findDeclaredEvent(const Component &destination, const Channel *channel, std::string_view name);

// Protocol Buffers' well-known types, usable wherever a schema name is:
// `$ref: google.protobuf.Timestamp`, `payload: google.protobuf.Empty`.
struct WellKnownType {
    std::string_view name; // full name, e.g. google.protobuf.Timestamp
    std::string_view protoImport; // google/protobuf/timestamp.proto
    std::string_view jsonType; // the JSON Schema type of its canonical JSON mapping
    std::string_view jsonFormat; // and its format ("" when none)
};
std::span<const WellKnownType> wellKnownTypes();
const WellKnownType *findWellKnownType(std::string_view name);

} // namespace seam
