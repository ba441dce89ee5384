// The rule catalog (docs/lint-rules.md, catalog version 1). Ids are a public
// contract: users write them in `suppress:` and `lint.rules`, CI greps them,
// SARIF viewers group by them. Never rename or reuse one; append new rules.

#include "linter.h"

#include "enums.h"

#include <array>
#include <vector>

namespace seam {

namespace {

constexpr std::array<RuleInfo, 22> kCatalog{{
    {"sync-chain", Severity::Warning, "Synchronous call chain too deep",
     "Latency compounds along a chain of synchronous calls and one slow or failing component "
     "cascades to every caller before it.",
     "Make one hop asynchronous (publish an event, queue the work), cache what the caller needs, or "
     "raise lint.max_sync_depth if the chain is deliberate.",
     "components: [{id: a, kind: service}, {id: b, kind: service}, {id: c, kind: service},\n"
     "             {id: d, kind: service}, {id: e, kind: service}]\n"
     "integrations:\n"
     "  - {id: a-b, from: a, to: b, pattern: rest}\n"
     "  - {id: b-c, from: b, to: c, pattern: rest}\n"
     "  - {id: c-d, from: c, to: d, pattern: grpc}\n"
     "  - {id: d-e, from: d, to: e, pattern: rest}   # 4 hops > max_sync_depth 3\n",
     "a chain of sync integrations between non-data-store components is longer than max_sync_depth "
     "(default 3) hops; one finding per component that starts such a chain (is not a data store and "
     "has no incoming sync integration at all), naming the longest path",
     "first component of the chain"},
    {"sync-cycle", Severity::Error, "Synchronous call cycle",
     "Components that call each other synchronously can deadlock under load, and a retry on one "
     "side multiplies into a retry storm around the cycle.",
     "Break the cycle: turn one direction into an event or a callback through a queue, or move the "
     "shared logic into one of the components.",
     "integrations:\n"
     "  - {id: a-b, from: a, to: b, pattern: rest}\n"
     "  - {id: b-a, from: b, to: a, pattern: rest}\n",
     "sync integrations form a cycle (each strongly connected group reported once)",
     "lowest id in the cycle"},
    {"sync-fan-out", Severity::Warning, "Too many synchronous callees",
     "Every synchronous callee's failure and latency become the caller's: the caller is only as "
     "available as the product of its dependencies.",
     "Aggregate the calls behind one service, replace some with events or cached data, or raise "
     "lint.max_sync_fan_out.",
     "# six rest integrations from the same component, max_sync_fan_out 5\n"
     "integrations:\n"
     "  - {id: o-a, from: orders, to: a, pattern: rest}\n"
     "  - {id: o-b, from: orders, to: b, pattern: rest}\n"
     "  - {id: o-c, from: orders, to: c, pattern: rest}\n"
     "  - {id: o-d, from: orders, to: d, pattern: rest}\n"
     "  - {id: o-e, from: orders, to: e, pattern: rest}\n"
     "  - {id: o-f, from: orders, to: f, pattern: rest}\n",
     "a component has more than max_sync_fan_out (default 5) outgoing sync integrations", "caller"},
    {"latency-budget", Severity::Warning, "Latency promise below the sum of synchronous callees",
     "A component that calls its dependencies in sequence cannot answer faster than they do "
     "together.",
     "Call the dependencies in parallel or asynchronously, cache their answers, or relax the "
     "component's latency_p95_ms.",
     "components:\n"
     "  - {id: orders, kind: service, sla: {latency_p95_ms: 100}}\n"
     "  - {id: inventory, kind: service, sla: {latency_p95_ms: 150}}\n"
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest}\n",
     "the component promises latency_p95_ms L, and the latency_p95_ms of its distinct sync callees "
     "(called in sequence; callees without one count 0) add up to more than L",
     "caller"},
    {"availability-budget", Severity::Warning, "Availability promise above what the callees allow",
     "Serial dependencies multiply: a component that needs every callee up is at most as available "
     "as the product of their availabilities.",
     "Add a fallback on the integration (cached response, queue for later), make the call "
     "asynchronous, or promise a lower availability.",
     "components:\n"
     "  - {id: orders, kind: service, sla: {availability: 99.99}}\n"
     "  - {id: inventory, kind: service, sla: {availability: 99.9}}\n"
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest}\n",
     "the component promises availability A, and the product of the availabilities of its distinct "
     "sync callees reached by at least one integration without fallback (callees without one are "
     "left out) is below A",
     "caller"},
    {"timeout-below-latency", Severity::Warning, "Timeout below the callee's p95 latency",
     "With a timeout under the callee's 95th percentile latency, more than 5% of calls time out by "
     "design and are retried or failed.",
     "Raise timeout_ms above the callee's latency_p95_ms, or make the callee faster and lower its "
     "promise.",
     "components:\n"
     "  - {id: inventory, kind: service, sla: {latency_p95_ms: 300}}\n"
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest, timeout_ms: 200}\n",
     "timeout_ms is below the callee's latency_p95_ms", "integration"},
    {"retry-budget", Severity::Warning, "Retries do not fit the caller's latency promise",
     "When every attempt may run to its timeout, max_attempts × timeout_ms is how long the caller "
     "can wait: beyond its own promise, retries break it.",
     "Lower max_attempts or timeout_ms so their product fits the caller's latency_p95_ms, or retry "
     "asynchronously.",
     "components:\n"
     "  - {id: orders, kind: service, sla: {latency_p95_ms: 500}}\n"
     "integrations:\n"
     "  - id: orders-inventory\n"
     "    from: orders\n"
     "    to: inventory\n"
     "    pattern: rest\n"
     "    timeout_ms: 300\n"
     "    reliability: {retry: {max_attempts: 3, backoff: exponential, jitter: 0.2}}\n",
     "the caller promises latency_p95_ms L, and a numeric max_attempts × timeout_ms of this "
     "integration exceeds L",
     "integration"},
    {"shared-database", Severity::Error, "Data store shared between components",
     "Integrating through a shared database couples every user to one schema: no team can change "
     "it alone, and the store becomes an undocumented API.",
     "Give the data store one owning component and let the others call that component's API or "
     "consume its events.",
     "components:\n"
     "  - {id: orders-db, kind: database, owner: team-orders}\n"
     "integrations:\n"
     "  - {id: orders-store, from: orders, to: orders-db, pattern: database}\n"
     "  - {id: billing-reads-orders, from: billing, to: orders-db, pattern: database}\n",
     "a data store is used by two or more components; or, when it has an owner, by any component "
     "with another owner",
     "data store"},
    {"unbounded-retries", Severity::Error, "Retry policy without a bound",
     "Retries without a bound turn a short outage into a long one: every client keeps adding load "
     "to a service that is trying to recover.",
     "Set reliability.retry.max_attempts to a small number (3-5 for calls) within "
     "lint.max_retry_attempts, and send what still fails to a dead-letter queue.",
     "reliability:\n"
     "  retry: {max_attempts: unbounded, backoff: exponential, jitter: 0.2}\n",
     "a retry policy has no max_attempts, unbounded, or more than max_retry_attempts (default 10)",
     "integration"},
    {"retry-without-backoff", Severity::Warning, "Retry policy without exponential backoff",
     "Immediate or fixed-interval retries arrive in lock-step and keep hammering a service that is "
     "already struggling.",
     "Use backoff: exponential with initial_ms and max_ms, and add jitter.",
     "reliability:\n"
     "  retry: {max_attempts: 3, backoff: fixed, initial_ms: 500}\n",
     "a retry policy's backoff is missing, none or fixed", "integration"},
    {"retry-without-jitter", Severity::Info, "Exponential backoff without jitter",
     "Clients that failed together retry together: without jitter the retries arrive as "
     "synchronized waves.",
     "Add jitter (0..1, e.g. 0.2) to the retry policy.",
     "reliability:\n"
     "  retry: {max_attempts: 3, backoff: exponential, initial_ms: 200}\n",
     "exponential backoff with no jitter", "integration"},
    {"missing-circuit-breaker", Severity::Warning, "Call without a circuit breaker",
     "Without a circuit breaker, calls to a dead dependency queue up until timeouts exhaust the "
     "caller; a breaker fails fast and lets the dependency recover.",
     "Add reliability.circuit_breaker with failure_threshold, open_ms and half_open_successes.",
     "components:\n"
     "  - {id: stripe, kind: external}\n"
     "integrations:\n"
     "  - {id: charge, from: payments, to: stripe, pattern: rest, timeout_ms: 5000}\n",
     "a rest/graphql/grpc integration to an external or third-party component, or one with a retry "
     "policy, has no circuit_breaker",
     "integration"},
    {"missing-timeout", Severity::Warning, "Call without a timeout",
     "A callee that hangs holds the caller's threads and connections for as long as the default "
     "timeout of the client library, often forever.",
     "Set timeout_ms on the integration (one attempt), below the caller's own latency promise.",
     "integrations:\n"
     "  - {id: orders-inventory, from: orders, to: inventory, pattern: rest}\n",
     "a sync or webhook integration has no timeout_ms", "integration"},
    {"missing-idempotency", Severity::Error, "Critical delivery that may repeat without idempotency",
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
     "delivery, the default of async patterns) and that carries a critical operation (non-GET) or a "
     "critical event",
     "integration"},
    {"missing-dead-letter", Severity::Warning, "Consumer without a dead-letter queue",
     "A message the consumer can never process either blocks the queue behind it or is dropped "
     "without a trace.",
     "Add reliability.dead_letter (retention_days, alert_depth) and alert on its depth.",
     "integrations:\n"
     "  - {id: payments-consume, from: order-events, to: payments, pattern: pubsub}\n",
     "a consuming queue, pubsub or stream integration has no dead_letter", "integration"},
    {"unsigned-webhook", Severity::Error, "Webhook without a signature",
     "Anyone who finds the webhook URL can post forged callbacks unless the receiver verifies a "
     "signature.",
     "Set security.signature (hmac-sha256, hmac-sha512 or jws) and verify it on receipt.",
     "integrations:\n"
     "  - {id: stripe-webhook, from: stripe, to: payments, pattern: webhook, timeout_ms: 30000}\n",
     "a webhook has no signature or none", "integration"},
    {"unauthenticated-integration", Severity::Error, "Unauthenticated call across a trust boundary",
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
     "integration"},
    {"plaintext-transport", Severity::Error, "Sensitive or cross-boundary traffic without TLS",
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
     "integration"},
    {"missing-rate-limit", Severity::Warning, "Public entry point without a rate limit",
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
     "integration"},
    {"unversioned-event", Severity::Warning, "Event without a version",
     "Consumers of an unversioned event break on its first incompatible change; a version lets "
     "producer and consumers migrate one at a time.",
     "Add version: 1 to the event and bump it on every breaking change to its payload.",
     "integrations:\n"
     "  - id: orders-publish\n"
     "    from: orders\n"
     "    to: order-events\n"
     "    pattern: pubsub\n"
     "    events: [{name: order.created, payload: Order}]\n",
     "an event has no version", "integration"},
    {"missing-contract", Severity::Info, "Integration without a contract",
     "Without operations or events the exported OpenAPI, AsyncAPI and protobuf specs stay empty and "
     "the integration has no reviewable contract.",
     "List the operations (rest/graphql/grpc) or the events (async) the integration carries.",
     "integrations:\n"
     "  - {id: gateway-orders, from: gateway, to: orders, pattern: rest, timeout_ms: 2000}\n",
     "a rest/graphql/grpc integration has no operations, or an async integration into a destination "
     "or a direct async/webhook one has no events",
     "integration"},
    {"orphan-component", Severity::Info, "Component without integrations",
     "A component that nothing calls and that calls nothing is either missing its integrations or "
     "no longer part of the system.",
     "Add its integrations or remove it from the model.",
     "components:\n"
     "  - {id: legacy-reports, kind: service}   # no integration mentions it\n",
     "a component has no integrations", "component"},
}};

} // namespace

std::span<const RuleInfo> ruleCatalog()
{
    return kCatalog;
}

const RuleInfo *findRule(std::string_view id)
{
    for (const RuleInfo &rule : kCatalog)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

std::string_view closestRuleId(std::string_view id)
{
    std::vector<std::string_view> ids;
    ids.reserve(kCatalog.size());
    for (const RuleInfo &rule : kCatalog)
        ids.push_back(rule.id);
    return closestSpelling(id, ids);
}

} // namespace seam
