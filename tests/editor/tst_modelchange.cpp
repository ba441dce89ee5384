// Document::changed(ModelChange): every kind of edit, and its undo and redo,
// emits exactly one change that describes it, and the list models that follow
// those events end up with what a freshly built model shows. The views are
// checked through their signals only (a Mirror that re-reads nothing it was
// not told about), so a missed row insert or dataChanged makes a test fail.

#include "editortestutil.h"

#include "views/componentlistmodel.h"
#include "views/elementeditor.h"
#include "views/integrationlistmodel.h"
#include "views/lintrunner.h"
#include "views/recovery.h"
#include "views/selection.h"

#include <QAbstractItemModelTester>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QStandardPaths>

#include <functional>
#include <memory>

using namespace seam;

namespace {

using Rows = QList<QMap<int, QVariant>>; // row → role → value

Rows snapshot(const QAbstractItemModel &model)
{
    Rows rows;
    const auto roles = model.roleNames().keys();
    for (int row = 0; row < model.rowCount(); ++row) {
        QMap<int, QVariant> values;
        for (int role : roles)
            values.insert(role, model.data(model.index(row, 0), role));
        rows << values;
    }
    return rows;
}

// What a view knows when it reads only what the model's signals tell it to.
class Mirror : public QObject {
public:
    explicit Mirror(QAbstractItemModel *model)
        : m_model(model)
        , m_rows(snapshot(*model))
    {
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_rows = snapshot(*m_model); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_rows = snapshot(*m_model); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { m_rows = snapshot(*m_model); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { m_rows.remove(first, last - first + 1); });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                m_rows.insert(row, read(row, m_model->roleNames().keys()));
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    const QList<int> which = roles.isEmpty() ? m_model->roleNames().keys() : roles;
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                        for (auto [role, value] : read(row, which).asKeyValueRange())
                            m_rows[row].insert(role, value);
                });
    }

    const Rows &rows() const { return m_rows; }

private:
    QMap<int, QVariant> read(int row, const QList<int> &roles) const
    {
        QMap<int, QVariant> values;
        for (int role : roles)
            values.insert(role, m_model->data(m_model->index(row, 0), role));
        return values;
    }

    QAbstractItemModel *m_model;
    Rows m_rows;
};

QString firstDifference(const Rows &seen, const Rows &fresh, const QAbstractItemModel &model)
{
    if (seen.size() != fresh.size())
        return QStringLiteral("%1 rows seen, %2 in a fresh model").arg(seen.size()).arg(fresh.size());
    for (qsizetype row = 0; row < seen.size(); ++row)
        for (auto [role, value] : fresh[row].asKeyValueRange())
            if (seen[row].value(role) != value)
                return QStringLiteral("row %1, role %2: seen %3, fresh %4")
                    .arg(row)
                    .arg(QString::fromUtf8(model.roleNames().value(role)), seen[row].value(role).toString(),
                         value.toString());
    return {};
}

} // namespace

class TestModelChange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachEditIsOneDescribedChange_data();
    void eachEditIsOneDescribedChange();
    void pinsAreNotContent();
    void loadAndNewAreResets();
    void removalAfterInsertionInOneStepIsAReset();
    void mirrorNoticesAMissedUpdate();
    void inspectorAndSelectionFollowTheEvent();

private:
    // After an event: the document's own models, as their listeners saw them, equal fresh ones.
    void checkViews();

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_testers[2];
    std::unique_ptr<Mirror> m_components;
    std::unique_ptr<Mirror> m_integrations;
};

void TestModelChange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SeamTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_modelchange"));
}

void TestModelChange::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->lintRunner()->setEnabled(false); // lint counts are not what is tested here
    m_doc->recovery()->setInterval(0);
    m_doc->setModel(test::smallModel());
    using Tester = QAbstractItemModelTester;
    m_testers[0] = std::make_unique<Tester>(m_doc->components(), Tester::FailureReportingMode::QtTest);
    m_testers[1] = std::make_unique<Tester>(m_doc->integrations(), Tester::FailureReportingMode::QtTest);
    m_components = std::make_unique<Mirror>(m_doc->components());
    m_integrations = std::make_unique<Mirror>(m_doc->integrations());
}

void TestModelChange::cleanup()
{
    m_components.reset();
    m_integrations.reset();
    m_testers[0].reset();
    m_testers[1].reset();
    m_doc.reset();
}

void TestModelChange::checkViews()
{
    ComponentListModel freshComponents(m_doc.get());
    IntegrationListModel freshIntegrations(m_doc.get());
    const QString components = firstDifference(m_components->rows(), snapshot(freshComponents), freshComponents);
    QVERIFY2(components.isEmpty(), qPrintable(QStringLiteral("components: ") + components));
    const QString integrations
        = firstDifference(m_integrations->rows(), snapshot(freshIntegrations), freshIntegrations);
    QVERIFY2(integrations.isEmpty(), qPrintable(QStringLiteral("integrations: ") + integrations));
}

