// `seam-cli export --format dot|svg|png` as the export framework runs them:
// registered under their ids, in their place in `--format all`, one file each.

#include "exporters/exporter.h"
#include "synthetic/syntheticmodel.h"

#include <QtTest>

using namespace seam;

class TestGraphExporters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registeredInOrder()
    {
        std::vector<std::string> ids;
        for (const auto &e : exporters())
            ids.emplace_back(e->id());
        auto at = [&](const char *id) { return std::find(ids.begin(), ids.end(), id) - ids.begin(); };
        QVERIFY(findExporter("dot") && findExporter("svg") && findExporter("png"));
        QVERIFY(at("dot") < at("svg"));
        QVERIFY(at("svg") < at("png"));
        QCOMPARE(at("png"), std::ptrdiff_t(ids.size() - 1)); // 92: last of the built-in formats
        for (const char *id : {"dot", "svg", "png"})
            QVERIFY(!findExporter(id)->description().empty());
    }

    void eachWritesItsOverviewFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("dot") << "dot" << QByteArray("digraph");
        QTest::newRow("svg") << "svg" << QByteArray("<?xml");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG", 4);
    }

    void eachWritesItsOverviewFile()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        const Model model = synthetic::layoutGraph(12);
        const Exporter *exporter = findExporter(format.toStdString());
        QVERIFY(exporter);
        const ExportResult result = exporter->run(model, ExportOptions {});
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.files.size(), size_t(1));
        QCOMPARE(QString::fromStdString(result.files[0].relativePath), "overview." + format);
        QVERIFY(QByteArray::fromStdString(result.files[0].contents).startsWith(start));
        QVERIFY(result.warnings.empty());

        QTemporaryDir dir;
        QCOMPARE(QString::fromStdString(writeExport(result, dir.path().toStdString())), QString());
        QFile written(dir.filePath("overview." + format));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray::fromStdString(result.files[0].contents));
    }

    void largeModelWarnsAboutSfdp()
    {
        const Model model = synthetic::layoutGraph(1600, 1);
        const ExportResult result = findExporter("dot")->run(model, ExportOptions {});
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.warnings.size(), size_t(1));
        QVERIFY(QByteArray::fromStdString(result.files[0].contents).contains("layout=sfdp"));
    }
};

QTEST_GUILESS_MAIN(TestGraphExporters)
#include "tst_graphexporters.moc"
