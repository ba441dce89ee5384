#include "recovery.h"

#include "commands/replacemodelcommand.h"
#include "document.h"

#include "model/atomicwrite.h"
#include "model/modelio.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace seam {

namespace {

const QString ModelSuffix = QStringLiteral(".seam.yaml");

QString entryPath(const QString &id, const char *suffix)
{
    return Recovery::folder() + QLatin1Char('/') + id + QLatin1String(suffix);
}

QString modelPath(const QString &id)
{
    return entryPath(id, ".seam.yaml");
}

QByteArray lockPath(const QString &id)
{
    return QFile::encodeName(entryPath(id, ".lock"));
}

// The entry's lock, taken without waiting: -1 when a running session holds it.
int tryLock(const QString &id, bool create)
{
    const int fd = open(lockPath(id).constData(), O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0600);
    if (fd < 0)
        return -1;
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

// Entries from before the .lock files (one "<hash>.seam.yaml" per file name) have no lock
// and no info: nobody runs them, and their file is unknown, so they are offered as untitled.
bool heldByARunningSession(const QString &id)
{
    if (!QFile::exists(QFile::decodeName(lockPath(id))))
        return false;
    const int fd = tryLock(id, false);
    if (fd < 0)
        return true;
    close(fd);
    return false;
}

QString fileOf(const QString &id)
{
    QFile info(entryPath(id, ".json"));
    if (!info.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(info.readAll()).object().value(QStringLiteral("file")).toString();
}

QString newId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

} // namespace

Recovery::Recovery(Document *document)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_watcher(new QFutureWatcher<std::string>(this))
{
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &Recovery::autosaveInBackground);
    connect(m_watcher, &QFutureWatcher<std::string>::finished, this, &Recovery::autosaveFinished);
    m_timer->start();
    rescan();
}

Recovery::~Recovery()
{
    m_job.waitForFinished(); // it must not recreate the file removed below
    removeOwnEntry();
}

QString Recovery::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString Recovery::filePath() const
{
    return m_ownId.isEmpty() ? QString() : modelPath(m_ownId);
}

QVariantList Recovery::crashed() const
{
    QVariantList list;
    for (const Entry &entry : m_crashed)
        list << QVariantMap {
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("file"), entry.file},
            {QStringLiteral("title"), entry.file.isEmpty() ? tr("Untitled") : QFileInfo(entry.file).fileName()},
            {QStringLiteral("modified"), QDateTime::fromMSecsSinceEpoch(entry.modifiedMs)},
        };
    return list;
}

void Recovery::setAvailableId(const QString &id)
{
    if (id == m_availableId)
        return;
    m_availableId = id;
    emit availableChanged();
}

void Recovery::rescan()
{
    m_crashed.clear();
    const QFileInfoList files = QDir(folder()).entryInfoList({QStringLiteral("*") + ModelSuffix}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString id = info.fileName().chopped(ModelSuffix.size());
        if (id == m_ownId || heldByARunningSession(id))
            continue;
        m_crashed.push_back({id, fileOf(id), info.lastModified().toMSecsSinceEpoch()});
    }
    // A kill between taking the lock and the first autosave leaves a lock and an info file
    // without a model: nothing to recover, so they go.
    for (const QFileInfo &info : QDir(folder()).entryInfoList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString id = info.completeBaseName();
        if (id != m_ownId && !QFile::exists(modelPath(id)) && !heldByARunningSession(id))
            removeEntryFiles(id);
    }
    std::sort(m_crashed.begin(), m_crashed.end(),
              [](const Entry &a, const Entry &b) { return a.modifiedMs > b.modifiedMs; });
    emit crashedChanged();

    // Changes to the open file, unless the file was saved after them.
    QString available;
    const QString file = m_document->filePath();
    if (!file.isEmpty()) {
        const QFileInfo onDisk(file);
        for (const Entry &entry : m_crashed)
            if (entry.file == file
                && (!onDisk.exists() || entry.modifiedMs >= onDisk.lastModified().toMSecsSinceEpoch())) {
                available = entry.id;
                break;
            }
    }
    setAvailableId(available);
}

void Recovery::documentReplaced()
{
    removeOwnEntry();
    m_autosavedRevision = m_document->revision();
    rescan();
}

void Recovery::documentSaved()
{
    removeOwnEntry();
    rescan();
}

bool Recovery::ensureOwnEntry()
{
    if (m_ownId.isEmpty()) {
        if (!QDir().mkpath(folder())) {
            return autosaveFailed(QStringLiteral("cannot create %1").arg(folder()));
        }
        const QString id = newId();
        const int fd = tryLock(id, true);
        if (fd < 0) {
            return autosaveFailed(
                QStringLiteral("cannot create %1: %2")
                    .arg(QString::fromLocal8Bit(lockPath(id)), QString::fromLocal8Bit(strerror(errno))));
        }
        m_ownId = id;
        m_lockFd = fd;
        m_infoWritten = false;
    }
    if (!m_infoWritten || m_infoFile != m_document->filePath()) {
        const QByteArray info = QJsonDocument(QJsonObject {{QStringLiteral("file"), m_document->filePath()}})
                                    .toJson(QJsonDocument::Compact);
        const std::string error
            = writeFileAtomically(QFile::encodeName(entryPath(m_ownId, ".json")).toStdString(), info.toStdString());
        if (!error.empty())
            return autosaveFailed(QString::fromStdString(error));
        m_infoFile = m_document->filePath();
        m_infoWritten = true;
    }
    return true;
}

