// Reliability rules, one integration at a time: unbounded-retries,
// retry-without-backoff, retry-without-jitter, missing-circuit-breaker,
// missing-timeout, missing-idempotency, missing-dead-letter.

#include "lintcontext.h"

namespace seam::lintrules {

namespace {

const Retry *retryOf(const Integration &integration)
{
    return integration.reliability && integration.reliability->retry ? &*integration.reliability->retry : nullptr;
}

bool isCallPattern(Pattern pattern) // the request/response patterns a breaker protects
{
    return pattern == Pattern::Rest || pattern == Pattern::Graphql || pattern == Pattern::Grpc;
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
        context.reportIntegration(rule, i, integration.id + " has a retry policy without max_attempts, so it never stops");
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
        context.reportIntegration(rule, i,
                                  context.index().integration(i).id + " retries with exponential backoff but no jitter");
}

void missingCircuitBreaker(LintContext &context, int rule, int i)
{
    const LintIndex &index = context.index();
    const Integration &integration = index.integration(i);
    if (!isCallPattern(integration.pattern) || !index.resolved(i))
        return;
    if (integration.reliability && integration.reliability->circuitBreaker)
        return;
    const Component &callee = index.component(index.to(i));
    if (callee.isThirdParty())
        context.reportIntegration(rule, i,
                                  integration.id + " calls " + (callee.kind == ComponentKind::External ? "external" : "third-party")
                                      + " " + callee.id + " without a circuit breaker",
                                  {callee.id});
    else if (retryOf(integration))
        context.reportIntegration(rule, i,
                                  integration.id + " retries calls to " + callee.id + " without a circuit breaker",
                                  {callee.id});
}

void missingTimeout(LintContext &context, int rule, int i)
{
    const Integration &integration = context.index().integration(i);
    if ((integration.isSync() || integration.pattern == Pattern::Webhook) && !integration.timeoutMs)
        context.reportIntegration(rule, i, integration.id + " (" + patternName(integration) + " to " + integration.to
                                               + ") has no timeout_ms");
}

// Critical events carried out of each destination, gathered once per
// destination: re-reading every producer for every consumer of a busy topic
// would be quadratic.
class CriticalEvents {
public:
    explicit CriticalEvents(const LintIndex &index)
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
    const LintIndex &m_index;
    std::vector<char> m_done;
    std::vector<std::vector<std::string>> m_names;
};

// "a, b, c, d, e and 7 more": a message stays one line on a busy topic.
std::string namesList(const std::vector<std::string> &names)
{
    constexpr size_t shown = 5;
    if (names.size() <= shown + 1)
        return joinList(names);
    std::vector<std::string> head(names.begin(), names.begin() + shown);
    head.push_back(std::to_string(names.size() - shown) + " more");
    return joinList(head);
}

void missingIdempotency(LintContext &context, int rule, int i, CriticalEvents &carried)
{
    const LintIndex &index = context.index();
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
    if (twice.empty() && integration.effectiveDelivery() == Delivery::AtLeastOnce)
        twice = "at-least-once delivery";
    if (twice.empty())
        return;

    std::vector<std::string> critical;
    if (integration.operations)
        for (const Operation &operation : *integration.operations)
            if (operation.isCritical() && operation.method != HttpMethod::Get)
                critical.push_back(operation.name);
    if (integration.events && !integration.events->empty()) {
        for (const Event &event : *integration.events)
            if (event.isCritical())
                critical.push_back(event.name);
    } else if (index.component(index.from(i)).isDestination()) {
        const auto &upstream = carried.ofDestination(index.from(i));
        critical.insert(critical.end(), upstream.begin(), upstream.end());
    }
    if (critical.empty())
        return;
    context.reportIntegration(rule, i,
                              integration.id + " may deliver twice (" + twice + ") and carries critical "
                                  + namesList(critical) + ", but its idempotency is none",
                              {integration.to});
}

void missingDeadLetter(LintContext &context, int rule, int i)
{
    const LintIndex &index = context.index();
    const Integration &integration = index.integration(i);
    const bool messaging = integration.pattern == Pattern::Queue || integration.pattern == Pattern::Pubsub
                           || integration.pattern == Pattern::Stream;
    if (!messaging || !index.resolved(i) || index.component(index.to(i)).isDestination())
        return;
    if (integration.reliability && integration.reliability->deadLetter)
        return;
    context.reportIntegration(rule, i,
                              integration.id + " delivers " + patternName(integration) + " messages from "
                                  + integration.from + " to " + integration.to + " without a dead_letter",
                              {integration.to});
}

} // namespace

void lintReliability(LintContext &context)
{
    const int unbounded = context.rule("unbounded-retries");
    const int backoff = context.rule("retry-without-backoff");
    const int jitter = context.rule("retry-without-jitter");
    const int breaker = context.rule("missing-circuit-breaker");
    const int timeout = context.rule("missing-timeout");
    const int idempotency = context.rule("missing-idempotency");
    const int deadLetter = context.rule("missing-dead-letter");
    const LintIndex &index = context.index();
    CriticalEvents carried(index);
    for (int i = 0; i < index.integrationCount(); ++i) {
        if (const Retry *retry = retryOf(index.integration(i))) {
            unboundedRetries(context, unbounded, i, *retry);
            retryWithoutBackoff(context, backoff, i, *retry);
            retryWithoutJitter(context, jitter, i, *retry);
        }
        missingCircuitBreaker(context, breaker, i);
        missingTimeout(context, timeout, i);
        missingIdempotency(context, idempotency, i, carried);
        missingDeadLetter(context, deadLetter, i);
    }
}

} // namespace seam::lintrules
