#pragma once
// networkpolicy/<namespace>.yaml: Kubernetes NetworkPolicies: a default-deny of ingress per
// namespace, plus for each called component a policy with one ingress rule per modelled caller.
// docs/runtime-config.md has the mapping.

#include "exporter.h"

namespace seam {

class NetworkPolicyExporter : public Exporter {
public:
    std::string_view id() const override { return "networkpolicy"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
