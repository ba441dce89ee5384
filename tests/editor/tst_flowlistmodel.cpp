// The Flows panel's model: flows as rows, and a flow's steps numbered as the panel and the
// canvas badges show them (groups lettered, compensations marked), following edits.

#include "editortestutil.h"

#include "views/flowlistmodel.h"
#include "views/lintrunner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace seam;

namespace {

QString flowsFile()
{
    return QStringLiteral(SEAM_EDITOR_TEST_DIR "/../qml/data/flows.seam.yaml");
}

// "number kind integration operation-or-event", one per step: what a reader of the panel sees.
QStringList outline(const QVariantList &steps)
{
    QStringList lines;
    for (const QVariant &v : steps) {
        const QVariantMap s = v.toMap();
        QString line = s[QStringLiteral("number")].toString() + QLatin1Char(' ') + s[QStringLiteral("kind")].toString();
        if (s[QStringLiteral("kind")] == QLatin1String("group"))
            line += QLatin1Char(' ') + s[QStringLiteral("title")].toString();
        else
            line += QLatin1Char(' ') + s[QStringLiteral("integration")].toString();
        for (const char *key : {"operation", "event"})
            if (!s[QLatin1String(key)].toString().isEmpty())
                line += QLatin1Char(' ') + s[QLatin1String(key)].toString();
        lines << line;
    }
    return lines;
}

QVariantMap stepNumbered(const QVariantList &steps, const QString &number)
{
    for (const QVariant &v : steps)
        if (v.toMap()[QStringLiteral("number")] == number)
            return v.toMap();
    return {};
}

} // namespace

class TestFlowListModel : public QObject {
    Q_OBJECT

private slots:
    void rowsAndRoles();
    void stepsAreNumberedWithGroupsAndCompensations();
    void whatAFlowTouches();
    void followsEditsUndoAndLoad();
};

void TestFlowListModel::rowsAndRoles()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY2(doc.load(flowsFile()), qPrintable(doc.lastError()));
    FlowListModel flows;
    QAbstractItemModelTester tester(&flows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    flows.setDocument(&doc);
    QCOMPARE(flows.count(), 2);
    const QModelIndex checkout = flows.index(0);
    QCOMPARE(checkout.data(FlowListModel::FlowIdRole).toString(), QStringLiteral("checkout"));
    QCOMPARE(checkout.data(FlowListModel::NameRole).toString(), QStringLiteral("Check out"));
    QCOMPARE(checkout.data(FlowListModel::StepCountRole).toInt(), 9); // call steps in every branch
    QCOMPARE(checkout.data(FlowListModel::SlaRole).toString(), QStringLiteral("p95 1500 ms"));
    const QModelIndex browse = flows.index(1);
    QCOMPARE(browse.data(FlowListModel::NameRole).toString(), QStringLiteral("browse")); // no name: the id
    QCOMPARE(browse.data(FlowListModel::StepCountRole).toInt(), 1);
    QCOMPARE(browse.data(FlowListModel::SlaRole).toString(), QString());
    QCOMPARE(flows.indexOf(QStringLiteral("browse")), 1);
    QCOMPARE(flows.indexOf(QStringLiteral("nope")), -1);
    QVERIFY(flows.steps(QStringLiteral("nope")).isEmpty());
}

void TestFlowListModel::stepsAreNumberedWithGroupsAndCompensations()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY2(doc.load(flowsFile()), qPrintable(doc.lastError()));
    FlowListModel flows;
    flows.setDocument(&doc);
    const QVariantList steps = flows.steps(QStringLiteral("checkout"));
    const QStringList expected {
        QStringLiteral("1 call web-shop"),
        QStringLiteral("2 call shop-cart GetCart"),
        QStringLiteral("3 call shop-payments Charge"),
        QStringLiteral("↺3 compensation shop-payments Refund"),
        QStringLiteral("4 group parallel"),
        QStringLiteral("4a call shop-email"),
        QStringLiteral("4b call shop-loyalty"),
        QStringLiteral("5 group alternative"),
        QStringLiteral("5a.1 call shop-stock Reserve"),
        QStringLiteral("↺5a.1 compensation shop-stock Release"),
        QStringLiteral("5a.2 call shop-cart ReleaseCart"),
        QStringLiteral("5b call shop-email"),
        QStringLiteral("6 group optional"),
        QStringLiteral("6a call shop-stock Release"),
    };
    QCOMPARE(outline(steps), expected);

    const QVariantMap charge = stepNumbered(steps, QStringLiteral("3"));
    QCOMPARE(charge[QStringLiteral("irreversible")].toBool(), true);
    QCOMPARE(charge[QStringLiteral("from")].toString(), QStringLiteral("shop"));
    QCOMPARE(charge[QStringLiteral("to")].toString(), QStringLiteral("payments"));
    QCOMPARE(charge[QStringLiteral("fromName")].toString(), QStringLiteral("Shop")); // named: the name
    QCOMPARE(charge[QStringLiteral("toName")].toString(), QStringLiteral("payments")); // unnamed: the id
    QCOMPARE(stepNumbered(steps, QStringLiteral("2"))[QStringLiteral("irreversible")].toBool(), false);
    const QVariantMap refund = stepNumbered(steps, QStringLiteral("↺3"));
    QCOMPARE(refund[QStringLiteral("undoes")].toString(), QStringLiteral("3"));
    QCOMPARE(refund[QStringLiteral("viaStep")].toString(), QString()); // a call of its own
    // `compensation: release` names a step further down: its number, not its id.
    const QVariantMap release = stepNumbered(steps, QStringLiteral("↺5a.1"));
    QCOMPARE(release[QStringLiteral("undoes")].toString(), QStringLiteral("5a.1"));
    QCOMPARE(release[QStringLiteral("viaStep")].toString(), QStringLiteral("6a"));
    // Branch conditions go with the branch's first step; depth follows the nesting.
    QCOMPARE(stepNumbered(steps, QStringLiteral("5a.1"))[QStringLiteral("when")].toString(),
             QStringLiteral("in stock"));
    QCOMPARE(stepNumbered(steps, QStringLiteral("5a.2"))[QStringLiteral("when")].toString(), QString());
    QCOMPARE(stepNumbered(steps, QStringLiteral("5b"))[QStringLiteral("when")].toString(),
             QStringLiteral("out of stock"));
    QCOMPARE(stepNumbered(steps, QStringLiteral("5"))[QStringLiteral("depth")].toInt(), 0);
    QCOMPARE(stepNumbered(steps, QStringLiteral("5a.1"))[QStringLiteral("depth")].toInt(), 1);
    QCOMPARE(stepNumbered(steps, QStringLiteral("↺5a.1"))[QStringLiteral("depth")].toInt(), 2);
}

