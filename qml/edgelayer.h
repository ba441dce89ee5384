#pragma once
// Draws every integration arrow of the canvas in one scene-graph geometry node
// (plus one node for the pattern labels). One QML item per edge costs seconds at
// 10k edges; one geometry node rebuilt from cached positions costs well under a
// millisecond per frame, which keeps dragging smooth on large models.
//
// The layer reads the component and integration list models through role names,
// so it needs nothing from views/ but the models' roles. It also answers the
// geometric questions the canvas asks (hit tests, rubber band, bounds) because it
// already holds every position in C++.
//
// Routes: with `routes` set (views/routecontroller.h), an arrow follows the
// Graphviz route computed for its cards' current places, flattened into a
// polyline once per route change; while either card is elsewhere (dragged,
// gliding, or routes not yet recomputed) it is a straight line. Hit tests,
// labels and centerOf() use the drawn line. Labels sit mid-route; one that
// would overlap an already placed label slides along its route, or is hidden
// when no place is free (greedy, in a spatial grid).

#include "model/geometry.h"
#include "views/routecontroller.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QSet>
#include <QVariantList>

class QVariantAnimation;

#include <vector>

namespace seam {

class EdgeLayer : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractItemModel *components READ components WRITE setComponents NOTIFY componentsChanged)
    Q_PROPERTY(QAbstractItemModel *integrations READ integrations WRITE setIntegrations NOTIFY integrationsChanged)
    Q_PROPERTY(QString idRole MEMBER m_idRole NOTIFY rolesChanged)
    Q_PROPERTY(QString xRole MEMBER m_xRole NOTIFY rolesChanged)
    Q_PROPERTY(QString yRole MEMBER m_yRole NOTIFY rolesChanged)
    Q_PROPERTY(QString edgeIdRole MEMBER m_edgeIdRole NOTIFY rolesChanged)
    Q_PROPERTY(QString fromRole MEMBER m_fromRole NOTIFY rolesChanged)
    Q_PROPERTY(QString toRole MEMBER m_toRole NOTIFY rolesChanged)
    Q_PROPERTY(QString patternRole MEMBER m_patternRole NOTIFY rolesChanged)
    Q_PROPERTY(QString errorCountRole MEMBER m_errorRole NOTIFY rolesChanged)
    Q_PROPERTY(QString warningCountRole MEMBER m_warningRole NOTIFY rolesChanged)
    // The label text ("grpc · GetCart +2"); the pattern's name is the fallback when it has no room.
    Q_PROPERTY(QString summaryRole MEMBER m_summaryRole NOTIFY rolesChanged)
    Q_PROPERTY(qreal cardWidth READ cardWidth WRITE setCardWidth NOTIFY geometryParamsChanged)
    Q_PROPERTY(qreal cardHeight READ cardHeight WRITE setCardHeight NOTIFY geometryParamsChanged)
    // Scale of the canvas: labels appear only when they are readable.
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    // Visible area in layer coordinates: labels are built for visible edges only.
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged)
    Q_PROPERTY(QStringList selectedIds READ selectedIds WRITE setSelectedIds NOTIFY selectedIdsChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QColor labelBackground READ labelBackground WRITE setLabelBackground NOTIFY darkChanged)
    Q_PROPERTY(QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY darkChanged)
    // Lint badges at an integration's label (as on cards: errors, then warnings).
    Q_PROPERTY(QColor errorColor MEMBER m_errorColor WRITE setErrorColor NOTIFY darkChanged)
    Q_PROPERTY(QColor warningColor MEMBER m_warningColor WRITE setWarningColor NOTIFY darkChanged)
    Q_PROPERTY(int badgeCount READ badgeCount NOTIFY edgesRebuilt)
    Q_PROPERTY(int edgeCount READ edgeCount NOTIFY edgesRebuilt)
    Q_PROPERTY(int labelCount READ labelCount NOTIFY edgesRebuilt)
    // Optional preview of a drag: these components are drawn offset by dragOffset
    // (used when the model is updated only at the end of a drag).
    Q_PROPERTY(QStringList previewIds READ previewIds WRITE setPreviewIds NOTIFY previewChanged)
    Q_PROPERTY(QPointF previewOffset READ previewOffset WRITE setPreviewOffset NOTIFY previewChanged)
    // Emphasis (a flow shown on the canvas): when non-empty, every other edge is drawn faint
    // and without its label.
    Q_PROPERTY(QStringList emphasizedIds READ emphasizedIds WRITE setEmphasizedIds NOTIFY emphasizedIdsChanged)
    // Graphviz routes for the current positions; null = straight arrows.
    Q_PROPERTY(seam::RouteController *routes READ routes WRITE setRoutes NOTIFY routesChanged)
    // Edges drawn along their route (the others are straight), for tests and the status bar.
    Q_PROPERTY(int routedCount READ routedCount NOTIFY edgesRebuilt)

