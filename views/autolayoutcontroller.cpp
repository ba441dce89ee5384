#include "autolayoutcontroller.h"

#include "document.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>
#include <QThread>

#include "model/layout/layoutworker.h"

namespace seam {

struct AutoLayoutController::Private {
    LayoutWorker *worker = nullptr; // created on first use: it starts a thread
    quint64 requestId = 0; // the request whose result we want; 0 = none
    QSet<QString> kept; // the cards the running request keeps where they are
};

AutoLayoutController::AutoLayoutController(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
}

AutoLayoutController::~AutoLayoutController()
{
    delete d->worker; // waits for Graphviz to finish in its thread
    delete d;
}

void AutoLayoutController::setDocument(Document *document)
{
    if (document == m_document)
        return;
    cancel();
    m_document = document;
    emit documentChanged();
}

void AutoLayoutController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged();
}

void AutoLayoutController::run()
{
    start(false);
}

void AutoLayoutController::placeNew()
{
    if (m_document && !m_running && unplacedCount() == 0) {
        m_lastError.clear();
        emit finished(false); // nothing to place: every card stays
        return;
    }
    start(true);
}

int AutoLayoutController::unplacedCount() const
{
    if (!m_document)
        return 0;
    int count = 0;
    for (int i = 0; i < m_document->componentCount(); ++i)
        count += m_document->hasLayoutEntry(i) ? 0 : 1;
    return count;
}

void AutoLayoutController::start(bool keepPlaced)
{
    if (!m_document || m_document->componentCount() == 0)
        return;
    if (!d->worker) {
        d->worker = new LayoutWorker;
        connect(d->worker, &LayoutWorker::progress, this, [this](quint64 id, const QString &stage) {
            if (id != d->requestId)
                return;
            // Graphviz reports no fractions: "started" is indeterminate until "done".
            m_progress = stage == QLatin1String("done") ? 1.0 : -1.0;
            emit progressChanged();
        });
        connect(d->worker, &LayoutWorker::finished, this, [this](quint64 id, const LayoutResult &result) {
            if (id != d->requestId || !m_document)
                return; // cancelled or superseded
            d->requestId = 0;
            m_engine = QString::fromUtf8(layoutEngineName(result.engine).data(),
                                         qsizetype(layoutEngineName(result.engine).size()));
            bool applied = false;
            if (!result.ok()) {
                m_lastError = QString::fromStdString(result.error);
            } else {
                m_lastError.clear();
                const QSet<QString> pinned = d->kept;
                QHash<QString, QPointF> positions;
                for (const auto &[id, point] : result.positions) {
                    const QString qid = QString::fromStdString(id);
                    if (pinned.contains(qid) || !m_document->hasComponent(qid))
                        continue;
                    positions.insert(qid, QPointF(point.x, point.y));
                }
                const int before = m_document->revision();
                m_document->applyPositions(positions, tr("Auto Layout"));
                applied = m_document->revision() != before;
            }
            m_progress = 1.0;
            emit progressChanged();
            setRunning(false);
            emit finished(applied);
        });
    }
    LayoutRequest request;
    request.nodeWidth = m_document->cardSize().width();
    request.nodeHeight = m_document->cardSize().height();
    d->kept = m_document->pinnedIds();
    if (keepPlaced) {
        for (int i = 0; i < m_document->componentCount(); ++i)
            if (m_document->hasLayoutEntry(i))
                d->kept.insert(QString::fromStdString(m_document->model().components[size_t(i)].id));
        request.placeAroundPins = true;
    }
    for (const QString &id : std::as_const(d->kept)) {
        if (!m_document->hasComponent(id))
            continue;
        const QPointF p = m_document->componentPosition(id);
        request.pinned.push_back(PinnedPosition {id.toStdString(), LayoutPoint {p.x(), p.y()}});
    }
    m_engine = QString::fromUtf8(layoutEngineName(resolveEngine(m_document->model(), request.engine)).data());
    m_progress = 0;
    emit progressChanged();
    setRunning(true);
    d->requestId = d->worker->request(m_document->model(), request);
}

void AutoLayoutController::cancel()
{
    if (!m_running)
        return;
    d->requestId = 0;
    if (d->worker)
        d->worker->cancel();
    m_progress = 0;
    emit progressChanged();
    setRunning(false);
    emit finished(false);
}

bool AutoLayoutController::waitForFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return !m_running;
}

} // namespace seam
