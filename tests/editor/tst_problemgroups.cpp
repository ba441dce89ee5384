// The Problems panel's model on findings that share a root cause: one group
// row with the count, members listed under it on demand, every finding counted.

#include "model/lint/linter.h"
#include "model/modelio.h"
#include "views/problemlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace seam;

class TestProblemGroups : public QObject {
    Q_OBJECT

private slots:
    void groupRowExpandsToItsMembers();
};

void TestProblemGroups::groupRowExpandsToItsMembers()
{
    const LoadResult loaded
        = loadModelFromFile(QStringLiteral(SEAM_EXAMPLES_DIR "/online-boutique.seam.yaml").toStdString());
    QVERIFY(loaded.ok());
    const LintResult result = lint(*loaded.model);
    QSet<QString> components, integrations;
    for (const Component &c : loaded.model->components)
        components.insert(QString::fromStdString(c.id));
    for (const Integration &i : loaded.model->integrationList())
        integrations.insert(QString::fromStdString(i.id));

    ProblemListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result, components, integrations);
    const auto groups = groupFindings(result.findings);
    QCOMPARE(size_t(model.rowCount()), groups.size()); // collapsed: one row per cause
    QCOMPARE(size_t(model.errorCount() + model.warningCount() + model.infoCount()), result.findings.size());

    int row = -1;
    for (int i = 0; i < model.rowCount() && row < 0; ++i)
        if (model.get(i).value("kind") == QLatin1String("group"))
            row = i;
    QVERIFY(row >= 0);
    const QVariantMap group = model.get(row);
    const int members = group.value("memberCount").toInt();
    QVERIFY(members > 1);
    QVERIFY(group.value("element").toString().isEmpty());

    const int rows = model.rowCount();
    model.toggleGroup(row);
    QCOMPARE(model.rowCount(), rows + members);
    QVERIFY(model.get(row).value("expanded").toBool());
    for (int m = 1; m <= members; ++m) {
        const QVariantMap member = model.get(row + m);
        QCOMPARE(member.value("kind").toString(), QStringLiteral("member"));
        QCOMPARE(member.value("rule"), group.value("rule"));
        QCOMPARE(member.value("elementType").toString(), QStringLiteral("integration"));
        QCOMPARE(member.value("element").toString(), group.value("related").toStringList().at(m - 1));
        QCOMPARE(QString::fromStdString(model.finding(row + m).element), member.value("element").toString());
    }
    // A member row is not a group: toggling it does nothing.
    model.toggleGroup(row + 1);
    QCOMPARE(model.rowCount(), rows + members);

    // A new lint result (an edit) keeps the group open.
    model.setResult(result, components, integrations);
    QCOMPARE(model.rowCount(), rows + members);
    model.toggleGroup(row);
    QCOMPARE(model.rowCount(), rows);
}

QTEST_GUILESS_MAIN(TestProblemGroups)
#include "tst_problemgroups.moc"
