// seam-cli diff --format markdown: a pull-request comment (GitHub and GitLab flavoured Markdown).

#include "diffreport.h"

namespace seam::cli {

namespace {

// Text inside a table cell: no line breaks, pipes escaped, Markdown's emphasis left alone.
std::string cell(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out += ' ';
        else if (c == '|' || c == '*' || c == '_' || c == '<' || c == '`')
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out;
}

std::string code(std::string_view text)
{
    return "`" + std::string(text) + "`";
}

std::string codeList(const std::vector<std::string> &items)
{
    if (items.empty())
        return "—";
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : ", ") + code(item);
    return out;
}

std::string figure(const std::optional<double> &value)
{
    return value ? formatNumber(*value) : std::string("none");
}

} // namespace

void printDiffMarkdown(std::ostream &out, const DiffReport &report)
{
    const diff::ModelDiff &d = report.diff;
    out << "## Seam model diff: " << code(report.after.path) << "\n\n";
    const size_t breaking = d.breaking.size();
    if (breaking > 0)
        out << "**" << breaking << " breaking change" << (breaking == 1 ? "" : "s") << "** ("
            << report.breakingCount(Severity::Error) << " error, " << report.breakingCount(Severity::Warning)
            << " warning) · ";
    else
        out << "No breaking change · ";
    out << diffCounts(report) << "\n";
    if (d.identical()) {
        out << "\nNo change in meaning between " << code(report.before.label) << " and " << code(report.after.label)
            << ".\n";
        return;
    }
    if (!d.breaking.empty()) {
        out << "\n### Breaking changes\n\n| Severity | Element | Change | Consumers | Flows |\n"
               "| --- | --- | --- | --- | --- |\n";
        for (const diff::BreakingChange &b : d.breaking)
            out << "| " << toString(b.severity) << " | " << toString(b.elementKind) << " " << code(b.element) << " | "
                << cell(b.message) << " (" << code(b.kind->id) << ") | " << codeList(b.impact.consumers) << " | "
                << codeList(b.impact.flows) << " |\n";
    }
    if (!d.changes.empty()) {
        out << "\n### Changes\n\n| | Element | Details | Consumers | Flows |\n| --- | --- | --- | --- | --- |\n";
        for (const diff::Change &c : d.changes)
            out << "| " << toString(c.action) << " | " << toString(c.kind) << " " << code(c.element) << " | "
                << cell(listOrNone(c.details)) << " | " << codeList(c.impact.consumers) << " | "
                << codeList(c.impact.flows) << " |\n";
    }
    if (!d.sla.empty()) {
        out << "\n### SLA and budgets\n\n| | Element | Metric | Before | After | Consumers | Flows |\n"
               "| --- | --- | --- | --- | --- | --- | --- |\n";
        for (const diff::SlaChange &s : d.sla)
            out << "| " << (s.worse() ? "worse (" + code(s.kind->id) + ")" : std::string("better")) << " | "
                << toString(s.elementKind) << " " << code(s.element) << " | " << code(s.metric) << " | "
                << figure(s.before) << " | " << figure(s.after) << " | " << codeList(s.impact.consumers) << " | "
                << codeList(s.impact.flows) << " |\n";
    }
    if (!d.lint.added.empty() || !d.lint.resolved.empty()) {
        out << "\n### Lint findings\n\n| | Severity | Rule | Element | Finding |\n| --- | --- | --- | --- | --- |\n";
        for (const Finding &f : d.lint.added)
            out << "| new | " << toString(f.severity) << " | " << code(f.rule) << " | " << code(f.element) << " | "
                << cell(f.message) << " |\n";
        for (const Finding &f : d.lint.resolved)
            out << "| resolved | " << toString(f.severity) << " | " << code(f.rule) << " | " << code(f.element) << " | "
                << cell(f.message) << " |\n";
    }
    if (!d.lint.unchanged.empty())
        out << "\n"
            << d.lint.unchanged.size() << " lint finding" << (d.lint.unchanged.size() == 1 ? "" : "s")
            << " unchanged.\n";
}

} // namespace seam::cli
