#include "imageexporter.h"

#include "model/layout/graphlayout.h"

namespace seam {

ImageExporter::ImageExporter(std::string format)
    : m_format(std::move(format))
    , m_description("Overview diagram rendered by Graphviz (overview." + m_format + ")")
{
}

std::string_view ImageExporter::description() const
{
    return m_description;
}

ExportResult ImageExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    if (model.components.empty()) {
        // Graphviz renders an empty graph as a blank page; say why it is blank.
        result.warnings.push_back(m_format + ": the model has no components; the diagram is empty");
    }
    std::string error;
    std::string bytes = renderGraph(model, m_format, error);
    if (!error.empty()) {
        result.error = m_format + ": " + error;
        return result;
    }
    if (resolveEngine(model, LayoutEngine::Auto) == LayoutEngine::Sfdp)
        result.warnings.push_back(m_format + ": " + std::to_string(model.components.size())
                                  + " components: laid out with sfdp (no zone boxes, straight edges)");
    result.files.push_back({"overview." + m_format, std::move(bytes)});
    return result;
}

static ExporterRegistration svgRegistration(91, std::make_unique<ImageExporter>("svg"));
static ExporterRegistration pngRegistration(92, std::make_unique<ImageExporter>("png"));

} // namespace seam
