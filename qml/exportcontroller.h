#pragma once
// The Export dialog's access to the exporter registry (exporters/exporter.h).
// views/ has no export API, so this thin adapter lives beside the QML.

#include "views/document.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace seam {

class ExportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    // [{id, description}] in registry order.
    Q_PROPERTY(QVariantList formats READ formats CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The folder the last export went to (kept in the user's settings); "" before the first.
    Q_PROPERTY(QString lastFolder READ lastFolder WRITE setLastFolder NOTIFY lastFolderChanged)

public:
    explicit ExportController(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QVariantList formats() const;

    // Starts exporting the current model to `folder` (path or file: URL) on worker threads,
    // the formats side by side; `finished` brings one entry per format:
    // {format, ok, error, files: [paths], warnings}. False (nothing started) while busy.
    Q_INVOKABLE bool start(const QStringList &formatIds, const QString &folder);
    bool busy() const { return m_busy; }
    // Local path for a file: URL or path, for display.
    Q_INVOKABLE static QString toLocalPath(const QString &pathOrUrl);
    Q_INVOKABLE static QString urlForPath(const QString &path);

    QString lastFolder() const;
    void setLastFolder(const QString &folder);
    // Where the dialog proposes to export: the last folder used, else a folder named after
    // the model under the user's documents. Never beside the model, which is usually in
    // the user's repository.
    Q_INVOKABLE QString suggestedFolder() const;

signals:
    void documentChanged();
    void busyChanged();
    void lastFolderChanged();
    void finished(const QVariantList &results);

private:
    void setBusy(bool busy);

    QPointer<Document> m_document;
    bool m_busy = false;
};

} // namespace seam
