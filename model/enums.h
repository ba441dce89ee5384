#pragma once
// The closed vocabularies of the model format, with their spellings in the file.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace seam {

enum class ComponentKind { Client, Gateway, Service, Database, Cache, Queue, Topic, External };
enum class Zone { Public, Dmz, Internal, ThirdParty };
enum class Pattern { Rest, Graphql, Grpc, Queue, Pubsub, Stream, Webhook, Database };
enum class Delivery { AtMostOnce, AtLeastOnce, ExactlyOnce };
enum class HttpMethod { Get, Post, Put, Patch, Delete };
enum class GraphqlKind { Query, Mutation, Subscription };
enum class Backoff { None, Fixed, Exponential };
enum class Idempotency { None, Key, Natural };
enum class Auth { None, ApiKey, Basic, Oauth2, Jwt, Mtls };
enum class Signature { None, HmacSha256, HmacSha512, Jws };
enum class DataClass { Public, Internal, Confidential, Pii };
enum class RatePeriod { Second, Minute, Hour };
enum class Severity { Error, Warning, Info, Off };

// The spellings of each enum, indexed by its value.
template <typename E> std::span<const std::string_view> enumNames();

template <typename E> std::string_view toString(E value) { return enumNames<E>()[static_cast<size_t>(value)]; }

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

bool isSyncPattern(Pattern pattern); // rest, graphql, grpc, database

} // namespace seam
