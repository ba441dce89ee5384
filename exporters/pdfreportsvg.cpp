#include "pdfreportsvg.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextImageFormat>

namespace seam {

namespace {
const QString kScheme = QStringLiteral("seam-diagram:");
}

SvgDiagramHandler::SvgDiagramHandler(const std::vector<std::string> &svgs, QSizeF maxSize, double unitsPerPoint)
    : m_maxSize(maxSize)
    , m_unitsPerPoint(unitsPerPoint)
{
    for (const std::string &svg : svgs)
        m_renderers.push_back(std::make_unique<QSvgRenderer>(QByteArray::fromStdString(svg)));
}

SvgDiagramHandler::~SvgDiagramHandler() = default;

QString SvgDiagramHandler::source(int diagram)
{
    return kScheme + QString::number(diagram);
}

void SvgDiagramHandler::install(QTextDocument &document)
{
    // Replaces the layout's own image handler: every image in the report is a diagram.
    document.documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

QSvgRenderer *SvgDiagramHandler::renderer(const QTextFormat &format) const
{
    const QString name = format.toImageFormat().name();
    if (!name.startsWith(kScheme))
        return nullptr;
    bool ok = false;
    const int index = name.mid(kScheme.size()).toInt(&ok);
    if (!ok || index < 0 || size_t(index) >= m_renderers.size() || !m_renderers[size_t(index)]->isValid())
        return nullptr;
    return m_renderers[size_t(index)].get();
}

SvgDiagramHandler::Placement SvgDiagramHandler::place(const QTextFormat &format) const
{
    const QSvgRenderer *svg = renderer(format);
    if (!svg)
        return {};
    // Graphviz sizes its drawing in points; shrink it to fit the text area, never enlarge it.
    const QSizeF natural = QSizeF(svg->viewBoxF().size()) * m_unitsPerPoint;
    if (natural.isEmpty())
        return {};
    const auto fit = [&](QSizeF size) {
        return std::min({1.0, m_maxSize.width() / size.width(), m_maxSize.height() / size.height()});
    };
    const double upright = fit(natural);
    const double turned = fit(natural.transposed());
    // A wide overview shrunk to a portrait page's width gets tiny: turned a quarter, it is
    // drawn along the page's height instead, when that makes it markedly larger. A drawing
    // that fits (most flows) stays upright in the text.
    if (upright < 0.75 && turned > upright * 1.25)
        return {natural.transposed() * turned, true};
    return {natural * upright, false};
}

QSizeF SvgDiagramHandler::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return place(format).size;
}

void SvgDiagramHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    QSvgRenderer *svg = renderer(format);
    if (!svg)
        return;
    if (!place(format).turned) {
        svg->render(painter, rect);
        return;
    }
    // Turned counter-clockwise: the drawing's top edge runs up the left of the page.
    painter->save();
    painter->translate(rect.bottomLeft());
    painter->rotate(-90);
    svg->render(painter, QRectF(0, 0, rect.height(), rect.width()));
    painter->restore();
}

} // namespace seam
