#pragma once
// The integration architecture document of the founding template: every section
// derived from the model and its lint result, written through a markup
// (documentmarkup.h) so Markdown, HTML and PDF carry the same content.
// A section with nothing to say is left out.

#include "documentmarkup.h"
#include "exporter.h"

namespace seam {

void writeIntegrationDocument(const Model &model, const ExportOptions &options, DocumentMarkup &markup);

} // namespace seam
