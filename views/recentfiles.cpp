#include "recentfiles.h"

#include "document.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace seam {

namespace {

const char *const Key = "recentFiles";

QString normalized(const QString &path)
{
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    return QFileInfo(local).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    QStringList files;
    for (const QString &file : QSettings().value(QLatin1String(Key)).toStringList())
        if (QFileInfo::exists(file) && !files.contains(file))
            files << file;
    return files.mid(0, MaxFiles);
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    QSettings().setValue(QLatin1String(Key), list.mid(0, MaxFiles));
    emit filesChanged();
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalized(path)) == 0)
        return;
    QSettings().setValue(QLatin1String(Key), list);
    emit filesChanged();
}

void RecentFiles::clear()
{
    QSettings().remove(QLatin1String(Key));
    emit filesChanged();
}

void RecentFiles::setDocument(Document *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::loaded, this, &RecentFiles::add);
        connect(document, &Document::saved, this, &RecentFiles::add);
    }
    emit documentChanged();
}

} // namespace seam
