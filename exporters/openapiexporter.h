#pragma once
// openapi/<component>.yaml: an OpenAPI document for every REST API a component declares
// (openapiapidocument.h), and an OpenAPI 3.0.3 document for every component that receives
// inline REST operations (v1 style), merging the operations of all its callers.

#include "exporter.h"

namespace seam {

class OpenApiExporter : public Exporter {
public:
    std::string_view id() const override { return "openapi"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
