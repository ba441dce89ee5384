// Edit ▸ Align: where aligned and distributed cards go (views/arrangement.h), and that the
// selection's Align and Distribute move exactly the selected cards, as one undo step.

#include "editortestutil.h"

#include "views/arrangement.h"
#include "views/lintrunner.h"
#include "views/recovery.h"
#include "views/selection.h"

#include <QGuiApplication>

using namespace seam;

namespace {

const char *const ThreeCards = R"(seam: 1
name: Arrange
components:
  - {id: a, kind: service}
  - {id: b, kind: service}
  - {id: c, kind: service}
  - {id: d, kind: service}
layout:
  a: [0, 10]
  b: [300, 250]
  c: [100, 40]
  d: [900, 900]
)";

} // namespace

class TestArrangement : public QObject {
    Q_OBJECT

private slots:
    void alignTakesTheSelectionsEdgeOnOneAxis()
    {
        const std::vector<QPointF> cards {{0, 10}, {300, 250}, {100, 40}};
        QCOMPARE(alignedPositions(cards, Alignment::Left), (std::vector<QPointF> {{0, 10}, {0, 250}, {0, 40}}));
        QCOMPARE(alignedPositions(cards, Alignment::Right), (std::vector<QPointF> {{300, 10}, {300, 250}, {300, 40}}));
        QCOMPARE(alignedPositions(cards, Alignment::Centre), (std::vector<QPointF> {{150, 10}, {150, 250}, {150, 40}}));
        QCOMPARE(alignedPositions(cards, Alignment::Top), (std::vector<QPointF> {{0, 10}, {300, 10}, {100, 10}}));
        QCOMPARE(alignedPositions(cards, Alignment::Bottom), (std::vector<QPointF> {{0, 250}, {300, 250}, {100, 250}}));
        // Whole pixels, as layout: writes them.
        QCOMPARE(alignedPositions(cards, Alignment::Middle), (std::vector<QPointF> {{0, 130}, {300, 130}, {100, 130}}));
        QCOMPARE(alignedPositions({{0, 0}, {0, 5}}, Alignment::Middle), (std::vector<QPointF> {{0, 3}, {0, 3}}));
        QVERIFY(!alignmentNamed("sideways"));
        QVERIFY(alignmentNamed("bottom") == Alignment::Bottom);
    }

    void distributeKeepsTheEndsAndTheOrder()
    {
        // Order along x is a(0), c(100), e(160), b(300): c and e go to 100 and 200; y stays.
        const std::vector<QPointF> cards {{0, 10}, {300, 250}, {100, 40}, {160, 70}};
        QCOMPARE(distributedPositions(cards, Qt::Horizontal),
                 (std::vector<QPointF> {{0, 10}, {300, 250}, {100, 40}, {200, 70}}));
        QCOMPARE(distributedPositions(cards, Qt::Vertical),
                 (std::vector<QPointF> {{0, 10}, {300, 250}, {100, 90}, {160, 170}}));
        const std::vector<QPointF> two {{0, 0}, {50, 80}};
        QCOMPARE(distributedPositions(two, Qt::Horizontal), two);
    }

    void selectionAlignsInOneUndoStep()
    {
        Document doc;
        doc.lintRunner()->setEnabled(false);
        doc.recovery()->setInterval(0);
        LoadResult loaded = loadModelFromString(ThreeCards, "arrange", FileFormat::Yaml);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.diagnostics.front().toString().c_str());
        doc.setModel(std::move(*loaded.model));
        Selection selection;
        selection.setDocument(&doc);
        selection.selectMany({"a", "b", "c"});
        selection.align("top");
        QCOMPARE(doc.componentPosition("a"), QPointF(0, 10));
        QCOMPARE(doc.componentPosition("b"), QPointF(300, 10));
        QCOMPARE(doc.componentPosition("c"), QPointF(100, 10));
        QCOMPARE(doc.componentPosition("d"), QPointF(900, 900)); // not selected
        QCOMPARE(doc.undoText(), QString("Align top"));
        doc.undo();
        QCOMPARE(doc.componentPosition("b"), QPointF(300, 250));
        QCOMPARE(doc.componentPosition("c"), QPointF(100, 40));
        // Distributing needs three cards; two leave the undo stack alone.
        selection.selectMany({"a", "b"});
        const QString before = doc.undoText();
        selection.distribute(Qt::Horizontal);
        QCOMPARE(doc.undoText(), before);
        selection.selectMany({"a", "b", "c", "d"});
        selection.distribute(Qt::Horizontal);
        QCOMPARE(doc.componentPosition("c"), QPointF(300, 40)); // order a, c, b, d: steps of 300
        QCOMPARE(doc.componentPosition("b"), QPointF(600, 250));
        QCOMPARE(doc.undoText(), QString("Distribute Horizontally"));
    }
};

QTEST_MAIN(TestArrangement)
#include "tst_arrangement.moc"
