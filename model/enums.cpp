#include "enums.h"

#include "enumtable.h"

#include <algorithm>
#include <array>
#include <vector>

namespace seam {

namespace {
// One row per value, in enum order (checked below). Kinds, patterns and zones have
// their own tables with all their traits (vocabulary.cpp).
constexpr std::array<Spelled<Delivery>, enumCount<Delivery>> kDeliveries {{{Delivery::AtMostOnce, "at-most-once"},
                                                                           {Delivery::AtLeastOnce, "at-least-once"},
                                                                           {Delivery::ExactlyOnce, "exactly-once"}}};
constexpr std::array<Spelled<HttpMethod>, enumCount<HttpMethod>> kMethods {{{HttpMethod::Get, "GET"},
                                                                            {HttpMethod::Post, "POST"},
                                                                            {HttpMethod::Put, "PUT"},
                                                                            {HttpMethod::Patch, "PATCH"},
                                                                            {HttpMethod::Delete, "DELETE"},
                                                                            {HttpMethod::Head, "HEAD"},
                                                                            {HttpMethod::Options, "OPTIONS"},
                                                                            {HttpMethod::Trace, "TRACE"}}};
constexpr std::array<Spelled<GraphqlKind>, enumCount<GraphqlKind>> kGraphqlKinds {
    {{GraphqlKind::Query, "query"}, {GraphqlKind::Mutation, "mutation"}, {GraphqlKind::Subscription, "subscription"}}};
constexpr std::array<Spelled<Backoff>, enumCount<Backoff>> kBackoffs {
    {{Backoff::None, "none"}, {Backoff::Fixed, "fixed"}, {Backoff::Exponential, "exponential"}}};
constexpr std::array<Spelled<Idempotency>, enumCount<Idempotency>> kIdempotencies {
    {{Idempotency::None, "none"}, {Idempotency::Key, "key"}, {Idempotency::Natural, "natural"}}};
constexpr std::array<Spelled<Auth>, enumCount<Auth>> kAuths {{{Auth::None, "none"},
                                                              {Auth::ApiKey, "api-key"},
                                                              {Auth::Basic, "basic"},
                                                              {Auth::Oauth2, "oauth2"},
                                                              {Auth::Jwt, "jwt"},
                                                              {Auth::Mtls, "mtls"}}};
constexpr std::array<Spelled<Signature>, enumCount<Signature>> kSignatures {{{Signature::None, "none"},
                                                                             {Signature::HmacSha256, "hmac-sha256"},
                                                                             {Signature::HmacSha512, "hmac-sha512"},
                                                                             {Signature::Jws, "jws"}}};
constexpr std::array<Spelled<DataClass>, enumCount<DataClass>> kDataClasses {{{DataClass::Public, "public"},
                                                                              {DataClass::Internal, "internal"},
                                                                              {DataClass::Confidential, "confidential"},
                                                                              {DataClass::Pii, "pii"}}};
constexpr std::array<Spelled<RatePeriod>, enumCount<RatePeriod>> kRatePeriods {
    {{RatePeriod::Second, "second"}, {RatePeriod::Minute, "minute"}, {RatePeriod::Hour, "hour"}}};
constexpr std::array<Spelled<Streaming>, enumCount<Streaming>> kStreamings {
    {{Streaming::None, "none"},
     {Streaming::Client, "client"},
     {Streaming::Server, "server"},
     {Streaming::Bidirectional, "bidirectional"}}};
constexpr std::array<Spelled<ParamLocation>, enumCount<ParamLocation>> kParamLocations {
    {{ParamLocation::Path, "path"},
     {ParamLocation::Query, "query"},
     {ParamLocation::Header, "header"},
     {ParamLocation::Cookie, "cookie"}}};
constexpr std::array<Spelled<Envelope>, enumCount<Envelope>> kEnvelopes {
    {{Envelope::None, "none"}, {Envelope::CloudEvents, "cloudevents"}, {Envelope::Template, "template"}}};
constexpr std::array<Spelled<OnFailure>, enumCount<OnFailure>> kOnFailures {
    {{OnFailure::Retry, "retry"}, {OnFailure::DeadLetter, "dead-letter"}, {OnFailure::Drop, "drop"}}};
constexpr std::array<Spelled<DefaultsMode>, enumCount<DefaultsMode>> kDefaultsModes {
    {{DefaultsMode::Assumed, "assumed"}, {DefaultsMode::Unspecified, "unspecified"}}};
constexpr std::array<Spelled<Severity>, enumCount<Severity>> kSeverities {
    {{Severity::Error, "error"}, {Severity::Warning, "warning"}, {Severity::Info, "info"}, {Severity::Off, "off"}}};
constexpr std::array<Spelled<MetricUnit>, enumCount<MetricUnit>> kMetricUnits {
    {{MetricUnit::Seconds, "seconds"}, {MetricUnit::Milliseconds, "milliseconds"}}};

static_assert(isEnumTable(kDeliveries));
static_assert(isEnumTable(kMethods));
static_assert(isEnumTable(kGraphqlKinds));
static_assert(isEnumTable(kBackoffs));
static_assert(isEnumTable(kIdempotencies));
static_assert(isEnumTable(kAuths));
static_assert(isEnumTable(kSignatures));
static_assert(isEnumTable(kDataClasses));
static_assert(isEnumTable(kRatePeriods));
static_assert(isEnumTable(kStreamings));
static_assert(isEnumTable(kParamLocations));
static_assert(isEnumTable(kEnvelopes));
static_assert(isEnumTable(kOnFailures));
static_assert(isEnumTable(kDefaultsModes));
static_assert(isEnumTable(kSeverities));
static_assert(isEnumTable(kMetricUnits));

// enumNames<E>() hands out spans: the spelling arrays live as long as the program.
template <const auto &Table> constexpr auto kNames = spellingsOf(Table);

// Longer than any spelling or id: such a text gets no did-you-mean hint.
constexpr size_t kMaxSpellingLength = 256;

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Case-insensitive Levenshtein distance; stops early and returns limit + 1 once it must exceed `limit`.
// `row` is scratch space reused across calls (hints compare one text against many ids).
size_t editDistance(std::string_view a, std::string_view b, size_t limit, std::vector<size_t> &row)
{
    row.resize(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        size_t rowMinimum = row[0];
        const char ai = lowerAscii(a[i - 1]);
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (ai == lowerAscii(b[j - 1]) ? 0 : 1)});
            rowMinimum = std::min(rowMinimum, row[j]);
            diagonal = above;
        }
        if (rowMinimum > limit)
            return limit + 1;
    }
    return row[b.size()];
}
} // namespace

