#pragma once
// integration-architecture.md: the integration architecture document of the
// founding template, every section derived from the model and its lint result.
// A section with nothing to say is left out.

#include "exporter.h"

namespace seam {

class MarkdownExporter : public Exporter {
public:
    std::string_view id() const override { return "markdown"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
