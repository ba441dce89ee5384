// The Document and its undo commands: every edit is one undo step, undo gives
// back the model exactly, redo gives the edit back, and the model stays one
// the loader accepts. Plus files: save/load, load errors (autosave/recovery: tst_recovery).

#include "editortestutil.h"

#include "views/clipboard.h"
#include "views/componentlistmodel.h"
#include "views/elementeditor.h"
#include "views/integrationlistmodel.h"
#include "views/lintrunner.h"
#include "views/recovery.h"
#include "views/selection.h"
#include "views/zoneboxes.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace seam;

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addComponent();
    void addIntegration();
    void removeComponentRestoresIntegrationsAndLayout();
    void removeIntegrationInFlow();
    void removeSeveral();
    void renameComponentUpdatesReferences();
    void renameIntegrationUpdatesFlows();
    void renamesAndRemovalsReachJourneys();
    void renameRefusesBadIds();
    void dragIsOneUndoStep();
    void separateDragsAreSeparateSteps();
    void applyPositionsIsOneStep();
    void dropIntoZoneIsPartOfTheDrag();
    void dropZoneRule();
    void duplicateGivesNewIds();
    void copyPasteBetweenDocuments();
    void clipboardCutAndPaste();
    void setModelNameAndDescription();
    void inspectorComponentFields();
    void inspectorIntegrationFields();
    void inspectorRejectsInvalidValues();
    void inspectorTypingMergesIntoOneStep();
    void inspectorLists();
    void inspectorFollowsRename();
    void selectionFollowsDocument();

    void saveLoadRoundTrip();
    void saveAsJson();
    void saveChangesOnlyWhatWasEdited();
    void loadBrokenFileGivesDiagnostics();
    void loadHostileFilesKeepsTheDocument();
    void saveToUnwritablePathFails();
    void titleAndModified();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_componentTester;
    std::unique_ptr<QAbstractItemModelTester> m_integrationTester;
};

void TestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recovery files go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("SeamTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_document"));
}

void TestDocument::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->lintRunner()->setEnabled(false); // lint has its own tests; keep these deterministic
    m_doc->recovery()->setInterval(0);
    // Every list model is checked against the Qt model contract during every edit below.
    m_componentTester = std::make_unique<QAbstractItemModelTester>(
        m_doc->components(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_integrationTester = std::make_unique<QAbstractItemModelTester>(
        m_doc->integrations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_doc->setModel(test::smallModel());
}

void TestDocument::cleanup()
{
    m_componentTester.reset();
    m_integrationTester.reset();
    m_doc.reset();
}

void TestDocument::addComponent()
{
    QString id;
    SEAM_CHECK_UNDO_REDO(*m_doc, id = m_doc->addComponent(QStringLiteral("service"), 100, 500));
    QCOMPARE(id, QStringLiteral("service"));
    QCOMPARE(m_doc->componentPosition(id), QPointF(100, 500));
    QCOMPARE(m_doc->components()->rowCount(), 6);
    QCOMPARE(m_doc->components()->get(5).value(QStringLiteral("elementId")).toString(), id);
    // A second one gets a fresh id.
    QCOMPARE(m_doc->addComponent(QStringLiteral("service"), 0, 0), QStringLiteral("service-2"));
    QCOMPARE(m_doc->addComponent(QStringLiteral("no-such-kind"), 0, 0), QString());
}

void TestDocument::addIntegration()
{
    QString id;
    SEAM_CHECK_UNDO_REDO(
        *m_doc, id = m_doc->addIntegration(QStringLiteral("web"), QStringLiteral("billing"), QStringLiteral("grpc")));
    QCOMPARE(id, QStringLiteral("web-billing"));
    const QVariantMap row = m_doc->integrations()->get(m_doc->integrations()->indexOf(id));
    QCOMPARE(row.value(QStringLiteral("isSync")).toBool(), true);
    QCOMPARE(row.value(QStringLiteral("toIndex")).toInt(), m_doc->componentIndex(QStringLiteral("billing")));
    // Refused: unknown end, a loop, an unknown pattern.
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_doc->addIntegration(QStringLiteral("web"), QStringLiteral("nope"), QStringLiteral("rest")).isEmpty());
    QVERIFY(m_doc->addIntegration(QStringLiteral("web"), QStringLiteral("web"), QStringLiteral("rest")).isEmpty());
    QVERIFY(m_doc->addIntegration(QStringLiteral("web"), QStringLiteral("orders"), QStringLiteral("soap")).isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), steps);
    // Integrations list absent before: adding creates it, undo removes it again.
    Model m = test::smallModel();
    m.integrations.reset();
    m.flows.reset();
    m_doc->setModel(m);
    SEAM_CHECK_UNDO_REDO(
        *m_doc, m_doc->addIntegration(QStringLiteral("web"), QStringLiteral("orders"), QStringLiteral("rest")));
}

