#pragma once
// The closed vocabularies of the model format, with their spellings in the file.
// Component kinds and patterns carry more than a spelling: vocabulary.h.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace seam {

// The number of values of a closed enum: its last value + 1, written under each
// enum so a new last value is updated in the same place. Every table indexed by
// an enum is sized by it and checked at compile time (enumtable.h).
template <typename E> inline constexpr size_t enumCount = 0;

enum class ComponentKind { Client, Gateway, Service, Database, Cache, Queue, Topic, External };
template <> inline constexpr size_t enumCount<ComponentKind> = size_t(ComponentKind::External) + 1;
enum class Zone { Public, Dmz, Internal, ThirdParty };
template <> inline constexpr size_t enumCount<Zone> = size_t(Zone::ThirdParty) + 1;
enum class Pattern { Rest, Graphql, Grpc, Queue, Pubsub, Stream, Webhook, Database };
template <> inline constexpr size_t enumCount<Pattern> = size_t(Pattern::Database) + 1;
enum class Delivery { AtMostOnce, AtLeastOnce, ExactlyOnce };
template <> inline constexpr size_t enumCount<Delivery> = size_t(Delivery::ExactlyOnce) + 1;
enum class HttpMethod { Get, Post, Put, Patch, Delete, Head, Options, Trace };
template <> inline constexpr size_t enumCount<HttpMethod> = size_t(HttpMethod::Trace) + 1;
enum class GraphqlKind { Query, Mutation, Subscription };
template <> inline constexpr size_t enumCount<GraphqlKind> = size_t(GraphqlKind::Subscription) + 1;
enum class Backoff { None, Fixed, Exponential };
template <> inline constexpr size_t enumCount<Backoff> = size_t(Backoff::Exponential) + 1;
enum class Idempotency { None, Key, Natural };
template <> inline constexpr size_t enumCount<Idempotency> = size_t(Idempotency::Natural) + 1;
enum class Auth { None, ApiKey, Basic, Oauth2, Jwt, Mtls };
template <> inline constexpr size_t enumCount<Auth> = size_t(Auth::Mtls) + 1;
enum class Signature { None, HmacSha256, HmacSha512, Jws };
template <> inline constexpr size_t enumCount<Signature> = size_t(Signature::Jws) + 1;
enum class DataClass { Public, Internal, Confidential, Pii };
template <> inline constexpr size_t enumCount<DataClass> = size_t(DataClass::Pii) + 1;
enum class RatePeriod { Second, Minute, Hour };
template <> inline constexpr size_t enumCount<RatePeriod> = size_t(RatePeriod::Hour) + 1;
// gRPC streaming of one rpc: which side sends a stream.
enum class Streaming { None, Client, Server, Bidirectional };
template <> inline constexpr size_t enumCount<Streaming> = size_t(Streaming::Bidirectional) + 1;
// Where an HTTP parameter travels (OpenAPI's `in`).
enum class ParamLocation { Path, Query, Header, Cookie };
template <> inline constexpr size_t enumCount<ParamLocation> = size_t(ParamLocation::Cookie) + 1;
// The wrapper the JSON Schema export puts around an event's payload: none unless the model asks.
enum class Envelope { None, CloudEvents, Template };
template <> inline constexpr size_t enumCount<Envelope> = size_t(Envelope::Template) + 1;
// The unit of a latency histogram's buckets (component `metrics.unit`).
enum class MetricUnit { Seconds, Milliseconds };
template <> inline constexpr size_t enumCount<MetricUnit> = size_t(MetricUnit::Milliseconds) + 1;
// What a consumer does with a message whose handler failed (`reliability.on_failure`).
enum class OnFailure { Retry, DeadLetter, Drop };
template <> inline constexpr size_t enumCount<OnFailure> = size_t(OnFailure::Drop) + 1;
// What omitted security.tls, security.auth and delivery mean (`lint.defaults`): the documented
// defaults (assumed, v1's meaning), or nothing said (unspecified: reported, never assumed).
enum class DefaultsMode { Assumed, Unspecified };
template <> inline constexpr size_t enumCount<DefaultsMode> = size_t(DefaultsMode::Unspecified) + 1;
enum class Severity { Error, Warning, Info, Off };
template <> inline constexpr size_t enumCount<Severity> = size_t(Severity::Off) + 1;

// The spellings of each enum, indexed by its value (enumCount<E> of them).
template <typename E> std::span<const std::string_view> enumNames();

template <typename E> std::string_view toString(E value)
{
    return enumNames<E>()[static_cast<size_t>(value)];
}

template <typename E> std::optional<E> parseEnum(std::string_view text)
{
    const auto names = enumNames<E>();
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == text)
            return static_cast<E>(i);
    return std::nullopt;
}

// The valid spelling closest to `text` (edit distance), for "did you mean" hints;
// empty when there are no candidates or `text` is longer than any name (256 bytes).
std::string_view closestSpelling(std::string_view text, std::span<const std::string_view> candidates);
std::string joinNames(std::span<const std::string_view> names); // "a, b or c"

bool isSyncPattern(Pattern pattern); // rest, graphql, grpc, database (patternInfo(p).sync)

} // namespace seam
