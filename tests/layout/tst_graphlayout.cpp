// What a user sees of automatic layout and the Graphviz exports: every card
// placed, none on top of another, hand-placed cards left alone, edges that
// connect their cards, and DOT/SVG/PNG files other tools can open.

#include "model/layout/graphlayout.h"
#include "model/modelio.h"
#include "synthetic/syntheticmodel.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QElapsedTimer>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <unordered_map>

using namespace seam;

namespace {

constexpr double W = 160, H = 72;

Model loadExample(const char *name)
{
    const std::string path = std::string(SEAM_EXAMPLES_DIR) + "/" + name;
    LoadResult loaded = loadModelFromFile(path);
    if (!loaded.ok()) {
        std::string text;
        for (const auto &d : loaded.diagnostics)
            text += d.message + "\n";
        qFatal("cannot load %s: %s", path.c_str(), text.c_str());
    }
    return *loaded.model;
}

bool overlaps(const LayoutPoint &a, const LayoutPoint &b)
{
    return std::abs(a.x - b.x) < W && std::abs(a.y - b.y) < H;
}

// Every pair of cards that overlap, found with a grid (2,000+ cards).
QStringList overlappingPairs(const LayoutResult &result)
{
    QStringList pairs;
    std::unordered_map<long long, std::vector<size_t>> grid;
    auto key = [](long x, long y) { return (static_cast<long long>(x) << 32) ^ (y & 0xffffffffLL); };
    for (size_t i = 0; i < result.positions.size(); ++i) {
        const auto &p = result.positions[i].second;
        const long cx = long(std::floor(p.x / W)), cy = long(std::floor(p.y / H));
        for (long dx = -1; dx <= 1; ++dx)
            for (long dy = -1; dy <= 1; ++dy) {
                auto it = grid.find(key(cx + dx, cy + dy));
                if (it == grid.end())
                    continue;
                for (size_t j : it->second)
                    if (overlaps(p, result.positions[j].second))
                        pairs << QString::fromStdString(result.positions[j].first + " / " + result.positions[i].first);
            }
        grid[key(cx, cy)].push_back(i);
    }
    return pairs;
}

// Distance from a point to a card (0 inside it).
double distanceToCard(const LayoutPoint &p, const LayoutPoint &topLeft)
{
    const double dx = std::max({topLeft.x - p.x, 0.0, p.x - (topLeft.x + W)});
    const double dy = std::max({topLeft.y - p.y, 0.0, p.y - (topLeft.y + H)});
    return std::hypot(dx, dy);
}

void checkEdges(const Model &model, const LayoutResult &result)
{
    QCOMPARE(result.edges.size(), model.integrationList().size());
    for (size_t i = 0; i < result.edges.size(); ++i) {
        const EdgeRoute &edge = result.edges[i];
        const Integration &in = model.integrationList()[i];
        QCOMPARE(edge.integrationId, in.id);
        QVERIFY2(edge.points.size() >= 4 && (edge.points.size() - 1) % 3 == 0, in.id.c_str());
        const LayoutPoint *from = result.positionOf(in.from);
        const LayoutPoint *to = result.positionOf(in.to);
        QVERIFY(from && to);
        const double startGap = distanceToCard(edge.points.front(), *from);
        const double endGap = distanceToCard(edge.points.back(), *to);
        QVERIFY2(startGap < 4,
                 qPrintable(
                     QStringLiteral("%1 starts %2 px from its card").arg(QString::fromStdString(in.id)).arg(startGap)));
        QVERIFY2(
            endGap < 4,
            qPrintable(QStringLiteral("%1 ends %2 px from its card").arg(QString::fromStdString(in.id)).arg(endGap)));
        for (const LayoutPoint &p : edge.points)
            QVERIFY(std::isfinite(p.x) && std::isfinite(p.y));
    }
}

QStringList svgTexts(const std::string &svg, QString *xmlError)
{
    QStringList texts;
    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    bool inText = false;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            inText = true;
            current.clear();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("text")) {
            inText = false;
            texts << current;
        } else if (inText && xml.isCharacters()) {
            current += xml.text();
        }
    }
    if (xml.hasError())
        *xmlError = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return texts;
}