void TestDocument::removeComponentRestoresIntegrationsAndLayout()
{
    // `orders` sits in the middle of everything: 3 integrations, a layout entry, a flow.
    SEAM_CHECK_UNDO_REDO(*m_doc, m_doc->removeComponent(QStringLiteral("orders")));
    m_doc->undo();
    m_doc->redo();
    QVERIFY(!m_doc->hasComponent(QStringLiteral("orders")));
    QCOMPARE(m_doc->integrationCount(), 1); // only billing-consume does not touch orders
    QVERIFY(!m_doc->model().findLayout("orders"));
    QVERIFY(m_doc->model().flowList().empty());
    m_doc->undo();
    // Back at their original indices.
    QCOMPARE(m_doc->model().components[1].id, std::string("orders"));
    QCOMPARE(m_doc->model().integrationList()[2].id, std::string("orders-publish"));
    QCOMPARE(m_doc->components()->rowCount(), 5);
    QCOMPARE(m_doc->integrations()->rowCount(), 4);
}

void TestDocument::removeIntegrationInFlow()
{
    SEAM_CHECK_UNDO_REDO(*m_doc, m_doc->removeIntegration(QStringLiteral("orders-publish")));
    // An integration outside any flow leaves the flows alone.
    SEAM_CHECK_UNDO_REDO(*m_doc, m_doc->removeIntegration(QStringLiteral("orders-db")));
    QCOMPARE(m_doc->model().flowList().size(), size_t(0));
    m_doc->undo();
    m_doc->undo();
    QCOMPARE(m_doc->model().flowList().size(), size_t(1));
}

