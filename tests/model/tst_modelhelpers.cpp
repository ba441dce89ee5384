// The one number formatter (model/numbertext.h): what a saved file, an export or a
// lint message shows for a number, and that the text reads back as the same number.
// The one model index (model/modelindex.h): ids and endpoints as lint and exporters see them.

#include "model/modelindex.h"
#include "model/numbertext.h"

#include <QTest>

#include <charconv>
#include <cmath>
#include <limits>

using namespace seam;

class TestModelHelpers : public QObject {
    Q_OBJECT

private slots:
    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 300.0 << "300";
        QTest::newRow("negative whole") << -42.0 << "-42";
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("decimal") << 99.95 << "99.95";
        QTest::newRow("five nines") << 99.999 << "99.999";
        QTest::newRow("seven digits") << 99.99995 << "99.99995";
        QTest::newRow("tiny") << 1e-7 << "1e-07";
        QTest::newRow("largest plain whole") << 999999999999999.0 << "999999999999999";
        QTest::newRow("1e15 has an exponent") << 1e15 << "1e+15";
        QTest::newRow("binary noise is kept, it is the value") << 0.1 + 0.2 << "0.30000000000000004";
    }
    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        const std::string written = seam::formatNumber(value);
        QCOMPARE(QString::fromStdString(written), text);
        double back = 0;
        const auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), back);
        QVERIFY(error == std::errc() && end == written.data() + written.size());
        QCOMPARE(back, value);
    }

    void integers()
    {
        QCOMPARE(seam::formatNumber(30000LL), std::string("30000"));
        QCOMPARE(seam::formatNumber(-1), std::string("-1"));
        QCOMPARE(seam::formatNumber(std::numeric_limits<long long>::max()), std::string("9223372036854775807"));
    }

    void notFinite()
    {
        QCOMPARE(seam::formatNumber(std::numeric_limits<double>::infinity()), std::string("inf"));
        QCOMPARE(seam::formatNumber(std::nan("")), std::string("nan"));
    }

    void rounded()
    {
        QCOMPARE(formatRounded(0.1 + 0.2, 3), std::string("0.3"));
        QCOMPARE(formatRounded(99.9 * 99.9 / 100, 3), std::string("99.8"));
        QCOMPARE(formatRounded(150.0, 3), std::string("150"));
        QCOMPARE(formatRounded(2.0 / 3.0, 4), std::string("0.6667"));
        QCOMPARE(formatRounded(1e300, 3).size(), size_t(301)); // no truncation of huge values
    }

    void indexResolvesIdsAndEnds()
    {
        Model model;
        for (const char *id : {"a", "b", "a"}) {
            Component c;
            c.id = id;
            model.components.push_back(c);
        }
        std::vector<Integration> edges(3);
        edges[0].id = "ab";
        edges[0].from = "a";
        edges[0].to = "b";
        edges[1].id = "b-gone";
        edges[1].from = "b";
        edges[1].to = "gone";
        edges[2].id = "ba";
        edges[2].from = "b";
        edges[2].to = "a";
        model.integrations = edges;

        const ModelIndex index(model);
        QCOMPARE(index.componentIndex("a"), 0); // the first of two "a" wins
        QCOMPARE(index.componentIndex("gone"), -1);
        QVERIFY(!index.findComponent("gone"));
        QCOMPARE(index.findIntegration("ba")->from, std::string("b"));
        QVERIFY(!index.findIntegration("nope"));
        QCOMPARE(index.to(1), -1);
        QVERIFY(!index.resolved(1));
        // Only integrations with both ends known are adjacent.
        QCOMPARE(index.outgoing(1), std::vector<int>({2}));
        QCOMPARE(index.incoming(0), std::vector<int>({2}));
        QCOMPARE(index.outgoing(0), std::vector<int>({0}));
        QCOMPARE(index.name("gone"), std::string("gone"));
    }
};

QTEST_APPLESS_MAIN(TestModelHelpers)
#include "tst_modelhelpers.moc"
