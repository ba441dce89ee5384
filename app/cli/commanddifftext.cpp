// seam-cli diff --format text (the default, and what the git diff driver shows).

#include "diffreport.h"

#include <algorithm>

namespace seam::cli {

std::string DiffReport::location(const Mark &oldMark, const Mark &newMark) const
{
    const auto at = [](const std::string &label, const Mark &mark) {
        return label + ":" + std::to_string(mark.line) + ":" + std::to_string(std::max(1, mark.column));
    };
    if (newMark.valid())
        return at(after.label, newMark);
    if (oldMark.valid())
        return at(before.label, oldMark);
    return after.label;
}

size_t DiffReport::breakingCount(Severity severity) const
{
    return size_t(std::count_if(diff.breaking.begin(), diff.breaking.end(),
                                [&](const diff::BreakingChange &b) { return b.severity == severity; }));
}

std::string listOrNone(const std::vector<std::string> &items)
{
    if (items.empty())
        return "none";
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

std::string diffCounts(const DiffReport &report)
{
    const diff::ModelDiff &d = report.diff;
    return std::to_string(d.count(diff::Action::Added)) + " added, " + std::to_string(d.count(diff::Action::Removed))
        + " removed, " + std::to_string(d.count(diff::Action::Changed)) + " changed; SLA and budgets: "
        + std::to_string(d.sla.size()) + " changed (" + std::to_string(d.worseSlaCount())
        + " worse); lint: " + std::to_string(d.lint.added.size()) + " new, " + std::to_string(d.lint.resolved.size())
        + " resolved, " + std::to_string(d.lint.unchanged.size()) + " unchanged";
}

std::string diffSummary(const DiffReport &report)
{
    std::string out = std::to_string(report.diff.breaking.size()) + " breaking";
    if (!report.diff.breaking.empty())
        out += " (" + std::to_string(report.breakingCount(Severity::Error)) + " error, "
            + std::to_string(report.breakingCount(Severity::Warning)) + " warning)";
    return out + ", " + diffCounts(report);
}

namespace {

char actionSign(diff::Action action)
{
    switch (action) {
    case diff::Action::Added:
        return '+';
    case diff::Action::Removed:
        return '-';
    case diff::Action::Changed:
        break;
    }
    return '~';
}

void printImpact(std::ostream &out, const diff::Impact &impact)
{
    if (!impact.consumers.empty())
        out << "    consumers: " << listOrNone(impact.consumers) << "\n";
    if (!impact.flows.empty())
        out << "    flows: " << listOrNone(impact.flows) << "\n";
}

std::string figure(const std::optional<double> &value)
{
    return value ? formatNumber(*value) : std::string("none");
}

void printFinding(std::ostream &out, std::string_view state, const std::string &label, const Finding &finding)
{
    out << "  " << state << ": " << label << ":" << finding.mark.line << ":" << std::max(1, finding.mark.column) << ": "
        << toString(finding.severity) << ": " << finding.message << " [" << finding.rule << "]\n";
}

} // namespace

void printDiffText(std::ostream &out, const DiffReport &report)
{
    const diff::ModelDiff &d = report.diff;
    out << "seam diff " << report.before.label << " → " << report.after.label << "\n" << diffSummary(report) << "\n";
    if (d.identical()) {
        out << "No change in meaning.\n";
        return;
    }
    if (!d.breaking.empty()) {
        out << "\nBreaking changes:\n";
        for (const diff::BreakingChange &b : d.breaking) {
            out << "  " << report.location(b.oldMark, b.newMark) << ": " << toString(b.severity) << ": "
                << toString(b.elementKind) << " " << b.element << ": " << b.message << " [" << b.kind->id << "]\n";
            printImpact(out, b.impact);
        }
    }
    if (!d.changes.empty()) {
        out << "\nChanges:\n";
        for (const diff::Change &c : d.changes) {
            out << "  " << actionSign(c.action) << " " << toString(c.kind) << " " << c.element << " ("
                << report.location(c.oldMark, c.newMark) << ")";
            if (!c.details.empty())
                out << ": " << listOrNone(c.details);
            out << "\n";
            printImpact(out, c.impact);
        }
    }
    if (!d.sla.empty()) {
        out << "\nSLA and budgets:\n";
        for (const diff::SlaChange &s : d.sla) {
            out << "  " << (s.worse() ? "worse" : "better") << ": " << toString(s.elementKind) << " " << s.element
                << " " << s.metric << " " << figure(s.before) << " → " << figure(s.after);
            if (s.worse())
                out << " [" << s.kind->id << "]";
            out << "\n";
            printImpact(out, s.impact);
        }
    }
    if (!d.lint.added.empty() || !d.lint.resolved.empty()) {
        out << "\nLint findings:\n";
        for (const Finding &finding : d.lint.added)
            printFinding(out, "new", report.after.label, finding);
        for (const Finding &finding : d.lint.resolved)
            printFinding(out, "resolved", report.before.label, finding);
    }
}

} // namespace seam::cli