void TestDocument::removeSeveral()
{
    SEAM_CHECK_UNDO_REDO(
        *m_doc,
        m_doc->removeElements({QStringLiteral("web"), QStringLiteral("billing")}, {QStringLiteral("orders-db")}));
    QCOMPARE(m_doc->componentCount(), 3);
    // Unknown ids are no edit at all.
    const int steps = m_doc->undoStack()->count();
    m_doc->removeElements({QStringLiteral("ghost")}, {});
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestDocument::renameComponentUpdatesReferences()
{
    SEAM_CHECK_UNDO_REDO(
        *m_doc, QCOMPARE(m_doc->renameComponent(QStringLiteral("orders"), QStringLiteral("ordering")), QString()));
    const Model &m = m_doc->model();
    QVERIFY(m.findComponent("ordering"));
    QVERIFY(m.findLayout("ordering"));
    QCOMPARE(m.findIntegration("web-orders")->to, std::string("ordering"));
    QCOMPARE(m.findIntegration("orders-publish")->from, std::string("ordering"));
    QCOMPARE(m_doc->integrations()->get(0).value(QStringLiteral("to")).toString(), QStringLiteral("ordering"));
}

void TestDocument::renameIntegrationUpdatesFlows()
{
    SEAM_CHECK_UNDO_REDO(
        *m_doc,
        QCOMPARE(m_doc->renameIntegration(QStringLiteral("orders-publish"), QStringLiteral("publish-order")),
                 QString()));
    QCOMPARE(m_doc->model().flowList()[0].steps[1].integration, std::string("publish-order"));
}

// A journey names components and integrations in more places: its driver, its compensations.
void TestDocument::renamesAndRemovalsReachJourneys()
{
    Model m = test::smallModel();
    Flow &flow = (*m.flows)[0];
    flow.driver = "web";
    flow.steps[0].irreversible = true;
    flow.steps[0].compensation = Compensation {};
    flow.steps[0].compensation->integration = "orders-db";
    m_doc->setModel(m);
    SEAM_CHECK_UNDO_REDO(
        *m_doc,
        QCOMPARE(m_doc->renameIntegration(QStringLiteral("orders-db"), QStringLiteral("orders-store")), QString()));
    QCOMPARE(m_doc->model().flowList()[0].steps[0].compensation->integration.value_or(""), std::string("orders-store"));
    SEAM_CHECK_UNDO_REDO(*m_doc,
                         QCOMPARE(m_doc->renameComponent(QStringLiteral("web"), QStringLiteral("shop")), QString()));
    QCOMPARE(m_doc->model().flowList()[0].driver.value_or(""), std::string("shop"));
    // The compensation's integration goes: the flow goes with it (as when a step's goes), and comes back.
    SEAM_CHECK_UNDO_REDO(*m_doc, m_doc->removeIntegration(QStringLiteral("orders-store")));
    QVERIFY(m_doc->model().flowList().empty());
    m_doc->undo();
    QCOMPARE(m_doc->model().flowList().size(), size_t(1));
}

void TestDocument::renameRefusesBadIds()
{
    const int steps = m_doc->undoStack()->count();
    QVERIFY(!m_doc->renameComponent(QStringLiteral("orders"), QStringLiteral("Orders")).isEmpty());
    QVERIFY(!m_doc->renameComponent(QStringLiteral("orders"), QStringLiteral("web")).isEmpty());
    QVERIFY(!m_doc->renameComponent(QStringLiteral("orders"), QString()).isEmpty());
    QVERIFY(!m_doc->renameComponent(QStringLiteral("orders"), QStringLiteral("a--b")).isEmpty());
    QVERIFY(!m_doc->renameComponent(QStringLiteral("orders"), QString(201, 'a')).isEmpty()); // the loader's limit
    QVERIFY(m_doc->idProblem(QString(200, 'a')).isEmpty());
    QVERIFY(!m_doc->renameIntegration(QStringLiteral("web-orders"), QStringLiteral("orders-db")).isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QVERIFY(m_doc->model() == test::smallModel());
}

void TestDocument::dragIsOneUndoStep()
{
    const Model before = m_doc->model();
    QSignalSpy moved(m_doc.get(), &Document::changed);
    const int drag = m_doc->beginDrag();
    for (int step = 1; step <= 20; ++step)
        m_doc->moveComponents({QStringLiteral("orders"), QStringLiteral("billing")},
                              {QPointF(300 + step * 5, 40), QPointF(800, 40 + step * 5)}, drag);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(moved.count(), 20);
    for (const QList<QVariant> &args : moved)
        QCOMPARE(args.at(0).value<ModelChange>().describe(), QStringLiteral("positions moved [billing,orders]"));
    QCOMPARE(m_doc->componentPosition(QStringLiteral("orders")), QPointF(400, 40));
    QCOMPARE(m_doc->componentPosition(QStringLiteral("billing")), QPointF(800, 140));
    // The edge geometry follows: web-orders ends at the centre of the orders card.
    const QLineF line = m_doc->integrations()->endpoints(0);
    QCOMPARE(line.p2(), QPointF(400, 40) + QPointF(m_doc->cardSize().width() / 2, m_doc->cardSize().height() / 2));
    const Model after = m_doc->model();
    QString why;
    QVERIFY2(test::reloads(after, &why), qPrintable(why));
    m_doc->undo();
    QVERIFY(m_doc->model() == before); // including: billing has no layout entry again
    QVERIFY(!m_doc->model().findLayout("billing"));
    m_doc->redo();
    QVERIFY(m_doc->model() == after);
}

void TestDocument::dropIntoZoneIsPartOfTheDrag()
{
    const QString orders = QStringLiteral("orders");
    const Model before = m_doc->model();
    // web (a client) is alone in the public zone: orders dropped below it joins it.
    const int drag = m_doc->beginDrag();
    m_doc->moveComponents({orders}, {m_doc->componentPosition(QStringLiteral("web")) + QPointF(0, 20)}, drag);
    QCOMPARE(m_doc->dropComponents({orders}, drag), QStringList {orders});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoText(), QStringLiteral("Move orders to Public"));
    const Component &moved = m_doc->model().components[size_t(m_doc->componentIndex(orders))];
    QVERIFY(moved.zone == Zone::Public);
    const Model after = m_doc->model();
    QString why;
    QVERIFY2(test::reloads(after, &why), qPrintable(why));
    m_doc->undo();
    QVERIFY(m_doc->model() == before);
    m_doc->redo();
    QVERIFY(m_doc->model() == after);

    // Back onto billing (internal): internal is a service's default, so `zone:` goes again.
    const int back = m_doc->beginDrag();
    m_doc->moveComponents({orders}, {m_doc->componentPosition(QStringLiteral("billing")) + QPointF(0, 20)}, back);
    QCOMPARE(m_doc->dropComponents({orders}, back), QStringList {orders});
    QVERIFY(!m_doc->model().components[size_t(m_doc->componentIndex(orders))].zone);
    QCOMPARE(m_doc->undoStack()->count(), 2);

    // Far from every card: no zone changes, and the drag stays a plain move.
    const int away = m_doc->beginDrag();
    m_doc->moveComponents({orders}, {QPointF(5000, 5000)}, away);
    QCOMPARE(m_doc->dropComponents({orders}, away), QStringList {});
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(m_doc->undoText(), QStringLiteral("Move orders"));
}

void TestDocument::dropZoneRule()
{
    ZoneBoxes boxes;
    boxes.rect[size_t(Zone::Internal)] = QRectF(0, 0, 1000, 1000);
    boxes.members[size_t(Zone::Internal)] = 3;
    boxes.rect[size_t(Zone::Dmz)] = QRectF(100, 100, 200, 200);
    boxes.members[size_t(Zone::Dmz)] = 1;
    QVERIFY(dropZone(boxes, {150, 150}, Zone::Internal) == Zone::Internal); // its own zone is there
    QVERIFY(dropZone(boxes, {150, 150}, Zone::Public) == Zone::Dmz); // the smaller of two
    QVERIFY(dropZone(boxes, {500, 500}, Zone::Public) == Zone::Internal);
    QVERIFY(dropZone(boxes, {150, 150}, Zone::Dmz) == Zone::Dmz);
    QVERIFY(dropZone(boxes, {2000, 2000}, Zone::Dmz) == Zone::Dmz); // outside all: kept
    boxes.members[size_t(Zone::Dmz)] = 0; // a zone without (other) members has no boundary
    QVERIFY(dropZone(boxes, {150, 150}, Zone::Public) == Zone::Internal);

    // The boxes: members' cards plus padding, label room on top; the left-out card ignored.
    const QRectF web(m_doc->componentPosition(QStringLiteral("web")), m_doc->cardSize());
    const ZoneBoxes fromDoc = zoneBoxes(*m_doc);
    QCOMPARE(fromDoc.members[size_t(Zone::Public)], 1);
    QCOMPARE(fromDoc.of(Zone::Public),
             web.adjusted(-geometry::zonePadding, -geometry::zonePadding - geometry::zoneLabelHeight,
                          geometry::zonePadding, geometry::zonePadding));
    QCOMPARE(fromDoc.members[size_t(Zone::ThirdParty)], 0);
    QVERIFY(fromDoc.of(Zone::ThirdParty).isNull());
    std::vector<bool> leaveOut(size_t(m_doc->componentCount()), false);
    leaveOut[size_t(m_doc->componentIndex(QStringLiteral("web")))] = true;
    const ZoneBoxes without = zoneBoxes(zoneCards(*m_doc), leaveOut);
    QCOMPARE(without.members[size_t(Zone::Public)], 0);
    QCOMPARE(without.members[size_t(Zone::Internal)], fromDoc.members[size_t(Zone::Internal)]);
}

void TestDocument::separateDragsAreSeparateSteps()
{
    int drag = m_doc->beginDrag();
    m_doc->moveComponents({QStringLiteral("web")}, {QPointF(10, 10)}, drag);
    drag = m_doc->beginDrag();
    m_doc->moveComponents({QStringLiteral("web")}, {QPointF(20, 20)}, drag);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    // A drag that ends where it started is no step at all.
    drag = m_doc->beginDrag();
    m_doc->moveComponents({QStringLiteral("orders")}, {QPointF(0, 0)}, drag);
    m_doc->moveComponents({QStringLiteral("orders")}, {QPointF(300, 40)}, drag);
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestDocument::applyPositionsIsOneStep()
{
    QHash<QString, QPointF> positions;
    for (const QString &id : m_doc->allComponentIds())
        positions.insert(id, QPointF(m_doc->componentIndex(id) * 100.0, 7));
    SEAM_CHECK_UNDO_REDO(*m_doc, m_doc->applyPositions(positions, QStringLiteral("Auto Layout")));
    QCOMPARE(m_doc->undoText(), QStringLiteral("Auto Layout"));
    QCOMPARE(m_doc->model().layoutList().size(), size_t(5));
}

void TestDocument::duplicateGivesNewIds()
{
    QStringList ids;
    SEAM_CHECK_UNDO_REDO(*m_doc, ids = m_doc->duplicate({QStringLiteral("orders"), QStringLiteral("orders-db")}));
    QCOMPARE(ids, (QStringList {QStringLiteral("orders-2"), QStringLiteral("orders-db-2")}));
    // The integration between them came along, re-pointed at the copies.
    const Integration *copy = m_doc->model().findIntegration("orders-db-2");
    QVERIFY(copy);
    QCOMPARE(copy->from, std::string("orders-2"));
    QCOMPARE(copy->to, std::string("orders-db-2"));
    QCOMPARE(m_doc->componentPosition(QStringLiteral("orders-2")), QPointF(340, 80));
    QVERIFY(m_doc->model().findComponent("orders-2")->owner == std::optional<std::string>("team-orders"));
    // Duplicating the copy counts on: orders-3.
    QCOMPARE(m_doc->duplicate({QStringLiteral("orders-2")}), QStringList {QStringLiteral("orders-3")});
}

void TestDocument::copyPasteBetweenDocuments()
{
    const QString text = m_doc->clipboard()->copyToText({QStringLiteral("orders"), QStringLiteral("events")});
    QVERIFY(text.contains(QStringLiteral("orders-publish")));
    QVERIFY(!text.contains(QStringLiteral("web-orders"))); // its other end was not copied

    Document other;
    other.lintRunner()->setEnabled(false);
    other.recovery()->setInterval(0);
    other.newModel(QStringLiteral("Other"));
    QStringList ids;
    SEAM_CHECK_UNDO_REDO(other, ids = other.clipboard()->pasteText(text));
    QCOMPARE(ids, (QStringList {QStringLiteral("orders"), QStringLiteral("events")}));
    QCOMPARE(other.integrationCount(), 1);
    // Garbage is not pasted.
    const int steps = other.undoStack()->count();
    QVERIFY(other.clipboard()->pasteText(QStringLiteral("just some text: [")).isEmpty());
    QCOMPARE(other.undoStack()->count(), steps);
}

void TestDocument::clipboardCutAndPaste()
{
    m_doc->clipboard()->cut({QStringLiteral("billing")});
    QVERIFY(!m_doc->hasComponent(QStringLiteral("billing")));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->clipboard()->canPaste());
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("billing")));
    QStringList ids;
    SEAM_CHECK_UNDO_REDO(*m_doc, ids = m_doc->clipboard()->paste());
    QCOMPARE(ids, QStringList {QStringLiteral("billing")}); // the id is free again after the cut
}

