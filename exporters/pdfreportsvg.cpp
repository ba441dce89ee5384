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

QSizeF SvgDiagramHandler::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QSvgRenderer *svg = renderer(format);
    if (!svg)
        return {};
    // Graphviz sizes its drawing in points; shrink it to fit the text area, never enlarge it.
    const QSizeF natural = QSizeF(svg->viewBoxF().size()) * m_unitsPerPoint;
    if (natural.isEmpty())
        return {};
    const double scale = std::min({1.0, m_maxSize.width() / natural.width(), m_maxSize.height() / natural.height()});
    return natural * scale;
}

void SvgDiagramHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    if (QSvgRenderer *svg = renderer(format))
        svg->render(painter, rect);
}

} // namespace seam
