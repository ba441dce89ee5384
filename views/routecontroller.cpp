#include "routecontroller.h"

#include "document.h"
#include "modelchange.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#include "model/layout/layoutworker.h"

namespace seam {

namespace {

// The edits that move an arrow's ends or the cards it must go around.
constexpr ModelChange::Kinds kRouteKinds = ModelChange::Reset | ModelChange::ComponentsAdded
    | ModelChange::ComponentsRemoved | ModelChange::IntegrationsAdded | ModelChange::IntegrationsRemoved
    | ModelChange::IntegrationsChanged | ModelChange::Renamed | ModelChange::PositionsMoved | ModelChange::ListPresence;

} // namespace

RouteController::RouteController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_delay);
    connect(m_timer, &QTimer::timeout, this, &RouteController::refresh);
}

RouteController::~RouteController()
{
    delete m_worker; // waits for a running Graphviz call in its thread
}

Document *RouteController::document() const
{
    return m_document;
}

void RouteController::setDocument(Document *document)
{
    if (document == m_document)
        return;
    disconnect(m_connection);
    m_document = document;
    if (m_document)
        m_connection = connect(m_document, &Document::changed, this, &RouteController::documentEdited);
    m_routes.clear();
    emit routesChanged();
    schedule();
    emit documentChanged();
}

void RouteController::setDelay(int ms)
{
    ms = std::max(0, ms);
    if (ms == m_delay)
        return;
    m_delay = ms;
    m_timer->setInterval(ms);
    emit delayChanged();
}

void RouteController::setState(bool active, bool pending)
{
    if (active == m_active && pending == m_pending)
        return;
    m_active = active;
    m_pending = pending;
    emit stateChanged();
}

void RouteController::documentEdited(const ModelChange &change)
{
    if (change.kinds & kRouteKinds)
        schedule();
}

void RouteController::schedule()
{
    if (!m_document) {
        m_timer->stop();
        setState(m_active, false);
        return;
    }
    m_timer->start(); // restarts: a drag keeps postponing until the mouse rests
    setState(m_active, true);
}

void RouteController::refresh()
{
    m_timer->stop();
    if (!m_document)
        return;
    const Model &model = m_document->model();
    if (model.components.size() > kRouteComponentLimit) {
        if (m_worker)
            m_worker->cancelRoutes();
        m_requestId = 0;
        if (!m_routes.isEmpty()) {
            m_routes.clear();
            emit routesChanged();
        }
        setState(false, false);
        return;
    }
    if (!m_worker) {
        m_worker = new LayoutWorker;
        connect(m_worker, &LayoutWorker::routesFinished, this, &RouteController::deliver);
    }
    RouteRequest request;
    request.nodeWidth = m_document->cardSize().width();
    request.nodeHeight = m_document->cardSize().height();
    request.positions.reserve(model.components.size());
    for (int i = 0; i < int(model.components.size()); ++i) {
        const QPointF p = m_document->position(i);
        request.positions.push_back({model.components[size_t(i)].id, LayoutPoint {p.x(), p.y()}});
    }
    m_requestedEnds.clear();
    for (const Integration &in : model.integrationList())
        m_requestedEnds.insert(QString::fromStdString(in.id),
                               {QString::fromStdString(in.from), QString::fromStdString(in.to)});
    m_requestId = m_worker->requestRoutes(model, std::move(request));
    setState(true, true);
}

void RouteController::deliver(quint64 id, const LayoutResult &result)
{
    if (id != m_requestId)
        return;
    m_requestId = 0;
    m_routes.clear();
    if (result.ok()) {
        m_lastError.clear();
        QHash<QString, QPointF> where;
        for (const auto &[component, point] : result.positions)
            where.insert(QString::fromStdString(component), QPointF(point.x, point.y));
        for (const EdgeRoute &edge : result.edges) {
            const QString key = QString::fromStdString(edge.integrationId);
            const auto ends = m_requestedEnds.value(key);
            Route route;
            route.bezier.reserve(qsizetype(edge.points.size()));
            for (const LayoutPoint &p : edge.points)
                route.bezier.append(QPointF(p.x, p.y));
            route.fromTopLeft = where.value(ends.first);
            route.toTopLeft = where.value(ends.second);
            m_routes.insert(key, std::move(route));
        }
    } else {
        m_lastError = QString::fromStdString(result.error);
    }
    // A newer edit may be waiting for quiet: stay pending until it is routed too.
    setState(result.ok(), m_timer->isActive());
    emit routesChanged();
}

bool RouteController::waitForRoutes(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while ((m_pending || m_timer->isActive()) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return !m_pending;
}

} // namespace seam