void TestDocument::setModelNameAndDescription()
{
    SEAM_CHECK_UNDO_REDO(*m_doc, m_doc->setModelName(QStringLiteral("Webshop")));
    QCOMPARE(m_doc->modelName(), QStringLiteral("Webshop"));
    SEAM_CHECK_UNDO_REDO(*m_doc, m_doc->setModelDescription(QStringLiteral("All of it.")));
}

void TestDocument::inspectorComponentFields()
{
    ElementEditor editor;
    QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setDocument(m_doc.get());
    editor.setElementId(QStringLiteral("orders"));
    QCOMPARE(editor.elementType(), QStringLiteral("component"));
    QCOMPARE(editor.value(QStringLiteral("name")).toString(), QStringLiteral("Order Service"));
    QCOMPARE(editor.choices(QStringLiteral("kind")).size(), qsizetype(enumNames<ComponentKind>().size()));
    QCOMPARE(editor.choices(QStringLiteral("zone")).first(), QString()); // optional: "unset" first

    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("kind"), QStringLiteral("gateway"))));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("zone"), QStringLiteral("dmz"))));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("owner"), QString()))); // unset
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("sla.availability"), QStringLiteral("99.95"))));
    QCOMPARE(m_doc->components()->get(1).value(QStringLiteral("slaBadge")).toString(), QStringLiteral("99.95%"));
    SEAM_CHECK_UNDO_REDO(*m_doc,
                         QVERIFY(editor.setValue(QStringLiteral("tags"), QStringList {QStringLiteral("core")})));
    // Unsetting the only SLA number removes `sla` altogether (no `sla: {}` left behind).
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("sla.availability"), QString())));
    QVERIFY(!m_doc->model().findComponent("orders")->sla);
    // Writing the current value is no edit.
    const int steps = m_doc->undoStack()->count();
    QVERIFY(editor.setValue(QStringLiteral("kind"), editor.value(QStringLiteral("kind"))));
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestDocument::inspectorIntegrationFields()
{
    ElementEditor editor;
    QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setDocument(m_doc.get());
    // "orders-db" is both a component and an integration id (separate lists): ask for the latter.
    editor.setElementId(QStringLiteral("orders-db"));
    QCOMPARE(editor.elementType(), QStringLiteral("component"));
    editor.setElement(QStringLiteral("integration"), QStringLiteral("orders-db"));
    QCOMPARE(editor.elementType(), QStringLiteral("integration"));
    QCOMPARE(editor.value(QStringLiteral("pattern")).toString(), QStringLiteral("database"));
    const Model original = m_doc->model();

    // Nested optionals are created on demand and undo removes them exactly.
    SEAM_CHECK_UNDO_REDO(
        *m_doc, QVERIFY(editor.setValue(QStringLiteral("reliability.retry.backoff"), QStringLiteral("exponential"))));
    SEAM_CHECK_UNDO_REDO(
        *m_doc,
        QVERIFY(editor.setValue(QStringLiteral("reliability.retry.max_attempts"), QStringLiteral("unbounded"))));
    QVERIFY(m_doc->model().findIntegration("orders-db")->reliability->retry->unbounded);
    // A second write to the same field merges with the first (typing is one step).
    const int steps = m_doc->undoStack()->count();
    QVERIFY(editor.setValue(QStringLiteral("reliability.retry.max_attempts"), QStringLiteral("5")));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("reliability.dead_letter"), true)));
    SEAM_CHECK_UNDO_REDO(
        *m_doc,
        QVERIFY(editor.setValue(QStringLiteral("reliability.dead_letter.retention_days"), QStringLiteral("7"))));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("security.tls"), false)));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("security.data"), QStringLiteral("pii"))));
    SEAM_CHECK_UNDO_REDO(*m_doc,
                         QVERIFY(editor.setValue(QStringLiteral("rate_limit.requests"), QStringLiteral("100"))));
    QCOMPARE(editor.value(QStringLiteral("rate_limit.per")).toString(), QStringLiteral("second"));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("rate_limit.per"), QStringLiteral("minute"))));
    QVERIFY(!editor.setValue(QStringLiteral("rate_limit.per"), QString())); // required once there is a limit
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("pattern"), QStringLiteral("grpc"))));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("to"), QStringLiteral("billing"))));
    QCOMPARE(m_doc->integrations()->get(1).value(QStringLiteral("to")).toString(), QStringLiteral("billing"));

    const auto *i = m_doc->model().findIntegration("orders-db");
    QVERIFY(i->reliability->retry->maxAttempts == std::optional<long long>(5));
    QVERIFY(!i->reliability->retry->unbounded);
    QVERIFY(i->reliability->deadLetter->retentionDays == std::optional<long long>(7));
    QVERIFY(!i->reliability->deadLetter->shorthand);

    while (m_doc->canUndo())
        m_doc->undo();
    QVERIFY(m_doc->model() == original);
    QVERIFY(!m_doc->model().findIntegration("orders-db")->reliability);
}