template <> std::span<const std::string_view> enumNames<Delivery>()
{
    return kNames<kDeliveries>;
}
template <> std::span<const std::string_view> enumNames<HttpMethod>()
{
    return kNames<kMethods>;
}
template <> std::span<const std::string_view> enumNames<GraphqlKind>()
{
    return kNames<kGraphqlKinds>;
}
template <> std::span<const std::string_view> enumNames<Backoff>()
{
    return kNames<kBackoffs>;
}
template <> std::span<const std::string_view> enumNames<Idempotency>()
{
    return kNames<kIdempotencies>;
}
template <> std::span<const std::string_view> enumNames<Auth>()
{
    return kNames<kAuths>;
}
template <> std::span<const std::string_view> enumNames<Signature>()
{
    return kNames<kSignatures>;
}
template <> std::span<const std::string_view> enumNames<DataClass>()
{
    return kNames<kDataClasses>;
}
template <> std::span<const std::string_view> enumNames<RatePeriod>()
{
    return kNames<kRatePeriods>;
}
template <> std::span<const std::string_view> enumNames<Streaming>()
{
    return kNames<kStreamings>;
}
template <> std::span<const std::string_view> enumNames<ParamLocation>()
{
    return kNames<kParamLocations>;
}
template <> std::span<const std::string_view> enumNames<Envelope>()
{
    return kNames<kEnvelopes>;
}
template <> std::span<const std::string_view> enumNames<OnFailure>()
{
    return kNames<kOnFailures>;
}
template <> std::span<const std::string_view> enumNames<DefaultsMode>()
{
    return kNames<kDefaultsModes>;
}
template <> std::span<const std::string_view> enumNames<Severity>()
{
    return kNames<kSeverities>;
}
template <> std::span<const std::string_view> enumNames<MetricUnit>()
{
    return kNames<kMetricUnits>;
}

std::string_view closestSpelling(std::string_view text, std::span<const std::string_view> candidates)
{
    std::string_view best;
    size_t bestDistance = SIZE_MAX;
    size_t bestPrefix = 0;
    // Longer than any name: nothing is a likely intent, and comparing would cost length × candidates.
    if (text.size() > kMaxSpellingLength)
        return best;
    std::vector<size_t> row;
    for (std::string_view candidate : candidates) {
        // The distance is at least the difference in length: skip what cannot beat (or tie) the best.
        const size_t lengthDifference
            = text.size() > candidate.size() ? text.size() - candidate.size() : candidate.size() - text.size();
        if (bestDistance != SIZE_MAX && lengthDifference > bestDistance)
            continue;
        const size_t distance = editDistance(text, candidate, bestDistance, row);
        size_t prefix = 0;
        while (prefix < text.size() && prefix < candidate.size() && text[prefix] == candidate[prefix])
            ++prefix;
        // Equal distances: the candidate sharing the longer start is the likelier intent.
        if (distance < bestDistance || (distance == bestDistance && prefix > bestPrefix)) {
            best = candidate;
            bestDistance = distance;
            bestPrefix = prefix;
        }
    }
    return best;
}

std::string joinNames(std::span<const std::string_view> names)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += (i + 1 == names.size()) ? " or " : ", ";
        out += names[i];
    }
    return out;
}

} // namespace seam
