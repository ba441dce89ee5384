#pragma once
// Draws the review pack's diagrams inside a QTextDocument as vectors. Qt's rich text
// has no inline SVG, so the PDF's HTML holds <img src="seam-diagram:N"> and this
// handler, installed for image objects, sizes and paints diagram N with QSvgRenderer
// (a wide overview turned a quarter when that draws it larger).

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <string>
#include <vector>

class QSvgRenderer;

namespace seam {

class SvgDiagramHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // `maxSize`: the largest a diagram may be drawn, in document units (a page's text area).
    // Only the diagrams marked `turnable` may be turned a quarter to be drawn larger.
    SvgDiagramHandler(const std::vector<std::string> &svgs, const std::vector<bool> &turnable, QSizeF maxSize,
                      double unitsPerPoint);
    ~SvgDiagramHandler() override;

    static QString source(int diagram); // the <img src> naming diagram N
    void install(class QTextDocument &document);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    struct Placement {
        QSizeF size; // on the page
        bool turned = false; // drawn a quarter turn counter-clockwise
    };
    Placement place(const QTextFormat &format) const;
    int index(const QTextFormat &format) const; // -1: not a diagram
    std::vector<std::unique_ptr<QSvgRenderer>> m_renderers;
    std::vector<bool> m_turnable;
    QSizeF m_maxSize;
    double m_unitsPerPoint;
};

} // namespace seam