void TestDocument::inspectorRejectsInvalidValues()
{
    ElementEditor editor;
    editor.setDocument(m_doc.get());
    editor.setElementId(QStringLiteral("web-orders"));
    QSignalSpy errors(&editor, &ElementEditor::errorsChanged);
    const Model original = m_doc->model();
    struct Case {
        const char *key;
        QVariant value;
    };
    const Case cases[] = {
        {"timeout_ms", QStringLiteral("abc")},
        {"timeout_ms", QStringLiteral("-5")},
        {"timeout_ms", QStringLiteral("0")},
        {"timeout_ms", QStringLiteral("1.5")},
        {"pattern", QStringLiteral("soap")},
        {"pattern", QString()}, // required
        {"delivery", QStringLiteral("twice")},
        {"reliability.retry.jitter", QStringLiteral("2")},
        {"reliability.retry.max_attempts", QStringLiteral("lots")},
        {"to", QStringLiteral("nowhere")},
        {"to", QStringLiteral("web")}, // a loop
        {"to", QStringLiteral("billing")}, // breaks the place-order flow
        {"rate_limit.per", QStringLiteral("minute")}, // a rate limit needs `requests`
        {"id", QStringLiteral("Web Orders")}, // bad id pattern
        {"id", QStringLiteral("orders-db")}, // duplicate
        {"suppress",
         QVariantList {QVariantMap {{QStringLiteral("rule"), QStringLiteral("no-such-rule")},
                                    {QStringLiteral("reason"), QStringLiteral("x")}}}},
    };
    for (const Case &c : cases) {
        const QString key = QLatin1String(c.key);
        QVERIFY2(!editor.setValue(key, c.value), c.key);
        QVERIFY2(!editor.error(key).isEmpty(), c.key);
        QVERIFY(editor.hasErrors());
    }
    QVERIFY(m_doc->model() == original);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // The error shows on the row, and a valid write clears it.
    const int row = editor.keys().indexOf(QStringLiteral("timeout_ms"));
    QVERIFY(!editor.data(editor.index(row), ElementEditor::ErrorRole).toString().isEmpty());
    QVERIFY(editor.setValue(QStringLiteral("timeout_ms"), QStringLiteral("500")));
    QVERIFY(editor.error(QStringLiteral("timeout_ms")).isEmpty());
    QVERIFY(errors.count() >= 1);
}

