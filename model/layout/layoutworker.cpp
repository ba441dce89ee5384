#include "layoutworker.h"

#include <QMetaObject>

namespace seam {

LayoutWorker::LayoutWorker(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_latestRoutes(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<seam::LayoutResult>();
    qRegisterMetaType<seam::LayoutRequest>();
    qRegisterMetaType<seam::Model>();
    m_thread.setObjectName(QStringLiteral("seam-layout"));
    auto *runner = new QObject; // lives in the worker thread: layouts run there
    runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, runner, &QObject::deleteLater);
    m_runner = runner;
    m_thread.start();
}

LayoutWorker::~LayoutWorker()
{
    cancel();
    cancelRoutes();
    m_thread.quit();
    m_thread.wait();
}

quint64 LayoutWorker::request(Model snapshot, LayoutRequest request)
{
    const quint64 id = m_latest->load() + 1;
    requestWithId(id, std::move(snapshot), std::move(request));
    return id;
}

void LayoutWorker::requestWithId(quint64 id, Model snapshot, LayoutRequest request)
{
    quint64 current = m_latest->load();
    while (current < id && !m_latest->compare_exchange_weak(current, id)) { }
    if (id < m_latest->load())
        return; // already superseded

    auto latest = m_latest;
    QObject *runner = m_runner;
    // A raw pointer is safe here: the destructor cancels and joins the thread
    // before this object goes away, and events posted to it die with it.
    LayoutWorker *self = this;
    QMetaObject::invokeMethod(
        runner,
        [runner, latest, self, id, model = std::move(snapshot), request = std::move(request)]() {
            if (id != latest->load())
                return; // a newer request is queued behind this one: skip the work
            QMetaObject::invokeMethod(
                self,
                [self, id]() {
                    if (id == self->m_latest->load())
                        Q_EMIT self->progress(id, QStringLiteral("started"));
                },
                Qt::QueuedConnection);
            LayoutResult result = computeLayout(model, request);
            if (id != latest->load())
                return;
            QMetaObject::invokeMethod(
                self, [self, id, result = std::move(result)]() mutable { self->deliver(id, std::move(result)); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

quint64 LayoutWorker::requestRoutes(Model snapshot, RouteRequest request)
{
    const quint64 id = m_latestRoutes->fetch_add(1) + 1;
    auto latest = m_latestRoutes;
    LayoutWorker *self = this; // safe: see requestWithId
    QMetaObject::invokeMethod(
        m_runner,
        [latest, self, id, model = std::move(snapshot), request = std::move(request)]() {
            if (id != latest->load())
                return; // superseded before it started
            LayoutResult result = computeRoutes(model, request);
            if (id != latest->load())
                return;
            QMetaObject::invokeMethod(
                self,
                [self, id, result = std::move(result)]() {
                    if (id == self->m_latestRoutes->load())
                        Q_EMIT self->routesFinished(id, result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void LayoutWorker::cancelRoutes()
{
    m_latestRoutes->fetch_add(1);
}

void LayoutWorker::cancel()
{
    m_latest->fetch_add(1);
}

void LayoutWorker::deliver(quint64 id, LayoutResult result)
{
    if (id != m_latest->load())
        return; // stale: the user asked again while this one was running
    Q_EMIT progress(id, QStringLiteral("done"));
    Q_EMIT finished(id, result);
}

} // namespace seam