void Recovery::removeEntryFiles(const QString &id)
{
    QFile::remove(modelPath(id)); // first: without it the entry is not listed
    QFile::remove(entryPath(id, ".json"));
    QFile::remove(QFile::decodeName(lockPath(id)));
}

void Recovery::removeOwnEntry()
{
    ++m_epoch; // an autosave still being written is stale now
    if (m_ownId.isEmpty())
        return;
    removeEntryFiles(m_ownId);
    close(m_lockFd);
    m_lockFd = -1;
    m_ownId.clear();
    m_infoWritten = false;
}

bool Recovery::adopt(const QString &id)
{
    const int fd = tryLock(id, true);
    if (fd < 0)
        return false; // another window recovers it right now
    m_job.waitForFinished();
    removeOwnEntry();
    m_ownId = id;
    m_lockFd = fd;
    m_infoWritten = false;
    return true;
}

bool Recovery::applyEntry(const QString &id)
{
    LoadResult result = loadModelFromFile(QFile::encodeName(modelPath(id)).toStdString());
    if (!result.ok()) {
        m_document->setLastError(result.diagnostics.empty()
                                     ? tr("The recovery file cannot be read.")
                                     : QString::fromStdString(result.diagnostics.front().toString()));
        return false;
    }
    if (!adopt(id)) {
        m_document->setLastError(tr("These changes are being recovered by another Seam window."));
        rescan();
        return false;
    }
    if (!(*result.model == m_document->model()))
        m_document->push(new ReplaceModelCommand(m_document, std::move(*result.model), tr("Recover unsaved changes")));
    m_autosavedRevision = m_document->revision(); // the entry holds exactly this
    ensureOwnEntry(); // names the file it now belongs to
    rescan();
    return true;
}

bool Recovery::recover()
{
    return isAvailable() && applyEntry(m_availableId);
}

void Recovery::discard()
{
    if (isAvailable())
        discardCrashed(m_availableId);
}

bool Recovery::restore(const QString &id)
{
    const auto entry = std::find_if(m_crashed.begin(), m_crashed.end(), [&](const Entry &e) { return e.id == id; });
    if (entry == m_crashed.end())
        return false;
    const QString file = entry->file;
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        if (!m_document->load(file))
            return false;
    } else {
        m_document->newModel(); // untitled work, or its file is gone: Save As keeps it
    }
    return applyEntry(id);
}

void Recovery::discardCrashed(const QString &id)
{
    const int fd = tryLock(id, false);
    if (fd >= 0 || !QFile::exists(QFile::decodeName(lockPath(id))))
        removeEntryFiles(id);
    if (fd >= 0)
        close(fd);
    rescan();
}

// The timer's autosave: serialising and syncing a 10k-component model takes about a
// second (BENCHMARKS.md), too long to freeze the editor every 30 s, so a snapshot is
// written on a worker thread.
void Recovery::autosaveInBackground()
{
    if (m_job.isRunning() || !m_document->isModified() || m_document->revision() == m_autosavedRevision)
        return;
    if (!ensureOwnEntry())
        return;
    m_jobPath = modelPath(m_ownId);
    m_jobRevision = m_document->revision();
    m_jobEpoch = m_epoch;
    m_job = QtConcurrent::run([model = m_document->model(), path = m_jobPath] {
        return saveModelToFile(model, QFile::encodeName(path).toStdString(), FileFormat::Yaml);
    });
    m_watcher->setFuture(m_job);
}

void Recovery::autosaveFinished()
{
    const std::string error = m_job.result();
    if (!error.empty()) {
        autosaveFailed(QString::fromStdString(error)); // the previous recovery file is intact
        return;
    }
    if (m_jobEpoch != m_epoch) {
        QFile::remove(m_jobPath); // saved or replaced while it was being written
        return;
    }
    autosaveSucceeded(m_jobRevision);
}

bool Recovery::autosaveNow()
{
    m_job.waitForFinished(); // one writer of the recovery file at a time
    if (!m_document->isModified() || m_document->revision() == m_autosavedRevision || !ensureOwnEntry())
        return false;
    const std::string error
        = saveModelToFile(m_document->model(), QFile::encodeName(modelPath(m_ownId)).toStdString(), FileFormat::Yaml);
    if (!error.empty())
        return autosaveFailed(QString::fromStdString(error)); // the previous recovery file is intact
    autosaveSucceeded(m_document->revision());
    return true;
}

void Recovery::autosaveSucceeded(int revision)
{
    m_autosavedRevision = revision;
    if (!m_autosaveError.isEmpty()) {
        m_autosaveError.clear();
        emit autosaveErrorChanged();
    }
    emit autosaved();
}

bool Recovery::autosaveFailed(const QString &why)
{
    qWarning("autosave: %s", qPrintable(why));
    if (why != m_autosaveError) {
        m_autosaveError = why;
        emit autosaveErrorChanged();
    }
    return false;
}

void Recovery::setInterval(int ms)
{
    if (ms == m_interval)
        return;
    m_interval = ms;
    if (ms > 0) {
        m_timer->setInterval(ms);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    emit intervalChanged();
}

} // namespace seam
