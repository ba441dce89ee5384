#pragma once
// The QML face of model/geometry.h: card size and grid for the canvas and the palette.

#include <QObject>

#include <QtQml/qqmlregistration.h>

namespace seam {

class Geometry : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal cardWidth READ cardWidth CONSTANT)
    Q_PROPERTY(qreal cardHeight READ cardHeight CONSTANT)
    Q_PROPERTY(int grid READ grid CONSTANT)

public:
    using QObject::QObject;
    static qreal cardWidth();
    static qreal cardHeight();
    static int grid();
};

} // namespace seam
