#pragma once
// Mermaid diagrams of a model: the overview flowchart and one sequence diagram per
// flow. The Markdown exporter embeds the same text, so both are built here.

#include "exporter.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seam {

// Mermaid refuses bigger diagrams unless its configuration is changed (maxEdges,
// maxTextSize), which a reader's Markdown viewer never does.
struct MermaidLimits {
    size_t maxEdges = 500;
    size_t maxChars = 50000;
};

struct MermaidDiagram {
    std::string name; // file stem: "overview", "overview-internal", "flow-place-order"
    std::string title; // what a heading above it would say
    std::string text;
    size_t edges = 0;
};

struct MermaidOverview {
    std::vector<MermaidDiagram> parts; // one, unless the model is over the limits
    std::vector<std::string> warnings; // set when it was split
};

MermaidOverview mermaidOverview(const Model &model, const MermaidLimits &limits = {});
MermaidDiagram mermaidSequence(const Model &model, const Flow &flow);

class MermaidExporter : public Exporter {
public:
    std::string_view id() const override { return "mermaid"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