Model hostileModel()
{
    Model model;
    model.name = "Hostile \"labels\" <b>&amp;</b>";
    auto add = [&](std::string id, std::string name, ComponentKind kind) {
        Component c;
        c.id = std::move(id);
        c.name = std::move(name);
        c.kind = kind;
        model.components.push_back(std::move(c));
    };
    add("quotes", "Say \"hello\" 'there'", ComponentKind::Service);
    add("backslash", "C:\\Node\\new \\N \\G end\\", ComponentKind::Database);
    // Starts with < and ends with >: must not become an HTML-like label; entities stay literal.
    add("markup", "<script>alert(1)</script> & &amp; &#65; <b>bold</b>", ComponentKind::Queue);
    add("unicode", "Zürich — 東京 ✓ Ωmega", ComponentKind::Topic);
    add("braces", "{record|like} [x] ;semi; # hash", ComponentKind::External);
    Integration a;
    a.id = "a";
    a.from = "quotes";
    a.to = "backslash";
    a.pattern = Pattern::Database;
    Integration b;
    b.id = "b";
    b.from = "quotes";
    b.to = "markup";
    b.pattern = Pattern::Queue;
    Integration c;
    c.id = "c";
    c.from = "unicode";
    c.to = "braces";
    c.pattern = Pattern::Webhook;
    model.integrations = std::vector<Integration> {a, b, c};
    return model;
}

} // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkoutEveryCardPlacedWithoutOverlap()
    {
        const Model model = loadExample("checkout.seam.yaml");
        const LayoutResult result = computeLayout(model, LayoutRequest {});
        QVERIFY2(result.ok(), result.error.c_str());
        QVERIFY(result.engine == LayoutEngine::Dot);
        QCOMPARE(result.positions.size(), model.components.size());
        for (const Component &c : model.components) {
            const LayoutPoint *p = result.positionOf(c.id);
            QVERIFY2(p, c.id.c_str());
            QVERIFY(p->x >= 0 && p->y >= 0);
            QVERIFY(p->x + W <= result.width + 0.001 && p->y + H <= result.height + 0.001);
        }
        const QStringList pairs = overlappingPairs(result);
        QVERIFY2(pairs.isEmpty(), qPrintable(pairs.join(", ")));
        checkEdges(model, result);
    }

    void everyExampleLaysOutCleanly_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(SEAM_EXAMPLES_DIR)).entryList({QStringLiteral("*.seam.yaml")});
        QVERIFY(files.size() >= 1);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void everyExampleLaysOutCleanly()
    {
        QFETCH(QString, file);
        const Model model = loadExample(file.toUtf8().constData());
        QElapsedTimer timer;
        timer.start();
        const LayoutResult result = computeLayout(model, LayoutRequest {});
        qInfo("%s: %zu components, %lld ms with %s", qPrintable(file), model.components.size(), timer.elapsed(),
              layoutEngineName(result.engine).data());
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.positions.size(), model.components.size());
        const QStringList pairs = overlappingPairs(result);
        QVERIFY2(pairs.isEmpty(), qPrintable(pairs.join(", ")));
        checkEdges(model, result);
    }

    void checkoutFlowsLeftToRight()
    {
        // rankdir LR: the browser comes before the gateway, the gateway before the service.
        const Model model = loadExample("checkout.seam.yaml");
        const LayoutResult result = computeLayout(model, LayoutRequest {});
        QVERIFY2(result.ok(), result.error.c_str());
        QVERIFY(result.positionOf("web")->x < result.positionOf("gateway")->x);
        QVERIFY(result.positionOf("gateway")->x < result.positionOf("orders")->x);
    }

    void pinnedCardsStayExactlyWherePinned()
    {
        const Model model = loadExample("checkout.seam.yaml");
        LayoutRequest request;
        // One far away, one odd fractional spot, and one right on top of where
        // automatic layout puts another card, which must then make room.
        request.pinned = {{"stripe", {2500.5, -300.25}}, {"orders-db", {13.75, 977}}, {"email", {0, 0}}};
        const LayoutResult first = computeLayout(model, request);
        QVERIFY2(first.ok(), first.error.c_str());
        // Put `email` where `gateway` landed in this layout.
        request.pinned[2].topLeft = *first.positionOf("gateway");
        const LayoutResult result = computeLayout(model, request);
        QVERIFY2(result.ok(), result.error.c_str());
        for (const PinnedPosition &pin : request.pinned) {
            const LayoutPoint *p = result.positionOf(pin.id);
            QVERIFY(p);
            QCOMPARE(p->x, pin.topLeft.x);
            QCOMPARE(p->y, pin.topLeft.y);
        }
        QCOMPARE(result.positions.size(), model.components.size());
        const QStringList pairs = overlappingPairs(result);
        QVERIFY2(pairs.isEmpty(), qPrintable(pairs.join(", ")));
        checkEdges(model, result);
    }

    void autoPicksSfdpForLargeModelsAndFinishes()
    {
        const Model manyCards = synthetic::layoutGraph(int(kSfdpThreshold) - 1, 0);
        QVERIFY(resolveEngine(manyCards, LayoutEngine::Auto) == LayoutEngine::Dot);
        // dot is quadratic-ish in edges: a densely connected model goes to sfdp early.
        const Model dense = synthetic::layoutGraph(300, 3);
        QVERIFY(resolveEngine(dense, LayoutEngine::Auto) == LayoutEngine::Sfdp);
        QVERIFY(resolveEngine(dense, LayoutEngine::Dot) == LayoutEngine::Dot);

        const Model model = synthetic::layoutGraph(2000);
        QElapsedTimer timer;
        timer.start();
        const LayoutResult result = computeLayout(model, LayoutRequest {});
        qInfo("sfdp layout of 2000 components / 6000 integrations: %lld ms", timer.elapsed());
        QVERIFY2(result.ok(), result.error.c_str());
        QVERIFY(result.engine == LayoutEngine::Sfdp);
        QCOMPARE(result.positions.size(), size_t(2000));
        const QStringList pairs = overlappingPairs(result);
        QVERIFY2(pairs.isEmpty(),
                 qPrintable(QStringLiteral("%1 overlaps, e.g. %2").arg(pairs.size()).arg(pairs.mid(0, 5).join(", "))));
        checkEdges(model, result);
    }

    void emptyModelIsNotAnError()
    {
        Model model;
        model.name = "empty";
        const LayoutResult result = computeLayout(model, LayoutRequest {});
        QVERIFY2(result.ok(), result.error.c_str());
        QVERIFY(result.positions.empty());
    }

    void danglingIntegrationIsSkippedNotFatal()
    {
        Model model = synthetic::layoutGraph(5, 1);
        Integration bad;
        bad.id = "dangling";
        bad.from = "c0";
        bad.to = "nowhere";
        model.integrations->push_back(bad);
        const LayoutResult result = computeLayout(model, LayoutRequest {});
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.edges.size(), size_t(5));
        for (const EdgeRoute &e : result.edges)
            QVERIFY(e.integrationId != "dangling");
    }

    void dotOutputParsesBack()
    {
        const Model model = loadExample("checkout.seam.yaml");
        std::string error;
        const std::string dot = renderGraph(model, "dot", error);
        QVERIFY2(error.empty(), error.c_str());
        Agraph_t *g = agmemread(dot.c_str());
        QVERIFY2(g, dot.c_str());
        QCOMPARE(agnnodes(g), int(model.components.size()));
        QCOMPARE(agnedges(g), int(model.integrationList().size()));
        for (const Component &c : model.components)
            QVERIFY2(agnode(g, const_cast<char *>(c.id.c_str()), 0), c.id.c_str());
        // Trust zones are clusters.
        QVERIFY(agsubg(g, const_cast<char *>("cluster_third-party"), 0));
        QVERIFY(agsubg(g, const_cast<char *>("cluster_internal"), 0));
        // Async integrations are dashed, sync ones solid.
        Agnode_t *orders = agnode(g, const_cast<char *>("orders"), 0);
        Agnode_t *events = agnode(g, const_cast<char *>("order-events"), 0);
        Agnode_t *db = agnode(g, const_cast<char *>("orders-db"), 0);
        Agedge_t *publish = agedge(g, orders, events, nullptr, 0);
        Agedge_t *store = agedge(g, orders, db, nullptr, 0);
        QVERIFY(publish && store);
        QCOMPARE(QByteArray(agget(publish, const_cast<char *>("style"))), QByteArray("dashed"));
        QCOMPARE(QByteArray(agget(store, const_cast<char *>("style"))), QByteArray("solid"));
        QCOMPARE(QByteArray(agget(store, const_cast<char *>("label"))), QByteArray("database"));
        QCOMPARE(QByteArray(agget(db, const_cast<char *>("shape"))), QByteArray("cylinder"));
        agclose(g);
    }

    void svgIsWellFormedAndNamesEveryComponent()
    {
        const Model model = loadExample("checkout.seam.yaml");
        std::string error;
        const std::string svg = renderGraph(model, "svg", error);
        QVERIFY2(error.empty(), error.c_str());
        QString xmlError;
        const QStringList texts = svgTexts(svg, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        for (const Component &c : model.components)
            QVERIFY2(texts.contains(QString::fromStdString(c.displayName())), c.displayName().c_str());
        QVERIFY(texts.contains(QStringLiteral("pubsub")));
    }

    void pngHasSignatureAndPlausibleSize()
    {
        const Model model = loadExample("checkout.seam.yaml");
        std::string error;
        const std::string png = renderGraph(model, "png", error);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(png.size() > 1000);
        QCOMPARE(QByteArray::fromStdString(png.substr(0, 8)), QByteArray("\x89PNG\r\n\x1a\n", 8));
        QCOMPARE(QByteArray::fromStdString(png.substr(12, 4)), QByteArray("IHDR"));
        auto be32 = [&](size_t at) {
            return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16)
                | (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
        };
        const quint32 width = be32(16), height = be32(20);
        // 13 cards of 160x72 in a left-to-right layout: several cards wide and tall.
        QVERIFY2(width >= 3 * 160 && width < 20000, qPrintable(QString::number(width)));
        QVERIFY2(height >= 2 * 72 && height < 20000, qPrintable(QString::number(height)));
    }

    void hostileLabelsSurviveIntoSvg()
    {
        const Model model = hostileModel();
        std::string error;
        const std::string svg = renderGraph(model, "svg", error);
        QVERIFY2(error.empty(), error.c_str());
        QString xmlError;
        const QStringList texts = svgTexts(svg, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        for (const Component &c : model.components)
            QVERIFY2(texts.contains(QString::fromStdString(c.displayName())),
                     qPrintable(QString::fromStdString(c.displayName()) + " not in " + texts.join(" | ")));
        QVERIFY(texts.contains(QString::fromStdString(model.name)));
    }

    void hostileLabelsSurviveDotRoundTrip()
    {
        // A user renders overview.dot with their own Graphviz: the names must come out intact.
        const Model model = hostileModel();
        std::string error;
        const std::string dot = renderGraph(model, "dot", error);
        QVERIFY2(error.empty(), error.c_str());
        Agraph_t *g = agmemread(dot.c_str());
        QVERIFY2(g, dot.c_str());
        QCOMPARE(agnnodes(g), int(model.components.size()));
        // The process's context: a second one would break pango's font cache (graphlayout.h).
        GVC_t *gvc = GraphvizContext::process().raw();
        QVERIFY(gvc);
        QCOMPARE(gvLayout(gvc, g, "dot"), 0);
        char *data = nullptr;
        unsigned int length = 0;
        QCOMPARE(gvRenderData(gvc, g, "svg", &data, &length), 0);
        const std::string svg(data, length);
        gvFreeRenderData(data);
        gvFreeLayout(gvc, g);
        agclose(g);
        QString xmlError;
        const QStringList texts = svgTexts(svg, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        for (const Component &c : model.components)
            QVERIFY2(texts.contains(QString::fromStdString(c.displayName())),
                     qPrintable(QString::fromStdString(c.displayName()) + " not in " + texts.join(" | ")));
    }

    void renderingAgainGivesTheSameImage()
    {
        // Exporting twice in one process (the editor's export dialog; `export --format all`
        // renders svg and png) must give the same picture. With a fresh Graphviz context per
        // render, the second one read pango's freed font cache (ASan: heap-use-after-free).
        const Model model = loadExample("checkout.seam.yaml");
        std::string error;
        const std::string png = renderGraph(model, "png", error);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(!png.empty());
        QVERIFY(renderGraph(model, "png", error) == png);
        // Graphviz orders cluster subgraphs by the address of their interned name, so a
        // second SVG may list the zone boxes in another order: the same elements, though.
        auto sortedLines = [](const std::string &svg) {
            QStringList lines = QString::fromStdString(svg).split('\n');
            lines.sort();
            return lines;
        };
        const std::string svg = renderGraph(model, "svg", error);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(!svg.empty());
        QCOMPARE(sortedLines(renderGraph(model, "svg", error)), sortedLines(svg));
    }

    void unknownFormatIsAnErrorNotACrash()
    {
        const Model model = synthetic::layoutGraph(3, 1);
        std::string error;
        const std::string bytes = renderGraph(model, "no-such-format", error);
        QVERIFY(bytes.empty());
        QVERIFY(error.find("no-such-format") != std::string::npos);
        const GraphvizContext &context = GraphvizContext::process();
        QVERIFY(context.hasFormat("png"));
        QVERIFY(context.hasFormat("svg"));
        QVERIFY(!context.hasFormat("no-such-format"));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
