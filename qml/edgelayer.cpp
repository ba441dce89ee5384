#include "edgelayer.h"

#include "model/vocabulary.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGTexture>
#include <QSGTextureMaterial>
#include <QVariantAnimation>

#include <algorithm>
#include <array>
#include <cmath>

namespace seam {

namespace {

// Pattern names, sync flags and colours come from the vocabulary table
// (model/vocabulary.h), indexed by seam::Pattern.
QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}
QLatin1StringView patternName(int p)
{
    return latin1(patternTable()[size_t(p)].spelling);
}
bool isAsyncIndex(int p)
{
    return !patternTable()[size_t(p)].sync;
}
QColor patternColour(int p, bool dark)
{
    const ThemeColour &edge = patternTable()[size_t(p)].edge;
    return QColor(latin1(dark ? edge.dark : edge.light));
}

// Stroke atlas: one 8-texel band per colour (alpha falls off at the band's edges,
// which antialiases the quads), 32 texels of dash period along u.
constexpr int kAtlasW = 32;
constexpr int kBand = 8;
constexpr int kBands = 16;
constexpr int kAtlasH = kBand * kBands;
constexpr int kSelectionBand = int(enumCount<Pattern>); // after the patterns' bands
constexpr int kDimmedBand = kSelectionBand + 1; // edges outside the emphasis
static_assert(kDimmedBand < kBands, "one stroke band per pattern plus the selection and the dimmed");
constexpr float kDashPeriod = 13.f; // scene pixels per texture repeat
constexpr int kDashTexels = 20; // opaque part of the period
constexpr float kSolidU = 8.5f / kAtlasW;
// Lint badges: counts 1..kBadgeMax-1 drawn as themselves, kBadgeMax as "9+".
constexpr int kBadgeMax = 10;

class EdgeRootNode : public QSGNode {
public:
    ~EdgeRootNode() override
    {
        delete strokeTexture;
        delete labelTexture;
    }
    QSGGeometryNode *edges = nullptr;
    QSGGeometryNode *labels = nullptr;
    QSGTexture *strokeTexture = nullptr;
    QSGTexture *labelTexture = nullptr;
};

QSGGeometryNode *makeTexturedNode(QSGNode *parent)
{
    auto *node = new QSGGeometryNode;
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0);
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    geometry->setVertexDataPattern(QSGGeometry::DynamicPattern);
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    auto *material = new QSGTextureMaterial;
    material->setFiltering(QSGTexture::Linear);
    material->setFlag(QSGMaterial::Blending);
    node->setMaterial(material);
    node->setFlag(QSGNode::OwnsMaterial);
    parent->appendChildNode(node);
    return node;
}

// A cubic Bézier chain (p0 c1 c2 p1 …) as a polyline: enough segments per piece
// that a 1.6 px stroke looks smooth, few enough that 1000 routes stay cheap.
std::vector<QPointF> flattenBezier(const QList<QPointF> &chain)
{
    std::vector<QPointF> out;
    if (chain.size() < 4)
        return out;
    out.push_back(chain.front());
    for (qsizetype i = 0; i + 3 < chain.size(); i += 3) {
        const QPointF p0 = chain[i], p1 = chain[i + 1], p2 = chain[i + 2], p3 = chain[i + 3];
        const double hull = QLineF(p0, p1).length() + QLineF(p1, p2).length() + QLineF(p2, p3).length();
        const int steps = std::clamp(int(std::ceil(hull / 10)), 1, 24);
        for (int k = 1; k <= steps; ++k) {
            const double t = double(k) / steps, u = 1 - t;
            const QPointF q = p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * (t * t * t);
            if (QLineF(out.back(), q).length() > 0.05)
                out.push_back(q);
        }
    }
    if (out.size() < 2)
        out.clear();
    return out;
}

double lineLength(const std::vector<QPointF> &line)
{
    double length = 0;
    for (size_t i = 1; i < line.size(); ++i)
        length += QLineF(line[i - 1], line[i]).length();
    return length;
}

// The point `distance` along a polyline from its start (clamped to its ends).
QPointF pointAlong(const std::vector<QPointF> &line, double distance)
{
    for (size_t i = 1; i < line.size(); ++i) {
        const double step = QLineF(line[i - 1], line[i]).length();
        if (distance <= step && step > 0)
            return line[i - 1] + (line[i] - line[i - 1]) * (distance / step);
        distance -= step;
    }
    return line.empty() ? QPointF() : line.back();
}

bool near(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 0.5 && std::abs(a.y() - b.y()) < 0.5;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + ab * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

} // namespace

EdgeLayer::EdgeLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    for (int p = 0; p < int(enumCount<Pattern>); ++p)
        m_labelKeys.emplace_back(p, QString(patternName(p)));
    connect(this, &EdgeLayer::rolesChanged, this, [this] { reloadComponents(); });
}

void EdgeLayer::setComponents(QAbstractItemModel *model)
{
    if (m_components == model)
        return;
    for (const auto &c : std::as_const(m_componentConnections))
        disconnect(c);
    m_componentConnections.clear();
    m_components = model;
    if (model) {
        auto reload = [this] { reloadComponents(); };
        m_componentConnections << connect(model, &QAbstractItemModel::modelReset, this, reload)
                               << connect(model, &QAbstractItemModel::rowsInserted, this, reload)
                               << connect(model, &QAbstractItemModel::rowsRemoved, this, reload)
                               << connect(model, &QAbstractItemModel::rowsMoved, this, reload)
                               << connect(model, &QAbstractItemModel::layoutChanged, this, reload)
                               << connect(model, &QAbstractItemModel::dataChanged, this,
                                          [this](const QModelIndex &tl, const QModelIndex &br) {
                                              reloadPositions(tl.row(), br.row());
                                          });
    }
    reloadComponents();
    emit componentsChanged();
}

