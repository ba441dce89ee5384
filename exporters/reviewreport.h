#pragma once
// The review pack's content, shared by the HTML and PDF exports: the integration
// architecture document (integrationdocument.h) and the specification summary as
// HTML fragments cut into major sections, with the diagrams rendered by Graphviz
// as SVG beside them. Each front end puts the diagrams where they belong: inline
// <svg> in HTML, vector drawings in the PDF.

#include "exporter.h"

#include <string>
#include <vector>

namespace seam {

struct ReportDiagram {
    std::string caption; // HTML
    std::string svg; // an <svg> element (Graphviz output without its XML prolog)
    bool overview = false; // the whole model: the PDF may turn it to draw it larger
};

// A run of HTML, or a diagram (then `html` is empty).
struct ReportPart {
    std::string html;
    int diagram = -1; // index into ReviewReport::diagrams
};

struct ReportSection {
    std::string title; // plain text
    std::string anchor; // slug(title), the id links use
    std::vector<ReportPart> parts;
};

struct ReviewReport {
    std::string title; // plain text, for <title> and the PDF's metadata
    std::string front; // HTML of the title, facts and model description
    std::vector<ReportSection> sections;
    std::vector<ReportDiagram> diagrams;
    std::vector<std::string> warnings; // a diagram Graphviz could not draw
};

// Renders the diagrams with Graphviz (serialised by its process-wide lock).
ReviewReport buildReviewReport(const Model &model, const ExportOptions &options);

} // namespace seam
