// Security rules: unsigned-webhook, unauthenticated-integration,
// plaintext-transport, missing-rate-limit.

#include "lintcontext.h"

#include <array>

namespace seam::lintrules {

namespace {

std::string zoneName(Zone zone)
{
    return std::string(toString(zone));
}

// "public web to dmz gateway"
std::string crossing(const ModelIndex &index, int i)
{
    return zoneName(index.zone(index.from(i))) + " " + index.integration(i).from + " to "
        + zoneName(index.zone(index.to(i))) + " " + index.integration(i).to;
}

void unsignedWebhook(LintContext &context, int rule, int i)
{
    const Integration &integration = context.index().integration(i);
    if (integration.pattern != Pattern::Webhook)
        return;
    const auto signature = integration.security ? integration.security->signature : std::nullopt;
    if (!signature)
        context.reportIntegration(rule, i, integration.id + " is a webhook without a signature", {integration.to});
    else if (*signature == Signature::None)
        context.reportIntegration(rule, i, integration.id + " is a webhook with signature: none", {integration.to});
}

void unauthenticated(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    const Integration &integration = index.integration(i);
    if (!index.crossesTrustBoundary(i))
        return;
    const Security *security = integration.security ? &*integration.security : nullptr;
    const bool authenticated = security && security->auth && *security->auth != Auth::None;
    // A verified signature authenticates the sender as well as an auth scheme would.
    const bool signedBySender = security && security->signature && *security->signature != Signature::None;
    if (authenticated || signedBySender)
        return;
    const bool explicitNone = security && security->auth == Auth::None;
    // Under lint.defaults: unspecified an omitted auth is not known to be missing, only unsaid.
    const char *how = explicitNone                 ? " with auth: none"
        : context.settings().defaultsUnspecified() ? " with auth unspecified"
                                                   : " without authentication";
    context.reportIntegration(rule, i, integration.id + " crosses a trust boundary from " + crossing(index, i) + how,
                              {integration.from, integration.to});
}

void plaintext(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    const Integration &integration = index.integration(i);
    if (integration.tlsEnabled())
        return;
    const auto data = integration.security->data; // tls: false means security is present
    const bool sensitive = data == DataClass::Confidential || data == DataClass::Pii;
    const bool crosses = index.crossesTrustBoundary(i);
    if (!sensitive && !crosses)
        return;
    std::string what;
    if (sensitive)
        what = "carries " + std::string(toString(*data)) + " data";
    if (crosses)
        what += std::string(sensitive ? " and " : "") + "crosses from " + crossing(index, i);
    context.reportIntegration(rule, i, integration.id + " " + what + " with tls: false",
                              {integration.from, integration.to});
}

void missingRateLimit(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    const Integration &integration = index.integration(i);
    if (!(integration.isSync() || integration.pattern == Pattern::Webhook) || integration.rateLimit
        || !index.resolved(i))
        return;
    const Zone source = index.zone(index.from(i));
    const Zone target = index.zone(index.to(i));
    if ((source == Zone::Public || source == Zone::ThirdParty) && (target == Zone::Dmz || target == Zone::Internal))
        context.reportIntegration(rule, i,
                                  integration.id + " lets " + zoneName(source) + " " + integration.from + " call "
                                      + zoneName(target) + " " + integration.to + " without a rate_limit",
                                  {integration.from, integration.to});
}

// clang-format off
constexpr std::array<RuleRow, 4> kRules{{
    {{"unsigned-webhook", Severity::Error, "Webhook without a signature",
     "Anyone who finds the webhook URL can post forged callbacks unless the receiver verifies a "
     "signature.",
     "Set security.signature (hmac-sha256, hmac-sha512 or jws) and verify it on receipt.",
     "integrations:\n"
     "  - {id: stripe-webhook, from: stripe, to: payments, pattern: webhook, timeout_ms: 30000}\n",
     "a webhook has no signature or none", "integration"}, eachIntegration<unsignedWebhook>},
    {{"unauthenticated-integration", Severity::Error, "Unauthenticated call across a trust boundary",
     "An integration between trust zones without authentication lets anyone on the other side call "
     "it.",
     "Set security.auth (oauth2, jwt, mtls, api-key); for webhooks a signature counts.",
     "components:\n"
     "  - {id: web, kind: client}          # zone public\n"
     "  - {id: gateway, kind: gateway, zone: dmz}\n"
     "integrations:\n"
     "  - {id: web-gateway, from: web, to: gateway, pattern: rest}\n",
     "an integration that crosses a trust boundary has auth missing or none (a webhook signature "
     "counts as authentication)",
     "integration"}, eachIntegration<unauthenticated>},
    {{"plaintext-transport", Severity::Error, "Sensitive or cross-boundary traffic without TLS",
     "Without TLS, data crossing a trust boundary or classified confidential or pii can be read and "
     "altered in transit.",
     "Remove tls: false (TLS is the default) or stop sending sensitive data over this integration.",
     "integrations:\n"
     "  - id: orders-store\n"
     "    from: orders\n"
     "    to: orders-db\n"
     "    pattern: database\n"
     "    security: {tls: false, data: pii}\n",
     "tls: false on an integration that crosses a trust boundary or carries confidential or pii data",
     "integration"}, eachIntegration<plaintext>},
    {{"missing-rate-limit", Severity::Warning, "Public entry point without a rate limit",
     "One client outside the trust boundary can exhaust an unprotected service, by mistake or on "
     "purpose.",
     "Add rate_limit {requests, per, burst} to the integration (enforced at the gateway).",
     "components:\n"
     "  - {id: web, kind: client}\n"
     "  - {id: gateway, kind: gateway, zone: dmz}\n"
     "integrations:\n"
     "  - {id: web-gateway, from: web, to: gateway, pattern: rest, security: {auth: oauth2}}\n",
     "a sync or webhook integration from a public or third-party component into a dmz or internal "
     "one has no rate_limit",
     "integration"}, eachIntegration<missingRateLimit>},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> securityRules()
{
    return kRules;
}

} // namespace seam::lintrules
