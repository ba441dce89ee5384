#pragma once
// `svg` and `png`: the overview diagram rendered by Graphviz in-process
// (libgvc; no `dot` program needed). PNG needs Graphviz's cairo plugin
// (Debian: libgvc6); without it the export fails with a message, it never crashes.

#include "exporter.h"

#include <string>

namespace seam {

class ImageExporter : public Exporter {
public:
    explicit ImageExporter(std::string format); // "svg" or "png"
    std::string_view id() const override { return m_format; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;

private:
    std::string m_format;
    std::string m_description;
};

} // namespace seam
