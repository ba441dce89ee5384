#include "markdownmarkup.h"

#include "common.h"
#include "mermaidexporter.h"

namespace seam {

namespace {

const std::string kNone = "—";

std::string tableLine(const std::vector<std::string> &cells)
{
    std::string out = "|";
    for (const auto &cell : cells)
        out += " " + (cell.empty() ? kNone : cell) + " |";
    return out + "\n";
}

} // namespace

std::string MarkdownMarkup::text(std::string_view plain) const
{
    return markdownText(plain);
}

std::string MarkdownMarkup::cell(std::string_view plain) const
{
    return markdownCell(plain);
}

std::string MarkdownMarkup::code(std::string_view plain) const
{
    return markdownCode(plain);
}

std::string MarkdownMarkup::strong(std::string_view markup) const
{
    return "**" + std::string(markup) + "**";
}

std::string MarkdownMarkup::sectionLink(std::string_view markup, std::string_view anchor) const
{
    return "[" + std::string(markup) + "](#" + std::string(anchor) + ")";
}

void MarkdownMarkup::title(std::string_view markup)
{
    m_out += "# " + std::string(markup) + "\n\n";
}

void MarkdownMarkup::facts(const std::vector<std::string> &lines)
{
    m_out += join(lines, "  \n") + "\n\n"; // two spaces: a hard line break
}

void MarkdownMarkup::modelDescription(std::string_view markdown)
{
    // Markdown by definition (model format): kept as written.
    while (!markdown.empty() && (markdown.back() == '\n' || markdown.back() == ' '))
        markdown.remove_suffix(1);
    if (!markdown.empty())
        paragraph(markdown);
}

void MarkdownMarkup::section(std::string_view plainTitle)
{
    m_out += "## " + std::string(plainTitle) + "\n\n";
}

void MarkdownMarkup::subsection(std::string_view markup)
{
    m_out += "### " + std::string(markup) + "\n\n";
}

void MarkdownMarkup::paragraph(std::string_view markup)
{
    m_out += std::string(markup) + "\n\n";
}

void MarkdownMarkup::bullets(const std::vector<std::string> &items)
{
    for (const auto &item : items)
        m_out += "- " + item + "\n";
    m_out += "\n";
}

void MarkdownMarkup::table(const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows)
{
    m_out += tableLine(header);
    m_out += "|";
    for (size_t i = 0; i < header.size(); ++i)
        m_out += " --- |";
    m_out += "\n";
    for (const auto &row : rows)
        m_out += tableLine(row);
    m_out += "\n";
}

void MarkdownMarkup::overviewDiagram(const Model &model)
{
    const MermaidOverview overview = mermaidOverview(model);
    paragraph("Solid arrows are synchronous calls, dashed arrows asynchronous messages, labelled with their "
              "pattern; boxes are grouped by trust zone. Cylinders are databases, circles caches, flags "
              "queues, hexagons topics, stadiums clients; third-party systems have a dashed border.");
    if (overview.parts.size() > 1)
        paragraph("The model is too large for one Mermaid diagram; it is drawn in "
                  + std::to_string(overview.parts.size()) + " parts, each holding the integrations that start in it.");
    for (const auto &part : overview.parts) {
        if (overview.parts.size() > 1)
            paragraph(strong("Part " + text(part.title)));
        m_out += "```mermaid\n" + part.text + "```\n\n";
    }
}

void MarkdownMarkup::flowDiagram(const Model &model, const Flow &flow)
{
    m_out += "```mermaid\n" + mermaidSequence(model, flow).text + "```\n\n";
}

std::string MarkdownMarkup::finish()
{
    // One trailing newline, whatever the last section ended with.
    while (m_out.size() > 1 && m_out.back() == '\n' && m_out[m_out.size() - 2] == '\n')
        m_out.pop_back();
    return std::move(m_out);
}

} // namespace seam
