#pragma once
// The "Open Recent" list, kept in QSettings (key "recentFiles"): most recent
// first, at most 10, files that no longer exist are dropped when read.

#include <QObject>
#include <QStringList>

namespace seam {

class RecentFiles : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList files READ files NOTIFY filesChanged)

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    Q_INVOKABLE void add(const QString &path); // local path or file: URL
    Q_INVOKABLE void remove(const QString &path);
    Q_INVOKABLE void clear();

signals:
    void filesChanged();
};

} // namespace seam
