#pragma once
// Runs Graphviz layouts off the GUI thread.
//
// Usage (editor):
//   auto *worker = new seam::LayoutWorker(this);          // lives in this (GUI) thread
//   connect(worker, &seam::LayoutWorker::finished, this,
//           [this](quint64 id, const seam::LayoutResult &r) { if (r.ok()) applyPositions(r); });
//   const quint64 id = worker->request(document->model(), seam::LayoutRequest{});
//   // …user edits and asks again: only the newest request's result arrives.
//   worker->request(document->model(), request2);
//
// request() copies the model (a snapshot; the editor may change its own copy
// immediately) and returns at once. `finished` is emitted in the thread the
// LayoutWorker lives in, only for the newest request: a newer request (or
// cancel()) makes every older one be dropped, either before it starts or when
// its result comes back. Graphviz itself cannot be interrupted mid-layout,
// so a superseded layout still runs to completion in the background; only its
// result is thrown away. Layouts use the process's one Graphviz context under
// its lock (graphlayout.h), so several workers (or exports) only queue up.

#include "graphlayout.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace seam {

class LayoutWorker : public QObject {
    Q_OBJECT
public:
    explicit LayoutWorker(QObject *parent = nullptr);
    ~LayoutWorker() override; // waits for a running layout to end

    // Starts a layout of `snapshot`; returns its generation id (increasing).
    quint64 request(Model snapshot, LayoutRequest request);
    // The newest generation handed out (0 before the first request).
    quint64 latestId() const { return m_latest->load(); }

    // Routes for fixed positions (computeRoutes), in the same thread as the
    // layouts, with their own generations: a route request never drops a
    // layout's result, nor the other way round. Only the newest request's
    // result arrives, through routesFinished.
    quint64 requestRoutes(Model snapshot, RouteRequest request);
    void cancelRoutes();

public Q_SLOTS:
    // Same as request() but with a caller-chosen id, which must grow: results
    // of any id lower than the newest are dropped.
    void requestWithId(quint64 id, seam::Model snapshot, seam::LayoutRequest request);
    void cancel(); // drops every pending and running request's result

Q_SIGNALS:
    void finished(quint64 id, const seam::LayoutResult &result);
    // Stages of a request: "started" when Graphviz begins, "done" before `finished`.
    void progress(quint64 id, const QString &stage);
    void routesFinished(quint64 id, const seam::LayoutResult &result);

private:
    void deliver(quint64 id, LayoutResult result);

    QThread m_thread;
    QObject *m_runner = nullptr; // lives in m_thread: requests are queued to it
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<quint64>> m_latestRoutes;
};

} // namespace seam

// Only the result type is declared here: seam::Model belongs to seam_model, and
// a second Q_DECLARE_METATYPE of it elsewhere would not compile (Qt 6 needs none).
Q_DECLARE_METATYPE(seam::LayoutResult)
