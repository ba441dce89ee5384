#include "exportcontroller.h"

#include "exporters/exporter.h"
#include "views/document.h"

#include <QDir>
#include <QUrl>

namespace seam {

ExportController::ExportController(QObject *parent)
    : QObject(parent)
{
}

void ExportController::setDocument(Document *document)
{
    if (m_document == document)
        return;
    m_document = document;
    emit documentChanged();
}

QVariantList ExportController::formats() const
{
    QVariantList list;
    for (const auto &exporter : exporters()) {
        list.append(QVariantMap{
            {QStringLiteral("id"), QString::fromUtf8(exporter->id().data(), qsizetype(exporter->id().size()))},
            {QStringLiteral("description"),
             QString::fromUtf8(exporter->description().data(), qsizetype(exporter->description().size()))}});
    }
    return list;
}

QString ExportController::toLocalPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

QString ExportController::urlForPath(const QString &path)
{
    return QUrl::fromLocalFile(toLocalPath(path)).toString();
}

QVariantList ExportController::run(const QStringList &formatIds, const QString &folder) const
{
    QVariantList results;
    const QString dir = toLocalPath(folder);
    for (const QString &id : formatIds) {
        QVariantMap entry{{QStringLiteral("format"), id}};
        const Exporter *exporter = findExporter(id.toStdString());
        if (!m_document || !exporter || dir.isEmpty()) {
            entry[QStringLiteral("ok")] = false;
            entry[QStringLiteral("error")] = !exporter ? tr("Unknown format %1").arg(id) : tr("No folder chosen");
            results.append(entry);
            continue;
        }
        ExportOptions options;
        options.sourceFile = m_document->filePath().toStdString();
        const ExportResult result = exporter->run(m_document->model(), options);
        QString error = QString::fromStdString(result.error);
        if (result.ok())
            error = QString::fromStdString(writeExport(result, dir.toStdString()));
        QStringList files;
        if (error.isEmpty())
            for (const ExportedFile &file : result.files)
                files.append(QDir(dir).filePath(QString::fromStdString(file.relativePath)));
        QStringList warnings;
        for (const std::string &w : result.warnings)
            warnings.append(QString::fromStdString(w));
        entry[QStringLiteral("ok")] = error.isEmpty();
        entry[QStringLiteral("error")] = error;
        entry[QStringLiteral("files")] = files;
        entry[QStringLiteral("warnings")] = warnings;
        results.append(entry);
    }
    return results;
}

} // namespace seam
