// Security rules: unsigned-webhook, unauthenticated-integration,
// plaintext-transport, missing-rate-limit.

#include "lintcontext.h"

namespace seam::lintrules {

namespace {

std::string zoneName(Zone zone)
{
    return std::string(toString(zone));
}

// "public web to dmz gateway"
std::string crossing(const LintIndex &index, int i)
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
    const LintIndex &index = context.index();
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
    context.reportIntegration(rule, i,
                              integration.id + " crosses a trust boundary from " + crossing(index, i)
                                  + (explicitNone ? " with auth: none" : " without authentication"),
                              {integration.from, integration.to});
}

void plaintext(LintContext &context, int rule, int i)
{
    const LintIndex &index = context.index();
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
    const LintIndex &index = context.index();
    const Integration &integration = index.integration(i);
    if (!(integration.isSync() || integration.pattern == Pattern::Webhook) || integration.rateLimit || !index.resolved(i))
        return;
    const Zone source = index.zone(index.from(i));
    const Zone target = index.zone(index.to(i));
    if ((source == Zone::Public || source == Zone::ThirdParty) && (target == Zone::Dmz || target == Zone::Internal))
        context.reportIntegration(rule, i,
                                  integration.id + " lets " + zoneName(source) + " " + integration.from + " call "
                                      + zoneName(target) + " " + integration.to + " without a rate_limit",
                                  {integration.from, integration.to});
}

} // namespace

void lintSecurity(LintContext &context)
{
    const int webhook = context.rule("unsigned-webhook");
    const int auth = context.rule("unauthenticated-integration");
    const int tls = context.rule("plaintext-transport");
    const int rateLimit = context.rule("missing-rate-limit");
    for (int i = 0; i < context.index().integrationCount(); ++i) {
        unsignedWebhook(context, webhook, i);
        unauthenticated(context, auth, i);
        plaintext(context, tls, i);
        missingRateLimit(context, rateLimit, i);
    }
}

} // namespace seam::lintrules