void EdgeLayer::setIntegrations(QAbstractItemModel *model)
{
    if (m_integrations == model)
        return;
    for (const auto &c : std::as_const(m_integrationConnections))
        disconnect(c);
    m_integrationConnections.clear();
    m_integrations = model;
    if (model) {
        auto reload = [this] { reloadEdges(); };
        m_integrationConnections << connect(model, &QAbstractItemModel::modelReset, this, reload)
                                 << connect(model, &QAbstractItemModel::rowsInserted, this, reload)
                                 << connect(model, &QAbstractItemModel::rowsRemoved, this, reload)
                                 << connect(model, &QAbstractItemModel::rowsMoved, this, reload)
                                 << connect(model, &QAbstractItemModel::layoutChanged, this, reload)
                                 << connect(model, &QAbstractItemModel::dataChanged, this,
                                            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                                                integrationDataChanged(roles);
                                            });
    }
    reloadEdges();
    emit integrationsChanged();
}

void EdgeLayer::setCardWidth(qreal w)
{
    if (qFuzzyCompare(m_cardWidth, w))
        return;
    m_cardWidth = w;
    scheduleRebuild();
    emit geometryParamsChanged();
}

void EdgeLayer::setCardHeight(qreal h)
{
    if (qFuzzyCompare(m_cardHeight, h))
        return;
    m_cardHeight = h;
    scheduleRebuild();
    emit geometryParamsChanged();
}

void EdgeLayer::setZoom(qreal zoom)
{
    if (qFuzzyCompare(m_zoom, zoom) || zoom <= 0)
        return;
    // Line width compensates for zoom only when zoomed out, so only then rebuild the strokes.
    const bool strokes = zoom < 1.0 || m_zoom < 1.0;
    m_zoom = zoom;
    if (strokes)
        scheduleRebuild();
    else
        scheduleLabels();
    emit zoomChanged();
}

void EdgeLayer::setViewport(const QRectF &rect)
{
    if (m_viewport == rect)
        return;
    m_viewport = rect;
    scheduleLabels();
    emit viewportChanged();
}

void EdgeLayer::setSelectedIds(const QStringList &ids)
{
    if (m_selectedList == ids)
        return;
    m_selectedList = ids;
    m_selected = QSet<QString>(ids.begin(), ids.end());
    scheduleRebuild();
    emit selectedIdsChanged();
}

void EdgeLayer::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    m_texturesDirty = true;
    scheduleRebuild();
    emit darkChanged();
}

void EdgeLayer::setLabelBackground(const QColor &c)
{
    if (m_labelBackground == c)
        return;
    m_labelBackground = c;
    m_texturesDirty = true;
    scheduleRebuild();
    emit darkChanged();
}

void EdgeLayer::setSelectionColor(const QColor &c)
{
    if (m_selectionColor == c)
        return;
    m_selectionColor = c;
    m_texturesDirty = true;
    scheduleRebuild();
    emit darkChanged();
}

void EdgeLayer::setErrorColor(const QColor &c)
{
    if (m_errorColor == c)
        return;
    m_errorColor = c;
    m_texturesDirty = true;
    scheduleRebuild();
    emit darkChanged();
}

void EdgeLayer::setWarningColor(const QColor &c)
{
    if (m_warningColor == c)
        return;
    m_warningColor = c;
    m_texturesDirty = true;
    scheduleRebuild();
    emit darkChanged();
}

void EdgeLayer::setPreviewIds(const QStringList &ids)
{
    if (m_previewList == ids)
        return;
    m_previewList = ids;
    m_previewRows.clear();
    for (const QString &id : ids) {
        auto it = m_rowOf.constFind(id);
        if (it != m_rowOf.cend())
            m_previewRows.insert(*it);
    }
    scheduleRebuild();
    emit previewChanged();
}

void EdgeLayer::setPreviewOffset(const QPointF &offset)
{
    if (m_previewOffset == offset)
        return;
    m_previewOffset = offset;
    if (!m_previewRows.isEmpty())
        scheduleRebuild();
    emit previewChanged();
}

void EdgeLayer::setRoutes(RouteController *routes)
{
    if (m_routes == routes)
        return;
    disconnect(m_routesConnection);
    m_routes = routes;
    if (routes)
        m_routesConnection = connect(routes, &RouteController::routesChanged, this, [this] {
            attachRoutes();
            scheduleRebuild();
        });
    attachRoutes();
    scheduleRebuild();
    emit routesChanged();
}

void EdgeLayer::attachRoutes()
{
    // Flattened here, once per route change, not per frame.
    const QHash<QString, RouteController::Route> empty;
    const auto &routes = m_routes ? m_routes->routes() : empty;
    for (Edge &e : m_edges) {
        auto it = routes.constFind(e.id);
        if (it == routes.cend()) {
            e.route.clear();
            continue;
        }
        e.route = flattenBezier(it->bezier);
        e.routeFrom = it->fromTopLeft;
        e.routeTo = it->toTopLeft;
    }
}

QColor EdgeLayer::patternColor(const QString &pattern) const
{
    return patternColour(patternIndex(pattern), m_dark);
}

bool EdgeLayer::isAsyncPattern(const QString &pattern)
{
    return isAsyncIndex(patternIndex(pattern));
}

