#include "htmlmarkup.h"

#include "common.h"
#include "model/flows.h"
#include "model/layout/graphlayout.h"

#include <set>

namespace seam {

namespace {

// Model text, escaped; `newline` replaces line breaks that have text after them
// (YAML block scalars end with one, which says nothing).
std::string escapedLines(std::string_view text, std::string_view newline)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r')
            continue;
        if (text[i] == '\n') {
            if (text.find_first_not_of(" \r\n\t", i) != std::string_view::npos)
                out += newline;
            continue;
        }
        out += htmlEscape(text.substr(i, 1));
    }
    return out;
}

// Graphviz writes a standalone SVG document: the XML declaration, a DOCTYPE naming
// the SVG DTD by URL, and comments holding node ids. Inline SVG needs none of them.
std::string inlineSvg(const std::string &svg)
{
    std::string out;
    size_t at = svg.find("<svg");
    if (at == std::string::npos)
        return out;
    while (at < svg.size()) {
        const size_t comment = svg.find("<!--", at);
        if (comment == std::string::npos) {
            out.append(svg, at);
            break;
        }
        out.append(svg, at, comment - at);
        const size_t end = svg.find("-->", comment);
        at = end == std::string::npos ? svg.size() : end + 3;
    }
    return out;
}

} // namespace

std::string HtmlMarkup::text(std::string_view plain) const
{
    return escapedLines(plain, " ");
}

std::string HtmlMarkup::cell(std::string_view plain) const
{
    return escapedLines(plain, "<br>");
}

std::string HtmlMarkup::code(std::string_view plain) const
{
    return "<code>" + escapedLines(plain, " ") + "</code>";
}

std::string HtmlMarkup::strong(std::string_view markup) const
{
    return "<strong>" + std::string(markup) + "</strong>";
}

std::string HtmlMarkup::sectionLink(std::string_view markup, std::string_view anchor) const
{
    return "<a href=\"#" + htmlEscape(anchor) + "\">" + std::string(markup) + "</a>";
}

std::string &HtmlMarkup::out()
{
    return m_report.sections.empty() ? m_report.front : m_report.sections.back().parts.back().html;
}

void HtmlMarkup::title(std::string_view markup)
{
    out() += "<h1>" + std::string(markup) + "</h1>\n";
}

void HtmlMarkup::facts(const std::vector<std::string> &lines)
{
    out() += "<p class=\"facts\">" + join(lines, "<br>\n") + "</p>\n";
}

void HtmlMarkup::modelDescription(std::string_view markdown)
{
    // Markdown in the model: shown as its text, never as markup. As in Markdown, a blank
    // line starts a paragraph and a single line break is a space, except before a list item.
    std::string paragraph;
    const auto flush = [&] {
        if (!paragraph.empty())
            out() += "<p>" + paragraph + "</p>\n";
        paragraph.clear();
    };
    size_t start = 0;
    while (start <= markdown.size()) {
        size_t end = markdown.find('\n', start);
        if (end == std::string_view::npos)
            end = markdown.size();
        std::string_view line = markdown.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        const size_t indent = line.find_first_not_of(" \t");
        if (indent == std::string_view::npos) {
            flush();
        } else {
            const std::string_view rest = line.substr(indent);
            const bool item = rest.starts_with("- ") || rest.starts_with("* ") || rest.starts_with("+ ");
            if (!paragraph.empty())
                paragraph += item ? "<br>" : " ";
            paragraph += htmlEscape(rest);
        }
        start = end + 1;
    }
    flush();
}

void HtmlMarkup::section(std::string_view plainTitle)
{
    ReportSection s;
    s.title = std::string(plainTitle);
    s.anchor = slug(plainTitle);
    s.parts.push_back({});
    m_report.sections.push_back(std::move(s));
    out() += "<h2>" + htmlEscape(plainTitle) + "</h2>\n";
}

void HtmlMarkup::subsection(std::string_view markup)
{
    out() += "<h3>" + std::string(markup) + "</h3>\n";
}

void HtmlMarkup::paragraph(std::string_view markup)
{
    out() += "<p>" + std::string(markup) + "</p>\n";
}

void HtmlMarkup::bullets(const std::vector<std::string> &items)
{
    out() += "<ul>\n";
    for (const auto &item : items)
        out() += "<li>" + item + "</li>\n";
    out() += "</ul>\n";
}

void HtmlMarkup::table(const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows)
{
    std::string &html = out();
    html += "<table>\n<thead><tr>";
    for (const auto &h : header)
        html += "<th>" + h + "</th>";
    html += "</tr></thead>\n<tbody>\n";
    for (const auto &row : rows) {
        html += "<tr>";
        for (const auto &c : row)
            html += "<td>" + (c.empty() ? std::string("—") : c) + "</td>";
        html += "</tr>\n";
    }
    html += "</tbody>\n</table>\n";
}

void HtmlMarkup::diagram(std::string caption, const Model &drawn, bool overview)
{
    std::string error;
    std::string svg = inlineSvg(renderGraph(drawn, "svg", error));
    if (!error.empty() || svg.empty()) {
        m_report.warnings.push_back("diagram \"" + drawn.name + "\" not drawn: " + error);
        paragraph("<em>The diagram could not be drawn: " + text(error) + "</em>");
        return;
    }
    if (m_report.sections.empty())
        return; // diagrams belong to sections; the writer never draws one before the first
    ReportDiagram d {std::move(caption), std::move(svg), overview};
    auto &parts = m_report.sections.back().parts;
    parts.push_back({.html = {}, .diagram = int(m_report.diagrams.size())});
    parts.push_back({}); // the HTML that follows
    m_report.diagrams.push_back(std::move(d));
}

void HtmlMarkup::overviewDiagram(const Model &model)
{
    paragraph("Solid arrows are synchronous calls, dashed arrows asynchronous messages, labelled with their "
              "pattern; boxes are grouped by trust zone. Cylinders are databases and caches, arrow-shaped boxes "
              "queues, hexagons topics, trapezia gateways, rounded boxes clients; third-party systems have a "
              "dashed border.");
    diagram("Overview of " + text(model.name), model, true);
}

void HtmlMarkup::flowDiagram(const Model &model, const Flow &flow)
{
    // The flow's part of the overview: the integrations its steps use and their ends,
    // drawn by the same Graphviz path (the step table above gives the order).
    Model part;
    part.name = flow.displayName();
    std::set<std::string> integrationIds, componentIds;
    for (const std::string &id : flowIntegrationIds(flow))
        if (const Integration *i = model.findIntegration(id); i && integrationIds.insert(id).second) {
            componentIds.insert(i->from);
            componentIds.insert(i->to);
        }
    for (const Component &c : model.components)
        if (componentIds.count(c.id))
            part.components.push_back(c);
    part.integrations.emplace();
    for (const Integration &i : model.integrationList())
        if (integrationIds.count(i.id))
            part.integrations->push_back(i);
    if (part.components.empty())
        return;
    diagram("Components and integrations of " + text(flow.displayName()), part, false);
}

ReviewReport HtmlMarkup::finish()
{
    for (auto &s : m_report.sections)
        std::erase_if(s.parts, [](const ReportPart &p) { return p.diagram < 0 && p.html.empty(); });
    return std::move(m_report);
}

} // namespace seam
