// seam-cli diff --format sarif: breaking changes, worse SLAs and new lint findings as SARIF
// 2.1.0 results, for code-scanning views of a pull request (as `lint --format sarif`).

#include "diffreport.h"
#include "sarif.h"

#include <nlohmann/json.hpp>

namespace seam::cli {

namespace {

using nlohmann::json;

// A result's place: the new file (with a region when the element is there), else the old file.
json locationJson(const DiffReport &report, const Mark &oldMark, const Mark &newMark, const std::string &element,
                  std::string_view kind)
{
    json physical {
        {"artifactLocation",
         {{"uri", pathToUri(newMark.valid() || !oldMark.valid() ? report.after.path : report.before.path)}}}};
    if (newMark.valid())
        physical["region"] = {{"startLine", newMark.line}, {"startColumn", std::max(1, newMark.column)}};
    json logical {{"name", element}};
    if (!kind.empty())
        logical["kind"] = kind;
    return json::array({{{"physicalLocation", physical}, {"logicalLocations", json::array({logical})}}});
}

json impactJson(const diff::Impact &impact)
{
    return {{"consumers", impact.consumers}, {"flows", impact.flows}};
}

} // namespace

void printDiffSarif(std::ostream &out, const DiffReport &report)
{
    const diff::ModelDiff &d = report.diff;
    json rules = json::array();
    const auto kinds = diff::changeKinds();
    for (const diff::ChangeKind &kind : kinds)
        rules.push_back({{"id", kind.id},
                         {"name", kind.id},
                         {"shortDescription", {{"text", kind.meaning}}},
                         {"defaultConfiguration", {{"level", sarifLevel(kind.severity)}}},
                         {"properties", {{"group", kind.group == diff::KindGroup::Contract ? "contract" : "sla"}}}});
    const auto catalog = ruleCatalog();
    for (const RuleInfo &rule : catalog)
        rules.push_back({{"id", rule.id},
                         {"name", rule.id},
                         {"shortDescription", {{"text", rule.title}}},
                         {"defaultConfiguration", {{"level", sarifLevel(rule.defaultSeverity)}}}});

    json results = json::array();
    const auto kindIndex = [&](const diff::ChangeKind *kind) { return kind - kinds.data(); };
    for (const diff::BreakingChange &b : d.breaking)
        results.push_back(
            {{"ruleId", b.kind->id},
             {"ruleIndex", kindIndex(b.kind)},
             {"level", sarifLevel(b.severity)},
             {"message", {{"text", std::string(toString(b.elementKind)) + " " + b.element + ": " + b.message}}},
             {"locations", locationJson(report, b.oldMark, b.newMark, b.element, toString(b.elementKind))},
             {"partialFingerprints", {{"seamDiff/v1", std::string(b.kind->id) + ":" + b.element}}},
             {"properties", impactJson(b.impact)}});
    for (const diff::SlaChange &s : d.sla) {
        if (!s.worse())
            continue;
        const auto figure = [](const std::optional<double> &v) { return v ? formatNumber(*v) : std::string("none"); };
        results.push_back(
            {{"ruleId", s.kind->id},
             {"ruleIndex", kindIndex(s.kind)},
             {"level", sarifLevel(s.kind->severity)},
             {"message",
              {{"text",
                std::string(toString(s.elementKind)) + " " + s.element + ": " + s.metric + " " + figure(s.before)
                    + " → " + figure(s.after)}}},
             {"locations", locationJson(report, s.oldMark, s.newMark, s.element, toString(s.elementKind))},
             {"partialFingerprints", {{"seamDiff/v1", std::string(s.kind->id) + ":" + s.element + ":" + s.metric}}},
             {"properties", impactJson(s.impact)}});
    }
    for (const Finding &f : d.lint.added) {
        json result {{"ruleId", f.rule},
                     {"level", sarifLevel(f.severity)},
                     {"message", {{"text", f.message}}},
                     {"locations", locationJson(report, {}, f.mark, f.element, {})},
                     {"partialFingerprints", {{"seamFinding/v1", findingFingerprint(f)}}},
                     {"properties", {{"hint", f.hint}, {"lifecycle", "new"}}}};
        if (const RuleInfo *info = findRule(f.rule))
            result["ruleIndex"] = kinds.size() + size_t(info - catalog.data());
        results.push_back(result);
    }
    json artifacts = json::array({{{"location", {{"uri", pathToUri(report.after.path)}}}}});
    if (report.before.path != report.after.path)
        artifacts.push_back({{"location", {{"uri", pathToUri(report.before.path)}}}});
    const json document {
        {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         json::array(
             {{{"tool",
                {{"driver",
                  {{"name", "Seam"}, {"version", SEAM_VERSION}, {"semanticVersion", SEAM_VERSION}, {"rules", rules}}}}},
               {"automationDetails", {{"id", "seam-diff/"}}},
               {"artifacts", artifacts},
               {"results", results}}})}};
    out << document.dump(2) << "\n";
}

} // namespace seam::cli
