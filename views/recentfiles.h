#pragma once
// The "Open Recent" list, kept in QSettings (key "recentFiles"): most recent
// first, at most 10, files that no longer exist are dropped when read.

#include <QObject>
#include <QStringList>

namespace seam {

class Document;

class RecentFiles : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("views/document.h")
    Q_PROPERTY(QStringList files READ files NOTIFY filesChanged)
    // When set, every successful load/save of that document is added.
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    Document *document() const { return m_document; }
    void setDocument(Document *document);
    Q_INVOKABLE void add(const QString &path); // local path or file: URL
    Q_INVOKABLE void remove(const QString &path);
    Q_INVOKABLE void clear();

signals:
    void filesChanged();
    void documentChanged();

private:
    Document *m_document = nullptr;
};

} // namespace seam
