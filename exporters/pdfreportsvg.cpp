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

SvgDiagramHandler::SvgDiagramHandler(const std::vector<std::string> &svgs, const std::vector<bool> &turnable,
                                     QSizeF maxSize, double unitsPerPoint)
    : m_turnable(turnable)
    , m_maxSize(maxSize)
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

int SvgDiagramHandler::index(const QTextFormat &format) const
{
    const QString name = format.toImageFormat().name();
    if (!name.startsWith(kScheme))
        return -1;
    bool ok = false;
    const int n = name.mid(kScheme.size()).toInt(&ok);
    if (!ok || n < 0 || size_t(n) >= m_renderers.size() || !m_renderers[size_t(n)]->isValid())
        return -1;
    return n;
}

SvgDiagramHandler::Placement SvgDiagramHandler::place(const QTextFormat &format) const
{
    const int n = index(format);
    if (n < 0)
        return {};
    const QSvgRenderer *svg = m_renderers[size_t(n)].get();
    // Graphviz sizes its drawing in points; shrink it to fit the text area, never enlarge it.
    const QSizeF natural = QSizeF(svg->viewBoxF().size()) * m_unitsPerPoint;
    if (natural.isEmpty())
        return {};
    const auto fit = [&](QSizeF size) {
        return std::min({1.0, m_maxSize.width() / size.width(), m_maxSize.height() / size.height()});
    };
    const double upright = fit(natural);
    const double turned = fit(natural.transposed());
    // A wide overview shrunk to a portrait page's width gets tiny (Graphviz's 14 pt labels at
    // under half size): turned a quarter, it is drawn along the page's height instead, when
    // that makes it markedly larger. A drawing still readable upright (most flows) stays so.
    if (n < int(m_turnable.size()) && m_turnable[size_t(n)] && upright < 0.55 && turned > upright * 1.25)
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
    const int n = index(format);
    if (n < 0)
        return;
    QSvgRenderer *svg = m_renderers[size_t(n)].get();
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