int EdgeLayer::roleFor(QAbstractItemModel *model, const QString &name) const
{
    if (!model)
        return -1;
    const auto roles = model->roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        if (QString::fromUtf8(it.value()) == name)
            return it.key();
    return -1;
}

int EdgeLayer::patternIndex(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString s = value.toString();
        for (int i = 0; i < int(enumCount<Pattern>); ++i)
            if (s == patternName(i))
                return i;
        return 0;
    }
    bool ok = false;
    int i = value.toInt(&ok);
    return ok && i >= 0 && i < int(enumCount<Pattern>) ? i : 0;
}

void EdgeLayer::reloadComponents()
{
    if (m_animation)
        m_animation->stop();
    m_animT = 1;
    m_animFrom.clear();
    m_ids.clear();
    m_rowOf.clear();
    m_pos.clear();
    if (m_components) {
        const int idRole = roleFor(m_components, m_idRole);
        m_xRoleId = roleFor(m_components, m_xRole);
        m_yRoleId = roleFor(m_components, m_yRole);
        const int n = m_components->rowCount();
        m_ids.reserve(n);
        m_pos.resize(n);
        for (int row = 0; row < n; ++row) {
            const QModelIndex index = m_components->index(row, 0);
            const QString id = m_components->data(index, idRole).toString();
            m_ids.append(id);
            m_rowOf.insert(id, row);
            m_pos[row] = QPointF(m_components->data(index, m_xRoleId).toDouble(),
                                 m_components->data(index, m_yRoleId).toDouble());
        }
    }
    m_previewRows.clear();
    for (const QString &id : std::as_const(m_previewList)) {
        auto it = m_rowOf.constFind(id);
        if (it != m_rowOf.cend())
            m_previewRows.insert(*it);
    }
    reloadEdges();
}

void EdgeLayer::reloadPositions(int first, int last)
{
    if (!m_components || last >= int(m_pos.size())) {
        reloadComponents();
        return;
    }
    if (m_animationMs > 0) {
        // Start from where the arrows are drawn now (mid-animation included).
        std::vector<QPointF> from(m_pos.size());
        for (int row = 0; row < int(m_pos.size()); ++row)
            from[row] = positionOf(row);
        m_animFrom = std::move(from);
        m_animT = 0;
        if (!m_animation) {
            m_animation = new QVariantAnimation(this);
            m_animation->setStartValue(0.0);
            m_animation->setEndValue(1.0);
            m_animation->setEasingCurve(QEasingCurve::OutCubic);
            connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
                m_animT = v.toReal();
                scheduleRebuild();
            });
            connect(m_animation, &QVariantAnimation::finished, this, [this] {
                m_animT = 1;
                m_animFrom.clear();
                scheduleRebuild();
                emit moveAnimationFinished();
            });
        }
        m_animation->stop();
        m_animation->setDuration(m_animationMs);
        m_animationMs = 0;
        m_animation->start();
    }
    const int idRole = roleFor(m_components, m_idRole);
    for (int row = std::max(0, first); row <= last; ++row) {
        const QModelIndex index = m_components->index(row, 0);
        if (m_components->data(index, idRole).toString() != m_ids.at(row)) {
            reloadComponents(); // a rename: edge endpoints must be resolved again
            return;
        }
        m_pos[row]
            = QPointF(m_components->data(index, m_xRoleId).toDouble(), m_components->data(index, m_yRoleId).toDouble());
    }
    scheduleRebuild();
}

void EdgeLayer::reloadEdges()
{
    m_edges.clear();
    if (m_integrations) {
        const int idRole = roleFor(m_integrations, m_edgeIdRole);
        const int fromRole = roleFor(m_integrations, m_fromRole);
        const int toRole = roleFor(m_integrations, m_toRole);
        const int patternRole = roleFor(m_integrations, m_patternRole);
        const int errorRole = roleFor(m_integrations, m_errorRole);
        const int warningRole = roleFor(m_integrations, m_warningRole);
        const int summaryRole = roleFor(m_integrations, m_summaryRole);
        const int n = m_integrations->rowCount();
        m_edges.reserve(n);
        // Label texts: the patterns' names first (index = pattern), then each distinct
        // summary, up to kMaxLabelTexts (the atlas holds them all); past that, pattern only.
        constexpr size_t kMaxLabelTexts = 1500;
        std::vector<std::pair<int, QString>> keys;
        QHash<QString, int> keyIndex;
        for (int p = 0; p < int(enumCount<Pattern>); ++p) {
            keys.emplace_back(p, QString(patternName(p)));
            keyIndex.insert(QString::number(p) + QLatin1Char('\x1f') + QString(patternName(p)), p);
        }
        // Edges between the same two cards are fanned out side by side.
        QHash<QPair<int, int>, int> pairCount;
        for (int row = 0; row < n; ++row) {
            const QModelIndex index = m_integrations->index(row, 0);
            Edge e;
            e.id = m_integrations->data(index, idRole).toString();
            e.from = m_rowOf.value(m_integrations->data(index, fromRole).toString(), -1);
            e.to = m_rowOf.value(m_integrations->data(index, toRole).toString(), -1);
            e.pattern = patternIndex(m_integrations->data(index, patternRole));
            e.errors = errorRole >= 0 ? m_integrations->data(index, errorRole).toInt() : 0;
            e.warnings = warningRole >= 0 ? m_integrations->data(index, warningRole).toInt() : 0;
            e.label = e.pattern;
            if (summaryRole >= 0) {
                const QString text = m_integrations->data(index, summaryRole).toString();
                const QString key = QString::number(e.pattern) + QLatin1Char('\x1f') + text;
                auto it = keyIndex.constFind(key);
                if (it != keyIndex.cend()) {
                    e.label = *it;
                } else if (!text.isEmpty() && keys.size() < kMaxLabelTexts) {
                    e.label = int(keys.size());
                    keyIndex.insert(key, e.label);
                    keys.emplace_back(e.pattern, text);
                }
            }
            m_edges.push_back(e);
            if (e.from >= 0 && e.to >= 0)
                ++pairCount[qMakePair(std::min(e.from, e.to), std::max(e.from, e.to))];
        }
        if (keys != m_labelKeys) {
            m_labelKeys = std::move(keys);
            m_texturesDirty = true; // the label atlas holds every text
        }
        QHash<QPair<int, int>, int> seen;
        for (Edge &e : m_edges) {
            if (e.from < 0 || e.to < 0)
                continue;
            const auto key = qMakePair(std::min(e.from, e.to), std::max(e.from, e.to));
            const int count = pairCount.value(key);
            if (count < 2)
                continue;
            const int i = seen[key]++;
            float off = (i - (count - 1) / 2.f) * 14.f;
            // Offsets are in the direction of the canonical pair, so reverse edges separate too.
            e.offset = e.from == key.first ? off : -off;
        }
    }
    attachRoutes();
    scheduleRebuild();
}