public:
    explicit EdgeLayer(QQuickItem *parent = nullptr);

    QAbstractItemModel *components() const { return m_components; }
    void setComponents(QAbstractItemModel *model);
    QAbstractItemModel *integrations() const { return m_integrations; }
    void setIntegrations(QAbstractItemModel *model);
    qreal cardWidth() const { return m_cardWidth; }
    void setCardWidth(qreal w);
    qreal cardHeight() const { return m_cardHeight; }
    void setCardHeight(qreal h);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &rect);
    QStringList selectedIds() const { return m_selectedList; }
    void setSelectedIds(const QStringList &ids);
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    QColor labelBackground() const { return m_labelBackground; }
    void setLabelBackground(const QColor &c);
    QColor selectionColor() const { return m_selectionColor; }
    void setSelectionColor(const QColor &c);
    int edgeCount() const { return m_drawnEdges; }
    int labelCount() const { return m_drawnLabels; }
    QStringList previewIds() const { return m_previewList; }
    void setPreviewIds(const QStringList &ids);
    QPointF previewOffset() const { return m_previewOffset; }
    void setPreviewOffset(const QPointF &offset);
    RouteController *routes() const { return m_routes; }
    void setRoutes(RouteController *routes);
    int routedCount() const { return m_routedEdges; }
    int badgeCount() const { return m_drawnBadges; }
    void setErrorColor(const QColor &c);
    void setWarningColor(const QColor &c);

    // --- Emphasis ---
    QStringList emphasizedIds() const { return m_emphasizedList; }
    void setEmphasizedIds(const QStringList &ids);
    // Whether the edge is drawn faint: emphasis is on and the edge is not emphasized.
    Q_INVOKABLE bool isDimmed(const QString &id) const;

    // Colour of a pattern ("rest", "queue" …) in the current theme.
    Q_INVOKABLE QColor patternColor(const QString &pattern) const;
    Q_INVOKABLE static bool isAsyncPattern(const QString &pattern);
    // Id of the integration whose arrow passes within `tolerance` of `point`, or "".
    Q_INVOKABLE QString edgeAt(const QPointF &point, qreal tolerance = 6) const;
    // Id of the component whose card contains `point`, or "".
    Q_INVOKABLE QString componentAt(const QPointF &point) const;
    // Ids of the components whose cards intersect `rect` (rubber-band selection).
    Q_INVOKABLE QStringList componentsIn(const QRectF &rect) const;
    // Bounding box of all cards, empty when there are none.
    Q_INVOKABLE QRectF contentBounds() const;
    // Where to centre the view for an element (component or integration), or an invalid point.
    Q_INVOKABLE QPointF centerOf(const QString &id) const;
    // Ids of the integrations that touch any of these components.
    Q_INVOKABLE QStringList edgesTouching(const QStringList &componentIds) const;
    // The next position changes (e.g. auto layout being applied) glide over `ms`
    // milliseconds instead of jumping; cards use the same duration and easing.
    Q_INVOKABLE void animateNextMove(int ms = 350);
    Q_INVOKABLE void cancelMoveAnimation();
    // The line drawn for an integration (route or straight), as points; empty when none.
    Q_INVOKABLE QVariantList pathOf(const QString &id) const;
    // Where an integration's label is drawn (scene pixels), or an empty rect when hidden.
    Q_INVOKABLE QRectF labelRectOf(const QString &id) const;
    // Where an integration's lint badges are drawn (both, united), or an empty rect.
    Q_INVOKABLE QRectF badgeRectOf(const QString &id) const;
    // The label text shown for an integration ("" when hidden).
    Q_INVOKABLE QString labelTextOf(const QString &id) const;

signals:
    void componentsChanged();
    void integrationsChanged();
    void rolesChanged();
    void geometryParamsChanged();
    void zoomChanged();
    void viewportChanged();
    void selectedIdsChanged();
    void darkChanged();
    void previewChanged();
    void routesChanged();
    void edgesRebuilt();
    void emphasizedIdsChanged();
    void moveAnimationFinished();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;
    void updatePolish() override;

