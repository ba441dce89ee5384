// Reliability rules, one integration at a time: unbounded-retries,
// retry-without-backoff, retry-without-jitter, missing-circuit-breaker,
// missing-timeout, missing-idempotency, missing-dead-letter.

#include "lintcontext.h"
#include "vocabulary.h"

#include <array>

namespace seam::lintrules {

namespace {

const Retry *retryOf(const Integration &integration)
{
    return integration.reliability && integration.reliability->retry ? &*integration.reliability->retry : nullptr;
}

// Binds a check of an integration's retry policy: runs on the integrations that have one.
template <void (*Check)(LintContext &, int, int, const Retry &)> void withRetry(LintContext &context, int rule, int i)
{
    if (const Retry *retry = retryOf(context.index().integration(i)))
        Check(context, rule, i, *retry);
}

std::string patternName(const Integration &integration)
{
    return std::string(toString(integration.pattern));
}

void unboundedRetries(LintContext &context, int rule, int i, const Retry &retry)
{
    const Integration &integration = context.index().integration(i);
    const long long limit = context.settings().retryAttempts();
    if (retry.unbounded)
        context.reportIntegration(rule, i, integration.id + " retries without a bound (max_attempts: unbounded)");
    else if (!retry.maxAttempts)
        context.reportIntegration(rule, i,
                                  integration.id + " has a retry policy without max_attempts, so it never stops");
    else if (*retry.maxAttempts > limit)
        context.reportIntegration(rule, i,
                                  integration.id + " retries up to " + std::to_string(*retry.maxAttempts)
                                      + " attempts, more than max_retry_attempts " + std::to_string(limit));
}

void retryWithoutBackoff(LintContext &context, int rule, int i, const Retry &retry)
{
    const Integration &integration = context.index().integration(i);
    if (!retry.backoff)
        context.reportIntegration(rule, i, integration.id + " retries without a backoff");
    else if (*retry.backoff == Backoff::None)
        context.reportIntegration(rule, i, integration.id + " retries immediately (backoff: none)");
    else if (*retry.backoff == Backoff::Fixed)
        context.reportIntegration(rule, i, integration.id + " retries at a fixed interval (backoff: fixed)");
}

void retryWithoutJitter(LintContext &context, int rule, int i, const Retry &retry)
{
    // jitter: 0 spreads nothing, so it counts as no jitter.
    if (retry.backoff == Backoff::Exponential && (!retry.jitter || *retry.jitter == 0))
        context.reportIntegration(
            rule, i, context.index().integration(i).id + " retries with exponential backoff but no jitter");
}

void missingCircuitBreaker(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    const Integration &integration = index.integration(i);
    // The request/response calls a breaker protects.
    if (!patternInfo(integration.pattern).operations || !index.resolved(i))
        return;
    if (integration.reliability && integration.reliability->circuitBreaker)
        return;
    const Component &callee = index.component(index.to(i));
    if (callee.isThirdParty())
        context.reportIntegration(rule, i,
                                  integration.id + " calls "
                                      + (callee.kind == ComponentKind::External ? "external" : "third-party") + " "
                                      + callee.id + " without a circuit breaker",
                                  {callee.id});
    else if (retryOf(integration))
        context.reportIntegration(
            rule, i, integration.id + " retries calls to " + callee.id + " without a circuit breaker", {callee.id});
}

void missingTimeout(LintContext &context, int rule, int i)
{
    const Integration &integration = context.index().integration(i);
    if ((integration.isSync() || integration.pattern == Pattern::Webhook) && !integration.timeoutMs)
        context.reportIntegration(rule, i,
                                  integration.id + " (" + patternName(integration) + " to " + integration.to
                                      + ") has no timeout_ms");
}

// Critical events carried out of each destination, gathered once per
// destination: re-reading every producer for every consumer of a busy topic
// would be quadratic.
class CriticalEvents {
public:
    explicit CriticalEvents(const ModelIndex &index)
        : m_index(index)
        , m_done(size_t(index.componentCount()), 0)
        , m_names(size_t(index.componentCount()))
    {
    }

