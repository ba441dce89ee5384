#pragma once
// resilience4j/<application>.yaml: Spring Boot `application.yaml` blocks for Resilience4j
// (circuitbreaker, retry, timelimiter, ratelimiter, bulkhead), one instance per integration,
// named by its id, in a file per calling application. docs/runtime-config.md has the mapping.

#include "exporter.h"

namespace seam {

class Resilience4jExporter : public Exporter {
public:
    std::string_view id() const override { return "resilience4j"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
