#pragma once
// backstage/catalog-info.yaml: the Backstage software catalog of the model: a System, Components
// for services, gateways, clients and external systems, Resources for data stores and
// destinations, and an API per exported OpenAPI, AsyncAPI, proto or GraphQL file, whose
// `definition` points at that file. docs/runtime-config.md has the mapping.

#include "exporter.h"

namespace seam {

class BackstageExporter : public Exporter {
public:
    std::string_view id() const override { return "backstage"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
