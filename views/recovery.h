#pragma once
// Autosave and crash recovery for one Document (as Tiled keeps them out of its documents).
//
// Every running document that has unsaved changes owns one entry in
// AppDataLocation/recovery/, named by a random id:
//   <id>.lock       held with flock() while the entry's session runs
//   <id>.json       {"file": "/path/of/the/model.seam.yaml"}, "" for untitled work
//   <id>.seam.yaml  the unsaved model, replaced atomically by each autosave
// An entry whose lock nobody holds was left by a crash (the kernel drops the lock of a killed
// process), so any start, in any number of editors at once, can list exactly those, untitled
// work included, while never touching a running session's entry. A clean close or a save
// removes only the document's own entry.

#include "model/model.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QVariantList>

class QTimer;

namespace seam {

class Document;

class Recovery : public QObject {
    Q_OBJECT
    // A crashed session's unsaved changes to the document's file, newer than the file.
    Q_PROPERTY(QString autosaveError READ autosaveError NOTIFY autosaveErrorChanged) // "" after a good autosave
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    // Every entry left by a crash, newest first: {id, file ("" = untitled), title, modified}.
    Q_PROPERTY(QVariantList crashed READ crashed NOTIFY crashedChanged)
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY intervalChanged) // ms, default 30000; 0 = off

public:
    explicit Recovery(Document *document); // becomes its child
    ~Recovery() override; // a clean close: removes the own entry, no other

    static QString folder(); // AppDataLocation/recovery

    bool isAvailable() const { return !m_availableId.isEmpty(); }
    QVariantList crashed() const;
    int interval() const { return m_interval; }
    void setInterval(int ms);

    // Applies the available changes as an undoable step; the entry becomes the document's own,
    // so it lasts until the next save and survives another crash.
    Q_INVOKABLE bool recover();
    Q_INVOKABLE void discard(); // deletes the available entry
    // Opens a crashed entry from the list: its file (or new untitled work) with its changes
    // applied, as recover() does. False (document's lastError set) if it cannot be read.
    Q_INVOKABLE bool restore(const QString &id);
    Q_INVOKABLE void discardCrashed(const QString &id);
    Q_INVOKABLE void rescan(); // crashed, available

    // What the timer does, synchronously: true if a recovery file with the current edits
    // was written. A failure leaves the previous recovery file as it was.
    Q_INVOKABLE bool autosaveNow();
    QString filePath() const; // the own entry's model file ("" before the first autosave)
    // Why the last autosave failed (full disk, unwritable folder), shown in the status bar so
    // the user knows the edits are not protected; "" once an autosave succeeds again.
    QString autosaveError() const { return m_autosaveError; }

    // Called by Document: it now shows other content (load, new), or what it shows is saved.
    void documentReplaced();
    void documentSaved();

signals:
    void availableChanged();
    void crashedChanged();
    void intervalChanged();
    void autosaved(); // a recovery file with the current edits was written
    void autosaveErrorChanged();

private:
    struct Entry {
        QString id;
        QString file;
        qint64 modifiedMs = 0;
    };
    bool ensureOwnEntry();
    void removeOwnEntry();
    bool adopt(const QString &id);
    bool applyEntry(const QString &id);
    void removeEntryFiles(const QString &id);
    void autosaveInBackground();
    void autosaveFinished();
    void setAvailableId(const QString &id);
    void autosaveSucceeded(int revision);
    bool autosaveFailed(const QString &why); // records and reports why; returns false

    Document *m_document;
    QString m_ownId;
    int m_lockFd = -1;
    QString m_infoFile; // the file path the own entry's .json names
    bool m_infoWritten = false;
    std::vector<Entry> m_crashed;
    QString m_availableId;

    QTimer *m_timer = nullptr;
    QFutureWatcher<std::string> *m_watcher = nullptr;
    QFuture<std::string> m_job;
    QString m_jobPath;
    int m_jobRevision = -1;
    int m_jobEpoch = 0;
    int m_epoch = 0; // +1 whenever the own entry is removed: a running autosave is stale
    int m_interval = 30000;
    int m_autosavedRevision = -1;
    QString m_autosaveError;
};

} // namespace seam
