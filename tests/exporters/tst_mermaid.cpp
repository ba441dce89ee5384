// Mermaid output: golden files for hostile labels, shapes and edge styles by kind
// and pattern, safe node ids, sequence diagrams, and the split of big models.
// (Whether Mermaid itself renders every file is checked by the validator test with mmdc.)
#include "exporters/exporter.h"
#include "exporters/mermaidexporter.h"
#include "model/modelio.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include <set>

#include "exportertesting.h"

using namespace seam;
using namespace seam::testing;

namespace {

const std::string *fileNamed(const ExportResult &result, const std::string &name)
{
    for (const auto &file : result.files)
        if (file.relativePath == name)
            return &file.contents;
    return nullptr;
}

void compareGolden(const std::string &actual, const QString &goldenPath)
{
    if (qEnvironmentVariable("SEAM_UPDATE_GOLDEN") == "1") {
        QFile out(goldenPath);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(goldenPath));
        out.write(actual.data(), qint64(actual.size()));
        return;
    }
    QFile in(goldenPath);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable("missing golden file " + goldenPath + " (run with SEAM_UPDATE_GOLDEN=1 to create it)"));
    QCOMPARE(QString::fromStdString(actual), QString::fromUtf8(in.readAll()));
}

// Generated: `zones` zones × `owners` owners, each component calling `fanOut` others.
Model bigModel(int components, int fanOut)
{
    Model model;
    model.name = "Big";
    const Zone zones[] = {Zone::Dmz, Zone::Internal};
    for (int i = 0; i < components; ++i) {
        Component c;
        c.id = "svc-" + std::to_string(i);
        c.name = "Service " + std::to_string(i);
        c.kind = i % 10 == 0 ? ComponentKind::Database : ComponentKind::Service;
        c.zone = zones[i % 2];
        c.owner = "team-" + std::to_string(i % 4);
        model.components.push_back(c);
    }
    std::vector<Integration> integrations;
    for (int i = 0; i < components; ++i) {
        for (int k = 1; k <= fanOut; ++k) {
            Integration in;
            in.id = "i-" + std::to_string(i) + "-" + std::to_string(k);
            in.from = model.components[i].id;
            in.to = model.components[(i + k * 7) % components].id;
            in.pattern = k % 2 ? Pattern::Rest : Pattern::Queue;
            integrations.push_back(in);
        }
    }
    model.integrations = integrations;
    return model;
}

int edgeCount(const std::string &text)
{
    static const QRegularExpression edge(QStringLiteral("^  c\\d+_\\S+ (-->|-\\.->)\\|"),
                                         QRegularExpression::MultilineOption);
    return int(QString::fromStdString(text).count(edge));
}

} // namespace

