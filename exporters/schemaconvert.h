#pragma once
// Shared by the spec exporters (OpenAPI, AsyncAPI, JSON Schema, protobuf, GraphQL):
// model schemas → JSON trees with `$ref: Name` rewritten, the set of schemas a
// document must carry, a deterministic YAML writer, and identifier spelling.

#include "model/model.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace seam {

using OrderedJson = nlohmann::ordered_json;

enum class SchemaDialect {
    JsonSchema2020, // JSON Schema 2020-12 and AsyncAPI 2.x schemas: `$ref` may have siblings
    OpenApi30, // OpenAPI 3.0 Schema Object: siblings of `$ref` are ignored, so wrap in allOf
};

// Adds `key` to a JSON object without looking for it first: ordered_json's own insert
// scans every key, which makes building a map of thousands of channels quadratic.
// The caller guarantees the key is new.
void appendMember(OrderedJson &object, std::string key, OrderedJson value);

// Reserves room for `count` members: ordered_json keeps members as pair<const string, json>,
// which cannot move, so every growth of a big object deep-copies all its members.
void reserveMembers(OrderedJson &object, size_t count);

// A plain or quoted scalar as JSON (YAML 1.2 core schema: null, bool, int, float, string).
OrderedJson scalarToJson(const SourceNode &node);

// A tree as JSON, exactly as written (scalars resolved as scalarToJson does).
OrderedJson nodeToJson(const SourceNode &node);

// A schema body as JSON, with every `$ref: Name` (a bare schema name) rewritten
// to `refPrefix + Name`. References that already look like URIs (`#…`, `http…`) are kept.
// A `$ref` to a well-known type (contracts.h) becomes its canonical JSON type and format,
// and the proto-only Seam keywords (field, optional, oneof, map_key, enum_numbers,
// package) are left out: they are facts for the proto exporter, not JSON Schema.
OrderedJson schemaToJson(const SourceNode &body, std::string_view refPrefix,
                         SchemaDialect dialect = SchemaDialect::JsonSchema2020);

// A schema use (model.h SchemaUse: a schema name, a well-known type, or an inline body)
// as JSON: `{$ref: refPrefix + Name}`, the well-known type's JSON form, or the body.
OrderedJson schemaUseToJson(const SourceNode &use, std::string_view refPrefix,
                            SchemaDialect dialect = SchemaDialect::JsonSchema2020);

// The bare names a schema body refers to, in order of appearance, without duplicates
// (well-known types are not names of the model's schemas and are left out).
std::vector<std::string> schemaReferences(const SourceNode &body);

// `roots` plus every schema they reach through `$ref`, in the model's schema order
// (so documents list schemas the way the user wrote them). Names the model does not
// define are left out; `missing` (if given) receives them.
std::vector<std::string> reachableSchemas(const Model &model, const std::vector<std::string> &roots,
                                          std::vector<std::string> *missing = nullptr);

// Reading schema bodies (SourceNode trees): a key of a map node (nullptr otherwise), and the
// first non-null entry of `type` (a string or a list; "" when there is none).
const SourceNode *child(const SourceNode &node, std::string_view key);
std::string typeOf(const SourceNode &schema);

// Block-style YAML for a JSON tree; strings are quoted whenever a YAML 1.1 or 1.2
// reader could take them for anything but a string. Deterministic: key order kept.
std::string toYaml(const OrderedJson &document);

// Identifier spellings for generated code (protobuf, GraphQL). Non-alphanumeric
// characters separate words; the result is never empty.
std::vector<std::string> identifierWords(std::string_view text);
std::string pascalCase(std::string_view text); // order.created → OrderCreated
std::string camelCase(std::string_view text); // place-order → placeOrder
std::string snakeCase(std::string_view text); // orderId → order_id
std::string screamingSnake(std::string_view text); // in-progress → IN_PROGRESS

// An event's version (1 when the model leaves it out) and its identifier in file and
// component names: "order.created" v1 → "order.created.v1" (characters outside
// [A-Za-z0-9._-] become '_').
long long eventVersion(const Event &event);
std::string eventKey(const Event &event);

// `text` without trailing blanks and newlines (YAML block scalars end in one).
std::string trimmedText(std::string_view text);

// "<name> API", unless the name already ends in "API" ("Public API" stays as it is).
std::string apiTitle(const std::string &name);

// The reason phrase of an HTTP status code ("Not Found"), or "" when unknown.
std::string_view httpReasonPhrase(int status);

} // namespace seam