    const std::vector<std::string> &ofDestination(int destination)
    {
        if (!m_done[size_t(destination)]) {
            m_done[size_t(destination)] = 1;
            for (int into : m_index.incoming(destination))
                if (const auto &events = m_index.integration(into).events)
                    for (const Event &event : *events)
                        if (event.isCritical())
                            m_names[size_t(destination)].push_back(event.name);
        }
        return m_names[size_t(destination)];
    }

private:
    const ModelIndex &m_index;
    std::vector<char> m_done;
    std::vector<std::vector<std::string>> m_names;
};

// "a, b, c, d, e and 7 more" over `own` then `upstream`: a message stays one line on a busy
// topic, and only the names shown are copied (every consumer of a topic carries all of its
// producers' events; copying them per consumer made this rule quadratic).
std::string namesList(const std::vector<std::string> &own, const std::vector<std::string> &upstream)
{
    constexpr size_t shown = 5;
    const size_t total = own.size() + upstream.size();
    const size_t listed = total <= shown + 1 ? total : shown;
    std::vector<std::string> head;
    head.reserve(listed + 1);
    for (size_t k = 0; k < listed; ++k)
        head.push_back(k < own.size() ? own[k] : upstream[k - own.size()]);
    if (listed < total)
        head.push_back(std::to_string(total - shown) + " more");
    return joinList(head);
}

void missingIdempotency(LintContext &context, int rule, int i, CriticalEvents &carried)
{
    const ModelIndex &index = context.index();
    const Integration &integration = index.integration(i);
    if (integration.effectiveIdempotency() != Idempotency::None || !index.resolved(i))
        return;
    if (index.component(index.to(i)).isDestination())
        return; // the consumer's integration out of the destination is where duplicates act

    std::string twice;
    if (const Retry *retry = retryOf(integration)) {
        if (retry->unbounded || !retry->maxAttempts)
            twice = "retries without a bound";
        else if (*retry->maxAttempts > 1)
            twice = "retries up to " + std::to_string(*retry->maxAttempts) + " attempts";
    }
    // Under lint.defaults: unspecified an omitted delivery is not claimed to be at-least-once,
    // but it may still repeat: the finding says which it is.
    const bool deliveryUnknown
        = integration.isAsync() && !integration.delivery && context.settings().defaultsUnspecified();
    if (twice.empty() && deliveryUnknown)
        twice = "delivery unspecified, so it may repeat";
    else if (twice.empty() && integration.effectiveDelivery() == Delivery::AtLeastOnce)
        twice = "at-least-once delivery";
    if (twice.empty())
        return;

    std::vector<std::string> critical;
    if (integration.operations)
        for (const Operation &operation : *integration.operations)
            if (operation.isCritical() && operation.method != HttpMethod::Get)
                critical.push_back(operation.name);
    if (integration.events)
        for (const Event &event : *integration.events)
            if (event.isCritical())
                critical.push_back(event.name);
    static const std::vector<std::string> none;
    const bool fromDestination
        = !(integration.events && !integration.events->empty()) && index.component(index.from(i)).isDestination();
    const std::vector<std::string> &upstream = fromDestination ? carried.ofDestination(index.from(i)) : none;
    if (critical.empty() && upstream.empty())
        return;
    context.reportIntegration(rule, i,
                              integration.id + " may deliver twice (" + twice + ") and carries critical "
                                  + namesList(critical, upstream) + ", but its idempotency is none",
                              {integration.to});
}

void missingDeadLetter(LintContext &context, int rule, int i)
{
    const ModelIndex &index = context.index();
    const Integration &integration = index.integration(i);
    if (!patternInfo(integration.pattern).messaging || !index.resolved(i)
        || index.component(index.to(i)).isDestination())
        return;
    if (integration.reliability && integration.reliability->deadLetter)
        return;
    context.reportIntegration(rule, i,
                              integration.id + " delivers " + patternName(integration) + " messages from "
                                  + integration.from + " to " + integration.to + " without a dead_letter",
                              {integration.to});
}

void missingIdempotencies(LintContext &context, int rule)
{
    CriticalEvents carried(context.index());
    for (int i = 0; i < context.index().integrationCount(); ++i)
        missingIdempotency(context, rule, i, carried);
}

// clang-format off
constexpr std::array<RuleRow, 7> kRules{{
    {{"unbounded-retries", Severity::Error, "Retry policy without a bound",
     "Retries without a bound turn a short outage into a long one: every client keeps adding load "
     "to a service that is trying to recover.",
     "Set reliability.retry.max_attempts to a small number (3-5 for calls) within "
     "lint.max_retry_attempts, and send what still fails to a dead-letter queue.",
     "reliability:\n"
     "  retry: {max_attempts: unbounded, backoff: exponential, jitter: 0.2}\n",
     "a retry policy has no max_attempts, unbounded, or more than max_retry_attempts (default 10)",
     "integration"}, eachIntegration<withRetry<unboundedRetries>>},
    {{"retry-without-backoff", Severity::Warning, "Retry policy without exponential backoff",
     "Immediate or fixed-interval retries arrive in lock-step and keep hammering a service that is "
     "already struggling.",
     "Use backoff: exponential with initial_ms and max_ms, and add jitter.",
     "reliability:\n"
     "  retry: {max_attempts: 3, backoff: fixed, initial_ms: 500}\n",
     "a retry policy's backoff is missing, none or fixed", "integration"}, eachIntegration<withRetry<retryWithoutBackoff>>},
    {{"retry-without-jitter", Severity::Info, "Exponential backoff without jitter",
     "Clients that failed together retry together: without jitter the retries arrive as "
     "synchronized waves.",
     "Add jitter (0..1, e.g. 0.2) to the retry policy.",
     "reliability:\n"
     "  retry: {max_attempts: 3, backoff: exponential, initial_ms: 200}\n",
     "exponential backoff with no jitter", "integration"}, eachIntegration<withRetry<retryWithoutJitter>>},
    {{"missing-circuit-breaker", Severity::Warning, "Call without a circuit breaker",
     "Without a circuit breaker, calls to a dead dependency queue up until timeouts exhaust the "
     "caller; a breaker fails fast and lets the dependency recover.",
     "Add reliability.circuit_breaker with failure_threshold, open_ms and half_open_successes.",
     "components:\n"
     "  - {id: stripe, kind: external}\n"
     "integrations:\n"
     "  - {id: charge, from: payments, to: stripe, pattern: rest, timeout_ms: 5000}\n",
     "a rest/graphql/grpc integration to an external or third-party component, or one with a retry "
     "policy, has no circuit_breaker",
     "integration"}, eachIntegration<missingCircuitBreaker>},
    {{"missing-timeout", Severity::Warning, "Call without a timeout",
     "A callee that hangs holds the caller's threads and connections for as long as the default "
     "timeout of the client library, often forever.",
     "Set timeout_ms on the integration (one attempt), below the caller's own latency promise.",
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest}\n",
     "a sync or webhook integration has no timeout_ms", "integration"}, eachIntegration<missingTimeout>},
    {{"missing-idempotency", Severity::Error, "Critical delivery that may repeat without idempotency",
     "A message or call that may be delivered twice and is not idempotent repeats its effect: the "
     "customer is charged twice, the order placed twice.",
     "Set reliability.idempotency to key (an idempotency key per request or message) or natural "
     "(the operation is idempotent by design).",
     "integrations:\n"
     "  - id: charge\n"
     "    from: payments\n"
     "    to: stripe\n"
     "    pattern: rest\n"
     "    operations: [{name: createCharge, method: POST, critical: true}]\n"
     "    reliability: {retry: {max_attempts: 3, backoff: exponential, jitter: 0.1}}\n",
     "idempotency is none on an integration whose to is not a destination, that may deliver twice "
     "(a retry policy whose max_attempts is above 1, missing or unbounded; or at-least-once "
     "delivery, the default of async patterns, or under lint.defaults: unspecified a delivery left "
     "out) and that carries a critical operation (non-GET) or a "
     "critical event",
     "integration"}, missingIdempotencies},
    {{"missing-dead-letter", Severity::Warning, "Consumer without a dead-letter queue",
     "A message the consumer can never process either blocks the queue behind it or is dropped "
     "without a trace.",
     "Add reliability.dead_letter (retention_days, alert_depth) and alert on its depth.",
     "integrations:\n"
     "  - {id: payments-consume, from: order-events, to: payments, pattern: pubsub}\n",
     "a consuming queue, pubsub or stream integration has no dead_letter", "integration"}, eachIntegration<missingDeadLetter>},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> reliabilityRules()
{
    return kRules;
}

} // namespace seam::lintrules
