#pragma once
// The ranges and name patterns of the model format (docs/model-format.md): the one table that
// the reader enforces, the JSON Schema of `seam-cli schema` states and the inspector checks.

#include <array>
#include <limits>
#include <string_view>

namespace seam::limits {

inline constexpr double kMaxAvailabilityPercent = 100;
inline constexpr double kMaxLatencyMs = 1e12; // 31 years: larger is a typo, not a budget
inline constexpr double kMaxThroughputRps = 1e15;
inline constexpr double kMaxJitter = 1; // a fraction of the delay
inline constexpr double kNoMaximum = std::numeric_limits<double>::infinity(); // whole numbers: 64 bits

// One numeric field: `path` is dotted from its element, as the inspector keys it; `key` is
// its YAML key, which messages name; `whole` fields are integers.
struct NumberField {
    std::string_view path;
    std::string_view key;
    std::string_view unit;
    bool whole;
    double minimum;
    double maximum;
};

inline constexpr NumberField kAvailability {"sla.availability",     "availability", "percent", false, 0,
                                            kMaxAvailabilityPercent};
inline constexpr NumberField kLatencyP95 {"sla.latency_p95_ms", "latency_p95_ms", "milliseconds", false, 0,
                                          kMaxLatencyMs};
inline constexpr NumberField kLatencyP99 {"sla.latency_p99_ms", "latency_p99_ms", "milliseconds", false, 0,
                                          kMaxLatencyMs};
inline constexpr NumberField kThroughput {"sla.throughput_rps", "throughput_rps", "requests per second", false, 0,
                                          kMaxThroughputRps};
inline constexpr NumberField kTimeout {"timeout_ms", "timeout_ms", "milliseconds", true, 1, kNoMaximum};
inline constexpr NumberField kEventVersion {"events.version", "version", "", true, 1, kNoMaximum};
inline constexpr NumberField kRetryInitial {
    "reliability.retry.initial_ms", "initial_ms", "milliseconds", true, 0, kNoMaximum};
inline constexpr NumberField kRetryMax {"reliability.retry.max_ms", "max_ms", "milliseconds", true, 0, kNoMaximum};
inline constexpr NumberField kRetryJitter {
    "reliability.retry.jitter", "jitter", "fraction of the delay", false, 0, kMaxJitter};
inline constexpr NumberField kBreakerThreshold {
    "reliability.circuit_breaker.failure_threshold", "failure_threshold", "failures", true, 1, kNoMaximum};
inline constexpr NumberField kBreakerOpen {
    "reliability.circuit_breaker.open_ms", "open_ms", "milliseconds", true, 0, kNoMaximum};
inline constexpr NumberField kBreakerHalfOpen {
    "reliability.circuit_breaker.half_open_successes", "half_open_successes", "calls", true, 1, kNoMaximum};
inline constexpr NumberField kRetentionDays {
    "reliability.dead_letter.retention_days", "retention_days", "days", true, 1, kNoMaximum};
inline constexpr NumberField kAlertDepth {
    "reliability.dead_letter.alert_depth", "alert_depth", "messages", true, 1, kNoMaximum};
inline constexpr NumberField kRateRequests {
    "rate_limit.requests", "requests", "requests per period", true, 1, kNoMaximum};
inline constexpr NumberField kRateBurst {"rate_limit.burst", "burst", "requests", true, 1, kNoMaximum};
inline constexpr NumberField kFlowLatencyP95 {
    "flow.sla.latency_p95_ms", "latency_p95_ms", "milliseconds", false, 0, kMaxLatencyMs};
inline constexpr NumberField kMaxSyncDepth {"lint.max_sync_depth", "max_sync_depth", "hops", true, 1, kNoMaximum};
inline constexpr NumberField kMaxRetryAttempts {
    "lint.max_retry_attempts", "max_retry_attempts", "attempts", true, 1, kNoMaximum};
inline constexpr NumberField kMaxSyncFanOut {
    "lint.max_sync_fan_out", "max_sync_fan_out", "callees", true, 1, kNoMaximum};
inline constexpr NumberField kMaxRetryAmplification {
    "lint.max_retry_amplification", "max_retry_amplification", "attempts", true, 2, kNoMaximum};

// Every numeric field of the format but retry.max_attempts (a number or 'unbounded').
inline constexpr std::array kNumberFields {
    kAvailability,     kLatencyP95,     kLatencyP99,
    kThroughput,       kTimeout,        kEventVersion,
    kRetryInitial,     kRetryMax,       kRetryJitter,
    kBreakerThreshold, kBreakerOpen,    kBreakerHalfOpen,
    kRetentionDays,    kAlertDepth,     kRateRequests,
    kRateBurst,        kFlowLatencyP95, kMaxSyncDepth,
    kMaxRetryAttempts, kMaxSyncFanOut,  kMaxRetryAmplification,
};

// Runs of a flow step per journey (issue 12). Not in kNumberFields: the inspector does not edit steps.
inline constexpr NumberField kFlowStepTimes {"flows.steps.times", "times", "runs per journey", true, 1, kNoMaximum};

// Contract fields (issue 11). Not in kNumberFields: the inspector does not edit contracts yet.
inline constexpr NumberField kKafkaPartitions {
    "channels.bindings.kafka.partitions", "partitions", "partitions", true, 1, kNoMaximum};
inline constexpr NumberField kKafkaReplicas {
    "channels.bindings.kafka.replicas", "replicas", "replicas", true, 1, kNoMaximum};
inline constexpr NumberField kMqttQos {"channels.bindings.mqtt.qos", "qos", "", true, 0, 2};
// Protocol Buffers field numbers: 1 to 2^29 - 1 (19000-19999 are reserved by protobuf itself).
inline constexpr NumberField kProtoFieldNumber {"schemas.properties.field", "field", "", true, 1, 536870911};
inline constexpr std::array kContractNumberFields {kKafkaPartitions, kKafkaReplicas, kMqttQos};

// Runtime configuration fields (issue 14). Not in kNumberFields: the inspector does not edit them yet.
inline constexpr NumberField kTotalTimeout {"total_timeout_ms", "total_timeout_ms", "milliseconds", true, 1,
                                            kNoMaximum};
inline constexpr NumberField kConcurrencyLimit {"concurrency_limit", "concurrency_limit", "calls in flight", true, 1,
                                                kNoMaximum};
inline constexpr NumberField kKubernetesPort {"kubernetes.port", "port", "", true, 1, 65535};

// The patterns an API (`apis[].style`) may have: the synchronous ones a contract describes.
inline constexpr std::array<std::string_view, 3> kApiStyles {"rest", "graphql", "grpc"};

// What isValidId() and isValidSchemaName() accept, as the regular expressions the schema states.
inline constexpr std::string_view kIdPattern = "^[a-z][a-z0-9]*([._-][a-z0-9]+)*$";
inline constexpr std::string_view kSchemaNamePattern = "^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$";

// isDnsLabel() (RFC 1123, at most 63 characters) and isPrometheusMetricName().
inline constexpr std::string_view kDnsLabelPattern = "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$";
inline constexpr std::string_view kMetricNamePattern = "^[a-zA-Z_:][a-zA-Z0-9_:]*$";

} // namespace seam::limits
