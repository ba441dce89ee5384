#pragma once
// `seam-cli check-config`: reads deployed Resilience4j (Spring Boot YAML), Istio and Envoy files
// back and reports every setting that differs from what the model exports. The model's side is
// the resilience4j, istio and envoy exporters' own output, so the check and the export cannot
// disagree.

#include "model/diagnostic.h"
#include "model/model.h"

#include <string>
#include <vector>

namespace seam {

struct Drift {
    std::string file;
    Mark mark; // where the differing setting (or the object lacking it) is written
    std::string element; // "integration 'charge'", "AuthorizationPolicy orders/orders-callers"
    std::string setting; // "timeout", "retries.attempts", "rules[].from.principals" …
    std::string expected; // what the model gives; empty when the file has something the model lacks
    std::string actual; // what the file says; empty when the setting is missing
    std::string message() const;
};

struct DriftReport {
    std::vector<Drift> drifts;
    Diagnostics diagnostics; // unreadable files: errors with FILE:LINE:COLUMN
    bool ok() const { return !hasErrors(diagnostics); }
};

// `files` are (path, text) pairs; each must be a Resilience4j, an Istio or an Envoy YAML file.
DriftReport checkConfig(const Model &model, const std::vector<std::pair<std::string, std::string>> &files);

} // namespace seam
