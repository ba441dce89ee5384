// seam-cli diff --format json: the comparison for scripts (docs/diff.md describes the keys).

#include "diffreport.h"

#include <nlohmann/json.hpp>

namespace seam::cli {

namespace {

using nlohmann::json;

json markJson(const Mark &mark)
{
    return mark.valid() ? json {{"line", mark.line}, {"column", std::max(1, mark.column)}} : json();
}

json figure(const std::optional<double> &value)
{
    return value ? json(*value) : json();
}

json findingJson(const Finding &finding, const std::string &file)
{
    return {{"rule", finding.rule},
            {"severity", toString(finding.severity)},
            {"message", finding.message},
            {"element", finding.element},
            {"file", file},
            {"line", finding.mark.line},
            {"column", finding.mark.column},
            {"fingerprint", findingFingerprint(finding)}};
}

} // namespace

void printDiffJson(std::ostream &out, const DiffReport &report)
{
    const diff::ModelDiff &d = report.diff;
    json breaking = json::array(), changes = json::array(), sla = json::array();
    for (const diff::BreakingChange &b : d.breaking)
        breaking.push_back({{"kind", b.kind->id},
                            {"severity", toString(b.severity)},
                            {"element_kind", toString(b.elementKind)},
                            {"element", b.element},
                            {"message", b.message},
                            {"old", markJson(b.oldMark)},
                            {"new", markJson(b.newMark)},
                            {"consumers", b.impact.consumers},
                            {"flows", b.impact.flows}});
    for (const diff::Change &c : d.changes)
        changes.push_back({{"action", toString(c.action)},
                           {"element_kind", toString(c.kind)},
                           {"element", c.element},
                           {"details", c.details},
                           {"old", markJson(c.oldMark)},
                           {"new", markJson(c.newMark)},
                           {"consumers", c.impact.consumers},
                           {"flows", c.impact.flows}});
    for (const diff::SlaChange &s : d.sla)
        sla.push_back({{"element_kind", toString(s.elementKind)},
                       {"element", s.element},
                       {"metric", s.metric},
                       {"before", figure(s.before)},
                       {"after", figure(s.after)},
                       {"worse", s.worse()},
                       {"kind", s.worse() ? json(s.kind->id) : json()},
                       {"consumers", s.impact.consumers},
                       {"flows", s.impact.flows}});
    json added = json::array(), resolved = json::array(), unchanged = json::array();
    for (const Finding &f : d.lint.added)
        added.push_back(findingJson(f, report.after.label));
    for (const Finding &f : d.lint.resolved)
        resolved.push_back(findingJson(f, report.before.label));
    for (const Finding &f : d.lint.unchanged)
        unchanged.push_back(findingJson(f, report.after.label));
    const json document {{"old", report.before.label},
                         {"new", report.after.label},
                         {"summary",
                          {{"breaking", d.breaking.size()},
                           {"breaking_errors", report.breakingCount(Severity::Error)},
                           {"added", d.count(diff::Action::Added)},
                           {"removed", d.count(diff::Action::Removed)},
                           {"changed", d.count(diff::Action::Changed)},
                           {"sla_changed", d.sla.size()},
                           {"sla_worse", d.worseSlaCount()},
                           {"lint_new", d.lint.added.size()},
                           {"lint_resolved", d.lint.resolved.size()},
                           {"lint_unchanged", d.lint.unchanged.size()}}},
                         {"breaking", breaking},
                         {"changes", changes},
                         {"sla", sla},
                         {"lint", {{"new", added}, {"resolved", resolved}, {"unchanged", unchanged}}}};
    out << document.dump(2) << "\n";
}

} // namespace seam::cli
