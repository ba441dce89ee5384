// seam-cli lint: run the rule catalog on model files for a terminal or CI.
// Text for people, JSON for scripts, SARIF 2.1.0 for code-scanning UIs; a
// baseline of accepted findings lets CI fail only on new ones.

#include "commandregistry.h"
#include "sarif.h"

#include "model/atomicwrite.h"
#include "model/calendardate.h"
#include "model/lint/linter.h"
#include "model/modelio.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <tuple>

namespace seam::cli {

namespace {

using nlohmann::json;

constexpr std::string_view kUsage
    = "Usage: seam-cli lint FILE... [--format text|markdown|json|sarif] [--fail-on error|warning|info|never]\n"
      "                     [--show-suppressed] [--baseline FILE] [--write-baseline FILE]\n"
      "                     [--today YYYY-MM-DD] [--accept RULE:ELEMENT]...\n"
      "\n"
      "Check models against the lint rules ('seam-cli rules' lists them).\n"
      "\n"
      "  --format FORMAT         text (default): FILE:LINE:COL: SEVERITY: MESSAGE [rule-id] and a\n"
      "                          summary per file; markdown: the same as a list; findings that share\n"
      "                          one cause are shown once with their members indented under it;\n"
      "                          json: {findings, groups, reviews, summary}; sarif: SARIF 2.1.0\n"
      "  --fail-on LEVEL         exit 1 when a finding is at or above LEVEL (default error);\n"
      "                          never: exit 0 whatever is found\n"
      "  --show-suppressed       also list findings silenced by suppress: entries, with reasons\n"
      "  --baseline FILE         ignore findings recorded in FILE (accepted earlier)\n"
      "  --write-baseline FILE   record every current finding in FILE and exit 0\n"
      "  --today DATE            the day suppression expiry is judged on (default: SEAM_TODAY, else\n"
      "                          the UTC date); a suppression is back after its expires: day\n"
      "  --accept RULE:ELEMENT   record in ELEMENT's suppress: entry for RULE that it was reviewed as\n"
      "                          it is now (writes reviewed: HASH into the file) and exit 0\n"
      "\n"
      "Exit status: 0 nothing at or above --fail-on, 1 findings, 2 invalid model or usage.\n";

// The project has no public home yet; packaging uses the same placeholder domain.

enum class Format { Text, Markdown, Json, Sarif };

struct Options {
    std::vector<std::string> files;
    Format format = Format::Text;
    std::optional<Severity> failOn = Severity::Error; // nullopt: never fail
    bool showSuppressed = false;
    std::string baseline;
    std::string writeBaseline;
    std::string today; // empty: SEAM_TODAY or the clock
    std::vector<std::pair<std::string, std::string>> accept; // rule, element
};

struct FileReport {
    std::string path;
    LintResult result;
    std::vector<Finding> baselined; // accepted in the baseline: not shown, not counted
};

using BaselineKey = std::tuple<std::string, std::string, std::string>; // rule, element, fingerprint

BaselineKey keyOf(const Finding &finding)
{
    return {finding.rule, finding.element, findingFingerprint(finding)};
}

int usageError(const std::string &message)
{
    std::cerr << "seam-cli lint: " << message << "\n" << kUsage;
    return InvalidInput;
}

// Returns an error message, empty on success.
std::string parseOptions(const std::vector<std::string> &args, Options &options)
{
    ArgumentReader reader(args);
    while (reader.next()) {
        const std::string &arg = reader.name();
        std::string value;
        const auto takeValue = [&] { return reader.value(value); };
        if (arg == "--format") {
            if (!takeValue())
                return "--format needs a value: text, markdown, json or sarif";
            if (value == "text")
                options.format = Format::Text;
            else if (value == "markdown")
                options.format = Format::Markdown;
            else if (value == "json")
                options.format = Format::Json;
            else if (value == "sarif")
                options.format = Format::Sarif;
            else
                return "unknown format '" + value + "'; use text, markdown, json or sarif";
        } else if (arg == "--fail-on") {
            if (!takeValue())
                return "--fail-on needs a value: error, warning, info or never";
            if (value == "never")
                options.failOn.reset();
            else if (const auto level = parseEnum<Severity>(value); level && *level != Severity::Off)
                options.failOn = *level;
            else
                return "unknown --fail-on level '" + value + "'; use error, warning, info or never";
        } else if (arg == "--show-suppressed" && !reader.hasInlineValue()) {
            options.showSuppressed = true;
        } else if (arg == "--baseline") {
            if (!takeValue() || value.empty())
                return "--baseline needs a file";
            options.baseline = value;
        } else if (arg == "--write-baseline") {
            if (!takeValue() || value.empty())
                return "--write-baseline needs a file";
            options.writeBaseline = value;
        } else if (arg == "--today") {
            if (!takeValue() || !isCalendarDate(value))
                return "--today needs a date written YYYY-MM-DD";
            options.today = value;
        } else if (arg == "--accept") {
            const size_t colon = takeValue() ? value.find(':') : std::string::npos;
            if (colon == std::string::npos || colon == 0 || colon + 1 == value.size())
                return "--accept needs RULE:ELEMENT, e.g. --accept missing-timeout:orders-payments";
            options.accept.emplace_back(value.substr(0, colon), value.substr(colon + 1));
        } else if (arg.starts_with("-") && arg != "-") {
            return "unknown option '" + reader.raw() + "'";
        } else {
            options.files.push_back(arg);
        }
    }
    if (options.files.empty())
        return "no model file given";
    if (options.today.empty())
        if (const auto pinned = todayOverride()) {
            if (!isCalendarDate(*pinned))
                return "SEAM_TODAY must be a date written YYYY-MM-DD, not '" + *pinned + "'";
            options.today = *pinned;
        }
    return {};
}

// Returns an error message, empty on success.
std::string readBaseline(const std::string &path, std::set<BaselineKey> &keys)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return "cannot read baseline " + path;
    std::stringstream text;
    text << in.rdbuf();
    const json document = json::parse(text.str(), nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains("findings")
        || !document["findings"].is_array())
        return path + ": not a Seam baseline (expected a JSON object with a \"findings\" list)";
    for (const json &entry : document["findings"]) {
        if (!entry.is_object() || !entry.value("rule", json()).is_string()
            || !entry.value("element", json()).is_string() || !entry.value("fingerprint", json()).is_string())
            return path + ": every baseline entry needs string rule, element and fingerprint";
        keys.emplace(entry["rule"].get<std::string>(), entry["element"].get<std::string>(),
                     entry["fingerprint"].get<std::string>());
    }
    return {};
}

std::string writeBaseline(const std::string &path, const std::vector<FileReport> &reports)
{
    json entries = json::array();
    for (const FileReport &report : reports) {
        for (const auto *list : {&report.result.findings, &report.baselined})
            for (const Finding &finding : *list)
                entries.push_back({{"rule", finding.rule},
                                   {"element", finding.element},
                                   {"fingerprint", findingFingerprint(finding)},
                                   {"file", report.path},
                                   {"message", finding.message}}); // for reviewers; not matched
    }
    const json document {{"seam_baseline", 1}, {"findings", entries}};
    // A committed file like the model: replaced whole or not at all, with the reason on failure.
    return writeFileAtomically(path, document.dump(2) + "\n");
}

std::string plural(size_t count, std::string_view one, std::string_view many)
{
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string location(const std::string &path, const Mark &mark)
{
    return path + ":" + std::to_string(mark.line) + ":" + std::to_string(mark.column);
}

std::string withNote(const Finding &finding)
{
    return finding.note.empty() ? finding.message : finding.message + " (" + finding.note + ")";
}

std::string acceptanceText(const Finding &finding)
{
    std::string out = finding.suppressionReason;
    if (!finding.acceptance)
        return out;
    const Suppression &entry = *finding.acceptance;
    for (const auto &[label, value] : {std::pair {"owner", &entry.owner}, std::pair {"ticket", &entry.ticket},
                                       std::pair {"expires", &entry.expires}})
        if (*value)
            out += std::string("; ") + label + " " + **value;
    return out;
}

std::string summaryLine(const FileReport &report, const Options &options)
{
    std::string out = plural(report.result.count(Severity::Error), "error", "errors") + ", "
        + plural(report.result.count(Severity::Warning), "warning", "warnings") + ", "
        + std::to_string(report.result.count(Severity::Info)) + " info ("
        + std::to_string(report.result.suppressed.size()) + " suppressed";
    if (!options.baseline.empty())
        out += ", " + std::to_string(report.baselined.size()) + " in baseline";
    out += ")";
    return out;
}

// Suppressed findings whose element changed since the acceptance was reviewed.
std::vector<const Finding *> dueForReview(const LintResult &result)
{
    std::vector<const Finding *> out;
    for (const Finding &finding : result.suppressed)
        if (finding.needsReview)
            out.push_back(&finding);
    return out;
}

void printText(const std::vector<FileReport> &reports, const Options &options)
{
    for (const FileReport &report : reports) {
        const std::vector<Finding> &findings = report.result.findings;
        const auto line = [&](const Finding &finding) {
            return location(report.path, finding.mark) + ": " + std::string(toString(finding.severity)) + ": "
                + withNote(finding) + " [" + finding.rule + "]";
        };
        for (const FindingGroup &group : groupFindings(findings)) {
            const Finding &first = findings[group.members.front()];
            if (!group.grouped()) {
                std::cout << line(first) << "\n";
                continue;
            }
            std::cout << location(report.path, first.mark) << ": " << toString(first.severity) << ": "
                      << groupHeadline(group) << " [" << group.rule << "]\n";
            for (const size_t member : group.members)
                std::cout << "  " << line(findings[member]) << "\n";
        }
        for (const Finding *finding : dueForReview(report.result))
            std::cout << location(report.path, finding->mark) << ": notice: " << finding->note << " [" << finding->rule
                      << "]\n";
        if (options.showSuppressed)
            for (const Finding &finding : report.result.suppressed)
                std::cout << location(report.path, finding.mark) << ": suppressed " << toString(finding.severity)
                          << ": " << finding.message << " [" << finding.rule << "] (" << acceptanceText(finding)
                          << ")\n";
        std::cout << report.path << ": " << summaryLine(report, options) << "\n";
    }
}

std::string mdCode(std::string_view text)
{
    std::string out = "`";
    for (char c : text)
        out += c == '`' ? '\'' : c;
    return out + "`";
}

// Markdown for a pull-request comment or a CI summary page.
void printMarkdown(const std::vector<FileReport> &reports, const Options &options)
{
    for (const FileReport &report : reports) {
        std::cout << "### " << mdCode(report.path) << "\n\n" << summaryLine(report, options) << "\n\n";
        const std::vector<Finding> &findings = report.result.findings;
        const auto item = [&](const Finding &finding) {
            return "line " + std::to_string(finding.mark.line) + ", " + mdCode(finding.element) + ": "
                + withNote(finding);
        };
        for (const FindingGroup &group : groupFindings(findings)) {
            const Finding &first = findings[group.members.front()];
            std::cout << "- **" << toString(first.severity) << "** " << mdCode(group.rule) << " ";
            if (!group.grouped()) {
                std::cout << item(first) << "\n";
                continue;
            }
            std::cout << groupHeadline(group) << "\n";
            for (const size_t member : group.members)
                std::cout << "  - " << item(findings[member]) << "\n";
        }
        for (const Finding *finding : dueForReview(report.result))
            std::cout << "- **re-review** " << mdCode(finding->rule) << " line " << finding->mark.line << ": "
                      << finding->note << "\n";
        if (options.showSuppressed)
            for (const Finding &finding : report.result.suppressed)
                std::cout << "- *suppressed* " << mdCode(finding.rule) << " " << item(finding) << " ("
                          << acceptanceText(finding) << ")\n";
        std::cout << "\n";
    }
}

json findingJson(const Finding &finding, const std::string &path, const std::string &group)
{
    json out {{"rule", finding.rule},       {"severity", toString(finding.severity)},
              {"message", finding.message}, {"element", finding.element},
              {"related", finding.related}, {"file", path},
              {"line", finding.mark.line},  {"column", finding.mark.column},
              {"hint", finding.hint},       {"fingerprint", findingFingerprint(finding)}};
    if (!group.empty())
        out["group"] = group;
    if (!finding.suppressionReason.empty())
        out["reason"] = finding.suppressionReason;
    if (finding.acceptance) {
        json acceptance {{"reason", finding.acceptance->reason},
                         {"expired", finding.acceptanceExpired},
                         {"needs_review", finding.needsReview}};
        for (const auto &[key, value] :
             {std::pair {"owner", &finding.acceptance->owner}, std::pair {"ticket", &finding.acceptance->ticket},
              std::pair {"expires", &finding.acceptance->expires}})
            if (*value)
                acceptance[key] = **value;
        out["acceptance"] = acceptance;
    }
    if (!finding.note.empty())
        out["note"] = finding.note;
    return out;
}

void printJson(const std::vector<FileReport> &reports, const Options &options)
{
    json findings = json::array();
    json suppressed = json::array();
    json groups = json::array();
    json reviews = json::array(); // suppressed, but the element changed since the review
    size_t errors = 0, warnings = 0, infos = 0, suppressedCount = 0, baselined = 0;
    for (const FileReport &report : reports) {
        const std::vector<FindingGroup> grouping = groupFindings(report.result.findings);
        const std::vector<std::string> ids = groupIds(report.result.findings, grouping);
        for (size_t i = 0; i < report.result.findings.size(); ++i)
            findings.push_back(findingJson(report.result.findings[i], report.path, ids[i]));
        for (const FindingGroup &group : grouping)
            if (group.grouped())
                groups.push_back({{"id", group.id},
                                  {"rule", group.rule},
                                  {"cause", group.causeLabel},
                                  {"file", report.path},
                                  {"count", group.members.size()}});
        for (const Finding &finding : report.result.suppressed)
            suppressed.push_back(findingJson(finding, report.path, {}));
        for (const Finding *finding : dueForReview(report.result))
            reviews.push_back(findingJson(*finding, report.path, {}));
        errors += report.result.count(Severity::Error);
        warnings += report.result.count(Severity::Warning);
        infos += report.result.count(Severity::Info);
        suppressedCount += report.result.suppressed.size();
        baselined += report.baselined.size();
    }
    json document {{"findings", findings},
                   {"groups", groups},
                   {"reviews", reviews},
                   {"summary",
                    {{"files", reports.size()},
                     {"errors", errors},
                     {"warnings", warnings},
                     {"info", infos},
                     {"suppressed", suppressedCount},
                     {"baselined", baselined}}}};
    if (options.showSuppressed)
        document["suppressed"] = suppressed;
    std::cout << document.dump(2) << "\n";
}

json sarifLocation(const Finding &finding, const std::string &path)
{
    json physical {{"artifactLocation", {{"uri", pathToUri(path)}}}};
    if (finding.mark.valid())
        physical["region"] = {{"startLine", finding.mark.line}, {"startColumn", std::max(1, finding.mark.column)}};
    return {{"physicalLocation", physical}, {"logicalLocations", json::array({{{"name", finding.element}}})}};
}

// `others`: the other members of the finding's cause group, as relatedLocations.
json sarifResult(const Finding &finding, const std::string &path, const FindingGroup *group,
                 std::span<const Finding> others)
{
    const auto catalog = ruleCatalog();
    const RuleInfo *info = findRule(finding.rule);
    json result {
        {"ruleId", finding.rule},
        {"level", sarifLevel(finding.severity)},
        {"message", {{"text", withNote(finding)}}},
        {"locations", json::array({sarifLocation(finding, path)})},
        // seamFinding/v1 is what baselines match; seamTracking/v1 follows the
        // finding's rule, element and cause across commits.
        {"partialFingerprints",
         {{"seamFinding/v1", findingFingerprint(finding)}, {"seamTracking/v1", trackingFingerprint(finding)}}}};
    if (group && group->grouped()) {
        json related = json::array();
        for (size_t i = 0; i < group->members.size(); ++i) {
            const Finding &other = others[group->members[i]];
            if (&other == &finding)
                continue;
            json location = sarifLocation(other, path);
            location["id"] = int(i);
            location["message"] = {{"text", "same cause: " + other.message}};
            related.push_back(location);
        }
        result["relatedLocations"] = related;
    }
    if (info)
        result["ruleIndex"] = info - catalog.data();
    if (!finding.related.empty())
        result["properties"] = {{"related", finding.related}, {"hint", finding.hint}};
    else
        result["properties"] = {{"hint", finding.hint}};
    if (group)
        result["properties"]["group"] = group->id;
    if (!finding.suppressionReason.empty())
        result["suppressions"] = json::array({{{"kind", "inSource"},
                                               {"status", finding.needsReview ? "underReview" : "accepted"},
                                               {"justification", finding.suppressionReason}}});
    if (finding.acceptance) {
        json acceptance {{"expired", finding.acceptanceExpired}, {"needsReview", finding.needsReview}};
        for (const auto &[key, value] :
             {std::pair {"owner", &finding.acceptance->owner}, std::pair {"ticket", &finding.acceptance->ticket},
              std::pair {"expires", &finding.acceptance->expires}})
            if (*value)
                acceptance[key] = **value;
        result["properties"]["acceptance"] = acceptance;
    }
    return result;
}

void printSarif(const std::vector<FileReport> &reports)
{
    json rules = json::array();
    for (const RuleInfo &rule : ruleCatalog()) {
        const std::string help = std::string(rule.hint) + "\n\nFires when " + std::string(rule.condition)
            + ".\n\nExample:\n" + std::string(rule.example);
        rules.push_back({{"id", rule.id},
                         {"name", rule.id},
                         {"shortDescription", {{"text", rule.title}}},
                         {"fullDescription", {{"text", rule.rationale}}},
                         {"help", {{"text", help}}},
                         {"defaultConfiguration", {{"level", sarifLevel(rule.defaultSeverity)}}},
                         {"properties", {{"reportedOn", rule.reportedOn}}}});
    }
    json results = json::array();
    json artifacts = json::array();
    for (const FileReport &report : reports) {
        artifacts.push_back({{"location", {{"uri", pathToUri(report.path)}}}});
        const std::vector<Finding> &findings = report.result.findings;
        const std::vector<FindingGroup> groups = groupFindings(findings);
        std::vector<const FindingGroup *> groupOf(findings.size());
        for (const FindingGroup &group : groups)
            for (const size_t member : group.members)
                groupOf[member] = &group;
        for (size_t i = 0; i < findings.size(); ++i)
            results.push_back(sarifResult(findings[i], report.path, groupOf[i], findings));
        // SARIF viewers hide results with suppressions but keep the audit trail.
        for (const Finding &finding : report.result.suppressed)
            results.push_back(sarifResult(finding, report.path, nullptr, {}));
    }
    const json document {
        {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         json::array(
             {{{"tool",
                {{"driver",
                  {{"name", "Seam"}, {"version", SEAM_VERSION}, {"semanticVersion", SEAM_VERSION}, {"rules", rules}}}}},
               {"artifacts", artifacts},
               {"results", results}}})}};
    std::cout << document.dump(2) << "\n";
}

// --accept: stamps reviewed: with the element's review fingerprint in the
// suppress: entry for the rule, saved as a minimal patch of the file.
int acceptReviews(const std::string &path, const LoadResult &loaded,
                  const std::vector<std::pair<std::string, std::string>> &accept)
{
    Model model = *loaded.model;
    for (const auto &[rule, element] : accept) {
        std::optional<std::vector<Suppression>> *suppress = nullptr;
        for (Component &component : model.components)
            if (component.id == element)
                suppress = &component.suppress;
        if (!suppress && model.integrations)
            for (Integration &integration : *model.integrations)
                if (integration.id == element)
                    suppress = &integration.suppress;
        Suppression *entry = nullptr;
        if (suppress && *suppress)
            for (Suppression &candidate : **suppress)
                if (candidate.rule == rule)
                    entry = &candidate;
        if (!entry) {
            std::cerr << path << ": " << element << " has no suppress: entry for " << rule
                      << "; write one with a reason first (docs/model-format.md#suppression)\n";
            return InvalidInput;
        }
        entry->reviewed = reviewFingerprint(model, rule, element);
        std::cerr << path << ": " << rule << " on " << element << " reviewed as " << *entry->reviewed << "\n";
    }
    const std::string text = patchedModelText(loaded.sourceText, formatForPath(path), model);
    if (const std::string error = saveModelText(text, path); !error.empty()) {
        std::cerr << "seam-cli lint: " << error << "\n";
        return InvalidInput;
    }
    return Ok;
}

int runLint(const std::vector<std::string> &args)
{
    Options options;
    if (const std::string error = parseOptions(args, options); !error.empty())
        return usageError(error);

    std::set<BaselineKey> accepted;
    if (!options.baseline.empty())
        if (const std::string error = readBaseline(options.baseline, accepted); !error.empty()) {
            std::cerr << "seam-cli lint: " << error << "\n";
            return InvalidInput;
        }

    bool invalid = false;
    std::vector<FileReport> reports;
    for (const std::string &path : options.files) {
        const LoadResult loaded = loadReportingDiagnostics(path);
        if (!loaded.ok()) {
            invalid = true;
            continue;
        }
        if (!options.accept.empty()) {
            if (acceptReviews(path, loaded, options.accept) != Ok)
                invalid = true;
            continue;
        }
        FileReport report {path, lint(*loaded.model, LintOptions {options.today}), {}};
        if (!accepted.empty()) {
            std::vector<Finding> fresh;
            for (Finding &finding : report.result.findings)
                (accepted.count(keyOf(finding)) ? report.baselined : fresh).push_back(std::move(finding));
            report.result.findings = std::move(fresh);
        }
        reports.push_back(std::move(report));
    }

    if (!options.accept.empty())
        return invalid ? InvalidInput : Ok;

    switch (options.format) {
    case Format::Text:
        printText(reports, options);
        break;
    case Format::Markdown:
        printMarkdown(reports, options);
        break;
    case Format::Json:
        printJson(reports, options);
        break;
    case Format::Sarif:
        printSarif(reports);
        break;
    }

    if (invalid)
        return InvalidInput;
    if (!options.writeBaseline.empty()) {
        if (const std::string error = writeBaseline(options.writeBaseline, reports); !error.empty()) {
            std::cerr << "seam-cli lint: " << error << "\n";
            return InvalidInput;
        }
        std::cerr << "seam-cli lint: baseline written to " << options.writeBaseline << "\n";
        return Ok; // everything found is accepted from now on
    }
    if (!options.failOn)
        return Ok;
    for (const FileReport &report : reports)
        for (const Finding &finding : report.result.findings)
            if (finding.severity <= *options.failOn) // Error < Warning < Info
                return Findings;
    return Ok;
}

const CommandRegistration registration {
    Command {"lint", "check models against the integration lint rules", std::string(kUsage), runLint}};

} // namespace

} // namespace seam::cli
