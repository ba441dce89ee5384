#include "vocabulary.h"

#include "enumtable.h"

#include <array>

namespace seam {

namespace {

// clang-format off
constexpr std::array<KindInfo, enumCount<ComponentKind>> kKinds{{
    {ComponentKind::Client, "client", "Client",
     "a user-facing application (web, mobile, partner app) that calls in from outside",
     Zone::Public, false, false,
     "box", "rounded,filled", "#e8f0fe", "([", "])", "",
     {"#0ea5e9", "#0ea5e9"}, "kind-client.svg", BadgeShape::Rounded},
    {ComponentKind::Gateway, "gateway", "Gateway",
     "an API gateway or edge proxy that routes, authenticates and limits calls",
     Zone::Internal, false, false,
     "trapezium", "filled", "#fff4e5", "[/", "\\]", "",
     {"#6366f1", "#6366f1"}, "kind-gateway.svg", BadgeShape::Rounded},
    {ComponentKind::Service, "service", "Service",
     "a service the organisation builds and runs",
     Zone::Internal, false, false,
     "box", "filled", "#ffffff", "[", "]", "",
     {"#2563eb", "#2563eb"}, "kind-service.svg", BadgeShape::Rounded},
    {ComponentKind::Database, "database", "Database",
     "a data store of record (relational, document, key-value)",
     Zone::Internal, true, false,
     "cylinder", "filled", "#eef7ee", "[(", ")]", "",
     {"#0f766e", "#0f766e"}, "kind-database.svg", BadgeShape::Round},
    // Drawn as a cylinder like databases, told apart by colour (Mermaid: a circle).
    {ComponentKind::Cache, "cache", "Cache",
     "a data store holding copies for fast reads",
     Zone::Internal, true, false,
     "cylinder", "filled", "#fff8e1", "((", "))", "",
     {"#d97706", "#d97706"}, "kind-cache.svg", BadgeShape::Round},
    {ComponentKind::Queue, "queue", "Queue",
     "a point-to-point destination of a message broker",
     Zone::Internal, false, true,
     "cds", "filled", "#f3e8fd", ">", "]", "",
     {"#ea580c", "#ea580c"}, "kind-queue.svg", BadgeShape::Rounded},
    {ComponentKind::Topic, "topic", "Topic",
     "a pub/sub or stream destination of a message broker",
     Zone::Internal, false, true,
     "hexagon", "filled", "#fde8f1", "{{", "}}", "",
     {"#9333ea", "#9333ea"}, "kind-topic.svg", BadgeShape::Rounded},
    {ComponentKind::External, "external", "External",
     "a third-party system the organisation does not run",
     Zone::ThirdParty, false, false,
     "box", "rounded,filled,dashed", "#f1f3f4", "[[", "]]", "external",
     {"#64748b", "#64748b"}, "kind-external.svg", BadgeShape::Rounded},
}};

constexpr std::array<PatternInfo, enumCount<Pattern>> kPatterns{{
    {Pattern::Rest, "rest", "REST", "HTTP requests to resources",
     true, true, false, {"#2563eb", "#60a5fa"}},
    {Pattern::Graphql, "graphql", "GraphQL", "GraphQL queries, mutations and subscriptions",
     true, true, false, {"#c026d3", "#e879f9"}},
    {Pattern::Grpc, "grpc", "gRPC", "gRPC remote procedure calls",
     true, true, false, {"#0d9488", "#2dd4bf"}},
    {Pattern::Queue, "queue", "queue", "messages to one consumer through a queue",
     false, false, true, {"#d97706", "#fbbf24"}},
    {Pattern::Pubsub, "pubsub", "pub/sub", "events published to every subscriber of a topic",
     false, false, true, {"#7c3aed", "#a78bfa"}},
    {Pattern::Stream, "stream", "stream", "an ordered, replayable log of events",
     false, false, true, {"#059669", "#34d399"}},
    {Pattern::Webhook, "webhook", "webhook", "HTTP callbacks the sender posts when something happens",
     false, false, false, {"#dc2626", "#f87171"}},
    {Pattern::Database, "database", "database", "reads and writes to a data store",
     true, false, false, {"#64748b", "#94a3b8"}},
}};

// Hues far from each other: outward-facing zones warm, the inside neutral.
constexpr std::array<ZoneInfo, enumCount<Zone>> kZones{{
    {Zone::Public, "public", "Public", {"#0284c7", "#38bdf8"}},
    {Zone::Dmz, "dmz", "DMZ", {"#c2410c", "#fb923c"}},
    {Zone::Internal, "internal", "Internal", {"#475569", "#94a3b8"}},
    {Zone::ThirdParty, "third-party", "Third party", {"#be185d", "#f472b6"}},
}};
// clang-format on

static_assert(isEnumTable(kKinds), "one row per ComponentKind, in enum order, each spelled once");
static_assert(isEnumTable(kPatterns), "one row per Pattern, in enum order, each spelled once");
static_assert(isEnumTable(kZones), "one row per Zone, in enum order, each spelled once");

// Graphviz takes C strings: the DOT traits are handed over as .data().
constexpr bool endsInNul(std::string_view text)
{
    return text.data()[text.size()] == '\0';
}

constexpr bool kindsComplete()
{
    for (const KindInfo &k : kKinds)
        if (k.title.empty() || k.description.empty() || k.dotShape.empty() || k.mermaidOpen.empty()
            || k.badge.light.empty() || k.badge.dark.empty() || k.icon.empty() || !endsInNul(k.dotShape)
            || !endsInNul(k.dotStyle) || !endsInNul(k.dotFill))
            return false;
    return true;
}
constexpr bool patternsComplete()
{
    for (const PatternInfo &p : kPatterns)
        if (p.title.empty() || p.description.empty() || p.edge.light.empty() || p.edge.dark.empty()
            || (p.operations && !p.sync) || (p.messaging && p.sync))
            return false;
    return true;
}
constexpr bool zonesComplete()
{
    for (const ZoneInfo &z : kZones)
        if (z.title.empty() || z.hue.light.empty() || z.hue.dark.empty())
            return false;
    return true;
}
static_assert(zonesComplete(), "every zone has a title and colours");
static_assert(kindsComplete(), "every kind has a title, description, shapes, colours and an icon");
static_assert(patternsComplete(),
              "every pattern has a title, description and colours; calls are sync, messaging async");

constexpr auto kKindNames = spellingsOf(kKinds);
constexpr auto kPatternNames = spellingsOf(kPatterns);
constexpr auto kZoneNames = spellingsOf(kZones);

} // namespace

std::span<const KindInfo> kindTable()
{
    return kKinds;
}
std::span<const PatternInfo> patternTable()
{
    return kPatterns;
}
std::span<const ZoneInfo> zoneTable()
{
    return kZones;
}
const KindInfo &kindInfo(ComponentKind kind)
{
    return kKinds[size_t(kind)];
}
const PatternInfo &patternInfo(Pattern pattern)
{
    return kPatterns[size_t(pattern)];
}

const ZoneInfo &zoneInfo(Zone zone)
{
    return kZones[size_t(zone)];
}

template <> std::span<const std::string_view> enumNames<Zone>()
{
    return kZoneNames;
}
template <> std::span<const std::string_view> enumNames<ComponentKind>()
{
    return kKindNames;
}
template <> std::span<const std::string_view> enumNames<Pattern>()
{
    return kPatternNames;
}

bool isSyncPattern(Pattern pattern)
{
    return patternInfo(pattern).sync;
}

} // namespace seam