void EdgeLayer::integrationDataChanged(const QList<int> &roles)
{
    // Moving cards changes the integrations' geometry roles on every mouse move; the layer
    // computes geometry itself from the component positions, so only identity roles matter.
    if (!roles.isEmpty() && m_integrations) {
        const QList<int> relevant = {roleFor(m_integrations, m_edgeIdRole), roleFor(m_integrations, m_fromRole),
                                     roleFor(m_integrations, m_toRole), roleFor(m_integrations, m_patternRole),
                                     roleFor(m_integrations, m_summaryRole)};
        if (std::none_of(roles.begin(), roles.end(), [&](int r) { return relevant.contains(r); })) {
            const QList<int> counts = {roleFor(m_integrations, m_errorRole), roleFor(m_integrations, m_warningRole)};
            if (std::any_of(roles.begin(), roles.end(), [&](int r) { return r >= 0 && counts.contains(r); }))
                reloadProblemCounts(); // lint finished: only the badges change
            return;
        }
    }
    reloadEdges();
}

void EdgeLayer::reloadProblemCounts()
{
    if (!m_integrations || int(m_edges.size()) != m_integrations->rowCount()) {
        reloadEdges();
        return;
    }
    const int errorRole = roleFor(m_integrations, m_errorRole);
    const int warningRole = roleFor(m_integrations, m_warningRole);
    for (int row = 0; row < int(m_edges.size()); ++row) {
        const QModelIndex index = m_integrations->index(row, 0);
        m_edges[size_t(row)].errors = errorRole >= 0 ? m_integrations->data(index, errorRole).toInt() : 0;
        m_edges[size_t(row)].warnings = warningRole >= 0 ? m_integrations->data(index, warningRole).toInt() : 0;
    }
    scheduleLabels();
}

void EdgeLayer::scheduleRebuild()
{
    m_edgesDirty = true;
    m_labelsDirty = true;
    polish();
}

void EdgeLayer::scheduleLabels()
{
    m_labelsDirty = true;
    polish();
}

void EdgeLayer::animateNextMove(int ms)
{
    m_animationMs = std::max(1, ms);
}

void EdgeLayer::cancelMoveAnimation()
{
    m_animationMs = 0;
    if (m_animation)
        m_animation->stop();
    m_animT = 1;
    m_animFrom.clear();
    scheduleRebuild();
}

QPointF EdgeLayer::positionOf(int row) const
{
    QPointF p = m_pos[row];
    if (m_animT < 1 && row < int(m_animFrom.size()))
        p = m_animFrom[row] + (p - m_animFrom[row]) * m_animT;
    if (m_previewRows.contains(row))
        p += m_previewOffset;
    return p;
}

EdgeLayer::Segment EdgeLayer::segmentFor(const Edge &edge) const
{
    Segment s;
    if (edge.from < 0 || edge.to < 0 || edge.from == edge.to)
        return s;
    const QPointF half(m_cardWidth / 2, m_cardHeight / 2);
    QPointF a = positionOf(edge.from) + half;
    QPointF b = positionOf(edge.to) + half;
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1)
        return s;
    const QPointF n(-d.y() / len, d.x() / len);
    a += n * edge.offset;
    b += n * edge.offset;
    // Clip the centre-to-centre line at both card borders.
    const double hw = m_cardWidth / 2 + 2, hh = m_cardHeight / 2 + 2;
    const double t = std::min(std::abs(d.x()) > 1e-9 ? hw / std::abs(d.x()) : 1e9,
                              std::abs(d.y()) > 1e-9 ? hh / std::abs(d.y()) : 1e9);
    if (t >= 0.5)
        return s; // the cards overlap: no visible arrow
    s.a = a + d * t;
    s.b = b - d * t;
    s.ok = true;
    return s;
}

bool EdgeLayer::isRouted(const Edge &edge) const
{
    if (edge.route.empty() || edge.from < 0 || edge.to < 0 || m_animT < 1)
        return false;
    return near(positionOf(edge.from), edge.routeFrom) && near(positionOf(edge.to), edge.routeTo);
}

bool EdgeLayer::lineFor(const Edge &edge, std::vector<QPointF> &out) const
{
    out.clear();
    if (isRouted(edge)) {
        out = edge.route;
        return true;
    }
    const Segment s = segmentFor(edge);
    if (!s.ok)
        return false;
    out = {s.a, s.b};
    return true;
}

