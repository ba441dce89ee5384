// One lint run: index the model once, let every rule family report, then apply
// `lint.rules` severities and `suppress:` entries and sort for display.

#include "lintcontext.h"

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
void LintContext::report(int rule, const Element &element, std::string message, std::vector<std::string> related)
{
    if (!enabled(rule))
        return;
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
}

void LintContext::reportComponent(int rule, int component, std::string message, std::vector<std::string> related)
{
    report(rule, m_index.component(component), std::move(message), std::move(related));
}

void LintContext::reportIntegration(int rule, int integration, std::string message, std::vector<std::string> related)
{
    report(rule, m_index.integration(integration), std::move(message), std::move(related));
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

LintResult lint(const Model &model)
{
    const LintSettings settings = model.lintSettings();
    const ModelIndex index(model);
    lintrules::LintContext context(index, settings);

    const auto rows = lintrules::ruleRows();
    for (size_t rule = 0; rule < rows.size(); ++rule)
        if (context.enabled(int(rule)))
            rows[rule].check(context, int(rule));

    LintResult result;
    for (lintrules::RawFinding &raw : context.takeFindings()) {
        const Suppression *match = nullptr;
        if (raw.suppress && *raw.suppress) {
            for (const Suppression &entry : **raw.suppress)
                if (entry.rule == raw.finding.rule) {
                    match = &entry;
                    break;
                }
        }
        if (match) {
            raw.finding.suppressionReason = match->reason;
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

std::string findingFingerprint(const Finding &finding)
{
    // FNV-1a, 64 bit: stable across platforms and runs, unlike std::hash.
    std::uint64_t hash = 0xcbf29ce484222325ull;
    const auto feed = [&hash](std::string_view text) {
        for (unsigned char c : text) {
            hash ^= c;
            hash *= 0x100000001b3ull;
        }
        hash ^= 0xff; // separator: ("ab","c") differs from ("a","bc")
        hash *= 0x100000001b3ull;
    };
    feed(finding.rule);
    feed(finding.element);
    std::vector<std::string> related = finding.related;
    std::sort(related.begin(), related.end());
    for (const std::string &id : related)
        feed(id);
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

} // namespace seam
