// The review pack's PDF: Qt lays the report's HTML out in pages (QTextDocument's own
// pagination, so lines and table rows are never cut), the diagrams are vector objects
// inside the text (pdfreportsvg.h). The table of contents leaves its page-number column
// empty; once the one layout is done, the numbers are drawn into it, so a long report is
// laid out once, not twice.
#include "pdfreport.h"
#include "pdfreportsvg.h"
#include "pdfreporttables.h"

#include "common.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

namespace seam {

namespace {

constexpr int kDpi = 300;
constexpr double kFooterMm = 9;
constexpr size_t kRowsPerRun = 40; // table rows Qt lays out as one table (pdfreporttables.h)

// Qt's rich text understands HTML 4 with a small part of CSS: this sheet stays inside it.
const char *const kStyle = R"css(
h1 { font-size: 20pt; margin-bottom: 6pt; }
h2 { font-size: 15pt; color: #1d3f73; margin-top: 0; margin-bottom: 6pt; }
h3 { font-size: 11.5pt; margin-top: 10pt; margin-bottom: 4pt; }
p { margin-top: 3pt; margin-bottom: 5pt; }
code { font-family: "DejaVu Sans Mono"; font-size: 8pt; background-color: #f0f2f5; }
table { border-collapse: collapse; border-color: #b8c1cc; margin-top: 3pt; margin-bottom: 8pt; }
th { background-color: #e8eef6; font-weight: bold; }
td, th { border-color: #b8c1cc; font-size: 8pt; }
.facts { color: #444c56; }
.caption { font-size: 8pt; color: #57606a; }
.contents { font-size: 15pt; font-weight: bold; color: #1d3f73; margin-top: 18pt; }
a { color: #1d232b; text-decoration: none; }
)css";

std::string replaceAll(std::string text, std::string_view from, std::string_view to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// The report as Qt rich text, the contents first.
QString qtHtml(const ReviewReport &report)
{
    std::string html = "<html><body>" + report.front + "<p class=\"contents\">Contents</p>\n"
        + "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n";
    for (size_t s = 0; s < report.sections.size(); ++s) {
        const ReportSection &section = report.sections[s];
        html += "<tr><td>" + std::to_string(s + 1) + ".&nbsp;&nbsp;<a href=\"#" + htmlEscape(section.anchor) + "\">"
            + htmlEscape(section.title) + "</a></td><td width=\"12%\">&nbsp;</td></tr>\n";
    }
    html += "</table>\n";
    for (const ReportSection &section : report.sections) {
        bool first = true;
        for (const ReportPart &part : section.parts) {
            if (part.diagram >= 0) {
                const ReportDiagram &d = report.diagrams[size_t(part.diagram)];
                html += "<p align=\"center\"><img src=\"" + SvgDiagramHandler::source(part.diagram).toStdString()
                    + "\"></p>\n<p class=\"caption\" align=\"center\">" + d.caption + "</p>\n";
                continue;
            }
            std::string text = qtTables(part.html, kRowsPerRun);
            if (first)
                text = replaceAll(text, "<h2>", "<h2 style=\"page-break-before: always\">");
            first = false;
            html += text;
        }
    }
    return QString::fromStdString(html + "</body></html>");
}

// The page (1-based) each section's heading starts on.
std::vector<int> sectionPages(QTextDocument &document, double pageHeight)
{
    std::vector<int> pages;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2)
            pages.push_back(int((layout->blockBoundingRect(block).top() + 1) / pageHeight) + 1);
    return pages;
}

// Where each contents line is, in the document: the rows of its first table.
std::vector<QRectF> contentsRows(QTextDocument &document, size_t rows)
{
    std::vector<QRectF> out;
    QTextTable *table = nullptr;
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        if ((table = qobject_cast<QTextTable *>(frame)))
            break;
    if (!table || size_t(table->rows()) != rows || table->columns() != 2)
        return out;
    for (int r = 0; r < table->rows(); ++r)
        out.push_back(document.documentLayout()->blockBoundingRect(table->cellAt(r, 1).firstCursorPosition().block()));
    return out;
}

// The contents' page numbers that fall on the page showing document area `shown`.
void drawPageNumbers(QPainter &painter, const std::vector<QRectF> &rows, const std::vector<int> &pages,
                     const QFont &font, const QRectF &shown)
{
    painter.setFont(font);
    painter.setPen(Qt::black);
    const double right = shown.right();
    for (size_t r = 0; r < rows.size(); ++r)
        if (rows[r].top() >= shown.top() && rows[r].top() < shown.bottom())
            painter.drawText(QRectF(0, rows[r].top(), right, rows[r].height()), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(pages[r]));
}

void drawFooter(QPainter &painter, const QRectF &area, const QString &title, int page, int pageCount)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x57, 0x60, 0x6a));
    painter.drawLine(area.topLeft(), area.topRight());
    const QRectF text = area.adjusted(0, area.height() * 0.25, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Page %1 of %2").arg(page).arg(pageCount));
}

} // namespace

std::string renderReviewPdf(const ReviewReport &report, std::string &error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 10),
                                     QPageLayout::Millimeter));
    const QString title = QString::fromStdString(report.title);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Seam"));
    const QRect paintRect = writer.pageLayout().paintRectPixels(kDpi);
    const double footer = kFooterMm / 25.4 * kDpi;
    const QSizeF page(paintRect.width(), paintRect.height() - footer);

    std::vector<std::string> svgs;
    std::vector<bool> turnable;
    for (const ReportDiagram &d : report.diagrams) {
        svgs.push_back(d.svg);
        turnable.push_back(d.overview);
    }
    // Room for a diagram: the text area less its caption and the heading above it.
    SvgDiagramHandler diagrams(svgs, turnable, QSizeF(page.width(), page.height() * 0.86), kDpi / 72.0);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    diagrams.install(document);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QString::fromLatin1(kStyle));
    document.setDocumentMargin(0);
    document.setPageSize(page);

    document.setHtml(qtHtml(report));
    const std::vector<int> pages = sectionPages(document, page.height());
    const std::vector<QRectF> contents = contentsRows(document, report.sections.size());
    if (pages.size() != report.sections.size() || contents.size() != pages.size()) {
        error = "the layout lost a section heading or a contents line";
        return {};
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        error = "cannot start the PDF writer";
        return {};
    }
    const int pageCount = document.pageCount();
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * page.height(), page.width(), page.height());
        // The layout draws every block the clip touches, whole: the next page's first
        // heading would show in this page's footer.
        painter.setClipRect(context.clip);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        drawPageNumbers(painter, contents, pages, document.defaultFont(), context.clip);
        painter.restore();
        drawFooter(painter, QRectF(0, page.height(), page.width(), footer), title, p + 1, pageCount);
    }
    painter.end();
    return bytes.toStdString();
}

} // namespace seam
