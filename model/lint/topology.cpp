// Topology rules about components rather than edges: orphan-component.

#include "lintcontext.h"

#include <array>

namespace seam::lintrules {

namespace {

void orphans(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    for (int c = 0; c < index.componentCount(); ++c)
        if (index.outgoing(c).empty() && index.incoming(c).empty())
            context.reportComponent(rule, c, index.component(c).id + " has no integrations");
}

// clang-format off
constexpr std::array<RuleRow, 1> kRules{{
    {{"orphan-component", Severity::Info, "Component without integrations",
     "A component that nothing calls and that calls nothing is either missing its integrations or "
     "no longer part of the system.",
     "Add its integrations or remove it from the model.",
     "components:\n"
     "  - {id: legacy-reports, kind: service}   # no integration mentions it\n",
     "a component has no integrations", "component"}, orphans},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> topologyRules()
{
    return kRules;
}

} // namespace seam::lintrules
