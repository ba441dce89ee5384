#include "markdownexporter.h"

#include "integrationdocument.h"
#include "markdownmarkup.h"

namespace seam {

std::string_view MarkdownExporter::description() const
{
    return "integration-architecture.md: the integration architecture document, with diagrams and lint findings";
}

ExportResult MarkdownExporter::run(const Model &model, const ExportOptions &options) const
{
    ExportResult result;
    MarkdownMarkup markup;
    writeIntegrationDocument(model, options, markup);
    result.files.push_back({"integration-architecture.md", markup.finish()});
    return result;
}

namespace {
const ExporterRegistration registration(10, std::make_unique<MarkdownExporter>());
}

} // namespace seam
