#pragma once
// graphql/<component>.graphql: GraphQL SDL for every component that receives
// GraphQL operations — Query/Mutation/Subscription fields from the operations'
// `kind`, input types from request schemas, object types from responses.

#include "exporter.h"

namespace seam {

class GraphqlExporter : public Exporter {
public:
    std::string_view id() const override { return "graphql"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
