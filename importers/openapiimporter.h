#pragma once
// OpenAPI 3.0.x / 3.1.x (YAML or JSON) → one provider component per document with
// one REST API, and the document's schemas (docs/import-openapi.md).
//
// What the model has no field for is kept where it sits: `x-` extensions under their
// own key, every other key as `x-openapi-<key>` (callbacks, links, externalDocs,
// media-level examples as `x-openapi-media`, path-item fields as `x-openapi-path-item`,
// components other than schemas and security schemes as `x-openapi-components`).
// `$ref`s to components.parameters/responses/requestBodies/headers are resolved into
// place and remembered as `x-openapi-ref`, so the exporter writes the `$ref` back.

#include "importer.h"
#include "openapiextras.h"

namespace seam {

class OpenApiImporter : public Importer {
public:
    std::string_view id() const override { return "openapi"; }
    std::string_view description() const override;
    bool detects(const ImportSource &source) const override;
    void run(const ImportSource &source, ImportResult &result) const override;
};

} // namespace seam
