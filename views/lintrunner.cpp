#include "lintrunner.h"

#include "componentlistmodel.h"
#include "document.h"
#include "integrationlistmodel.h"
#include "problemlistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace seam {

LintRunner::LintRunner(Document *document)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_watcher(new QFutureWatcher<LintResult>(this))
    , m_lint([](const Model &model) { return seam::lint(model); })
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_debounce);
    connect(m_timer, &QTimer::timeout, this, &LintRunner::start);
    connect(m_watcher, &QFutureWatcher<LintResult>::finished, this, &LintRunner::onFinished);
    connect(document, &Document::changed, this, [this](const ModelChange &change) {
        if (change.isContent()) // pins are not part of the file
            schedule();
    });
}

LintRunner::~LintRunner()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool LintRunner::isRunning() const
{
    return m_inFlight || m_timer->isActive() || m_pending;
}

void LintRunner::setDebounce(int ms)
{
    if (ms == m_debounce)
        return;
    m_debounce = ms;
    m_timer->setInterval(ms);
    emit debounceChanged();
}

void LintRunner::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        m_timer->stop();
    else
        schedule();
    emit enabledChanged();
    emit runningChanged();
}

void LintRunner::setLintFunction(LintFunction function)
{
    m_lint = std::move(function);
}

void LintRunner::schedule()
{
    if (!m_enabled)
        return;
    const bool was = isRunning();
    m_timer->start(); // restarting is the debounce: typing keeps pushing the run back
    if (!was)
        emit runningChanged();
}

void LintRunner::runNow()
{
    m_timer->stop();
    start();
}

void LintRunner::start()
{
    if (!m_enabled)
        return;
    if (m_inFlight) {
        m_pending = true; // runs never overlap: the next one starts when this one is done
        return;
    }
    m_pending = false;
    m_inFlight = true;
    m_runningRevision = m_document->revision();
    ++m_runCount;
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    // The worker gets its own copy: the GUI keeps editing the document meanwhile.
    m_watcher->setFuture(QtConcurrent::run([lint = m_lint, model = m_document->model()] { return lint(model); }));
    emit runningChanged();
}

void LintRunner::onFinished()
{
    m_inFlight = false;
    const LintResult result = m_watcher->future().result();
    m_lastDurationMs = qreal(QDateTime::currentMSecsSinceEpoch() - m_startedAt);
    const int revision = m_runningRevision;
    if (revision != m_document->revision()) {
        // The model changed while this ran: showing it would flash findings for a model
        // the user no longer has. A newer run is (or will be) scheduled.
        ++m_droppedCount;
        if (m_pending || !m_timer->isActive())
            start();
        emit finished(m_lintedRevision);
        emit runningChanged();
        return;
    }
    publish(result);
    m_lintedRevision = revision;
    if (m_pending)
        start();
    emit finished(revision);
    emit runningChanged();
}

void LintRunner::publish(const LintResult &result)
{
    m_result = result;
    QSet<QString> componentIds, integrationIds;
    const Model &model = m_document->model();
    for (const Component &c : model.components)
        componentIds.insert(QString::fromStdString(c.id));
    for (const Integration &i : model.integrationList())
        integrationIds.insert(QString::fromStdString(i.id));
    m_document->problems()->setResult(result, componentIds, integrationIds);

    QHash<QString, QPair<int, int>> componentCounts, integrationCounts;
    for (const Finding &f : result.findings) {
        const QString id = QString::fromStdString(f.element);
        auto *counts = componentIds.contains(id) ? &componentCounts
            : integrationIds.contains(id)        ? &integrationCounts
                                                 : nullptr;
        if (!counts)
            continue;
        auto &pair = (*counts)[id];
        if (f.severity == Severity::Error)
            ++pair.first;
        else if (f.severity == Severity::Warning)
            ++pair.second;
    }
    m_document->components()->setProblemCounts(componentCounts);
    m_document->integrations()->setProblemCounts(integrationCounts);
}

bool LintRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning() && m_lintedRevision == m_document->revision())
            return true;
        if (!isRunning() && m_enabled)
            runNow();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return false;
}

} // namespace seam
