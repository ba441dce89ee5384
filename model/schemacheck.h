#pragma once
// Load-time checks of a schema body (docs/model-format.md, "Exact types in schemas"): the
// JSON Schema structure the exporters rely on and the Seam keywords (field, optional, oneof,
// map_key, enum_numbers, package) in their places. `$ref` names are checked by the reader.

#include "fieldreader.h"

#include <array>
#include <string_view>

namespace seam::reading {

// Where a schema body stands: the keywords allowed depend on it.
enum class SchemaPlace {
    Named, // an entry of `schemas`: may carry `package`
    Inline, // written in place of a schema name (a parameter's schema, a media type's)
    Property, // a value of `properties`: may carry `field`, `optional`, `oneof`
    Nested, // any other sub-schema (items, additionalProperties, allOf members …)
};

void checkSchemaBody(Reader &reader, const SourceNode &body, const std::string &context, SchemaPlace place);

// The spellings the checks accept, for messages and docs.
inline constexpr std::array<std::string_view, 7> kJsonSchemaTypes {"string", "number", "integer", "boolean",
                                                                   "object", "array",  "null"};
inline constexpr std::array<std::string_view, 12> kMapKeyTypes {"string",  "int32",    "int64",    "uint32",
                                                                "uint64",  "sint32",   "sint64",   "fixed32",
                                                                "fixed64", "sfixed32", "sfixed64", "bool"};

} // namespace seam::reading
