#include "htmlreport.h"

#include "common.h"

namespace seam {

namespace {

// Screen and print in one sheet; system fonts only.
constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;
       color: #1d232b; max-width: 1100px; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 22pt; margin: 0 0 .4em; }
h2 { font-size: 16pt; border-bottom: 2px solid #3d6fb4; padding-bottom: .2em; margin-top: 2em; }
h3 { font-size: 12.5pt; margin: 1.4em 0 .4em; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 90%; background: #f0f2f5;
       padding: 0 .2em; border-radius: 3px; }
table { border-collapse: collapse; margin: .6em 0 1.2em; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #c9d0d8; padding: .25em .45em; text-align: left; vertical-align: top; }
th { background: #e8eef6; }
tbody tr:nth-child(even) { background: #f8f9fb; }
.facts { color: #444c56; }
figure { margin: 1em 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #57606a; margin-top: .3em; }
nav.toc ol { columns: 2; }
a { color: #2456a4; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  section { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  figure svg { max-height: 240mm; }
  a { color: inherit; text-decoration: none; }
}
)css";

} // namespace

std::string reviewHtml(const ReviewReport &report)
{
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>"
        + htmlEscape(report.title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    html += "<header>\n" + report.front + "</header>\n";
    html += "<nav class=\"toc\" id=\"contents\">\n<h2>Contents</h2>\n<ol>\n";
    for (const ReportSection &s : report.sections)
        html += "<li><a href=\"#" + htmlEscape(s.anchor) + "\">" + htmlEscape(s.title) + "</a></li>\n";
    html += "</ol>\n</nav>\n";
    for (const ReportSection &s : report.sections) {
        html += "<section id=\"" + htmlEscape(s.anchor) + "\">\n";
        for (const ReportPart &part : s.parts) {
            if (part.diagram < 0) {
                html += part.html;
                continue;
            }
            const ReportDiagram &d = report.diagrams[size_t(part.diagram)];
            html += "<figure>\n" + d.svg + "\n<figcaption>" + d.caption + "</figcaption>\n</figure>\n";
        }
        html += "</section>\n";
    }
    return html + "</body>\n</html>\n";
}

std::string_view HtmlReportExporter::description() const
{
    return "integration-architecture.html: the review pack, one self-contained page with the document, "
           "diagrams as SVG, findings and spec summaries";
}

ExportResult HtmlReportExporter::run(const Model &model, const ExportOptions &options) const
{
    ExportResult result;
    ReviewReport report = buildReviewReport(model, options);
    for (auto &warning : report.warnings)
        result.warnings.push_back("html: " + warning);
    result.files.push_back({"integration-architecture.html", reviewHtml(report)});
    return result;
}

namespace {
const ExporterRegistration registration(11, std::make_unique<HtmlReportExporter>());
}

} // namespace seam