void TestFlowListModel::whatAFlowTouches()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY2(doc.load(flowsFile()), qPrintable(doc.lastError()));
    FlowListModel flows;
    flows.setDocument(&doc);
    QCOMPARE(
        flows.integrationIds(QStringLiteral("checkout")),
        (QStringList {QStringLiteral("web-shop"), QStringLiteral("shop-cart"), QStringLiteral("shop-payments"),
                      QStringLiteral("shop-email"), QStringLiteral("shop-loyalty"), QStringLiteral("shop-stock")}));
    QStringList components = flows.componentIds(QStringLiteral("checkout"));
    components.sort();
    QCOMPARE(components,
             (QStringList {QStringLiteral("cart"), QStringLiteral("email"), QStringLiteral("loyalty"),
                           QStringLiteral("payments"), QStringLiteral("shop"), QStringLiteral("stock"),
                           QStringLiteral("web")}));
    QCOMPARE(flows.integrationIds(QStringLiteral("browse")), QStringList {QStringLiteral("web-shop")});
}

void TestFlowListModel::followsEditsUndoAndLoad()
{
    Document doc;
    doc.lintRunner()->setEnabled(false);
    QVERIFY2(doc.load(flowsFile()), qPrintable(doc.lastError()));
    FlowListModel flows;
    QAbstractItemModelTester tester(&flows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    flows.setDocument(&doc);
    QSignalSpy revisions(&flows, &FlowListModel::revisionChanged);
    QSignalSpy data(&flows, &QAbstractItemModel::dataChanged);
    const QString checkout = QStringLiteral("checkout");

    // Removing an integration removes the flows that used it (Document's rule: a flow that lost
    // a step no longer describes its journey): the rows follow, undo brings it back.
    doc.removeIntegration(QStringLiteral("shop-loyalty"));
    QCOMPARE(revisions.count(), 1);
    QCOMPARE(flows.count(), 1);
    QCOMPARE(flows.index(0).data(FlowListModel::FlowIdRole).toString(), QStringLiteral("browse"));
    QVERIFY(flows.steps(checkout).isEmpty());
    doc.undo();
    QCOMPARE(flows.count(), 2);
    QCOMPARE(flows.index(0).data(FlowListModel::StepCountRole).toInt(), 9);
    QVERIFY(outline(flows.steps(checkout)).contains(QStringLiteral("4b call shop-loyalty")));

    // A renamed integration is renamed in the steps; the rows stay and are refreshed in place.
    data.clear();
    QCOMPARE(doc.renameIntegration(QStringLiteral("web-shop"), QStringLiteral("storefront")), QString());
    QVERIFY(data.count() >= 1);
    QCOMPARE(flows.count(), 2);
    QCOMPARE(outline(flows.steps(checkout)).first(), QStringLiteral("1 call storefront"));
    QCOMPARE(flows.integrationIds(QStringLiteral("browse")), QStringList {QStringLiteral("storefront")});

    // Moving cards changes nothing a flow says: no refresh.
    const int before = revisions.count();
    QHash<QString, QPointF> moved;
    moved.insert(QStringLiteral("web"), QPointF(0, 0));
    doc.moveComponents(moved, 0);
    QCOMPARE(revisions.count(), before);

    // Another model: other rows.
    QVERIFY(doc.load(test::exampleFile("checkout.seam.yaml")));
    QCOMPARE(flows.count(), 2);
    QCOMPARE(flows.index(0).data(FlowListModel::FlowIdRole).toString(), QStringLiteral("place-order"));
    QVERIFY(flows.steps(checkout).isEmpty());
    QCOMPARE(outline(flows.steps(QStringLiteral("place-order"))).first(), QStringLiteral("1 call web-gateway"));
}

QTEST_GUILESS_MAIN(TestFlowListModel)
#include "tst_flowlistmodel.moc"
