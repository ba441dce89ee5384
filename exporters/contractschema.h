#pragma once
// Model schemas in the form JSON-based specs (OpenAPI, AsyncAPI, JSON Schema) carry:
// without the proto-only Seam keywords (field, optional, oneof, map_key, enum_numbers,
// package) and with well-known types (google.protobuf.Timestamp …) as their canonical
// JSON mapping (model/contracts.h). Also a plain SourceNode → JSON copy for raw
// fragments a model keeps verbatim (security schemes, extension fields).

#include "schemaconvert.h"

#include "model/sourcenode.h"

#include <string_view>

namespace seam {

// Rewrites `schema` (a schemaToJson result) in place. `refPrefix` is the one schemaToJson
// used: `$ref: <refPrefix>google.protobuf.Timestamp` becomes `{type: string, format: date-time}`.
void toJsonSpecForm(OrderedJson &schema, std::string_view refPrefix);

// A whole document fragment as JSON: scalars by the YAML 1.2 core schema, no keyword rules.
OrderedJson nodeToJson(const SourceNode &node);

} // namespace seam
