#pragma once
// Graphviz routes for the editor's arrows at the cards' current places.
//
// After every edit (moves included) it waits `delay` ms of quiet, then asks
// the layout worker (model/layout/layoutworker.h: Graphviz in its own thread,
// never the GUI's) for routes with every card fixed (computeRoutes). Each
// delivered route remembers where its two cards were: EdgeLayer draws it only
// while they are still there, and a straight arrow otherwise (mid-drag, while
// auto layout glides, or until the next routes arrive). Models above
// kRouteComponentLimit components are not routed: spline routing around that
// many obstacles takes too long to follow edits (BENCHMARKS.md).

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <memory>

class QTimer;

namespace seam {

class Document;
class LayoutWorker;
struct LayoutResult;
struct ModelChange;

class RouteController : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("views/document.h")
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged) // ms of quiet before routing
    // False when the model is too large to route (or Graphviz failed): arrows stay straight.
    Q_PROPERTY(bool active READ isActive NOTIFY stateChanged)
    // An edit is waiting for its routes (debounce or Graphviz running).
    Q_PROPERTY(bool pending READ isPending NOTIFY stateChanged)
    Q_PROPERTY(int routeCount READ routeCount NOTIFY routesChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY routesChanged)

public:
    struct Route {
        QList<QPointF> bezier; // cubic chain p0 c1 c2 p1 … (graphlayout.h EdgeRoute), scene pixels
        QPointF fromTopLeft; // where the cards were when it was routed
        QPointF toTopLeft;
    };

    explicit RouteController(QObject *parent = nullptr);
    ~RouteController() override;

    Document *document() const;
    void setDocument(Document *document);
    int delay() const { return m_delay; }
    void setDelay(int ms);
    bool isActive() const { return m_active; }
    bool isPending() const { return m_pending; }
    int routeCount() const { return int(m_routes.size()); }
    QString lastError() const { return m_lastError; }
    const QHash<QString, Route> &routes() const { return m_routes; }

    Q_INVOKABLE void refresh(); // route now, without waiting for quiet
    // Blocks (processing events) until no routes are pending, for tests.
    Q_INVOKABLE bool waitForRoutes(int timeoutMs = 30000);

signals:
    void documentChanged();
    void delayChanged();
    void stateChanged();
    void routesChanged();

private:
    void documentEdited(const ModelChange &change);
    void schedule();
    void deliver(quint64 id, const LayoutResult &result);
    void setState(bool active, bool pending);

    QPointer<Document> m_document; // QML may destroy the document first
    QMetaObject::Connection m_connection;
    LayoutWorker *m_worker = nullptr; // created on first use: it starts a thread
    QTimer *m_timer = nullptr;
    int m_delay = 300;
    quint64 m_requestId = 0;
    // Integration id → ids of its from/to cards, as the requested snapshot had them.
    QHash<QString, std::pair<QString, QString>> m_requestedEnds;
    QHash<QString, Route> m_routes;
    bool m_active = true;
    bool m_pending = false;
    QString m_lastError;
};

} // namespace seam
