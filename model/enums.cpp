#include "enums.h"

#include <algorithm>
#include <array>
#include <vector>

namespace seam {

namespace {
constexpr size_t kMaxSpellingLength = 256;
constexpr std::array<std::string_view, 8> kComponentKinds{"client", "gateway", "service", "database",
                                                          "cache",  "queue",   "topic",   "external"};
constexpr std::array<std::string_view, 4> kZones{"public", "dmz", "internal", "third-party"};
constexpr std::array<std::string_view, 8> kPatterns{"rest",   "graphql", "grpc",    "queue",
                                                    "pubsub", "stream",  "webhook", "database"};
constexpr std::array<std::string_view, 3> kDeliveries{"at-most-once", "at-least-once", "exactly-once"};
constexpr std::array<std::string_view, 5> kMethods{"GET", "POST", "PUT", "PATCH", "DELETE"};
constexpr std::array<std::string_view, 3> kGraphqlKinds{"query", "mutation", "subscription"};
constexpr std::array<std::string_view, 3> kBackoffs{"none", "fixed", "exponential"};
constexpr std::array<std::string_view, 3> kIdempotencies{"none", "key", "natural"};
constexpr std::array<std::string_view, 6> kAuths{"none", "api-key", "basic", "oauth2", "jwt", "mtls"};
constexpr std::array<std::string_view, 4> kSignatures{"none", "hmac-sha256", "hmac-sha512", "jws"};
constexpr std::array<std::string_view, 4> kDataClasses{"public", "internal", "confidential", "pii"};
constexpr std::array<std::string_view, 3> kRatePeriods{"second", "minute", "hour"};
constexpr std::array<std::string_view, 4> kSeverities{"error", "warning", "info", "off"};

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

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

template <> std::span<const std::string_view> enumNames<ComponentKind>() { return kComponentKinds; }
template <> std::span<const std::string_view> enumNames<Zone>() { return kZones; }
template <> std::span<const std::string_view> enumNames<Pattern>() { return kPatterns; }
template <> std::span<const std::string_view> enumNames<Delivery>() { return kDeliveries; }
template <> std::span<const std::string_view> enumNames<HttpMethod>() { return kMethods; }
template <> std::span<const std::string_view> enumNames<GraphqlKind>() { return kGraphqlKinds; }
template <> std::span<const std::string_view> enumNames<Backoff>() { return kBackoffs; }
template <> std::span<const std::string_view> enumNames<Idempotency>() { return kIdempotencies; }
template <> std::span<const std::string_view> enumNames<Auth>() { return kAuths; }
template <> std::span<const std::string_view> enumNames<Signature>() { return kSignatures; }
template <> std::span<const std::string_view> enumNames<DataClass>() { return kDataClasses; }
template <> std::span<const std::string_view> enumNames<RatePeriod>() { return kRatePeriods; }
template <> std::span<const std::string_view> enumNames<Severity>() { return kSeverities; }

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
        const size_t lengthDifference = text.size() > candidate.size() ? text.size() - candidate.size() : candidate.size() - text.size();
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

bool isSyncPattern(Pattern pattern)
{
    return pattern == Pattern::Rest || pattern == Pattern::Graphql || pattern == Pattern::Grpc
           || pattern == Pattern::Database;
}

} // namespace seam
