#pragma once
// The Export dialog's access to the exporter registry (exporters/exporter.h).
// views/ has no export API, so this thin adapter lives beside the QML.

#include "views/document.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace seam {

class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    // [{id, description}] in registry order.
    Q_PROPERTY(QVariantList formats READ formats CONSTANT)

public:
    explicit ExportController(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QVariantList formats() const;

    // Runs the chosen exporters on the current model and writes below `folder` (path or
    // file: URL). Returns one entry per format: {format, ok, error, files: [paths], warnings}.
    Q_INVOKABLE QVariantList run(const QStringList &formatIds, const QString &folder) const;
    // Local path for a file: URL or path, for display.
    Q_INVOKABLE static QString toLocalPath(const QString &pathOrUrl);
    Q_INVOKABLE static QString urlForPath(const QString &path);

signals:
    void documentChanged();

private:
    QPointer<Document> m_document;
};

} // namespace seam
