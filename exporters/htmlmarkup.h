#pragma once
// The integration document as HTML fragments for the review pack (reviewreport.h).
// Every piece of model text is escaped here; diagrams are drawn by Graphviz as SVG.
// The HTML keeps to what Qt's rich text understands too (the PDF lays it out with
// QTextDocument): headings, paragraphs, lists, tables, <code>, <strong>, <a>.

#include "documentmarkup.h"
#include "reviewreport.h"

namespace seam {

class HtmlMarkup : public DocumentMarkup {
public:
    std::string text(std::string_view plain) const override;
    std::string cell(std::string_view plain) const override;
    std::string code(std::string_view plain) const override;
    std::string strong(std::string_view markup) const override;
    std::string sectionLink(std::string_view markup, std::string_view anchor) const override;
    std::string cellBreak() const override { return "<br>"; }

    void title(std::string_view markup) override;
    void facts(const std::vector<std::string> &lines) override;
    void modelDescription(std::string_view markdown) override;
    void section(std::string_view plainTitle) override;
    void subsection(std::string_view markup) override;
    void paragraph(std::string_view markup) override;
    void bullets(const std::vector<std::string> &items) override;
    void table(const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows) override;
    void overviewDiagram(const Model &model) override;
    void flowDiagram(const Model &model, const Flow &flow) override;

    ReviewReport finish();

private:
    std::string &out(); // the HTML run being written: the front matter or the current section's
    void diagram(std::string caption, const Model &drawn, bool overview);

    ReviewReport m_report;
};

} // namespace seam
