// libFuzzer harness: what `seam-cli export --format all` does to a model, in
// memory: load (YAML) → lint → every registered exporter, one after another
// (runExporters' threads would only add scheduling noise to the coverage).
//
// svg lays the graph out with Graphviz and renders it in memory (gvRenderData);
// it and html (the review pack, which renders the overview and each flow the same
// way) run only on models up to kMaxRenderedComponents / kMaxRenderedIntegrations,
// because a layout costs milliseconds to seconds and would turn the run into a
// benchmark of Graphviz. png is skipped: it is the same graph, layout and
// render job as svg, plus cairo's rasterising, which took most of the time
// (7 executions/s with both on the seed corpus). The DOT exporter always runs.
// pdf is not linked here (seam_export_pdf needs a QGuiApplication); it lays out
// the same report as html.
#include "exporters/exporter.h"
#include "fuzz/fuzzcheck.h"
#include "model/lint/linter.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace {

constexpr size_t kMaxRenderedComponents = 12;
constexpr size_t kMaxRenderedIntegrations = 24;

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
    const seam::LoadResult loaded = seam::loadModelFromString(std::string(reinterpret_cast<const char *>(data), size),
                                                              fileName, seam::FileFormat::Yaml);
    seam::fuzz::checkLoadResult(loaded, fileName);
    if (!loaded.ok())
        return 0;
    const seam::Model &model = *loaded.model;

    const seam::LintResult findings = seam::lint(model);
    for (const auto *list : {&findings.findings, &findings.suppressed})
        for (const seam::Finding &finding : *list)
            if (!seam::findRule(finding.rule) || finding.message.empty())
                seam::fuzz::fail("lint finding without a catalog rule or a message",
                                 finding.rule + ": " + finding.message);

    const bool small = model.components.size() <= kMaxRenderedComponents
        && model.integrationList().size() <= kMaxRenderedIntegrations;
    const seam::ExportOptions options {fileName};
    for (const auto &exporter : seam::exporters()) {
        if (exporter->id() == "png" || ((exporter->id() == "svg" || exporter->id() == "html") && !small))
            continue;
        const seam::ExportResult result = exporter->run(model, options);
        if (!result.ok())
            continue; // an error message is a fine answer to a model the format cannot express
        for (const seam::ExportedFile &file : result.files)
            checkRelativePath(exporter->id(), file.relativePath);
    }
    return 0;
}
