// Routes for cards that stay where the user put them (computeRoutes): each
// arrow leaves its `from` card's border, arrives on its `to` card's border,
// goes around the cards in between, and no card moves.

#include "model/layout/graphlayout.h"
#include "model/modelio.h"

#include <QtTest>

#include <cmath>

using namespace seam;

namespace {

constexpr double W = 160, H = 72;

Model rowOfThree()
{
    // a, blocker, b on one row: the straight line a→b runs through `blocker`.
    Model model;
    model.name = "row";
    for (const char *id : {"a", "blocker", "b"}) {
        Component c;
        c.id = id;
        c.kind = ComponentKind::Service;
        model.components.push_back(std::move(c));
    }
    Integration in;
    in.id = "a-to-b";
    in.from = "a";
    in.to = "b";
    in.pattern = Pattern::Rest;
    model.integrations.emplace().push_back(std::move(in));
    return model;
}

RouteRequest rowPositions()
{
    RouteRequest request;
    request.nodeWidth = W;
    request.nodeHeight = H;
    request.positions = {{"a", {0, 0}}, {"blocker", {400, 0}}, {"b", {800, 0}}};
    return request;
}

// Distance from p to the border of the card at topLeft (0 on the border).
double distanceToBorder(const LayoutPoint &p, const LayoutPoint &topLeft)
{
    const double dx = std::max({topLeft.x - p.x, 0.0, p.x - (topLeft.x + W)});
    const double dy = std::max({topLeft.y - p.y, 0.0, p.y - (topLeft.y + H)});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy); // outside
    return std::min({p.x - topLeft.x, topLeft.x + W - p.x, p.y - topLeft.y, topLeft.y + H - p.y}); // inside
}

bool inside(const LayoutPoint &p, const LayoutPoint &topLeft)
{
    return p.x > topLeft.x && p.x < topLeft.x + W && p.y > topLeft.y && p.y < topLeft.y + H;
}

LayoutPoint bezierAt(const std::vector<LayoutPoint> &chain, size_t first, double t)
{
    const LayoutPoint &p0 = chain[first], &p1 = chain[first + 1], &p2 = chain[first + 2], &p3 = chain[first + 3];
    const double u = 1 - t;
    const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return {a * p0.x + b * p1.x + c * p2.x + d * p3.x, a * p0.y + b * p1.y + c * p2.y + d * p3.y};
}

std::vector<LayoutPoint> sample(const std::vector<LayoutPoint> &chain)
{
    std::vector<LayoutPoint> points;
    for (size_t i = 0; i + 3 < chain.size(); i += 3)
        for (int k = 0; k <= 32; ++k)
            points.push_back(bezierAt(chain, i, k / 32.0));
    return points;
}

} // namespace

class TestRoutes : public QObject {
    Q_OBJECT
private slots:
    void routeRunsFromBorderToBorder();
    void routeGoesAroundACardInBetween();
    void routingMovesNoCard();
    void parallelIntegrationsGetTheirOwnRoutes();
    void everyExampleRouteConnectsItsCards();
    void missingPositionIsAnError();
};

void TestRoutes::routeRunsFromBorderToBorder()
{
    const LayoutResult result = computeRoutes(rowOfThree(), rowPositions());
    QVERIFY2(result.ok(), result.error.c_str());
    QCOMPARE(result.edges.size(), size_t(1));
    const EdgeRoute &route = result.edges.front();
    QCOMPARE(route.integrationId, std::string("a-to-b"));
    QVERIFY(route.points.size() >= 4 && (route.points.size() - 1) % 3 == 0);
    const double start = distanceToBorder(route.points.front(), {0, 0});
    const double end = distanceToBorder(route.points.back(), {800, 0});
    QVERIFY2(start < 2, qPrintable(QString::number(start)));
    QVERIFY2(end < 2, qPrintable(QString::number(end)));
}

void TestRoutes::routeGoesAroundACardInBetween()
{
    const LayoutResult result = computeRoutes(rowOfThree(), rowPositions());
    QVERIFY2(result.ok(), result.error.c_str());
    const std::vector<LayoutPoint> points = sample(result.edges.front().points);
    for (const LayoutPoint &p : points)
        QVERIFY2(!inside(p, {400, 0}), qPrintable(QStringLiteral("(%1, %2) is on the blocker").arg(p.x).arg(p.y)));
    // … and it is a detour, not a line that happens to miss: it leaves the row's band.
    const bool detours
        = std::any_of(points.begin(), points.end(), [](const LayoutPoint &p) { return p.y < 0 || p.y > H; });
    QVERIFY(detours);
}

void TestRoutes::routingMovesNoCard()
{
    const RouteRequest request = rowPositions();
    const LayoutResult result = computeRoutes(rowOfThree(), request);
    QVERIFY2(result.ok(), result.error.c_str());
    QCOMPARE(result.positions.size(), request.positions.size());
    for (const PinnedPosition &p : request.positions) {
        const LayoutPoint *got = result.positionOf(p.id);
        QVERIFY(got);
        QCOMPARE(got->x, p.topLeft.x);
        QCOMPARE(got->y, p.topLeft.y);
    }
}

void TestRoutes::parallelIntegrationsGetTheirOwnRoutes()
{
    Model model = rowOfThree();
    Integration second = model.integrationList().front();
    second.id = "a-to-b-again";
    second.pattern = Pattern::Queue;
    model.integrations->push_back(second);
    const LayoutResult result = computeRoutes(model, rowPositions());
    QVERIFY2(result.ok(), result.error.c_str());
    QCOMPARE(result.edges.size(), size_t(2));
    QVERIFY(!(result.edges[0].points == result.edges[1].points));
}

void TestRoutes::everyExampleRouteConnectsItsCards()
{
    const std::string path = std::string(SEAM_EXAMPLES_DIR) + "/online-boutique.seam.yaml";
    LoadResult loaded = loadModelFromFile(path);
    QVERIFY(loaded.ok());
    const Model &model = *loaded.model;
    RouteRequest request;
    for (const LayoutEntry &entry : model.layoutList())
        request.positions.push_back({entry.id, {entry.x, entry.y}});
    QCOMPARE(request.positions.size(), model.components.size());
    const LayoutResult result = computeRoutes(model, request);
    QVERIFY2(result.ok(), result.error.c_str());
    QCOMPARE(result.edges.size(), model.integrationList().size());
    for (size_t i = 0; i < result.edges.size(); ++i) {
        const Integration &in = model.integrationList()[i];
        const EdgeRoute &route = result.edges[i];
        QCOMPARE(route.integrationId, in.id);
        const double start = distanceToBorder(route.points.front(), *result.positionOf(in.from));
        const double end = distanceToBorder(route.points.back(), *result.positionOf(in.to));
        QVERIFY2(start < 3 && end < 3,
                 qPrintable(QStringLiteral("%1: %2 / %3 px from its cards")
                                .arg(QString::fromStdString(in.id))
                                .arg(start)
                                .arg(end)));
    }
}

void TestRoutes::missingPositionIsAnError()
{
    RouteRequest request = rowPositions();
    request.positions.pop_back();
    const LayoutResult result = computeRoutes(rowOfThree(), request);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.find("\"b\"") != std::string::npos, result.error.c_str());
}

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
