// One lint run: index the model once, let every rule family report, then apply
// `lint.rules` severities and `suppress:` entries and sort for display.

#include "lintcontext.h"

#include "calendardate.h"
#include "modelwriter.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace seam {

namespace lintrules {

LintContext::LintContext(const ModelIndex &index, const LintSettings &settings)
    : m_index(index)
    , m_settings(settings)
{
    const auto catalog = ruleCatalog();
    m_severity.reserve(catalog.size());
    for (const RuleInfo &info : catalog)
        m_severity.push_back(info.defaultSeverity);
    if (settings.rules) {
        // Later entries win, as a reader of the YAML would expect.
        for (const RuleSetting &setting : *settings.rules)
            if (const RuleInfo *info = findRule(setting.rule))
                m_severity[size_t(info - catalog.data())] = setting.severity;
    }
}

template <typename Element>
RawFinding *LintContext::report(int rule, const Element &element, std::string message, std::vector<std::string> related)
{
    if (!enabled(rule))
        return nullptr;
    const RuleInfo &info = ruleCatalog()[size_t(rule)];
    RawFinding raw;
    raw.rule = rule;
    raw.finding.rule = std::string(info.id);
    raw.finding.severity = m_severity[size_t(rule)];
    raw.finding.message = std::move(message);
    raw.finding.element = element.id;
    raw.finding.related = std::move(related);
    raw.finding.mark = element.mark;
    raw.finding.hint = std::string(info.hint);
    raw.suppress = &element.suppress;
    m_findings.push_back(std::move(raw));
    return &m_findings.back();
}

void LintContext::reportComponent(int rule, int component, std::string message, std::vector<std::string> related)
{
    if (RawFinding *raw = report(rule, m_index.component(component), std::move(message), std::move(related)))
        raw->component = component;
}

void LintContext::reportIntegration(int rule, int integration, std::string message, std::vector<std::string> related)
{
    if (RawFinding *raw = report(rule, m_index.integration(integration), std::move(message), std::move(related)))
        raw->integration = integration;
}

void LintContext::reportStep(int rule, int integration, Mark step, std::string message,
                             std::vector<std::string> related)
{
    const size_t before = m_findings.size();
    report(rule, m_index.integration(integration), std::move(message), std::move(related));
    if (m_findings.size() > before && step.valid())
        m_findings.back().finding.mark = step;
}

std::string joinList(const std::vector<std::string> &items)
{
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

} // namespace lintrules

size_t LintResult::count(Severity severity) const
{
    return size_t(std::count_if(findings.begin(), findings.end(),
                                [severity](const Finding &finding) { return finding.severity == severity; }));
}

namespace {

// "owner ana, ticket OPS-7" or "" when the acceptance names neither.
std::string acceptedBy(const Suppression &entry)
{
    std::string out;
    if (entry.owner)
        out = "owner " + *entry.owner;
    if (entry.ticket)
        out += (out.empty() ? "" : ", ") + std::string("ticket ") + *entry.ticket;
    return out;
}

// Applies the matching `suppress:` entry: suppressed, back (expired) or
// suppressed but due for re-review. Returns whether the finding stays suppressed.
bool applyAcceptance(const ModelIndex &index, const lintrules::RawFinding &raw, Finding &finding,
                     const Suppression &entry, const std::string &today)
{
    finding.acceptance = entry;
    const std::string who = acceptedBy(entry);
    if (entry.expires && today > *entry.expires) {
        finding.acceptanceExpired = true;
        finding.note = "the acceptance expired on " + *entry.expires + (who.empty() ? "" : " (" + who + ")");
        return false;
    }
    finding.suppressionReason = entry.reason;
    if (entry.reviewed && *entry.reviewed != reviewFingerprint(index, finding.rule, raw.component, raw.integration)) {
        finding.needsReview = true;
        finding.note = finding.element + " changed since the acceptance was reviewed"
            + (who.empty() ? "" : " (" + who + ")") + ": re-review it, then run seam-cli lint --accept " + finding.rule
            + ":" + finding.element;
    }
    return true;
}

} // namespace

LintResult lint(const Model &model, const LintOptions &options)
{
    const LintSettings settings = model.lintSettings();
    const ModelIndex index(model);
    lintrules::LintContext context(index, settings);

    const auto rows = lintrules::ruleRows();
    for (size_t rule = 0; rule < rows.size(); ++rule)
        if (context.enabled(int(rule)))
            rows[rule].check(context, int(rule));

    const std::string today = options.today.empty() ? todayDate() : options.today;
    LintResult result;
    for (lintrules::RawFinding &raw : context.takeFindings()) {
        lintrules::Cause cause = lintrules::causeOf(index, raw);
        raw.finding.cause = std::move(cause.key);
        raw.finding.causeLabel = std::move(cause.label);
        const Suppression *match = nullptr;
        if (raw.suppress && *raw.suppress) {
            for (const Suppression &entry : **raw.suppress)
                if (entry.rule == raw.finding.rule) {
                    match = &entry;
                    break;
                }
        }
        if (match && applyAcceptance(index, raw, raw.finding, *match, today)) {
            result.suppressed.push_back(std::move(raw.finding));
        } else {
            result.findings.push_back(std::move(raw.finding));
        }
    }
    const auto order = [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity; // Error, Warning, Info
        if (a.mark.line != b.mark.line)
            return a.mark.line < b.mark.line;
        if (a.mark.column != b.mark.column)
            return a.mark.column < b.mark.column;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.element < b.element;
    };
    std::stable_sort(result.findings.begin(), result.findings.end(), order);
    std::stable_sort(result.suppressed.begin(), result.suppressed.end(), order);
    return result;
}

std::string digestOf(std::span<const std::string_view> parts)
{
    // FNV-1a, 64 bit: stable across platforms and runs, unlike std::hash.
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const std::string_view text : parts) {
        for (unsigned char c : text) {
            hash ^= c;
            hash *= 0x100000001b3ull;
        }
        hash ^= 0xff; // separator: ("ab","c") differs from ("a","bc")
        hash *= 0x100000001b3ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

std::string findingFingerprint(const Finding &finding)
{
    std::vector<std::string> related = finding.related;
    std::sort(related.begin(), related.end());
    std::vector<std::string_view> parts {finding.rule, finding.element};
    parts.insert(parts.end(), related.begin(), related.end());
    return digestOf(parts);
}

std::string trackingFingerprint(const Finding &finding)
{
    // The cause key names settings and zones or event names, never ids of
    // elements other than the finding's own; with no cause the rule and the
    // element alone identify it.
    const std::string_view parts[] = {"track/1", finding.rule, finding.element, finding.cause};
    return digestOf(parts);
}

namespace {

// The review digest of one element; `ends` are the zones of an integration's two ends.
std::string reviewDigest(std::string_view rule, const Component *component, const Integration *integration,
                         std::span<const Zone> ends)
{
    // What lint never reads is left out, so rewording a description keeps the
    // review; `suppress` is left out because writing `reviewed:` changes it.
    std::string content;
    if (component) {
        Component copy = *component;
        copy.name.reset();
        copy.description.reset();
        copy.owner.reset();
        copy.technology.reset();
        copy.tags.reset();
        copy.suppress.reset();
        content = treeToJson(componentTree(copy));
    } else if (integration) {
        Integration copy = *integration;
        copy.name.reset();
        copy.description.reset();
        copy.suppress.reset();
        content = treeToJson(integrationTree(copy));
        // Boundary rules depend on the zones of the ends, which live on the components.
        for (const Zone zone : ends)
            content += "\n" + std::string(toString(zone));
    } else {
        return {};
    }
    const std::string_view parts[] = {"review/1", rule, content};
    return digestOf(parts);
}

} // namespace

std::string reviewFingerprint(const Model &model, std::string_view rule, std::string_view element)
{
    if (const Component *component = model.findComponent(element))
        return reviewDigest(rule, component, nullptr, {});
    const Integration *integration = model.findIntegration(element);
    if (!integration)
        return {};
    std::vector<Zone> ends;
    for (const std::string *end : {&integration->from, &integration->to})
        if (const Component *component = model.findComponent(*end))
            ends.push_back(component->effectiveZone());
    return reviewDigest(rule, nullptr, integration, ends);
}

std::string reviewFingerprint(const ModelIndex &index, std::string_view rule, int component, int integration)
{
    if (component >= 0)
        return reviewDigest(rule, &index.component(component), nullptr, {});
    if (integration < 0)
        return {};
    std::vector<Zone> ends;
    if (index.from(integration) >= 0)
        ends.push_back(index.zone(index.from(integration)));
    if (index.to(integration) >= 0)
        ends.push_back(index.zone(index.to(integration)));
    return reviewDigest(rule, nullptr, &index.integration(integration), ends);
}

} // namespace seam
