// seam-cli check-config MODEL FILE...: report every deployed setting that differs from the model.
// Text for people, JSON for scripts, SARIF 2.1.0 for code-scanning UIs.
#include "commandregistry.h"
#include "sarif.h"

#include "exporters/configdrift.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

namespace seam::cli {
namespace {

using nlohmann::json;

constexpr const char *kUsage
    = "Usage: seam-cli check-config MODEL FILE... [--format text|json|sarif]\n\n"
      "Reads Resilience4j (Spring Boot application.yaml), Istio and Envoy (static bootstrap) files\n"
      "back and reports every setting that differs from what 'seam-cli export' writes for MODEL:\n"
      "timeouts, attempts and retries, per-try timeouts, breaker and outlier thresholds, connection\n"
      "pools and circuit breakers, missing or extra allow rules.\n\n"
      "  --format text|json|sarif  text: FILE:LINE:COLUMN: drift: MESSAGE (default);\n"
      "                            json: {drifts, summary}; sarif: SARIF 2.1.0\n\n"
      "Exit status: 0 when everything matches, 1 on drift, 2 on bad input or usage.\n";

enum class Format { Text, Json, Sarif };

std::string where(const Drift &drift)
{
    return drift.file + ":" + std::to_string(std::max(1, drift.mark.line)) + ":"
        + std::to_string(std::max(1, drift.mark.column));
}

void printJson(const std::vector<Drift> &drifts, size_t files)
{
    json list = json::array();
    for (const Drift &d : drifts)
        list.push_back({{"file", d.file},
                        {"line", d.mark.line},
                        {"column", d.mark.column},
                        {"element", d.element},
                        {"setting", d.setting},
                        {"expected", d.expected},
                        {"actual", d.actual},
                        {"message", d.message()}});
    std::cout << json {{"drifts", list}, {"summary", {{"files", files}, {"drifts", drifts.size()}}}}.dump(2) << "\n";
}

void printSarif(const std::vector<Drift> &drifts, const std::vector<std::string> &files)
{
    json results = json::array();
    for (const Drift &d : drifts) {
        json physical {{"artifactLocation", {{"uri", pathToUri(d.file)}}}};
        if (d.mark.valid())
            physical["region"] = {{"startLine", d.mark.line}, {"startColumn", std::max(1, d.mark.column)}};
        results.push_back({{"ruleId", "config-drift"},
                           {"ruleIndex", 0},
                           {"level", "error"},
                           {"message", {{"text", d.message()}}},
                           {"locations",
                            json::array({{{"physicalLocation", physical},
                                          {"logicalLocations", json::array({{{"name", d.element}}})}}})}});
    }
    json artifacts = json::array();
    for (const std::string &file : files)
        artifacts.push_back({{"location", {{"uri", pathToUri(file)}}}});
    const json rule {{"id", "config-drift"},
                     {"name", "config-drift"},
                     {"shortDescription", {{"text", "A deployed setting differs from the model"}}},
                     {"defaultConfiguration", {{"level", "error"}}}};
    const json document {
        {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         json::array({{{"tool",
                        {{"driver",
                          {{"name", "Seam"},
                           {"version", SEAM_VERSION},
                           {"semanticVersion", SEAM_VERSION},
                           {"rules", json::array({rule})}}}}},
                       {"artifacts", artifacts},
                       {"results", results}}})}};
    std::cout << document.dump(2) << "\n";
}

int runCheckConfig(const std::vector<std::string> &args)
{
    Format format = Format::Text;
    std::vector<std::string> paths;
    ArgumentReader reader(args);
    while (reader.next()) {
        if (reader.name() == "--format" || reader.name() == "-f") {
            std::string value;
            if (!reader.value(value)) {
                std::cerr << "seam-cli check-config: --format needs a value: text, json or sarif\n";
                return InvalidInput;
            }
            if (value == "text")
                format = Format::Text;
            else if (value == "json")
                format = Format::Json;
            else if (value == "sarif")
                format = Format::Sarif;
            else {
                std::cerr << "seam-cli check-config: unknown format '" << value << "'; use text, json or sarif\n";
                return InvalidInput;
            }
        } else if (reader.raw().starts_with('-') && reader.raw() != "-") {
            std::cerr << "seam-cli check-config: unknown option '" << reader.raw() << "'\n";
            return InvalidInput;
        } else {
            paths.push_back(reader.raw());
        }
    }
    if (paths.size() < 2) {
        std::cerr << "seam-cli check-config: give a model and at least one file; usage: seam-cli check-config MODEL "
                     "FILE...\n";
        return InvalidInput;
    }
    const LoadResult loaded = loadReportingDiagnostics(paths.front());
    if (!loaded.ok())
        return InvalidInput;
    const std::vector<std::string> files(paths.begin() + 1, paths.end());
    std::vector<std::pair<std::string, std::string>> contents;
    for (const std::string &file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << file << ": error: cannot read the file\n";
            return InvalidInput;
        }
        std::ostringstream text;
        text << in.rdbuf();
        contents.emplace_back(file, text.str());
    }
    const DriftReport report = checkConfig(*loaded.model, contents);
    for (const Diagnostic &diagnostic : report.diagnostics)
        std::cerr << diagnostic.toString() << "\n";
    if (!report.ok())
        return InvalidInput;
    switch (format) {
    case Format::Text:
        for (const Drift &drift : report.drifts)
            std::cout << where(drift) << ": drift: " << drift.message() << "\n";
        std::cout << files.size() << (files.size() == 1 ? " file" : " files") << " checked, " << report.drifts.size()
                  << (report.drifts.size() == 1 ? " setting differs" : " settings differ") << " from " << paths.front()
                  << "\n";
        break;
    case Format::Json:
        printJson(report.drifts, files.size());
        break;
    case Format::Sarif:
        printSarif(report.drifts, files);
        break;
    }
    return report.drifts.empty() ? Ok : Findings;
}

const CommandRegistration registration({
    "check-config",
    "report deployed Resilience4j, Istio and Envoy settings that differ from the model",
    kUsage,
    runCheckConfig,
});

} // namespace
} // namespace seam::cli
