// seam-cli lint: run the rule catalog on model files for a terminal or CI.
// Text for people, JSON for scripts, SARIF 2.1.0 for code-scanning UIs; a
// baseline of accepted findings lets CI fail only on new ones.

#include "commandregistry.h"
#include "sarifuri.h"

#include "model/atomicwrite.h"
#include "model/lint/linter.h"
#include "model/modelio.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <tuple>

namespace seam::cli {

namespace {

using nlohmann::json;

constexpr std::string_view kUsage
    = "Usage: seam-cli lint FILE... [--format text|json|sarif] [--fail-on error|warning|info|never]\n"
      "                     [--show-suppressed] [--baseline FILE] [--write-baseline FILE]\n"
      "\n"
      "Check models against the lint rules ('seam-cli rules' lists them).\n"
      "\n"
      "  --format FORMAT         text (default): FILE:LINE:COL: SEVERITY: MESSAGE [rule-id] and a\n"
      "                          summary per file; json: {findings, summary}; sarif: SARIF 2.1.0\n"
      "  --fail-on LEVEL         exit 1 when a finding is at or above LEVEL (default error);\n"
      "                          never: exit 0 whatever is found\n"
      "  --show-suppressed       also list findings silenced by suppress: entries, with reasons\n"
      "  --baseline FILE         ignore findings recorded in FILE (accepted earlier)\n"
      "  --write-baseline FILE   record every current finding in FILE and exit 0\n"
      "\n"
      "Exit status: 0 nothing at or above --fail-on, 1 findings, 2 invalid model or usage.\n";

// The project has no public home yet; packaging uses the same placeholder domain.

enum class Format { Text, Json, Sarif };

struct Options {
    std::vector<std::string> files;
    Format format = Format::Text;
    std::optional<Severity> failOn = Severity::Error; // nullopt: never fail
    bool showSuppressed = false;
    std::string baseline;
    std::string writeBaseline;
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
                return "--format needs a value: text, json or sarif";
            if (value == "text")
                options.format = Format::Text;
            else if (value == "json")
                options.format = Format::Json;
            else if (value == "sarif")
                options.format = Format::Sarif;
            else
                return "unknown format '" + value + "'; use text, json or sarif";
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
        } else if (arg.starts_with("-") && arg != "-") {
            return "unknown option '" + reader.raw() + "'";
        } else {
            options.files.push_back(arg);
        }
    }
    if (options.files.empty())
        return "no model file given";
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

void printText(const std::vector<FileReport> &reports, const Options &options)
{
    for (const FileReport &report : reports) {
        for (const Finding &finding : report.result.findings)
            std::cout << location(report.path, finding.mark) << ": " << toString(finding.severity) << ": "
                      << finding.message << " [" << finding.rule << "]\n";
        if (options.showSuppressed)
            for (const Finding &finding : report.result.suppressed)
                std::cout << location(report.path, finding.mark) << ": suppressed " << toString(finding.severity)
                          << ": " << finding.message << " [" << finding.rule << "] (" << finding.suppressionReason
                          << ")\n";
        std::cout << report.path << ": " << plural(report.result.count(Severity::Error), "error", "errors") << ", "
                  << plural(report.result.count(Severity::Warning), "warning", "warnings") << ", "
                  << report.result.count(Severity::Info) << " info (" << report.result.suppressed.size()
                  << " suppressed";
        if (!options.baseline.empty())
            std::cout << ", " << report.baselined.size() << " in baseline";
        std::cout << ")\n";
    }
}

json findingJson(const Finding &finding, const std::string &path)
{
    json out {{"rule", finding.rule},       {"severity", toString(finding.severity)},
              {"message", finding.message}, {"element", finding.element},
              {"related", finding.related}, {"file", path},
              {"line", finding.mark.line},  {"column", finding.mark.column},
              {"hint", finding.hint},       {"fingerprint", findingFingerprint(finding)}};
    if (!finding.suppressionReason.empty())
        out["reason"] = finding.suppressionReason;
    return out;
}

void printJson(const std::vector<FileReport> &reports, const Options &options)
{
    json findings = json::array();
    json suppressed = json::array();
    size_t errors = 0, warnings = 0, infos = 0, suppressedCount = 0, baselined = 0;
    for (const FileReport &report : reports) {
        for (const Finding &finding : report.result.findings)
            findings.push_back(findingJson(finding, report.path));
        for (const Finding &finding : report.result.suppressed)
            suppressed.push_back(findingJson(finding, report.path));
        errors += report.result.count(Severity::Error);
        warnings += report.result.count(Severity::Warning);
        infos += report.result.count(Severity::Info);
        suppressedCount += report.result.suppressed.size();
        baselined += report.baselined.size();
    }
    json document {{"findings", findings},
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

std::string_view sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    default:
        return "note";
    }
}

json sarifResult(const Finding &finding, const std::string &path)
{
    const auto catalog = ruleCatalog();
    const RuleInfo *info = findRule(finding.rule);
    json physical {{"artifactLocation", {{"uri", pathToUri(path)}}}};
    if (finding.mark.valid())
        physical["region"] = {{"startLine", finding.mark.line}, {"startColumn", std::max(1, finding.mark.column)}};
    json result {{"ruleId", finding.rule},
                 {"level", sarifLevel(finding.severity)},
                 {"message", {{"text", finding.message}}},
                 {"locations",
                  json::array({{{"physicalLocation", physical},
                                {"logicalLocations", json::array({{{"name", finding.element}}})}}})},
                 {"partialFingerprints", {{"seamFinding/v1", findingFingerprint(finding)}}}};
    if (info)
        result["ruleIndex"] = info - catalog.data();
    if (!finding.related.empty())
        result["properties"] = {{"related", finding.related}, {"hint", finding.hint}};
    else
        result["properties"] = {{"hint", finding.hint}};
    if (!finding.suppressionReason.empty())
        result["suppressions"] = json::array({{{"kind", "inSource"}, {"justification", finding.suppressionReason}}});
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
        for (const Finding &finding : report.result.findings)
            results.push_back(sarifResult(finding, report.path));
        // SARIF viewers hide results with suppressions but keep the audit trail.
        for (const Finding &finding : report.result.suppressed)
            results.push_back(sarifResult(finding, report.path));
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
        FileReport report {path, lint(*loaded.model), {}};
        if (!accepted.empty()) {
            std::vector<Finding> fresh;
            for (Finding &finding : report.result.findings)
                (accepted.count(keyOf(finding)) ? report.baselined : fresh).push_back(std::move(finding));
            report.result.findings = std::move(fresh);
        }
        reports.push_back(std::move(report));
    }

    switch (options.format) {
    case Format::Text:
        printText(reports, options);
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
