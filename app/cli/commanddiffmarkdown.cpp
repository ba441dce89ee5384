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

// A pull-request comment must stay readable and under the hosts' size limits (GitHub: 65,536
// characters): long tables and name lists are cut, saying how much was left out.
constexpr size_t kMaxRows = 100;
constexpr size_t kMaxNames = 10;

std::string codeList(const std::vector<std::string> &items)
{
    if (items.empty())
        return "—";
    std::string out;
    for (size_t i = 0; i < items.size() && i < kMaxNames; ++i)
        out += (out.empty() ? "" : ", ") + code(items[i]);
    if (items.size() > kMaxNames)
        out += " and " + std::to_string(items.size() - kMaxNames) + " more";
    return out;
}

// The first kMaxRows items of `items` through `row`, then a note on the rest.
// `shown` counts across the lists of one table.
template <typename T, typename Row> void rows(const std::vector<T> &items, size_t &shown, Row row)
{
    for (const T &item : items) {
        if (shown++ >= kMaxRows)
            break;
        row(item);
    }
}

void leftOut(std::ostream &out, size_t total)
{
    if (total > kMaxRows)
        out << "\n… and " << total - kMaxRows << " more; `seam-cli diff` on the command line lists them all.\n";
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
        size_t shown = 0;
        rows(d.breaking, shown, [&](const diff::BreakingChange &b) {
            out << "| " << toString(b.severity) << " | " << toString(b.elementKind) << " " << code(b.element) << " | "
                << cell(b.message) << " (" << code(b.kind->id) << ") | " << codeList(b.impact.consumers) << " | "
                << codeList(b.impact.flows) << " |\n";
        });
        leftOut(out, d.breaking.size());
    }
    if (!d.changes.empty()) {
        out << "\n### Changes\n\n| | Element | Details | Consumers | Flows |\n| --- | --- | --- | --- | --- |\n";
        size_t shown = 0;
        rows(d.changes, shown, [&](const diff::Change &c) {
            out << "| " << toString(c.action) << " | " << toString(c.kind) << " " << code(c.element) << " | "
                << cell(listOrNone(c.details)) << " | " << codeList(c.impact.consumers) << " | "
                << codeList(c.impact.flows) << " |\n";
        });
        leftOut(out, d.changes.size());
    }
    if (!d.sla.empty()) {
        out << "\n### SLA and budgets\n\n| | Element | Metric | Before | After | Consumers | Flows |\n"
               "| --- | --- | --- | --- | --- | --- | --- |\n";
        size_t shown = 0;
        rows(d.sla, shown, [&](const diff::SlaChange &s) {
            out << "| " << (s.worse() ? "worse (" + code(s.kind->id) + ")" : std::string("better")) << " | "
                << toString(s.elementKind) << " " << code(s.element) << " | " << code(s.metric) << " | "
                << figure(s.before) << " | " << figure(s.after) << " | " << codeList(s.impact.consumers) << " | "
                << codeList(s.impact.flows) << " |\n";
        });
        leftOut(out, d.sla.size());
    }
    if (!d.lint.added.empty() || !d.lint.resolved.empty()) {
        out << "\n### Lint findings\n\n| | Severity | Rule | Element | Finding |\n| --- | --- | --- | --- | --- |\n";
        size_t shown = 0;
        const auto finding = [&](std::string_view state, const Finding &f) {
            out << "| " << state << " | " << toString(f.severity) << " | " << code(f.rule) << " | " << code(f.element)
                << " | " << cell(f.message) << " |\n";
        };
        rows(d.lint.added, shown, [&](const Finding &f) { finding("new", f); });
        rows(d.lint.resolved, shown, [&](const Finding &f) { finding("resolved", f); });
        leftOut(out, d.lint.added.size() + d.lint.resolved.size());
    }
    if (!d.lint.unchanged.empty())
        out << "\n"
            << d.lint.unchanged.size() << " lint finding" << (d.lint.unchanged.size() == 1 ? "" : "s")
            << " unchanged.\n";
}

} // namespace seam::cli