void EdgeLayer::buildEdgeGeometry()
{
    m_edgeVertices.clear();
    m_edgeVertices.reserve(m_edges.size() * 9);
    int drawn = 0;
    const float base = float(std::max(1.6, 1.1 / m_zoom));
    int routed = 0;
    std::vector<QPointF> line;
    std::vector<QPointF> normals;
    for (const Edge &e : m_edges) {
        if (!lineFor(e, line))
            continue;
        const double total = lineLength(line);
        if (total < 1)
            continue;
        ++drawn;
        if (isRouted(e))
            ++routed;
        const bool selected = m_selected.contains(e.id);
        const int band = selected ? kSelectionBand : isDimmed(e.id) ? kDimmedBand : e.pattern;
        const float vTop = (band * kBand + 0.5f) / kAtlasH;
        const float vBot = (band * kBand + kBand - 0.5f) / kAtlasH;
        const float vMid = (band * kBand + kBand / 2.f) / kAtlasH;
        const float hw = selected ? base * 1.8f : base;
        const float arrowLen = std::max(11.f, hw * 4.5f);
        const float arrowHalf = arrowLen * 0.45f;

        // The head points along the route's last arrowLen pixels, tip on the card border.
        const QPointF tip = line.back();
        const QPointF back = pointAlong(line, std::max(0.0, total - arrowLen));
        QPointF dir = tip - back;
        const double dirLen = std::hypot(dir.x(), dir.y());
        if (dirLen < 1e-6)
            continue;
        dir /= dirLen;
        // The shaft stops inside the arrowhead so the dash pattern does not poke out of the tip.
        const double shaft = std::max(0.0, total - arrowLen * 0.7);
        {
            double walked = 0;
            size_t keep = 1;
            for (; keep < line.size(); ++keep) {
                const double step = QLineF(line[keep - 1], line[keep]).length();
                if (walked + step >= shaft)
                    break;
                walked += step;
            }
            const QPointF end = pointAlong(line, shaft);
            line.resize(std::min(keep, line.size()));
            line.push_back(end);
        }
        // A ribbon along the polyline: each joint gets the mean of its segments' normals
        // (mitred), so consecutive quads share their edge and leave no cracks.
        const size_t n = line.size();
        normals.assign(n, QPointF());
        for (size_t i = 0; i + 1 < n; ++i) {
            const QPointF d = line[i + 1] - line[i];
            const double len = std::hypot(d.x(), d.y());
            const QPointF nrm = len > 1e-9 ? QPointF(-d.y() / len, d.x() / len) : QPointF();
            normals[i] += nrm;
            normals[i + 1] += nrm;
        }
        for (size_t i = 0; i < n; ++i) {
            QPointF m = normals[i];
            const double len = std::hypot(m.x(), m.y());
            if (len < 1e-9) {
                m = QPointF(-dir.y(), dir.x());
            } else {
                m /= len;
                // Interior joints: the mean of two unit normals is shorter by cos(θ/2).
                const double cosHalf = (i == 0 || i + 1 == n) ? 1.0 : std::max(0.5, len / 2);
                m /= cosHalf;
            }
            normals[i] = m;
        }
        const bool dashed = isAsyncIndex(e.pattern);
        double along = 0;
        for (size_t i = 0; i + 1 < n; ++i) {
            const double step = QLineF(line[i], line[i + 1]).length();
            const float u0 = dashed ? float(along / kDashPeriod) : kSolidU;
            const float u1 = dashed ? float((along + step) / kDashPeriod) : kSolidU;
            along += step;
            const QPointF a = line[i], b = line[i + 1], na = normals[i] * hw, nb = normals[i + 1] * hw;
            const Vertex p0 {float(a.x() + na.x()), float(a.y() + na.y()), u0, vTop};
            const Vertex p1 {float(a.x() - na.x()), float(a.y() - na.y()), u0, vBot};
            const Vertex p2 {float(b.x() + nb.x()), float(b.y() + nb.y()), u1, vTop};
            const Vertex p3 {float(b.x() - nb.x()), float(b.y() - nb.y()), u1, vBot};
            m_edgeVertices.insert(m_edgeVertices.end(), {p0, p1, p2, p2, p1, p3});
        }
        const float bx = float(tip.x()), by = float(tip.y());
        const float ux = float(dir.x()), uy = float(dir.y());
        const float nx = -uy, ny = ux;
        const float hx = bx - ux * arrowLen, hy = by - uy * arrowLen;
        m_edgeVertices.push_back({bx, by, kSolidU, vMid});
        m_edgeVertices.push_back({hx + nx * arrowHalf, hy + ny * arrowHalf, kSolidU, vMid});
        m_edgeVertices.push_back({hx - nx * arrowHalf, hy - ny * arrowHalf, kSolidU, vMid});
    }
    m_routedEdges = routed;
    m_drawnEdges = drawn;
    m_edgeGeometryChanged = true;
}