void TestDocument::inspectorTypingMergesIntoOneStep()
{
    ElementEditor editor;
    editor.setDocument(m_doc.get());
    editor.setElementId(QStringLiteral("orders"));
    const Model original = m_doc->model();
    for (const char *text : {"T", "Te", "Tea", "Team", "Team A"})
        QVERIFY(editor.setValue(QStringLiteral("owner"), QString::fromLatin1(text)));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->model().findComponent("orders")->owner == std::optional<std::string>("Team A"));
    // Another field is another step.
    QVERIFY(editor.setValue(QStringLiteral("technology"), QStringLiteral("Go")));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undo();
    m_doc->undo();
    QVERIFY(m_doc->model() == original);
    // Typing back to the original value leaves no step behind.
    for (const char *text : {"team", "team-orders"})
        QVERIFY(editor.setValue(QStringLiteral("owner"), QString::fromLatin1(text)));
    QVERIFY(m_doc->model() == original);
    QVERIFY(!m_doc->canUndo() || m_doc->undoStack()->index() == 0);
}

void TestDocument::inspectorLists()
{
    ElementEditor editor;
    editor.setDocument(m_doc.get());
    editor.setElementId(QStringLiteral("web-orders"));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.addListItem(QStringLiteral("operations"))));
    SEAM_CHECK_UNDO_REDO(*m_doc,
                         QVERIFY(editor.setListItemField(QStringLiteral("operations"), 0, QStringLiteral("method"),
                                                         QStringLiteral("POST"))));
    SEAM_CHECK_UNDO_REDO(*m_doc,
                         QVERIFY(editor.setListItemField(QStringLiteral("operations"), 0, QStringLiteral("errors"),
                                                         QStringLiteral("409, 422"))));
    SEAM_CHECK_UNDO_REDO(
        *m_doc, QVERIFY(editor.setListItemField(QStringLiteral("operations"), 0, QStringLiteral("critical"), true)));
    const Operation &op = m_doc->model().findIntegration("web-orders")->operations->front();
    QVERIFY(op.method == std::optional<HttpMethod>(HttpMethod::Post));
    QCOMPARE(op.errors->size(), size_t(2));
    QVERIFY(op.errors->front().numeric);
    QVERIFY(
        !editor.setListItemField(QStringLiteral("operations"), 0, QStringLiteral("method"), QStringLiteral("FETCH")));
    QVERIFY(!editor.setListItemField(QStringLiteral("operations"), 0, QStringLiteral("name"), QString()));
    QVERIFY(
        !editor.setListItemField(QStringLiteral("operations"), 0, QStringLiteral("request"), QStringLiteral("Nope")));
    QCOMPARE(editor.itemChoices(QStringLiteral("operations"), QStringLiteral("method")).mid(1),
             (QStringList {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                           QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                           QStringLiteral("OPTIONS"), QStringLiteral("TRACE")}));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.removeListItem(QStringLiteral("operations"), 0)));
    QVERIFY(!m_doc->model().findIntegration("web-orders")->operations); // empty list is no list

    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.addListItem(QStringLiteral("suppress"))));
    SEAM_CHECK_UNDO_REDO(
        *m_doc,
        QVERIFY(editor.addListItem(QStringLiteral("events"),
                                   QVariantMap {{QStringLiteral("name"), QStringLiteral("order.placed")},
                                                {QStringLiteral("version"), QStringLiteral("2")}})));
    QVERIFY(!editor.setListItemField(QStringLiteral("events"), 0, QStringLiteral("version"), QStringLiteral("0")));
    QVERIFY(!editor.itemChoices(QStringLiteral("suppress"), QStringLiteral("rule")).isEmpty());
}

void TestDocument::inspectorFollowsRename()
{
    ElementEditor editor;
    editor.setDocument(m_doc.get());
    editor.setElementId(QStringLiteral("orders"));
    SEAM_CHECK_UNDO_REDO(*m_doc, QVERIFY(editor.setValue(QStringLiteral("id"), QStringLiteral("ordering"))));
    QCOMPARE(editor.elementId(), QStringLiteral("ordering"));
    // Deleting the element empties the inspector.
    m_doc->removeComponent(QStringLiteral("ordering"));
    QCOMPARE(editor.elementId(), QString());
    QCOMPARE(editor.rowCount(), 0);
}

