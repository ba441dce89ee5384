#include "nesteddiff.h"

#include <string>

namespace seam::diff {

namespace {

// A section present on one side only is reported as such; on both, key by key.
template <typename T, typename Keys>
void section(FieldDiff &fields, const std::string &name, const std::optional<T> &before, const std::optional<T> &after,
             Keys keys)
{
    if (before == after)
        return;
    if (before.has_value() != after.has_value()) {
        fields.note(name + (after ? " added" : " removed"));
        return;
    }
    keys(*before, *after);
}

std::optional<std::string> attempts(const std::optional<Retry> &retry)
{
    if (!retry)
        return std::nullopt;
    if (retry->unbounded)
        return std::string("unbounded");
    if (retry->maxAttempts)
        return std::to_string(*retry->maxAttempts);
    return std::nullopt;
}

} // namespace

void addSlaDetails(FieldDiff &fields, const std::optional<Sla> &before, const std::optional<Sla> &after)
{
    section(fields, "sla", before, after, [&](const Sla &a, const Sla &b) {
        fields.add("sla.availability", a.availability, b.availability);
        fields.add("sla.latency_p95_ms", a.latencyP95Ms, b.latencyP95Ms);
        fields.add("sla.latency_p99_ms", a.latencyP99Ms, b.latencyP99Ms);
        fields.add("sla.throughput_rps", a.throughputRps, b.throughputRps);
        fields.add("sla.extensions", a.extras, b.extras);
    });
}

void addFlowSlaDetails(FieldDiff &fields, const std::optional<FlowSla> &before, const std::optional<FlowSla> &after)
{
    section(fields, "sla", before, after, [&](const FlowSla &a, const FlowSla &b) {
        fields.add("sla.latency_p95_ms", a.latencyP95Ms, b.latencyP95Ms);
        fields.add("sla.extensions", a.extras, b.extras);
    });
}

void addReliabilityDetails(FieldDiff &fields, const std::optional<Reliability> &before,
                           const std::optional<Reliability> &after)
{
    section(fields, "reliability", before, after, [&](const Reliability &a, const Reliability &b) {
        section(fields, "reliability.retry", a.retry, b.retry, [&](const Retry &x, const Retry &y) {
            fields.add("reliability.retry.max_attempts", attempts(x), attempts(y));
            fields.add("reliability.retry.backoff", x.backoff, y.backoff);
            fields.add("reliability.retry.initial_ms", x.initialMs, y.initialMs);
            fields.add("reliability.retry.max_ms", x.maxMs, y.maxMs);
            fields.add("reliability.retry.jitter", x.jitter, y.jitter);
            fields.add("reliability.retry.extensions", x.extras, y.extras);
        });
        section(fields, "reliability.circuit_breaker", a.circuitBreaker, b.circuitBreaker,
                [&](const CircuitBreaker &x, const CircuitBreaker &y) {
                    fields.add("reliability.circuit_breaker.failure_threshold", x.failureThreshold, y.failureThreshold);
                    fields.add("reliability.circuit_breaker.open_ms", x.openMs, y.openMs);
                    fields.add("reliability.circuit_breaker.half_open_successes", x.halfOpenSuccesses,
                               y.halfOpenSuccesses);
                    fields.add("reliability.circuit_breaker.extensions", x.extras, y.extras);
                });
        fields.add("reliability.idempotency", a.idempotency, b.idempotency);
        section(fields, "reliability.dead_letter", a.deadLetter, b.deadLetter,
                [&](const DeadLetter &x, const DeadLetter &y) {
                    fields.add("reliability.dead_letter.retention_days", x.retentionDays, y.retentionDays);
                    fields.add("reliability.dead_letter.alert_depth", x.alertDepth, y.alertDepth);
                    fields.add("reliability.dead_letter.extensions", x.extras, y.extras);
                });
        fields.add("reliability.fallback", a.fallback, b.fallback);
        fields.add("reliability.extensions", a.extras, b.extras);
    });
}

void addSecurityDetails(FieldDiff &fields, const std::optional<Security> &before, const std::optional<Security> &after)
{
    section(fields, "security", before, after, [&](const Security &a, const Security &b) {
        fields.add("security.auth", a.auth, b.auth);
        fields.add("security.tls", a.tls, b.tls);
        fields.add("security.signature", a.signature, b.signature);
        fields.add("security.data", a.data, b.data);
        fields.add("security.extensions", a.extras, b.extras);
    });
}

void addRateLimitDetails(FieldDiff &fields, const std::optional<RateLimit> &before,
                         const std::optional<RateLimit> &after)
{
    section(fields, "rate_limit", before, after, [&](const RateLimit &a, const RateLimit &b) {
        fields.add("rate_limit.requests", a.requests, b.requests);
        fields.add("rate_limit.per", a.per, b.per);
        fields.add("rate_limit.burst", a.burst, b.burst);
        fields.add("rate_limit.extensions", a.extras, b.extras);
    });
}

void addLintSettingsDetails(FieldDiff &fields, const std::optional<LintSettings> &before,
                            const std::optional<LintSettings> &after)
{
    section(fields, "lint", before, after, [&](const LintSettings &a, const LintSettings &b) {
        fields.add("lint.max_sync_depth", a.maxSyncDepth, b.maxSyncDepth);
        fields.add("lint.max_retry_attempts", a.maxRetryAttempts, b.maxRetryAttempts);
        fields.add("lint.max_sync_fan_out", a.maxSyncFanOut, b.maxSyncFanOut);
        fields.add("lint.max_retry_amplification", a.maxRetryAmplification, b.maxRetryAmplification);
        fields.add("lint.rules", a.rules, b.rules);
        fields.add("lint.extensions", a.extras, b.extras);
    });
}

} // namespace seam::diff
