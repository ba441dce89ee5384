#pragma once
// Live lint: after the document changes it waits `debounce` ms for typing to
// pause, then lints a copy of the model on a worker thread and publishes the
// findings to the document's ProblemListModel and the per-element badge
// counts. Runs never overlap; a result for an older revision than the
// document's current one is dropped (and a fresh run follows), so the panel
// never shows findings for a model the user no longer has.

#include "model/lint/linter.h"

#include <QObject>

#include <functional>

class QTimer;
template <typename T> class QFutureWatcher;

namespace seam {

class Document;

class LintRunner : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged) // a run is in flight or pending
    Q_PROPERTY(int debounce READ debounce WRITE setDebounce NOTIFY debounceChanged) // ms, default 300
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(int lintedRevision READ lintedRevision NOTIFY finished) // document revision shown
    Q_PROPERTY(int runCount READ runCount NOTIFY finished) // runs started (diagnostics)
    Q_PROPERTY(int droppedCount READ droppedCount NOTIFY finished) // stale results dropped
    Q_PROPERTY(qreal lastDurationMs READ lastDurationMs NOTIFY finished)

public:
    using LintFunction = std::function<LintResult(const Model &)>;

    explicit LintRunner(Document *document);
    ~LintRunner() override; // waits for a run in flight

    bool isRunning() const;
    int debounce() const { return m_debounce; }
    void setDebounce(int ms);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int lintedRevision() const { return m_lintedRevision; }
    int runCount() const { return m_runCount; }
    int droppedCount() const { return m_droppedCount; }
    qreal lastDurationMs() const { return m_lastDurationMs; }
    const LintResult &result() const { return m_result; }

    // Replaces seam::lint (tests use a slow or counting stand-in).
    void setLintFunction(LintFunction function);

    Q_INVOKABLE void schedule(); // (re)start the debounce timer
    Q_INVOKABLE void runNow(); // skip the debounce
    // Blocks (processing events) until the shown findings match the current revision or
    // `timeoutMs` passes; for tests and for export-before-save checks.
    Q_INVOKABLE bool waitForIdle(int timeoutMs = 5000);

signals:
    void runningChanged();
    void debounceChanged();
    void enabledChanged();
    void finished(int revision);

private:
    void start();
    void onFinished();
    void publish(const LintResult &result);

    Document *m_document;
    QTimer *m_timer;
    QFutureWatcher<LintResult> *m_watcher;
    LintFunction m_lint;
    int m_debounce = 300;
    bool m_enabled = true;
    bool m_pending = false; // a change arrived while a run was in flight
    bool m_inFlight = false; // from start() until its result is handled (not just computed)
    int m_runningRevision = -1;
    int m_lintedRevision = -1;
    int m_runCount = 0;
    int m_droppedCount = 0;
    qreal m_lastDurationMs = 0;
    qint64 m_startedAt = 0;
    LintResult m_result;
};

} // namespace seam