using Edit = std::function<void(Document &)>;
Q_DECLARE_METATYPE(Edit)

void TestModelChange::eachEditIsOneDescribedChange_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("done"); // ModelChange::describe() of the edit
    QTest::addColumn<QString>("undone"); // ... of its undo (redo must give `done` again)

    // smallModel: components web orders orders-db events billing (billing has no layout entry),
    // integrations web-orders orders-db orders-publish billing-consume, flow place-order over
    // web-orders → orders-publish → billing-consume.
    QTest::newRow("add component") << Edit([](Document &d) { d.addComponent(QStringLiteral("cache"), 100, 500); })
                                   << "components added [5]; positions moved [cache]"
                                   << "components removed [5]";
    QTest::newRow("add integration") << Edit([](Document &d) {
        d.addIntegration(QStringLiteral("web"), QStringLiteral("billing"), QStringLiteral("rest"));
    }) << "integrations added [4]"
                                     << "integrations removed [4]";
    QTest::newRow("remove component")
        << Edit([](Document &d) { d.removeComponent(QStringLiteral("orders")); })
        << "components removed [1]; integrations removed [0,1,2]; flows changed"
        << "components added [1]; integrations added [0,1,2]; positions moved [orders]; flows changed";
    QTest::newRow("remove several")
        << Edit([](Document &d) {
               d.removeElements({QStringLiteral("web"), QStringLiteral("events")}, {QStringLiteral("orders-db")});
           })
        << "components removed [0,3]; integrations removed [0,1,2,3]; flows changed"
        << "components added [0,3]; integrations added [0,1,2,3]; positions moved [events,web]; flows changed";
    QTest::newRow("remove integration") << Edit([](Document &d) { d.removeIntegration(QStringLiteral("orders-db")); })
                                        << "integrations removed [1]"
                                        << "integrations added [1]";
    QTest::newRow("duplicate") << Edit([](Document &d) {
        d.duplicate({QStringLiteral("orders"), QStringLiteral("orders-db")});
    }) << "components added [5,6]; integrations added [4]; positions moved [orders-2,orders-db-2]"
                               << "components removed [5,6]; integrations removed [4]";
    QTest::newRow("change component field") << Edit([](Document &d) {
        ElementEditor editor;
        editor.setDocument(&d);
        editor.setElement(QStringLiteral("component"), QStringLiteral("events"));
        QVERIFY(editor.setValue(QStringLiteral("owner"), QStringLiteral("team-events")));
    }) << "components changed [3]"
                                            << "components changed [3]";
    QTest::newRow("change integration field") << Edit([](Document &d) {
        ElementEditor editor;
        editor.setDocument(&d);
        editor.setElement(QStringLiteral("integration"), QStringLiteral("billing-consume"));
        QVERIFY(editor.setValue(QStringLiteral("pattern"), QStringLiteral("queue")));
    }) << "integrations changed [3]"
                                              << "integrations changed [3]";
    QTest::newRow("rename component") << Edit([](Document &d) {
        QCOMPARE(d.renameComponent(QStringLiteral("orders"), QStringLiteral("shop")), QString());
    }) << "integrations changed [0,1,2]; renamed orders→shop"
                                      << "integrations changed [0,1,2]; renamed shop→orders";
    QTest::newRow("rename integration") << Edit([](Document &d) {
        QCOMPARE(d.renameIntegration(QStringLiteral("web-orders"), QStringLiteral("web-shop")), QString());
    }) << "renamed web-orders→web-shop; flows changed"
                                        << "renamed web-shop→web-orders; flows changed";
    QTest::newRow("move") << Edit([](Document &d) {
        const int drag = d.beginDrag();
        d.moveComponents({QStringLiteral("orders"), QStringLiteral("billing")}, {QPointF(320, 60), QPointF(800, 90)},
                         drag);
    }) << "positions moved [billing,orders]"
                          << "positions moved [billing,orders]"; // billing's entry goes again, orders moves back
    QTest::newRow("rename model") << Edit([](Document &d) { d.setModelName(QStringLiteral("Webshop")); })
                                  << "header changed"
                                  << "header changed";
}

