#pragma once
// Auto layout from the editor: sends a snapshot of the model to the layout
// worker (model/layout, which owns Graphviz on its own thread), and applies
// the returned positions as ONE undo step. Pinned components keep their
// place. A result that arrives after cancel(), or for a model that has since
// changed structurally, is dropped.
//
// Two commands: placeNew() ("Auto Layout") places only the cards that have no
// place yet (no `layout:` entry: imported, or from a file written without
// one) next to the placed cards they connect to, and leaves every placed card
// where it is; run() ("Re-layout All") lays out every card but the pinned ones.

#include <QObject>

namespace seam {

class Document;

class AutoLayoutController : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("views/document.h")
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged) // 0..1, or -1 when unknown
    Q_PROPERTY(QString engine READ engine NOTIFY runningChanged) // "dot" | "sfdp" of the last run
    Q_PROPERTY(QString lastError READ lastError NOTIFY finished)

public:
    explicit AutoLayoutController(QObject *parent = nullptr);
    ~AutoLayoutController() override;

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    bool isRunning() const { return m_running; }
    qreal progress() const { return m_progress; }
    QString engine() const { return m_engine; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void run(); // Re-layout All
    Q_INVOKABLE void placeNew(); // Auto Layout: unplaced cards only (finished(false) when there are none)
    // Cards without a layout entry (what placeNew() would place).
    Q_INVOKABLE int unplacedCount() const;
    Q_INVOKABLE void cancel(); // the running layout's result will be dropped
    // Blocks (processing events) until not running, for tests.
    Q_INVOKABLE bool waitForFinished(int timeoutMs = 60000);

signals:
    void documentChanged();
    void runningChanged();
    void progressChanged();
    // applied: the positions were applied as one undo step
    void finished(bool applied);

private:
    struct Private;
    void setRunning(bool running);
    void start(bool keepPlaced);

    Document *m_document = nullptr;
    Private *d = nullptr;
    bool m_running = false;
    qreal m_progress = 0;
    QString m_engine;
    QString m_lastError;
};

} // namespace seam
