// The editor's views of a document: list models (checked with
// QAbstractItemModelTester), live lint (debounce, stale results dropped,
// badges), recent files and auto layout.

#include "editortestutil.h"

#include "views/autolayoutcontroller.h"
#include "views/componentlistmodel.h"
#include "views/integrationlistmodel.h"
#include "views/lintrunner.h"
#include "views/problemlistmodel.h"
#include "views/recentfiles.h"
#include "views/routecontroller.h"

#include "model/layout/graphlayout.h"
#include "synthetic/syntheticmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <atomic>
#include <cmath>

using namespace seam;

class TestEditorViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void componentModelRoles();
    void listModelsPassModelTester();
    void lintRunsOffThreadAndFillsProblems();
    void lintDebounces();
    void lintDropsStaleResults();
    void problemsSortedBySeverity();
    void recentFiles();
    void autoLayoutIsOneStepAndKeepsPins();
    void autoLayoutCancelDropsResult();
    void autoLayoutPlacesOnlyUnplacedCards();
    void routesFollowMovesAndStopAboveTheLimit();
};

void TestEditorViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SeamTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editorviews"));
}

void TestEditorViews::componentModelRoles()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY(doc.load(test::exampleFile("checkout.seam.yaml")));
    ComponentListModel *components = doc.components();
    const QHash<int, QByteArray> roles = components->roleNames();
    for (const char *name : {"elementId", "name", "kind", "owner", "technology", "zone", "posX", "posY", "cardWidth",
                             "cardHeight", "slaBadge", "errorCount", "warningCount", "pinned"})
        QVERIFY2(roles.values().contains(QByteArray(name)), name);
    const QVariantMap orders = components->get(components->indexOf(QStringLiteral("orders")));
    QCOMPARE(orders.value(QStringLiteral("name")).toString(), QStringLiteral("Order Service"));
    QCOMPARE(orders.value(QStringLiteral("kind")).toString(), QStringLiteral("service"));
    QCOMPARE(orders.value(QStringLiteral("zone")).toString(), QStringLiteral("internal")); // the default
    QCOMPARE(orders.value(QStringLiteral("posX")).toDouble(), 440.0);
    QCOMPARE(orders.value(QStringLiteral("slaBadge")).toString(), QStringLiteral("99.95% · p95 250 ms · 300 rps"));
    const QVariantMap web = components->get(0);
    QCOMPARE(web.value(QStringLiteral("zone")).toString(), QStringLiteral("public")); // client default

    IntegrationListModel *integrations = doc.integrations();
    const QVariantMap first = integrations->get(0);
    QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("web"));
    QCOMPARE(first.value(QStringLiteral("isSync")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("rest"));
    // The arrow's label: pattern, first operation (or event), how many more.
    QCOMPARE(first.value(QStringLiteral("summary")).toString(), QStringLiteral("rest · placeOrder +1"));
    QCOMPARE(integrations->get(integrations->indexOf(QStringLiteral("orders-publish")))
                 .value(QStringLiteral("summary"))
                 .toString(),
             QStringLiteral("pubsub · order.created"));
    QCOMPARE(first.value(QStringLiteral("fromX")).toDouble(), 40 + doc.cardSize().width() / 2);

    // Pins are session state shown on the card.
    QSignalSpy changed(components, &QAbstractItemModel::dataChanged);
    doc.setPinned(QStringLiteral("orders"), true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(components->get(components->indexOf(QStringLiteral("orders"))).value(QStringLiteral("pinned")).toBool());
    QVERIFY(!doc.isModified()); // pinning is not an edit of the file
}

void TestEditorViews::listModelsPassModelTester()
{
    Document doc;
    doc.lintRunner()->setDebounce(0);
    using Tester = QAbstractItemModelTester;
    Tester t1(doc.components(), Tester::FailureReportingMode::QtTest);
    Tester t2(doc.integrations(), Tester::FailureReportingMode::QtTest);
    Tester t3(doc.problems(), Tester::FailureReportingMode::QtTest);
    QVERIFY(doc.load(test::exampleFile("legacy-monolith.seam.yaml")));
    QVERIFY(doc.lintRunner()->waitForIdle(20000));
    QVERIFY(doc.problems()->rowCount() > 0);
    // A burst of edits of every kind, with lint publishing in between.
    const QString a = doc.addComponent(QStringLiteral("service"), 10, 10);
    const QString b = doc.addComponent(QStringLiteral("database"), 10, 300);
    doc.addIntegration(a, b, QStringLiteral("database"));
    doc.duplicate({a, b});
    doc.removeComponent(doc.allComponentIds().first());
    doc.renameComponent(a, QStringLiteral("renamed"));
    QVERIFY(doc.lintRunner()->waitForIdle(20000));
    while (doc.canUndo())
        doc.undo();
    QVERIFY(doc.lintRunner()->waitForIdle(20000));
    doc.newModel();
    QVERIFY(doc.lintRunner()->waitForIdle(20000));
    QCOMPARE(doc.components()->rowCount(), 0);
}

void TestEditorViews::lintRunsOffThreadAndFillsProblems()
{
    Document doc;
    doc.lintRunner()->setDebounce(0);
    std::atomic<bool> offThread {false};
    QThread *gui = QThread::currentThread();
    doc.lintRunner()->setLintFunction([&](const Model &m) {
        offThread = QThread::currentThread() != gui;
        return seam::lint(m);
    });
    QVERIFY(doc.load(test::exampleFile("legacy-monolith.seam.yaml")));
    QVERIFY(doc.lintRunner()->waitForIdle(20000));
    QVERIFY(offThread);
    const LintResult expected = seam::lint(doc.model());
    ProblemListModel *problems = doc.problems();
    QCOMPARE(problems->rowCount(), int(expected.findings.size()));
    QCOMPARE(problems->errorCount(), int(expected.count(Severity::Error)));
    QCOMPARE(problems->warningCount(), int(expected.count(Severity::Warning)));
    // Badges: each component's counts are its findings.
    int badgeErrors = 0, badgeWarnings = 0;
    for (int row = 0; row < doc.components()->rowCount(); ++row) {
        const QVariantMap card = doc.components()->get(row);
        badgeErrors += card.value(QStringLiteral("errorCount")).toInt();
        badgeWarnings += card.value(QStringLiteral("warningCount")).toInt();
    }
    for (int row = 0; row < doc.integrations()->rowCount(); ++row) {
        const QVariantMap edge = doc.integrations()->get(row);
        badgeErrors += edge.value(QStringLiteral("errorCount")).toInt();
        badgeWarnings += edge.value(QStringLiteral("warningCount")).toInt();
    }
    int elementErrors = 0, elementWarnings = 0;
    for (const Finding &f : expected.findings) {
        const bool known = doc.hasComponent(QString::fromStdString(f.element))
            || doc.hasIntegration(QString::fromStdString(f.element));
        elementErrors += known && f.severity == Severity::Error;
        elementWarnings += known && f.severity == Severity::Warning;
    }
    QCOMPARE(badgeErrors, elementErrors);
    QCOMPARE(badgeWarnings, elementWarnings);
    QVERIFY(badgeErrors + badgeWarnings > 0);

    // The reference example lints clean, and the panel empties.
    QVERIFY(doc.load(test::exampleFile("checkout.seam.yaml")));
    QVERIFY(doc.lintRunner()->waitForIdle(20000));
    QCOMPARE(problems->errorCount(), 0);
    QCOMPARE(problems->warningCount(), 0);
}

void TestEditorViews::lintDebounces()
{
    Document doc;
    doc.setModel(test::smallModel());
    LintRunner *runner = doc.lintRunner();
    runner->setDebounce(200);
    std::atomic<int> calls {0};
    runner->setLintFunction([&](const Model &) {
        ++calls;
        return LintResult {};
    });
    QVERIFY(runner->waitForIdle(5000));
    const int before = calls;
    // Ten edits in quick succession (typing): one lint run after the pause.
    for (int i = 0; i < 10; ++i) {
        doc.addComponent(QStringLiteral("service"), i * 10, 0);
        QTest::qWait(20);
    }
    QVERIFY(runner->isRunning()); // pending
    QCOMPARE(int(calls), before); // nothing yet: still inside the debounce window
    QTRY_COMPARE_WITH_TIMEOUT(runner->lintedRevision(), doc.revision(), 5000);
    QCOMPARE(int(calls), before + 1);
}

void TestEditorViews::lintDropsStaleResults()
{
    Document doc;
    doc.setModel(test::smallModel());
    LintRunner *runner = doc.lintRunner();
    runner->setDebounce(0);
    // A slow lint that reports how many components the model it saw had.
    runner->setLintFunction([](const Model &m) {
        QThread::msleep(300);
        LintResult result;
        Finding f;
        f.rule = "count";
        f.severity = Severity::Info;
        f.message = std::to_string(m.components.size());
        result.findings.push_back(f);
        return result;
    });
    QVERIFY(runner->waitForIdle(10000));
    QCOMPARE(doc.problems()->get(0).value(QStringLiteral("message")).toString(), QStringLiteral("5"));
    const int dropped = runner->droppedCount();

    runner->runNow(); // in flight for 300 ms ...
    QTest::qWait(50);
    doc.addComponent(QStringLiteral("cache"), 0, 0); // ... while the model changes
    QTest::qWait(400);
    // The first result came back for an older revision: not shown.
    QVERIFY(runner->droppedCount() > dropped);
    QCOMPARE(doc.problems()->get(0).value(QStringLiteral("message")).toString(), QStringLiteral("5"));
    QVERIFY(runner->waitForIdle(10000));
    QCOMPARE(doc.problems()->get(0).value(QStringLiteral("message")).toString(), QStringLiteral("6"));
    QCOMPARE(runner->lintedRevision(), doc.revision());
}

void TestEditorViews::problemsSortedBySeverity()
{
    ProblemListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LintResult result;
    auto finding = [](const char *rule, Severity severity, int line, const char *element) {
        Finding f;
        f.rule = rule;
        f.severity = severity;
        f.mark.line = line;
        f.element = element;
        f.message = std::string(rule) + " on " + element;
        f.hint = "fix it";
        return f;
    };
    result.findings = {finding("b", Severity::Info, 1, "x"), finding("a", Severity::Warning, 9, "orders"),
                       finding("c", Severity::Error, 20, "web-orders"), finding("d", Severity::Warning, 3, "web")};
    model.setResult(result, {QStringLiteral("orders"), QStringLiteral("web")}, {QStringLiteral("web-orders")});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.get(0).value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(model.get(0).value(QStringLiteral("elementType")).toString(), QStringLiteral("integration"));
    QCOMPARE(model.get(1).value(QStringLiteral("rule")).toString(), QStringLiteral("d")); // line 3 before line 9
    QCOMPARE(model.get(2).value(QStringLiteral("rule")).toString(), QStringLiteral("a"));
    QCOMPARE(model.get(3).value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    QCOMPARE(model.get(3).value(QStringLiteral("elementType")).toString(), QString());
    QCOMPARE(model.get(0).value(QStringLiteral("hint")).toString(), QStringLiteral("fix it"));
    QCOMPARE(model.get(0).value(QStringLiteral("line")).toInt(), 20);
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 2);
    QCOMPARE(model.infoCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestEditorViews::recentFiles()
{
    QSettings().remove(QStringLiteral("recentFiles"));
    QTemporaryDir dir;
    RecentFiles recent;
    QSignalSpy changed(&recent, &RecentFiles::filesChanged);
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        const QString path = dir.filePath(QStringLiteral("m%1.seam.yaml").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        paths << path;
        recent.add(path);
    }
    QCOMPARE(changed.count(), 12);
    QCOMPARE(recent.files().size(), RecentFiles::MaxFiles);
    QCOMPARE(recent.files().first(), paths.last()); // most recent first
    recent.add(paths[5]); // re-opening moves it to the top, no duplicate
    QCOMPARE(recent.files().first(), paths[5]);
    QCOMPARE(recent.files().count(paths[5]), 1);
    QFile::remove(paths[11]);
    QVERIFY(!recent.files().contains(paths[11])); // gone from disk: dropped
    // Bound to a document, saving adds the file.
    Document doc;
    doc.lintRunner()->setEnabled(false);
    recent.setDocument(&doc);
    const QString saved = dir.filePath(QStringLiteral("saved.seam.yaml"));
    QVERIFY(doc.saveAs(saved));
    QCOMPARE(recent.files().first(), saved);
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

void TestEditorViews::autoLayoutIsOneStepAndKeepsPins()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY(doc.load(test::exampleFile("checkout.seam.yaml")));
    AutoLayoutController layout;
    layout.setDocument(&doc);
    doc.setPinned(QStringLiteral("orders"), true);
    const QPointF pinned = doc.componentPosition(QStringLiteral("orders"));
    const Model before = doc.model();
    QSignalSpy finished(&layout, &AutoLayoutController::finished);
    layout.run();
    QVERIFY(layout.isRunning());
    QVERIFY(layout.waitForFinished(60000));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.first().first().toBool(), qPrintable(layout.lastError()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!(doc.model() == before));
    QCOMPARE(doc.componentPosition(QStringLiteral("orders")), pinned);
    // No two cards overlap after the layout.
    const QStringList ids = doc.allComponentIds();
    for (int i = 0; i < ids.size(); ++i)
        for (int j = i + 1; j < ids.size(); ++j)
            QVERIFY2(!QRectF(doc.componentPosition(ids[i]), doc.cardSize())
                          .intersects(QRectF(doc.componentPosition(ids[j]), doc.cardSize())),
                     qPrintable(ids[i] + QLatin1Char('/') + ids[j]));
    doc.undo();
    QVERIFY(doc.model() == before);
}

void TestEditorViews::autoLayoutCancelDropsResult()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY(doc.load(test::exampleFile("iot-telemetry.seam.yaml")));
    AutoLayoutController layout;
    layout.setDocument(&doc);
    layout.run();
    layout.cancel();
    QVERIFY(!layout.isRunning());
    QTest::qWait(3000); // give a layout that was not really dropped time to arrive
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

// "Auto Layout" (placeNew) on a model where two cards have no `layout:` entry: those two get
// a place next to the cards they connect to, no placed card moves, and it is one undo step.
void TestEditorViews::autoLayoutPlacesOnlyUnplacedCards()
{
    QFile source(test::exampleFile("checkout.seam.yaml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(source.readAll());
    const QStringList unplaced = {QStringLiteral("payments-db"), QStringLiteral("email")};
    for (const QString &id : unplaced) {
        const QRegularExpression entry(QStringLiteral("\\n  %1: \\[[0-9, ]+\\]").arg(id));
        QVERIFY2(text.contains(entry), qPrintable(id));
        text.remove(entry);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partly-placed.seam.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();

    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY2(doc.load(path), qPrintable(doc.lastError()));
    AutoLayoutController layout;
    layout.setDocument(&doc);
    QCOMPARE(layout.unplacedCount(), 2);
    QHash<QString, QPointF> before;
    for (const QString &id : doc.allComponentIds())
        before.insert(id, doc.componentPosition(id));

    QSignalSpy finished(&layout, &AutoLayoutController::finished);
    layout.placeNew();
    QVERIFY(layout.waitForFinished(60000));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.first().first().toBool(), qPrintable(layout.lastError()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(layout.unplacedCount(), 0);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!unplaced.contains(it.key()))
            QCOMPARE(doc.componentPosition(it.key()), it.value());
    const QStringList ids = doc.allComponentIds();
    for (int i = 0; i < ids.size(); ++i)
        for (int j = i + 1; j < ids.size(); ++j)
            QVERIFY2(!QRectF(doc.componentPosition(ids[i]), doc.cardSize())
                          .intersects(QRectF(doc.componentPosition(ids[j]), doc.cardSize())),
                     qPrintable(ids[i] + QLatin1Char('/') + ids[j]));
    // Next to a card they are connected to, not wherever a whole-graph layout put them.
    const auto near = [&](const QString &a, const QString &b) {
        const QPointF d = doc.componentPosition(a) - doc.componentPosition(b);
        return std::hypot(d.x(), d.y()) < 300;
    };
    QVERIFY(near(QStringLiteral("payments-db"), QStringLiteral("payments")));
    QVERIFY(near(QStringLiteral("email"), QStringLiteral("notifications")));

    // Everything placed: nothing to do, no undo step.
    layout.placeNew();
    QVERIFY(layout.waitForFinished(60000));
    QCOMPARE(finished.count(), 2);
    QVERIFY(!finished.last().first().toBool());
    QCOMPARE(doc.undoStack()->count(), 1);

    doc.undo();
    QCOMPARE(layout.unplacedCount(), 2);
    for (const QString &id : ids)
        if (!unplaced.contains(id))
            QCOMPARE(doc.componentPosition(id), before.value(id));
}

// The editor's routes: one per integration, routed for where its cards are; a move asks
// again after the quiet period; a model above kRouteComponentLimit is not routed at all.
void TestEditorViews::routesFollowMovesAndStopAboveTheLimit()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY(doc.load(test::exampleFile("checkout.seam.yaml")));
    RouteController routes;
    routes.setDelay(0);
    QSignalSpy delivered(&routes, &RouteController::routesChanged);
    routes.setDocument(&doc);
    QVERIFY(routes.isPending());
    QVERIFY(routes.waitForRoutes(30000));
    QVERIFY2(routes.isActive(), qPrintable(routes.lastError()));
    QCOMPARE(routes.routeCount(), doc.integrationCount());
    const RouteController::Route first = routes.routes().value(QStringLiteral("web-gateway"));
    QCOMPARE(first.fromTopLeft, doc.componentPosition(QStringLiteral("web")));
    QCOMPARE(first.toTopLeft, doc.componentPosition(QStringLiteral("gateway")));
    QVERIFY(first.bezier.size() >= 4);

    doc.moveComponents({QStringLiteral("web")}, {QVariant(QPointF(40, 600))});
    QVERIFY(routes.isPending());
    const int before = delivered.count();
    QVERIFY(routes.waitForRoutes(30000));
    QVERIFY(delivered.count() > before);
    const RouteController::Route moved = routes.routes().value(QStringLiteral("web-gateway"));
    QCOMPARE(moved.fromTopLeft, QPointF(40, 600));
    QVERIFY(!(moved.bezier == first.bezier));

    doc.setModel(synthetic::serviceMesh(int(kRouteComponentLimit) + 1, 10));
    QVERIFY(routes.waitForRoutes(30000));
    QVERIFY(!routes.isActive());
    QCOMPARE(routes.routeCount(), 0);
}

QTEST_MAIN(TestEditorViews)
#include "tst_editorviews.moc"
