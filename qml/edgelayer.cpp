#include "edgelayer.h"

#include "model/vocabulary.h"

#include <QFont>
#include <QFontMetricsF>
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
        const int n = m_integrations->rowCount();
        m_edges.reserve(n);
        // Edges between the same two cards are fanned out side by side.
        QHash<QPair<int, int>, int> pairCount;
        for (int row = 0; row < n; ++row) {
            const QModelIndex index = m_integrations->index(row, 0);
            Edge e;
            e.id = m_integrations->data(index, idRole).toString();
            e.from = m_rowOf.value(m_integrations->data(index, fromRole).toString(), -1);
            e.to = m_rowOf.value(m_integrations->data(index, toRole).toString(), -1);
            e.pattern = patternIndex(m_integrations->data(index, patternRole));
            m_edges.push_back(e);
            if (e.from >= 0 && e.to >= 0)
                ++pairCount[qMakePair(std::min(e.from, e.to), std::max(e.from, e.to))];
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
    scheduleRebuild();
}

void EdgeLayer::integrationDataChanged(const QList<int> &roles)
{
    // Moving cards changes the integrations' geometry roles on every mouse move; the layer
    // computes geometry itself from the component positions, so only identity roles matter.
    if (!roles.isEmpty() && m_integrations) {
        const QList<int> relevant = {roleFor(m_integrations, m_edgeIdRole), roleFor(m_integrations, m_fromRole),
                                     roleFor(m_integrations, m_toRole), roleFor(m_integrations, m_patternRole)};
        if (std::none_of(roles.begin(), roles.end(), [&](int r) { return relevant.contains(r); }))
            return;
    }
    reloadEdges();
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

void EdgeLayer::buildEdgeGeometry()
{
    m_edgeVertices.clear();
    m_edgeVertices.reserve(m_edges.size() * 9);
    int drawn = 0;
    const float base = float(std::max(1.6, 1.1 / m_zoom));
    for (const Edge &e : m_edges) {
        const Segment s = segmentFor(e);
        if (!s.ok)
            continue;
        ++drawn;
        const bool selected = m_selected.contains(e.id);
        const int band = selected ? kSelectionBand : isDimmed(e.id) ? kDimmedBand : e.pattern;
        const float vTop = (band * kBand + 0.5f) / kAtlasH;
        const float vBot = (band * kBand + kBand - 0.5f) / kAtlasH;
        const float vMid = (band * kBand + kBand / 2.f) / kAtlasH;
        const float hw = selected ? base * 1.8f : base;
        const float arrowLen = std::max(11.f, hw * 4.5f);
        const float arrowHalf = arrowLen * 0.45f;

        const float ax = float(s.a.x()), ay = float(s.a.y());
        const float bx = float(s.b.x()), by = float(s.b.y());
        const float dx = bx - ax, dy = by - ay;
        const float len = std::sqrt(dx * dx + dy * dy);
        if (len < 1)
            continue;
        const float ux = dx / len, uy = dy / len;
        const float nx = -uy, ny = ux;
        // The shaft stops inside the arrowhead so the dash pattern does not poke out of the tip.
        const float shaft = std::max(0.f, len - arrowLen * 0.7f);
        const float ex = ax + ux * shaft, ey = ay + uy * shaft;
        const bool dashed = isAsyncIndex(e.pattern);
        const float u0 = dashed ? 0 : kSolidU;
        const float u1 = dashed ? shaft / kDashPeriod : kSolidU;
        const Vertex p0 {ax + nx * hw, ay + ny * hw, u0, vTop};
        const Vertex p1 {ax - nx * hw, ay - ny * hw, u0, vBot};
        const Vertex p2 {ex + nx * hw, ey + ny * hw, u1, vTop};
        const Vertex p3 {ex - nx * hw, ey - ny * hw, u1, vBot};
        m_edgeVertices.insert(m_edgeVertices.end(), {p0, p1, p2, p2, p1, p3});
        const float hx = bx - ux * arrowLen, hy = by - uy * arrowLen;
        m_edgeVertices.push_back({bx, by, kSolidU, vMid});
        m_edgeVertices.push_back({hx + nx * arrowHalf, hy + ny * arrowHalf, kSolidU, vMid});
        m_edgeVertices.push_back({hx - nx * arrowHalf, hy - ny * arrowHalf, kSolidU, vMid});
    }
    m_drawnEdges = drawn;
    m_edgeGeometryChanged = true;
}

void EdgeLayer::buildLabelGeometry()
{
    m_labelVertices.clear();
    int drawn = 0;
    // Below this zoom the 11 px labels are unreadable and only add noise.
    if (m_zoom >= 0.55 && !m_labelRects.empty()) {
        const QRectF view = m_viewport.isValid() ? m_viewport.adjusted(-60, -20, 60, 20) : QRectF(-1e9, -1e9, 2e9, 2e9);
        constexpr int kMaxLabels = 3000;
        for (const Edge &e : m_edges) {
            if (drawn >= kMaxLabels)
                break;
            if (isDimmed(e.id))
                continue;
            const Segment s = segmentFor(e);
            if (!s.ok)
                continue;
            const QPointF mid = (s.a + s.b) / 2;
            if (!view.contains(mid))
                continue;
            const double len = std::hypot(s.b.x() - s.a.x(), s.b.y() - s.a.y());
            const QRectF r = m_labelRects[e.pattern];
            const double w = r.width() / m_labelScale, h = r.height() / m_labelScale;
            if (len < w + 24)
                continue; // no room between the cards
            ++drawn;
            const float x0 = float(mid.x() - w / 2), y0 = float(mid.y() - h / 2);
            const float x1 = float(x0 + w), y1 = float(y0 + h);
            const float W = m_labelImage.width(), H = m_labelImage.height();
            const float u0 = float(r.left() / W), u1 = float(r.right() / W);
            const float v0 = float(r.top() / H), v1 = float(r.bottom() / H);
            const Vertex a {x0, y0, u0, v0}, b {x1, y0, u1, v0}, c {x0, y1, u0, v1}, d {x1, y1, u1, v1};
            m_labelVertices.insert(m_labelVertices.end(), {a, b, c, c, b, d});
        }
    }
    m_drawnLabels = drawn;
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
    qreal y = 1, maxW = 0;
    for (int i = 0; i < int(enumCount<Pattern>); ++i) {
        const qreal w = fm.horizontalAdvance(QString(patternName(i))) + 2 * padX;
        const qreal h = fm.height() + 2 * padY;
        m_labelRects.emplace_back(1, y, std::ceil(w), std::ceil(h));
        y += std::ceil(h) + 2;
        maxW = std::max(maxW, std::ceil(w));
    }
    QImage image(int(maxW) + 2, int(y) + 1, QImage::Format_RGBA8888_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    for (int i = 0; i < int(enumCount<Pattern>); ++i) {
        const QRectF r = m_labelRects[size_t(i)].adjusted(1, 1, -1, -1);
        const QColor c = patternColour(i, m_dark);
        p.setPen(QPen(c, 1.2 * m_labelScale));
        p.setBrush(m_labelBackground);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.setPen(c);
        p.drawText(r, Qt::AlignCenter, QString(patternName(i)));
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
    for (const Edge &e : m_edges) {
        const Segment s = segmentFor(e);
        if (!s.ok)
            continue;
        const double d = distanceToSegment(point, s.a, s.b);
        if (d <= bestDistance) {
            bestDistance = d;
            best = e.id;
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
        const Segment s = segmentFor(e);
        if (s.ok)
            return (s.a + s.b) / 2;
        if (e.from >= 0)
            return positionOf(e.from) + QPointF(m_cardWidth / 2, m_cardHeight / 2);
    }
    return QPointF(qQNaN(), qQNaN());
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
