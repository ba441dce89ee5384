// Honest unknowns: under `lint: {defaults: unspecified}` an omitted security.tls, security.auth
// or asynchronous delivery is something the model does not say, not the documented default.
// unspecified-default lists them, so a review sees what is still open. Linear in integrations.

#include "lintcontext.h"

#include <array>

namespace seam::lintrules {

namespace {

void unspecifiedDefault(LintContext &context, int rule, int i)
{
    if (!context.settings().defaultsUnspecified())
        return;
    const std::vector<std::string> keys = unspecifiedKeys(context.index().integration(i));
    if (keys.empty())
        return;
    const Integration &integration = context.index().integration(i);
    context.reportIntegration(rule, i,
                              integration.id + " (" + integration.from + " to " + integration.to + ") leaves "
                                  + joinList(keys) + " unspecified",
                              {integration.from, integration.to});
}

// clang-format off
constexpr std::array<RuleRow, 1> kRules{{
    {{"unspecified-default", Severity::Info, "Setting the model leaves open",
     "Leaving tls out asserts encryption and leaving delivery out asserts at-least-once, whether or "
     "not anyone checked. Under lint.defaults: unspecified an omitted value means \"not known yet\", "
     "and this rule lists each one so a review sees what the model does not say.",
     "Write the value down (security.tls, security.auth, delivery) once it is known, or keep "
     "lint.defaults: assumed if the documented defaults are what you mean.",
     "lint: {defaults: unspecified}\n"
     "integrations:\n"
     "  - {id: orders-events, from: orders, to: order-events, pattern: pubsub}\n",
     "lint.defaults is unspecified and an integration omits security.tls, security.auth, or (for "
     "asynchronous patterns) delivery; one finding per integration names every omitted key",
     "integration"}, eachIntegration<unspecifiedDefault>},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::vector<std::string> unspecifiedKeys(const Integration &integration)
{
    std::vector<std::string> keys;
    const Security *security = integration.security ? &*integration.security : nullptr;
    if (!security || !security->tls)
        keys.emplace_back("security.tls");
    if (!security || !security->auth)
        keys.emplace_back("security.auth");
    if (integration.isAsync() && !integration.delivery)
        keys.emplace_back("delivery");
    return keys;
}

std::span<const RuleRow> unknownRules()
{
    return kRules;
}

} // namespace seam::lintrules
