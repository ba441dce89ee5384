#pragma once
// The starter models (templates/catalog.h) for File ▸ New from Template.

#include <QObject>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace seam {

class TemplateCatalog : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // [{name, title, description}] in catalog order.
    Q_PROPERTY(QVariantList templates READ templates CONSTANT)

public:
    explicit TemplateCatalog(QObject *parent = nullptr);
    QVariantList templates() const;
};

} // namespace seam
