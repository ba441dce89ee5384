#include "exportcontroller.h"

#include "exporters/exportmodel.h"
#include "views/document.h"
#include "views/qtstrings.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

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
        list.append(QVariantMap {{QStringLiteral("id"), toQ(exporter->id())},
                                 {QStringLiteral("description"), toQ(exporter->description())}});
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

namespace {

const QString lastFolderKey = QStringLiteral("export/lastFolder");

// "checkout" for checkout.seam.yaml; "Untitled" for a model never saved.
QString modelBaseName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const char *suffix : {".seam.yaml", ".seam.yml", ".seam.json", ".yaml", ".yml", ".json"})
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    return name.isEmpty() ? QStringLiteral("Untitled") : name;
}

} // namespace

QString ExportController::lastFolder() const
{
    return QSettings().value(lastFolderKey).toString();
}

void ExportController::setLastFolder(const QString &folder)
{
    const QString path = toLocalPath(folder);
    if (path == lastFolder())
        return;
    QSettings settings;
    if (path.isEmpty())
        settings.remove(lastFolderKey);
    else
        settings.setValue(lastFolderKey, path);
    emit lastFolderChanged();
}

QString ExportController::suggestedFolder() const
{
    const QString last = lastFolder();
    if (!last.isEmpty())
        return last;
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("Seam exports/")
                               + modelBaseName(m_document ? m_document->filePath() : QString()));
}

namespace {

QVariantMap failure(const QString &format, const QString &error)
{
    return {{QStringLiteral("format"), format}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

QStringList toQStringList(const std::vector<std::string> &texts)
{
    QStringList list;
    for (const std::string &text : texts)
        list.append(QString::fromStdString(text));
    return list;
}

} // namespace

bool ExportController::start(const QStringList &formatIds, const QString &folder)
{
    if (m_busy || !m_document)
        return false;
    const QString dir = toLocalPath(folder);
    // Unknown formats are reported first, then the others in the order asked.
    QVariantList rejected;
    std::vector<const Exporter *> chosen;
    for (const QString &id : formatIds) {
        const Exporter *exporter = findExporter(id.toStdString());
        if (!exporter || dir.isEmpty())
            rejected.append(failure(id, !exporter ? tr("Unknown format %1").arg(id) : tr("No folder chosen")));
        else
            chosen.push_back(exporter);
    }
    ExportOptions options;
    options.sourceFile = m_document->filePath().toStdString();
    if (!chosen.empty())
        setLastFolder(dir);
    setBusy(true);
    // The model is copied: the user may go on editing while the files are written.
    auto job = QtConcurrent::run([model = m_document->model(), chosen, options, dir = dir.toStdString()] {
        return exportModel(model, chosen, options, dir);
    });
    auto *watcher = new QFutureWatcher<std::vector<FormatExport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, rejected] {
        QVariantList results = rejected;
        for (const FormatExport &done : watcher->result()) {
            QVariantMap entry = failure(toQ(done.exporter->id()), QString::fromStdString(done.error()));
            entry[QStringLiteral("ok")] = done.ok();
            entry[QStringLiteral("files")] = toQStringList(done.writtenPaths);
            entry[QStringLiteral("warnings")] = toQStringList(done.result.warnings);
            results.append(entry);
        }
        watcher->deleteLater();
        setBusy(false);
        emit finished(results);
    });
    watcher->setFuture(job);
    return true;
}

void ExportController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

} // namespace seam
