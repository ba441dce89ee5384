#pragma once
// envoy/<application>.yaml: for each component whose code makes calls through the mesh, a
// static Envoy v3 bootstrap for its egress proxy: one listener whose HTTP connection manager
// routes each call (timeout, retry_policy; per operation when only some may be retried) to a
// cluster per integration (circuit_breakers from the concurrency limit and burst,
// outlier_detection from the breaker). docs/runtime-config.md has the mapping.

#include "exporter.h"

namespace seam {

class EnvoyExporter : public Exporter {
public:
    std::string_view id() const override { return "envoy"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