void EdgeLayer::buildLabelGeometry()
{
    m_labelVertices.clear();
    m_labelPlaced.clear();
    m_labelTextPlaced.clear();
    m_badgePlaced.clear();
    int drawn = 0;
    int badges = 0;
    const float atlasW = m_labelImage.width(), atlasH = m_labelImage.height();
    auto quad = [&](const QRectF &scene, const QRectF &atlas) {
        const float x0 = float(scene.left()), y0 = float(scene.top());
        const float x1 = float(scene.right()), y1 = float(scene.bottom());
        const float u0 = float(atlas.left() / atlasW), u1 = float(atlas.right() / atlasW);
        const float v0 = float(atlas.top() / atlasH), v1 = float(atlas.bottom() / atlasH);
        const Vertex a {x0, y0, u0, v0}, b {x1, y0, u1, v0}, c {x0, y1, u0, v1}, d {x1, y1, u1, v1};
        m_labelVertices.insert(m_labelVertices.end(), {a, b, c, c, b, d});
    };
    // Lint badges right of the label (or mid-line when the label is hidden); drawn
    // whenever the line is visible, like the cards' badges: a finding is never hidden.
    auto badge = [&](const Edge &e, const std::vector<QPointF> &line, const QRectF *label) {
        if (e.errors <= 0 && e.warnings <= 0)
            return;
        QPointF at;
        if (label) {
            at = QPointF(label->right() + 2, label->center().y());
        } else {
            const QPointF mid = pointAlong(line, lineLength(line) / 2);
            at = QPointF(mid.x() - 7, mid.y());
        }
        QRectF all;
        for (int severity = 0; severity < 2; ++severity) {
            const int count = severity == 0 ? e.errors : e.warnings;
            if (count <= 0)
                continue;
            const QRectF atlas = m_badgeRects[size_t(severity * kBadgeMax + std::min(count, kBadgeMax) - 1)];
            const QRectF scene(at.x(), at.y() - atlas.height() / m_labelScale / 2, atlas.width() / m_labelScale,
                               atlas.height() / m_labelScale);
            quad(scene, atlas);
            all |= scene;
            at.rx() += scene.width() + 2;
            ++badges;
        }
        m_badgePlaced.insert(e.id, all);
    };
    // Below this zoom the 11 px labels are unreadable and only add noise.
    if (m_zoom >= 0.55 && !m_labelRects.empty()) {
        const QRectF view = m_viewport.isValid() ? m_viewport.adjusted(-60, -20, 60, 20) : QRectF(-1e9, -1e9, 2e9, 2e9);
        constexpr int kMaxLabels = 3000;
        // Placed labels in a grid of kCell px cells: a candidate is checked against the
        // labels in the cells it touches only, so placing n labels costs O(n), not O(n²).
        constexpr double kCell = 64;
        constexpr double kGap = 2; // px kept free between two labels
        QHash<qint64, std::vector<QRectF>> grid;
        auto cellKey = [](int x, int y) { return (qint64(x) << 32) ^ qint64(quint32(y)); };
        auto forCells = [&](const QRectF &r, auto &&visit) {
            const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
            const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
            for (int x = x0; x <= x1; ++x)
                for (int y = y0; y <= y1; ++y)
                    if (!visit(cellKey(x, y)))
                        return false;
            return true;
        };
        auto isFree = [&](const QRectF &r) {
            const QRectF padded = r.adjusted(-kGap, -kGap, kGap, kGap);
            return forCells(padded, [&](qint64 key) {
                auto it = grid.constFind(key);
                if (it == grid.cend())
                    return true;
                return std::none_of(it->begin(), it->end(), [&](const QRectF &o) { return o.intersects(padded); });
            });
        };
        // Cards are obstacles too: a label drawn under a card is a label nobody can read.
        for (int row = 0; row < int(m_pos.size()); ++row) {
            const QRectF card(positionOf(row), QSizeF(m_cardWidth, m_cardHeight));
            if (!card.intersects(view))
                continue;
            forCells(card, [&](qint64 key) {
                grid[key].push_back(card);
                return true;
            });
        }
        // Width of an integration's badges (0 without findings), kept free right of its label.
        auto badgesWidth = [&](const Edge &e) {
            double width = 0;
            for (int severity = 0; severity < 2; ++severity) {
                const int count = severity == 0 ? e.errors : e.warnings;
                if (count > 0)
                    width += 2
                        + m_badgeRects[size_t(severity * kBadgeMax + std::min(count, kBadgeMax) - 1)].width()
                            / m_labelScale;
            }
            return width;
        };
        // Mid-route first, then further out on alternate sides.
        static constexpr std::array<double, 9> kAlong = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
        std::vector<QPointF> line;
        auto place = [&](const Edge &e) {
            // A flow on the canvas: the edges outside it keep neither label nor badge.
            if (drawn >= kMaxLabels || isDimmed(e.id) || !lineFor(e, line))
                return;
            const double total = lineLength(line);
            const double extra = badgesWidth(e);
            // The long label ("grpc · GetCart +2") where it fits, else the pattern alone.
            for (int text : {e.label, e.pattern}) {
                const QRectF r = m_labelRects[size_t(text)];
                const double w = r.width() / m_labelScale, h = r.height() / m_labelScale;
                if (total < w + 24)
                    continue; // no room between the cards
                for (double t : kAlong) {
                    const QPointF c = pointAlong(line, total * t);
                    if (!view.contains(c))
                        continue;
                    const QRectF rect(c.x() - w / 2, c.y() - h / 2, w, h);
                    const QRectF withBadges = rect.adjusted(0, 0, extra, 0);
                    if (!isFree(withBadges))
                        continue;
                    forCells(withBadges, [&](qint64 key) {
                        grid[key].push_back(withBadges);
                        return true;
                    });
                    m_labelPlaced.insert(e.id, rect);
                    m_labelTextPlaced.insert(e.id, m_labelKeys[size_t(text)].second);
                    ++drawn;
                    quad(rect, r);
                    badge(e, line, &rect);
                    return;
                }
                if (text == e.pattern)
                    break;
            }
            if (view.contains(pointAlong(line, total / 2)))
                badge(e, line, nullptr); // every place was taken: the badge still shows
        };
        // Selected integrations claim their place first: their label is the one asked about.
        for (const Edge &e : m_edges)
            if (m_selected.contains(e.id))
                place(e);
        for (const Edge &e : m_edges)
            if (!m_selected.contains(e.id))
                place(e);
    }
    m_drawnLabels = drawn;
    m_drawnBadges = badges;
    m_labelGeometryChanged = true;
}