void TestModelChange::eachEditIsOneDescribedChange()
{
    QFETCH(Edit, edit);
    QFETCH(QString, done);
    QFETCH(QString, undone);
    QSignalSpy spy(m_doc.get(), &Document::changed);
    const auto describe = [&spy] {
        QStringList all;
        for (const QList<QVariant> &args : spy)
            all << args.at(0).value<ModelChange>().describe();
        return all.join(QStringLiteral(" | "));
    };
    const Model before = m_doc->model();
    const int revision = m_doc->revision();

    edit(*m_doc);
    QVERIFY(!(m_doc->model() == before));
    QCOMPARE(describe(), done);
    QCOMPARE(m_doc->revision(), revision + 1);
    checkViews();

    spy.clear();
    m_doc->undo();
    QVERIFY(m_doc->model() == before);
    QCOMPARE(describe(), undone);
    checkViews();

    spy.clear();
    m_doc->redo();
    QCOMPARE(describe(), done);
    QCOMPARE(m_doc->revision(), revision + 3);
    checkViews();
}

void TestModelChange::pinsAreNotContent()
{
    QSignalSpy spy(m_doc.get(), &Document::changed);
    const int revision = m_doc->revision();
    m_doc->setPinned(QStringLiteral("events"), true);
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<ModelChange>();
    QCOMPARE(change.describe(), QStringLiteral("pins [events]"));
    QVERIFY(!change.isContent());
    QCOMPARE(m_doc->revision(), revision); // not an edit: no lint, no autosave
    checkViews();
    m_doc->setPinned(QStringLiteral("events"), true); // already pinned: nothing happens
    QCOMPARE(spy.count(), 1);
}

void TestModelChange::loadAndNewAreResets()
{
    QSignalSpy spy(m_doc.get(), &Document::changed);
    QSignalSpy counts(m_doc.get(), &Document::countsChanged);
    QSignalSpy name(m_doc.get(), &Document::modelNameChanged);
    QVERIFY(m_doc->load(test::exampleFile("legacy-monolith.seam.yaml")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ModelChange>().describe(), QStringLiteral("reset"));
    QCOMPARE(counts.count(), 1); // QML's derived notifications come from the same event
    QCOMPARE(name.count(), 1);
    checkViews();
    m_doc->newModel();
    QCOMPARE(spy.count(), 2);
    QVERIFY(spy.at(1).at(0).value<ModelChange>().isReset());
    QCOMPARE(m_doc->components()->rowCount(), 0);
    checkViews();
}

void TestModelChange::removalAfterInsertionInOneStepIsAReset()
{
    // No command does this today; if one does, listeners get a reset rather than wrong rows.
    QSignalSpy spy(m_doc.get(), &Document::changed);
    {
        Document::ChangeBatch batch(m_doc.get());
        Component c;
        c.id = "extra";
        m_doc->insertComponentRaw(0, c);
        m_doc->takeComponentRaw(3);
        QCOMPARE(spy.count(), 0); // nothing is announced while the batch is open
    }
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).value<ModelChange>().isReset());
    checkViews();
}

void TestModelChange::mirrorNoticesAMissedUpdate()
{
    // The check above can fail: a list model that misses an event is caught by it.
    {
        const QSignalBlocker silent(m_doc->components());
        m_doc->moveComponents({QStringLiteral("web")}, {QPointF(1000, 1000)});
    }
    ComponentListModel fresh(m_doc.get());
    QVERIFY(!firstDifference(m_components->rows(), snapshot(fresh), fresh).isEmpty());
}

void TestModelChange::inspectorAndSelectionFollowTheEvent()
{
    ElementEditor editor;
    editor.setDocument(m_doc.get());
    editor.setElement(QStringLiteral("component"), QStringLiteral("orders"));
    Selection selection;
    selection.setDocument(m_doc.get());
    selection.selectMany({QStringLiteral("orders"), QStringLiteral("billing")}, 0);
    QSignalSpy values(&editor, &QAbstractItemModel::dataChanged);

    m_doc->renameComponent(QStringLiteral("orders"), QStringLiteral("shop"));
    QCOMPARE(editor.elementId(), QStringLiteral("shop"));
    QCOMPARE(editor.value(QStringLiteral("id")).toString(), QStringLiteral("shop"));
    QVERIFY(selection.componentIds().contains(QStringLiteral("shop")));
    QVERIFY(!values.isEmpty());

    values.clear();
    m_doc->moveComponents({QStringLiteral("web")}, {QPointF(5, 5)}); // not this element's fields
    QVERIFY(values.isEmpty());

    m_doc->removeComponent(QStringLiteral("shop"));
    QCOMPARE(editor.elementId(), QString());
    QCOMPARE(selection.componentIds(), QStringList {QStringLiteral("billing")});
    m_doc->undo();
    QCOMPARE(m_doc->componentIndex(QStringLiteral("shop")), 1);
}

QTEST_MAIN(TestModelChange)
#include "tst_modelchange.moc"