private:
    struct Edge {
        QString id;
        int from = -1;
        int to = -1;
        int pattern = 0;
        float offset = 0; // perpendicular shift separating parallel edges
        std::vector<QPointF> route; // flattened Graphviz route; empty = none
        QPointF routeFrom, routeTo; // the cards' top-left corners it was routed for
        int label = 0; // index into m_labelKeys: the long label (== pattern when there is none)
        int errors = 0; // lint findings whose primary element is this integration
        int warnings = 0;
    };
    struct Vertex {
        float x, y, u, v;
    };
    struct Segment {
        QPointF a, b;
        bool ok = false;
    };

    void reloadComponents();
    void reloadPositions(int first, int last);
    void reloadEdges();
    void integrationDataChanged(const QList<int> &roles);
    void reloadProblemCounts();
    void scheduleRebuild();
    void scheduleLabels();
    void buildEdgeGeometry();
    void buildLabelGeometry();
    QPointF positionOf(int row) const;
    Segment segmentFor(const Edge &edge) const;
    bool isRouted(const Edge &edge) const;
    // The line to draw for `edge` into `out` (its route, else the straight segment); false if none.
    bool lineFor(const Edge &edge, std::vector<QPointF> &out) const;
    void attachRoutes();
    int roleFor(QAbstractItemModel *model, const QString &name) const;
    static int patternIndex(const QVariant &value);
    QImage makeStrokeAtlas() const;
    QImage makeLabelAtlas();

    QPointer<QAbstractItemModel> m_components;
    QPointer<QAbstractItemModel> m_integrations;
    QList<QMetaObject::Connection> m_componentConnections;
    QList<QMetaObject::Connection> m_integrationConnections;

    QString m_idRole = QStringLiteral("elementId");
    QString m_xRole = QStringLiteral("posX");
    QString m_yRole = QStringLiteral("posY");
    QString m_edgeIdRole = QStringLiteral("elementId");
    QString m_fromRole = QStringLiteral("from");
    QString m_toRole = QStringLiteral("to");
    QString m_patternRole = QStringLiteral("pattern");
    QString m_errorRole = QStringLiteral("errorCount");
    QString m_warningRole = QStringLiteral("warningCount");
    QString m_summaryRole = QStringLiteral("summary");
    int m_xRoleId = -1;
    int m_yRoleId = -1;

    qreal m_cardWidth = geometry::cardWidth;
    qreal m_cardHeight = geometry::cardHeight;
    qreal m_zoom = 1;
    QRectF m_viewport;
    QStringList m_selectedList;
    QSet<QString> m_selected;
    QStringList m_previewList;
    QSet<int> m_previewRows;
    QPointF m_previewOffset;
    bool m_dark = false;
    QColor m_labelBackground = QColor(QStringLiteral("#ffffff"));
    QColor m_selectionColor = QColor(QStringLiteral("#2f6fed"));
    QColor m_errorColor = QColor(QStringLiteral("#d92d20"));
    QColor m_warningColor = QColor(QStringLiteral("#c77700"));

    QStringList m_ids;
    QHash<QString, int> m_rowOf;
    std::vector<QPointF> m_pos;
    std::vector<QPointF> m_animFrom; // positions when the animated move started
    QVariantAnimation *m_animation = nullptr;
    int m_animationMs = 0; // armed: > 0 until the first position change arrives
    qreal m_animT = 1; // eased progress, 1 = at m_pos
    std::vector<Edge> m_edges;
    QPointer<RouteController> m_routes;
    QMetaObject::Connection m_routesConnection;
    QHash<QString, QRectF> m_labelPlaced; // integration id → label rect, as last built
    QHash<QString, QRectF> m_badgePlaced; // integration id → badges rect
    QHash<QString, QString> m_labelTextPlaced; // integration id → the text shown

    std::vector<Vertex> m_edgeVertices;
    std::vector<Vertex> m_labelVertices;
    QImage m_strokeImage;
    QImage m_labelImage;
    std::vector<std::pair<int, QString>> m_labelKeys; // (pattern, text); the first ones: each pattern's name
    std::vector<QRectF> m_labelRects; // per label key, in atlas pixels
    std::vector<QRectF> m_badgeRects; // errors 1..kBadgeMax, then warnings 1..kBadgeMax (last = "N+")
    qreal m_labelScale = 2; // atlas pixels per scene pixel
    bool m_edgesDirty = true;
    bool m_labelsDirty = true;
    bool m_edgeGeometryChanged = true;
    bool m_labelGeometryChanged = true;
    bool m_texturesDirty = true;
    int m_drawnEdges = 0;
    int m_drawnLabels = 0;

    // Emphasis
    QStringList m_emphasizedList;
    QSet<QString> m_emphasized;
    int m_routedEdges = 0;
    int m_drawnBadges = 0;
};

} // namespace seam
