#pragma once
// `dot`: the overview graph as Graphviz source (overview.dot), for people who
// render or restyle it with their own Graphviz. Built by seam_layout.

#include "exporter.h"

namespace seam {

class DotExporter : public Exporter {
public:
    std::string_view id() const override { return "dot"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