QImage EdgeLayer::makeStrokeAtlas() const
{
    QImage image(kAtlasW, kAtlasH, QImage::Format_RGBA8888_Premultiplied);
    image.fill(Qt::transparent);
    static const std::array<float, kBand> profile = {0.f, 0.55f, 1.f, 1.f, 1.f, 1.f, 0.55f, 0.f};
    for (int band = 0; band < kBands; ++band) {
        QColor c;
        if (band < kSelectionBand)
            c = patternColour(band, m_dark);
        else if (band == kDimmedBand)
            c = m_dark ? QColor(150, 150, 150, 80) : QColor(110, 110, 110, 70); // faint, any pattern
        else
            c = m_selectionColor;
        for (int row = 0; row < kBand; ++row) {
            uchar *line = image.scanLine(band * kBand + row);
            for (int x = 0; x < kAtlasW; ++x) {
                const float a = profile[row] * (x < kDashTexels ? 1.f : 0.f) * float(c.alphaF());
                line[x * 4 + 0] = uchar(c.red() * a);
                line[x * 4 + 1] = uchar(c.green() * a);
                line[x * 4 + 2] = uchar(c.blue() * a);
                line[x * 4 + 3] = uchar(255 * a);
            }
        }
    }
    return image;
}

QImage EdgeLayer::makeLabelAtlas()
{
    QFont font;
    font.setPixelSize(int(10 * m_labelScale));
    font.setWeight(QFont::DemiBold);
    const QFontMetricsF fm(font);
    const qreal padX = 6 * m_labelScale, padY = 2 * m_labelScale;
    m_labelRects.clear();
    // Shelf packing, rows up to kAtlasRow texels wide.
    constexpr qreal kAtlasRow = 2048;
    qreal x = 1, y = 1, rowH = 0, maxW = 0;
    for (const auto &[pattern, text] : m_labelKeys) {
        const qreal w = std::ceil(fm.horizontalAdvance(text) + 2 * padX);
        const qreal h = std::ceil(fm.height() + 2 * padY);
        if (x + w + 1 > kAtlasRow && x > 1) {
            x = 1;
            y += rowH + 2;
            rowH = 0;
        }
        m_labelRects.emplace_back(x, y, w, h);
        x += w + 2;
        rowH = std::max(rowH, h);
        maxW = std::max(maxW, x);
    }
    y += rowH + 2;
    // Badges below the labels, in a row per severity: 14 px high pills like the cards' badges.
    QFont badgeFont = font;
    badgeFont.setPixelSize(int(9 * m_labelScale));
    badgeFont.setWeight(QFont::Bold);
    const QFontMetricsF bfm(badgeFont);
    auto badgeText
        = [](int n) { return n >= kBadgeMax ? QStringLiteral("%1+").arg(kBadgeMax - 1) : QString::number(n); };
    m_badgeRects.clear();
    const qreal bh = std::ceil(14 * m_labelScale);
    for (int severity = 0; severity < 2; ++severity) {
        qreal x = 1;
        for (int n = 1; n <= kBadgeMax; ++n) {
            const qreal bw = std::ceil(std::max(bh, bfm.horizontalAdvance(badgeText(n)) + 8 * m_labelScale));
            m_badgeRects.emplace_back(x, y, bw, bh);
            x += bw + 2;
        }
        maxW = std::max(maxW, x);
        y += bh + 2;
    }
    QImage image(int(maxW) + 2, int(y) + 1, QImage::Format_RGBA8888_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    for (size_t i = 0; i < m_labelKeys.size(); ++i) {
        const QRectF r = m_labelRects[i].adjusted(1, 1, -1, -1);
        const QColor c = patternColour(m_labelKeys[i].first, m_dark);
        p.setPen(QPen(c, 1.2 * m_labelScale));
        p.setBrush(m_labelBackground);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.setPen(c);
        p.drawText(r, Qt::AlignCenter, m_labelKeys[i].second);
    }
    p.setFont(badgeFont);
    for (size_t i = 0; i < m_badgeRects.size(); ++i) {
        const QRectF r = m_badgeRects[i].adjusted(0.5, 0.5, -0.5, -0.5);
        p.setPen(Qt::NoPen);
        p.setBrush(i < size_t(kBadgeMax) ? m_errorColor : m_warningColor);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, badgeText(int(i % kBadgeMax) + 1));
    }
    p.end();
    return image;
}

void EdgeLayer::updatePolish()
{
    if (m_texturesDirty) {
        m_strokeImage = makeStrokeAtlas();
        m_labelImage = makeLabelAtlas();
    }
    if (m_edgesDirty)
        buildEdgeGeometry();
    if (m_labelsDirty)
        buildLabelGeometry();
    const bool changed = m_edgesDirty || m_labelsDirty;
    m_edgesDirty = m_labelsDirty = false;
    update();
    if (changed)
        emit edgesRebuilt();
}

