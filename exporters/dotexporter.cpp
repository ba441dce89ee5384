#include "dotexporter.h"

#include "model/layout/graphlayout.h"

namespace seam {

std::string_view DotExporter::description() const
{
    return "Graphviz DOT source of the overview diagram (overview.dot)";
}

ExportResult DotExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    std::string error;
    std::string text = renderGraph(model, "dot", error);
    if (!error.empty()) {
        result.error = "dot: " + error;
        return result;
    }
    if (resolveEngine(model, LayoutEngine::Auto) == LayoutEngine::Sfdp)
        result.warnings.push_back("dot: " + std::to_string(model.components.size())
                                  + " components: overview.dot asks for the sfdp engine (layout=sfdp), "
                                    "dot would take minutes");
    result.files.push_back({"overview.dot", std::move(text)});
    return result;
}

static ExporterRegistration registration(90, std::make_unique<DotExporter>());

} // namespace seam