void TestDocument::selectionFollowsDocument()
{
    Selection selection;
    selection.setDocument(m_doc.get());
    selection.select(QStringLiteral("orders"));
    selection.select(QStringLiteral("web-orders"), Selection::Add);
    QCOMPARE(selection.count(), 2);
    QCOMPARE(selection.current(), QString());
    selection.select(QStringLiteral("web-orders"), Selection::Toggle);
    QCOMPARE(selection.current(), QStringLiteral("orders"));
    m_doc->renameComponent(QStringLiteral("orders"), QStringLiteral("ordering"));
    QCOMPARE(selection.componentIds(), QStringList {QStringLiteral("ordering")});
    selection.removeSelected();
    QCOMPARE(selection.count(), 0);
    QVERIFY(!m_doc->hasComponent(QStringLiteral("ordering")));
    m_doc->undo();
    selection.selectInRect(QRectF(0, 0, 250, 150)); // web's card at (40, 40)
    QCOMPARE(selection.componentIds(), QStringList {QStringLiteral("web")});
    selection.duplicate();
    QCOMPARE(selection.componentIds(), QStringList {QStringLiteral("web-2")});
}

// --- Files -------------------------------------------------------------------------------

void TestDocument::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(m_doc->load(test::exampleFile("checkout.seam.yaml")));
    QCOMPARE(m_doc->fileName(), QStringLiteral("checkout.seam.yaml"));
    QVERIFY(!m_doc->isModified());
    m_doc->addComponent(QStringLiteral("cache"), 900, 900);
    ElementEditor editor;
    editor.setDocument(m_doc.get());
    editor.setElementId(QStringLiteral("orders"));
    QVERIFY(editor.setValue(QStringLiteral("owner"), QStringLiteral("team-x")));
    const int drag = m_doc->beginDrag();
    m_doc->moveComponents({QStringLiteral("web")}, {QPointF(12, 34)}, drag);
    QVERIFY(m_doc->isModified());

    const QString path = dir.filePath(QStringLiteral("edited.seam.yaml"));
    QVERIFY2(m_doc->saveAs(path), qPrintable(m_doc->lastError()));
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->filePath(), path);

    Document reopened;
    reopened.lintRunner()->setEnabled(false);
    QVERIFY(reopened.load(path));
    QVERIFY(reopened.model() == m_doc->model());
    QCOMPARE(reopened.componentPosition(QStringLiteral("web")), QPointF(12, 34));
    // Positions are written to the layout section, at the end of the file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.indexOf("\nlayout:") > text.indexOf("\ncomponents:"));
    QVERIFY(text.contains("web: [12, 34]"));
}

// The editor's save patches the file it loaded: comments, blank lines and the
// user's style stay; each save is the base of the next.
void TestDocument::saveChangesOnlyWhatWasEdited()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("commented.seam.yaml"));
    const QByteArray original = "# Shop, as reviewed on Monday.\n"
                                "seam: 1\n"
                                "name: Shop\n"
                                "\n"
                                "components:\n"
                                "  - id: web        # the storefront\n"
                                "    kind: client\n"
                                "  - id: orders\n"
                                "    kind: service\n"
                                "    sla: { availability: 99.9 }\n"
                                "\n"
                                "integrations:\n"
                                "  - { id: web-orders, from: web, to: orders, pattern: rest }\n"
                                "\n"
                                "layout:\n"
                                "  web: [40, 40]\n"
                                "  orders: [300, 40]   # keep right of web\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    auto read = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QVERIFY(m_doc->load(path));
    const int drag = m_doc->beginDrag();
    m_doc->moveComponents({QStringLiteral("orders")}, {QPointF(312.4, 57.6)}, drag);
    QVERIFY2(m_doc->save(), qPrintable(m_doc->lastError()));
    QByteArray expected = original;
    expected.replace("  orders: [300, 40]", "  orders: [312, 58]");
    QCOMPARE(read(), expected);

    // The next save patches what the last one wrote.
    QCOMPARE(m_doc->renameComponent(QStringLiteral("orders"), QStringLiteral("order-service")), QString());
    ElementEditor editor;
    editor.setDocument(m_doc.get());
    editor.setElementId(QStringLiteral("web"));
    QVERIFY(editor.setValue(QStringLiteral("owner"), QStringLiteral("team-web")));
    QVERIFY(m_doc->save());
    expected.replace("  - id: orders\n", "  - id: order-service\n");
    expected.replace("to: orders,", "to: order-service,");
    expected.replace("  orders: [312, 58]", "  order-service: [312, 58]");
    expected.replace("    kind: client\n", "    kind: client\n    owner: team-web\n");
    QCOMPARE(read(), expected);

    // Save As a copy in the same format keeps them too; the reloaded model is the edited one.
    const QString copy = dir.filePath(QStringLiteral("copy.seam.yaml"));
    m_doc->addComponent(QStringLiteral("cache"), 100, 300);
    QVERIFY(m_doc->saveAs(copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray copied = file.readAll();
    QVERIFY2(copied.startsWith("# Shop, as reviewed on Monday.\n") && copied.contains("# keep right of web"),
             copied.constData());
    Document reopened;
    reopened.lintRunner()->setEnabled(false);
    QVERIFY(reopened.load(copy));
    Model edited = m_doc->model(); // the drag left fractions in memory; the file holds whole pixels
    for (LayoutEntry &entry : *edited.layout)
        entry.x = std::round(entry.x), entry.y = std::round(entry.y);
    QVERIFY(reopened.model() == edited);
    QCOMPARE(reopened.componentPosition(QStringLiteral("order-service")), QPointF(312, 58));
}

void TestDocument::saveAsJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.seam.json"));
    QVERIFY(m_doc->saveAs(QUrl::fromLocalFile(path).toString())); // what a QML FileDialog hands over
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().trimmed().startsWith('{'));
    Document reopened;
    reopened.lintRunner()->setEnabled(false);
    QVERIFY(reopened.load(path));
    QVERIFY(reopened.model() == m_doc->model());
}

