// libFuzzer harness: what `seam-cli export --format all` does to a model, in
// memory: load (YAML) → lint → every registered exporter, one after another
// (runExporters' threads would only add scheduling noise to the coverage).
//
// svg and png lay the graph out with Graphviz and render it in memory
// (gvRenderData). A dot layout of a few hundred integrations takes seconds,
// which would turn every large input into a timeout of Graphviz rather than a
// finding in Seam, so they run only on models up to kMaxRenderedComponents /
// kMaxRenderedIntegrations; the DOT exporter (no layout) always runs.
#include "exporters/exporter.h"
#include "fuzz/fuzzcheck.h"
#include "model/lint/linter.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace {

constexpr size_t kMaxRenderedComponents = 24;
constexpr size_t kMaxRenderedIntegrations = 48;

bool rendersWithGraphviz(std::string_view id) { return id == "svg" || id == "png"; }

// writeExport joins these to the output folder: none may lead outside it.
void checkRelativePath(std::string_view exporter, const std::string &relativePath)
{
    const std::filesystem::path path(relativePath);
    if (relativePath.empty() || path.is_absolute() || path.has_root_name())
        seam::fuzz::fail("export file path is not relative", std::string(exporter) + ": " + relativePath);
    for (const auto &part : path)
        if (part == "..")
            seam::fuzz::fail("export file path leaves the output folder", std::string(exporter) + ": " + relativePath);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string fileName = "fuzz.seam.yaml";
    const seam::LoadResult loaded = seam::loadModelFromString(std::string(reinterpret_cast<const char *>(data), size), fileName,
                                                              seam::FileFormat::Yaml);
    seam::fuzz::checkLoadResult(loaded, fileName);
    if (!loaded.ok())
        return 0;
    const seam::Model &model = *loaded.model;

    const seam::LintResult findings = seam::lint(model);
    for (const auto *list : {&findings.findings, &findings.suppressed})
        for (const seam::Finding &finding : *list)
            if (!seam::findRule(finding.rule) || finding.message.empty())
                seam::fuzz::fail("lint finding without a catalog rule or a message", finding.rule + ": " + finding.message);

    const bool small = model.components.size() <= kMaxRenderedComponents &&
                       model.integrationList().size() <= kMaxRenderedIntegrations;
    const seam::ExportOptions options{fileName};
    for (const auto &exporter : seam::exporters()) {
        if (rendersWithGraphviz(exporter->id()) && !small)
            continue;
        const seam::ExportResult result = exporter->run(model, options);
        if (!result.ok())
            continue; // an error message is a fine answer to a model the format cannot express
        for (const seam::ExportedFile &file : result.files)
            checkRelativePath(exporter->id(), file.relativePath);
    }
    return 0;
}
