#pragma once
// resilience.yaml: the circuit breaker, retry and timeout settings of every call,
// grouped by callee, in the shape of the founding template's circuit breaker
// configuration (circuitBreaker.services[].failureThreshold / timeoutMillis / …).

#include "exporter.h"

namespace seam {

class ResilienceExporter : public Exporter {
public:
    std::string_view id() const override { return "resilience"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
