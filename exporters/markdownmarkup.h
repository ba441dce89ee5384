#pragma once
// The integration document in GitHub-flavoured Markdown, diagrams as Mermaid code blocks.

#include "documentmarkup.h"

namespace seam {

class MarkdownMarkup : public DocumentMarkup {
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

    // The document, ending in exactly one newline.
    std::string finish();

private:
    std::string m_out;
};

} // namespace seam
