#pragma once
// The target language of the integration architecture document. One writer
// (integrationdocument.h) builds every section; a markup turns its blocks and
// inline pieces into Markdown (markdownmarkup.h) or HTML (htmlmarkup.h), so the
// Markdown document and the HTML/PDF review pack never drift apart.
//
// Inline functions return text in the target language, safe to concatenate;
// "markup" parameters are such text already, everything else is model text the
// markup escapes itself.

#include "model/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace seam {

class DocumentMarkup {
public:
    virtual ~DocumentMarkup() = default;

    // Inline pieces.
    virtual std::string text(std::string_view plain) const = 0; // running text; newlines become spaces
    virtual std::string cell(std::string_view plain) const = 0; // like text, but a newline breaks the line
    virtual std::string code(std::string_view plain) const = 0; // an identifier in code style
    virtual std::string strong(std::string_view markup) const = 0;
    // A link to a section of this document, `anchor` being slug(section title).
    virtual std::string sectionLink(std::string_view markup, std::string_view anchor) const = 0;
    virtual std::string cellBreak() const = 0; // a line break inside a table cell

    // Blocks, in reading order.
    virtual void title(std::string_view markup) = 0; // the document's one top-level heading
    virtual void facts(const std::vector<std::string> &lines) = 0; // short "Label: value" lines under the title
    // The model's description: Markdown by definition of the model format.
    virtual void modelDescription(std::string_view markdown) = 0;
    virtual void section(std::string_view plainTitle) = 0; // a major section; anchor slug(plainTitle)
    virtual void subsection(std::string_view markup) = 0;
    virtual void paragraph(std::string_view markup) = 0;
    virtual void bullets(const std::vector<std::string> &items) = 0;
    // Rows of markup cells; an empty cell shows as a dash.
    virtual void table(const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows) = 0;
    // The overview diagram of every component with its legend (Mermaid, or an SVG drawing).
    virtual void overviewDiagram(const Model &model) = 0;
    // A flow's diagram (a Mermaid sequence diagram, or an SVG drawing).
    virtual void flowDiagram(const Model &model, const Flow &flow) = 0;
};

} // namespace seam