QSGNode *EdgeLayer::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *root = static_cast<EdgeRootNode *>(oldNode);
    if (!root) {
        root = new EdgeRootNode;
        root->edges = makeTexturedNode(root);
        root->labels = makeTexturedNode(root);
        m_texturesDirty = true;
        m_edgeGeometryChanged = m_labelGeometryChanged = true;
    }
    if (m_texturesDirty && !m_strokeImage.isNull()) {
        delete root->strokeTexture;
        delete root->labelTexture;
        root->strokeTexture = window()->createTextureFromImage(m_strokeImage);
        root->labelTexture = window()->createTextureFromImage(m_labelImage);
        auto *stroke = static_cast<QSGTextureMaterial *>(root->edges->material());
        stroke->setTexture(root->strokeTexture);
        stroke->setHorizontalWrapMode(QSGTexture::Repeat);
        stroke->setVerticalWrapMode(QSGTexture::ClampToEdge);
        auto *labels = static_cast<QSGTextureMaterial *>(root->labels->material());
        labels->setTexture(root->labelTexture);
        root->edges->markDirty(QSGNode::DirtyMaterial);
        root->labels->markDirty(QSGNode::DirtyMaterial);
        m_texturesDirty = false;
    }
    auto upload = [](QSGGeometryNode *node, const std::vector<Vertex> &vertices) {
        QSGGeometry *g = node->geometry();
        g->allocate(int(vertices.size()));
        if (!vertices.empty())
            memcpy(g->vertexData(), vertices.data(), vertices.size() * sizeof(Vertex));
        node->markDirty(QSGNode::DirtyGeometry);
    };
    if (root->strokeTexture == nullptr) {
        // No texture yet (first frame before polish): draw nothing rather than garbage.
        root->edges->geometry()->allocate(0);
        root->labels->geometry()->allocate(0);
        return root;
    }
    if (m_edgeGeometryChanged) {
        upload(root->edges, m_edgeVertices);
        m_edgeGeometryChanged = false;
    }
    if (m_labelGeometryChanged) {
        upload(root->labels, m_labelVertices);
        m_labelGeometryChanged = false;
    }
    return root;
}

QString EdgeLayer::edgeAt(const QPointF &point, qreal tolerance) const
{
    QString best;
    double bestDistance = tolerance;
    std::vector<QPointF> line;
    for (const Edge &e : m_edges) {
        if (!lineFor(e, line))
            continue;
        for (size_t i = 1; i < line.size(); ++i) {
            const double d = distanceToSegment(point, line[i - 1], line[i]);
            if (d <= bestDistance) {
                bestDistance = d;
                best = e.id;
            }
        }
    }
    return best;
}

QString EdgeLayer::componentAt(const QPointF &point) const
{
    // Last drawn is on top: search backwards.
    for (int row = int(m_pos.size()) - 1; row >= 0; --row)
        if (QRectF(positionOf(row), QSizeF(m_cardWidth, m_cardHeight)).contains(point))
            return m_ids.at(row);
    return {};
}

QStringList EdgeLayer::componentsIn(const QRectF &rect) const
{
    QStringList ids;
    const QRectF r = rect.normalized();
    for (int row = 0; row < int(m_pos.size()); ++row)
        if (QRectF(positionOf(row), QSizeF(m_cardWidth, m_cardHeight)).intersects(r))
            ids.append(m_ids.at(row));
    return ids;
}

QRectF EdgeLayer::contentBounds() const
{
    QRectF bounds;
    for (int row = 0; row < int(m_pos.size()); ++row)
        bounds |= QRectF(positionOf(row), QSizeF(m_cardWidth, m_cardHeight));
    return bounds;
}

QPointF EdgeLayer::centerOf(const QString &id) const
{
    auto it = m_rowOf.constFind(id);
    if (it != m_rowOf.cend())
        return positionOf(*it) + QPointF(m_cardWidth / 2, m_cardHeight / 2);
    for (const Edge &e : m_edges) {
        if (e.id != id)
            continue;
        std::vector<QPointF> line;
        if (lineFor(e, line))
            return pointAlong(line, lineLength(line) / 2);
        if (e.from >= 0)
            return positionOf(e.from) + QPointF(m_cardWidth / 2, m_cardHeight / 2);
    }
    return QPointF(qQNaN(), qQNaN());
}

QVariantList EdgeLayer::pathOf(const QString &id) const
{
    QVariantList points;
    std::vector<QPointF> line;
    for (const Edge &e : m_edges)
        if (e.id == id && lineFor(e, line)) {
            for (const QPointF &p : line)
                points.append(p);
            break;
        }
    return points;
}

QRectF EdgeLayer::labelRectOf(const QString &id) const
{
    return m_labelPlaced.value(id);
}

QString EdgeLayer::labelTextOf(const QString &id) const
{
    return m_labelTextPlaced.value(id);
}

QRectF EdgeLayer::badgeRectOf(const QString &id) const
{
    return m_badgePlaced.value(id);
}

QStringList EdgeLayer::edgesTouching(const QStringList &componentIds) const
{
    QSet<int> rows;
    for (const QString &id : componentIds) {
        auto it = m_rowOf.constFind(id);
        if (it != m_rowOf.cend())
            rows.insert(*it);
    }
    QStringList ids;
    for (const Edge &e : m_edges)
        if (rows.contains(e.from) || rows.contains(e.to))
            ids.append(e.id);
    return ids;
}

// --- Emphasis ------------------------------------------------------------------------------

void EdgeLayer::setEmphasizedIds(const QStringList &ids)
{
    if (m_emphasizedList == ids)
        return;
    m_emphasizedList = ids;
    m_emphasized = QSet<QString>(ids.begin(), ids.end());
    scheduleRebuild();
    emit emphasizedIdsChanged();
}

bool EdgeLayer::isDimmed(const QString &id) const
{
    return !m_emphasized.isEmpty() && !m_emphasized.contains(id);
}

} // namespace seam