class TestMermaid : public QObject {
    Q_OBJECT

private slots:
    void goldenHostile()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        const ExportResult result = findExporter("mermaid")->run(model, {});
        QVERIFY(result.ok());
        QVERIFY(result.warnings.empty());
        QCOMPARE(result.files.size(), size_t(3));
        for (const auto &file : result.files)
            compareGolden(file.contents, kTestDir + "/golden/hostile/" + QString::fromStdString(file.relativePath));
    }

    void goldenCheckout()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const ExportResult result = findExporter("mermaid")->run(model, {});
        QVERIFY(result.ok());
        QStringList names;
        for (const auto &file : result.files) {
            names << QString::fromStdString(file.relativePath);
            compareGolden(file.contents, kTestDir + "/golden/checkout/" + QString::fromStdString(file.relativePath));
        }
        QCOMPARE(names, QStringList({"overview.mmd", "flow-place-order.mmd", "flow-confirm-payment.mmd"}));
    }

    void shapesAndEdgesFollowKindAndPattern()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const std::string text = mermaidOverview(model).parts.at(0).text;
        QVERIFY(text.starts_with("%%") && text.find("\nflowchart LR\n") != std::string::npos);
        for (const char *expected :
             {"c0_web([\"Web App\"])", // client: stadium
              "c1_gateway[/\"API Gateway\"\\]", // gateway: trapezoid
              "c2_orders[\"Order Service\"]", // service: box
              "c3_orders_db[(\"Orders DB\")]", // database: cylinder
              "c4_order_events{{\"order-events\"}}", // topic: hexagon
              "c7_stripe[[\"Stripe\"]]:::external", // external: dashed subroutine
              "c0_web -->|rest| c1_gateway", // sync: solid
              "c2_orders -.->|pubsub| c4_order_events", // async: dashed
              "subgraph zone_public[\"Public zone\"]", "subgraph zone_dmz[\"DMZ\"]",
              "subgraph zone_internal[\"Internal zone\"]", "subgraph zone_third_party[\"Third-party zone\"]"})
            QVERIFY2(text.find(expected) != std::string::npos, expected);
        QCOMPARE(edgeCount(text), int(model.integrationList().size()));
    }

    void queueAndCacheHaveTheirOwnShapes()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        const std::string text = mermaidOverview(model).parts.at(0).text;
        QVERIFY(text.find("c4_cache_1((\"a#124;b (cache)\"))") != std::string::npos);
        QVERIFY(text.find("c5_q_1>\"Queue → ünïcødé 🚀\"]") != std::string::npos);
    }

    void nodeIdsAreGeneratedAndSafe()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        const QString text = QString::fromStdString(mermaidOverview(model).parts.at(0).text);
        static const QRegularExpression node(QStringLiteral("^    (\\S+?)[\\[\\(>{]"),
                                             QRegularExpression::MultilineOption);
        int nodes = 0;
        for (auto it = node.globalMatch(text); it.hasNext(); ++nodes)
            QVERIFY(QRegularExpression("^c\\d+_[a-z0-9_]+$").match(it.next().captured(1)).hasMatch());
        QCOMPARE(nodes, int(model.components.size()));
        QVERIFY(text.contains("c0_end([\"end\"])")); // the id `end` never stands alone
    }

    void labelsCarryNoRawSyntax()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        for (const auto &file : findExporter("mermaid")->run(model, {}).files) {
            const QString text = QString::fromStdString(file.contents);
            // Inside each "…" label only entity codes may stand for " # < > | ; { } %.
            static const QRegularExpression label(QStringLiteral("\"([^\"\\n]*)\""));
            for (auto it = label.globalMatch(text); it.hasNext();) {
                QString inner = it.next().captured(1);
                inner.remove(QRegularExpression("#[a-z0-9]+;"));
                for (QChar bad : QString("#<>|;{}%`\\"))
                    QVERIFY2(!inner.contains(bad),
                             qPrintable(QString::fromStdString(file.relativePath) + ": " + inner));
            }
        }
    }

    void sequenceDiagramPerFlow()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const MermaidDiagram place = mermaidSequence(model, model.flowList().at(0));
        QCOMPARE(place.name, std::string("flow-place-order"));
        const std::string &t = place.text;
        QVERIFY(t.find("\nsequenceDiagram\n") != std::string::npos);
        QVERIFY(t.find("p0->>p1: placeOrder, getOrder (rest)") != std::string::npos); // sync: ->>
        QVERIFY(t.find("p2-)p3: order.created (pubsub)") != std::string::npos); // async: -)
        // Out of the topic the consumer receives what was published into it.
        QVERIFY(t.find("p3-)p4: order.created (pubsub)") != std::string::npos);
        QVERIFY(t.find("Note over p0,p5: latency budget p95 2000 ms") != std::string::npos);
        // Confirm payment has no budget: no note.
        QVERIFY(mermaidSequence(model, model.flowList().at(1)).text.find("Note") == std::string::npos);
    }

    // A choreography (data/order-saga.seam.yaml): events as steps, par/alt/opt blocks, and the
    // refund that undoes the captured payment, dashed, in a failure block at the end.
    void choreographySequence()
    {
        const Model model = loadOrFail(kTestDir + "/data/order-saga.seam.yaml");
        const std::string t = mermaidSequence(model, model.flowList().at(0)).text;
        const std::string expected = "%% Order saga, generated by Seam\n"
                                     "sequenceDiagram\n"
                                     "  participant p0 as Shop\n"
                                     "  participant p1 as Orders\n"
                                     "  participant p2 as order-events\n"
                                     "  participant p3 as Payments\n"
                                     "  participant p4 as Analytics\n"
                                     "  participant p5 as payment-events\n"
                                     "  participant p6 as Inventory\n"
                                     "  participant p7 as stock-events\n"
                                     "  p0->>p1: placeOrder (rest)\n"
                                     "  p1-)p2: order.placed (pubsub)\n"
                                     "  par to take the payment\n"
                                     "    p2-)p3: order.placed, order.cancelled (pubsub)\n"
                                     "  and to count the order\n"
                                     "    p2-)p4: order.placed, order.cancelled (pubsub)\n"
                                     "  end\n"
                                     "  p3-)p5: payment.captured (pubsub)\n"
                                     "  Note over p3,p5: capture is irreversible, compensated by payment.refunded\n"
                                     "  p5-)p6: payment.captured, payment.refunded (pubsub)\n"
                                     "  alt items in stock\n"
                                     "    p6-)p7: stock.reserved (pubsub)\n"
                                     "  else items out of stock\n"
                                     "    p6-)p7: stock.unavailable (pubsub)\n"
                                     "  end\n"
                                     "  p7-)p1: stock.reserved, stock.unavailable (pubsub)\n"
                                     "  opt the order could not be filled\n"
                                     "    p1-)p2: order.cancelled (pubsub)\n"
                                     "  end\n"
                                     "  opt a later step fails: compensate in reverse order\n"
                                     "    p3--)p5: payment.refunded (pubsub), undoes capture\n"
                                     "  end\n";
        QCOMPARE(QString::fromStdString(t), QString::fromStdString(expected));
    }

    // The real checkout orchestration (examples/online-boutique.seam.yaml): the operation on each
    // arrow, a loop per cart line, and the charge that nothing undoes.
    void orchestrationSequence()
    {
        const Model model = loadOrFail(kExamples + "/online-boutique.seam.yaml");
        const std::string t = mermaidSequence(model, model.flowList().at(0)).text;
        QVERIFY2(t.find("  participant p0 as Checkout\n") != std::string::npos, t.c_str()); // the driver first
        QVERIFY2(t.find("  loop 3 times per journey\n    p0->>p2: GetProduct (grpc)\n  end\n") != std::string::npos,
                 t.c_str());
        QVERIFY2(t.find("->>p5: Charge (grpc)\n  Note over p0,p5: charge is irreversible, no compensation\n")
                     != std::string::npos,
                 t.c_str());
        QVERIFY2(t.find("p0->>p1: EmptyCart (grpc)") != std::string::npos, t.c_str());
        QVERIFY2(t.find("opt a later step fails") == std::string::npos, t.c_str()); // nothing compensates
    }

    void smallModelIsNotSplit()
    {
        const Model model = bigModel(100, 4); // 400 edges
        const MermaidOverview overview = mermaidOverview(model);
        QCOMPARE(overview.parts.size(), size_t(1));
        QVERIFY(overview.warnings.empty());
        QCOMPARE(overview.parts[0].name, std::string("overview"));
    }

    void bigModelIsSplitWithinLimits()
    {
        const Model model = bigModel(600, 3); // 1800 edges, far over 50,000 characters
        const ExportResult result = findExporter("mermaid")->run(model, {});
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), size_t(1));
        QVERIFY(QString::fromStdString(result.warnings[0]).contains("split into"));
        QVERIFY(fileNamed(result, "overview.mmd") == nullptr);
        int total = 0;
        std::set<std::string> names;
        for (const auto &file : result.files) {
            QVERIFY2(file.relativePath.starts_with("overview-") && file.relativePath.ends_with(".mmd"),
                     file.relativePath.c_str());
            QVERIFY(names.insert(file.relativePath).second);
            QVERIFY2(file.contents.size() < 50000, file.relativePath.c_str());
            const int edges = edgeCount(file.contents);
            QVERIFY2(edges <= 500, file.relativePath.c_str());
            total += edges;
        }
        QCOMPARE(total, 1800); // every integration drawn exactly once
        // Split per zone first, then per owner: names say which part is which.
        QString all;
        for (const auto &n : names)
            all += QString::fromStdString(n) + " ";
        QVERIFY2(names.count("overview-dmz-team-0.mmd") && names.count("overview-internal-team-1.mmd"),
                 qPrintable(all));
        QVERIFY(std::all_of(names.begin(), names.end(), [](const std::string &n) {
            return n.starts_with("overview-dmz") || n.starts_with("overview-internal");
        }));
    }

    void oneHugeOwnerIsHalvedUntilItFits()
    {
        const MermaidLimits limits {50, 1000000};
        Model model = bigModel(40, 5); // 200 edges, one zone/owner after the edit below
        for (auto &c : model.components) {
            c.zone = Zone::Internal;
            c.owner = "everyone";
        }
        const MermaidOverview overview = mermaidOverview(model, limits);
        QVERIFY(overview.parts.size() >= 4);
        int total = 0;
        for (const auto &part : overview.parts) {
            QVERIFY(part.edges <= 50);
            QCOMPARE(edgeCount(part.text), int(part.edges));
            total += int(part.edges);
        }
        QCOMPARE(total, 200);
    }
};

QTEST_GUILESS_MAIN(TestMermaid)
#include "tst_mermaid.moc"
