#pragma once
// The extension keys the OpenAPI importer writes and the OpenAPI exporter reads back,
// so that a document survives import and export (besides x-openapi-<key> for any key
// the model has no field for, and x- extensions kept under their own key).

#include <string_view>

namespace seam::openapi_extras {
inline constexpr std::string_view kVersion = "x-openapi-version"; // the document's `openapi:` value
inline constexpr std::string_view kInfo = "x-openapi-info"; // info fields beyond title, version, description
inline constexpr std::string_view kComponents = "x-openapi-components"; // components but schemas, securitySchemes
inline constexpr std::string_view kSchemas = "x-openapi-schemas"; // names of the schemas the document declared
inline constexpr std::string_view kPathItem = "x-openapi-path-item"; // on a path's first operation
inline constexpr std::string_view kMedia = "x-openapi-media"; // media type → fields beside `schema`
inline constexpr std::string_view kRef = "x-openapi-ref"; // the `$ref` a resolved element came from
inline constexpr std::string_view kName = "x-openapi-name"; // in a schema body: the name it had in the document
inline constexpr std::string_view kPrefix = "x-openapi-"; // + any other key the model cannot hold

} // namespace seam::openapi_extras
