#pragma once
// istio/<namespace>/<service>.yaml: for each called service in the mesh, a VirtualService
// (timeout and retries per calling integration), DestinationRules (outlier detection from the
// breaker, connection pool from the concurrency limit) and an AuthorizationPolicy allowing
// exactly the modelled callers. docs/runtime-config.md has the mapping.

#include "exporter.h"

namespace seam {

class IstioExporter : public Exporter {
public:
    std::string_view id() const override { return "istio"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