// The editor opens files through the same loader as seam-cli: each hostile file is refused
// with its FILE:LINE:COLUMN error, and the open document stays as it was.
void TestDocument::loadHostileFilesKeepsTheDocument()
{
    const QDir hostile(QStringLiteral(SEAM_EDITOR_TEST_DIR "/../model/data/hostile"));
    const QStringList files = hostile.entryList(QDir::Files);
    QVERIFY(files.size() >= 20);
    const Model before = m_doc->model();
    for (const QString &name : files) {
        if (name.startsWith(QStringLiteral("valid-")))
            continue;
        const QString path = hostile.absoluteFilePath(name);
        QVERIFY2(!m_doc->load(path), qPrintable(name));
        QVERIFY2(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(path)
                                    + QStringLiteral(":\\d+:\\d+: error: "))
                     .match(m_doc->lastError())
                     .hasMatch(),
                 qPrintable(m_doc->lastError()));
        QVERIFY(m_doc->model() == before);
    }
}

void TestDocument::loadBrokenFileGivesDiagnostics()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.seam.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("seam: 1\n"
               "name: Broken\n"
               "components:\n"
               "  - id: a\n"
               "    kind: servise\n"
               "  - id: b\n"
               "    kind: database\n"
               "integrations:\n"
               "  - id: a-b\n"
               "    from: a\n"
               "    to: c\n"
               "    pattern: database\n");
    file.close();
    const Model before = m_doc->model();
    QSignalSpy diagnosticsChanged(m_doc.get(), &Document::loadDiagnosticsChanged);
    QVERIFY(!m_doc->load(path));
    QCOMPARE(diagnosticsChanged.count(), 1);
    QVERIFY(m_doc->model() == before); // the open document is untouched
    QVERIFY(m_doc->isUntitled());
    const QVariantList diagnostics = m_doc->loadDiagnostics();
    QVERIFY(diagnostics.size() >= 2);
    QStringList texts;
    for (const QVariant &d : diagnostics)
        texts << d.toMap().value(QStringLiteral("text")).toString();
    // The bad kind on line 5 and the dangling `to` on line 11, both as FILE:LINE:COL: error:
    QVERIFY2(texts.first().startsWith(path + QStringLiteral(":5:")), qPrintable(texts.join('\n')));
    QVERIFY2(texts.first().contains(QStringLiteral(": error: ")), qPrintable(texts.first()));
    QVERIFY2(texts.join('\n').contains(path + QStringLiteral(":11:")), qPrintable(texts.join('\n')));
    QCOMPARE(diagnostics.first().toMap().value(QStringLiteral("line")).toInt(), 5);
    QVERIFY(m_doc->lastError().contains(QStringLiteral(":5:")));
    // A file that does not exist is a diagnostic too, not a crash.
    QVERIFY(!m_doc->load(dir.filePath(QStringLiteral("missing.seam.yaml"))));
    QVERIFY(!m_doc->lastError().isEmpty());
}

void TestDocument::saveToUnwritablePathFails()
{
    QVERIFY(!m_doc->save()); // untitled
    QVERIFY(!m_doc->lastError().isEmpty());
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    // A directory that cannot exist (its parent is a file): fails even when running as root.
    QVERIFY(!m_doc->saveAs(dir.filePath(QStringLiteral("plain-file/x/shop.seam.yaml"))));
    QVERIFY(m_doc->lastError().contains(QStringLiteral("shop.seam.yaml")));
    QVERIFY(m_doc->isUntitled());
}

void TestDocument::titleAndModified()
{
    QTemporaryDir dir;
    QCOMPARE(m_doc->title(), QStringLiteral("Untitled"));
    QSignalSpy titleChanged(m_doc.get(), &Document::titleChanged);
    m_doc->addComponent(QStringLiteral("cache"), 0, 0);
    QVERIFY(m_doc->isModified());
    QCOMPARE(m_doc->title(), QStringLiteral("Untitled*"));
    QVERIFY(titleChanged.count() >= 1);
    QVERIFY(m_doc->saveAs(dir.filePath(QStringLiteral("shop.seam.yaml"))));
    QCOMPARE(m_doc->title(), QStringLiteral("shop.seam.yaml"));
    m_doc->undo();
    QCOMPARE(m_doc->title(), QStringLiteral("shop.seam.yaml*"));
    m_doc->redo();
    QVERIFY(!m_doc->isModified()); // back at the saved state
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
