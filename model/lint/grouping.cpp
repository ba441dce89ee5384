// Findings grouped by root cause (docs/lint-rules.md#grouping). One missing
// setting repeated across a zone boundary, or one unversioned event seen at its
// producer and every consumer, is one cause: text, Markdown and the Problems
// panel show it once with its members; JSON and SARIF keep every finding.
//
// How a rule's cause key is computed is data: the table below. A rule not in
// it does not group.

#include "lintcontext.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>

namespace seam {

namespace lintrules {

namespace {

std::string zoneName(Zone zone)
{
    return std::string(toString(zone));
}

// The boundary an integration crosses: one missing setting (auth, TLS, a rate
// limit) between the same two zones is one decision to fix.
Cause zoneBoundary(const ModelIndex &index, const RawFinding &raw)
{
    const int i = raw.integration;
    if (i < 0 || !index.resolved(i))
        return {};
    const std::string from = zoneName(index.zone(index.from(i)));
    const std::string to = zoneName(index.zone(index.to(i)));
    return {from + ">" + to, "from zone " + from + " to zone " + to};
}

// tls: false across a boundary is grouped by the boundary; inside one zone it
// fires for the data class carried, which is then the cause.
Cause plaintextCause(const ModelIndex &index, const RawFinding &raw)
{
    const int i = raw.integration;
    if (i < 0 || !index.resolved(i))
        return {};
    if (index.crossesTrustBoundary(i))
        return zoneBoundary(index, raw);
    const Integration &integration = index.integration(i);
    const auto data = integration.security ? integration.security->data : std::nullopt;
    if (!data)
        return {};
    const std::string name(toString(*data));
    return {"data:" + name, "tls: false on " + name + " data"};
}

// The receiver of a webhook: it is the one that must verify signatures.
Cause receiver(const ModelIndex &index, const RawFinding &raw)
{
    if (raw.integration < 0)
        return {};
    const std::string &to = index.integration(raw.integration).to;
    return {to, "webhooks into " + to};
}

// The unversioned events an integration carries: a producer and its consumers
// listing the same event share the cause (the event's definition lacks a version).
Cause unversionedEvents(const ModelIndex &index, const RawFinding &raw)
{
    if (raw.integration < 0)
        return {};
    const Integration &integration = index.integration(raw.integration);
    std::vector<std::string> names;
    if (integration.events)
        for (const Event &event : *integration.events)
            if (!event.version)
                names.push_back(event.name);
    if (names.empty())
        return {};
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string key;
    for (const std::string &name : names)
        key += name + "\n";
    return {key, (names.size() == 1 ? "event " : "events ") + joinList(names) + " without a version"};
}

// The queue or topic consumers read from: nothing publishes what they expect there.
Cause sourceDestination(const ModelIndex &index, const RawFinding &raw)
{
    if (raw.integration < 0)
        return {};
    const std::string &from = index.integration(raw.integration).from;
    return {from, "consumers of " + from};
}

struct GroupingRow {
    std::string_view rule;
    Cause (*cause)(const ModelIndex &, const RawFinding &);
    std::string_view groupedBy; // for docs/lint-rules.md
};

constexpr std::string_view kByBoundary = "the zone boundary crossed (from zone, to zone)";

constexpr std::array<GroupingRow, 6> kGrouping {{
    {"unauthenticated-integration", zoneBoundary, kByBoundary},
    {"plaintext-transport", plaintextCause, "the zone boundary crossed, or inside one zone the data class carried"},
    {"missing-rate-limit", zoneBoundary, kByBoundary},
    {"unsigned-webhook", receiver, "the receiving component"},
    {"unversioned-event", unversionedEvents, "the names of the events without a version"},
    {"event-without-producer", sourceDestination, "the queue or topic the consumers read from"},
}};

} // namespace

Cause causeOf(const ModelIndex &index, const RawFinding &raw)
{
    for (const GroupingRow &row : kGrouping)
        if (row.rule == raw.finding.rule)
            return row.cause(index, raw);
    return {};
}

} // namespace lintrules

std::string_view groupedBy(std::string_view rule)
{
    for (const lintrules::GroupingRow &row : lintrules::kGrouping)
        if (row.rule == rule)
            return row.groupedBy;
    return {};
}

std::vector<FindingGroup> groupFindings(std::span<const Finding> findings)
{
    std::vector<FindingGroup> groups;
    std::map<std::pair<std::string_view, std::string_view>, size_t> byCause; // (rule, key) → group
    for (size_t i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings[i];
        if (!finding.cause.empty()) {
            const auto [it, fresh] = byCause.try_emplace({finding.rule, finding.cause}, groups.size());
            if (!fresh) {
                groups[it->second].members.push_back(i);
                continue;
            }
            const std::string_view parts[] = {"group", finding.rule, finding.cause};
            groups.push_back({"g" + digestOf(parts), finding.rule, finding.causeLabel, {i}});
            continue;
        }
        groups.push_back({"f" + trackingFingerprint(finding), finding.rule, {}, {i}});
    }
    return groups;
}

std::string groupHeadline(const FindingGroup &group)
{
    const RuleInfo *info = findRule(group.rule);
    return std::to_string(group.members.size())
        + " findings, one cause: " + std::string(info ? info->title : group.rule) + ", " + group.causeLabel;
}

std::vector<std::string> groupIds(std::span<const Finding> findings, std::span<const FindingGroup> groups)
{
    std::vector<std::string> ids(findings.size());
    for (const FindingGroup &group : groups)
        for (const size_t member : group.members)
            ids[member] = group.id;
    return ids;
}

} // namespace seam
