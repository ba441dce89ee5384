// AsyncAPI import → export in the same version → both documents reduced to what they
// say (canonicalAsyncApi: channel addresses, operations with action, channel and
// messages, messages with payloads and headers after $ref resolution, bindings) and
// compared for equality. Also: the version an export is written in, and what a
// cross-version export leaves out.
#include "asyncapitesting.h"

#include "clirun.h"
#include "model/modelio.h"

#include <QtTest>

using namespace seam;
using namespace seam::testing;

namespace {

ExportResult exportAsyncApi(const Model &model, const std::string &version = {})
{
    ExportOptions options;
    options.asyncapiVersion = version;
    return findExporter("asyncapi")->run(model, options);
}

} // namespace

class TestAsyncApiRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void sameVersionRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::newRow("3.0 yaml") << "warehouse-3.0.yaml"
                                  << "3.0.0";
        QTest::newRow("2.6 yaml") << "warehouse-2.6.yaml"
                                  << "2.6.0";
        QTest::newRow("3.0 json") << "sensors-3.0.json"
                                  << "3.0.0";
    }

    void sameVersionRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QString, version);
        const QString path = kAsyncApiData + "/" + file;
        ImportResult imported = importAsyncApi(path);
        QVERIFY2(imported.ok(), diagnosticsText(imported.diagnostics).c_str());
        imported.model.name = "Round trip";

        const ExportResult exported = exportAsyncApi(imported.model);
        QVERIFY2(exported.ok(), exported.error.c_str());
        QCOMPARE(exported.files.size(), size_t(1)); // one application
        std::string warnings;
        for (const std::string &warning : exported.warnings)
            warnings += warning + "\n";
        QVERIFY2(exported.warnings.empty(), warnings.c_str());
        const nlohmann::json original = documentJson(readText(path), path.toStdString());
        const nlohmann::json written = documentJson(exported.files.front().contents, "export");
        QVERIFY(written.is_object());
        QCOMPARE(QString::fromStdString(written["asyncapi"].get<std::string>()), version);

        const nlohmann::json expected = canonicalAsyncApi(original);
        const nlohmann::json actual = canonicalAsyncApi(written);
        QVERIFY(!expected["channels"].empty());
        QVERIFY(!expected["operations"].empty());
        if (expected != actual)
            QFAIL(qPrintable("round trip differs\nexpected: " + QString::fromStdString(expected.dump(1))
                             + "\nactual:   " + QString::fromStdString(actual.dump(1)) + "\nexport:\n"
                             + QString::fromStdString(exported.files.front().contents)));
        // What the model cannot hold comes back from the extras.
        if (version == "3.0.0" && file.startsWith("warehouse")) {
            QCOMPARE(written["servers"], original["servers"]);
            QCOMPARE(written["info"]["version"], original["info"]["version"]);
            QCOMPARE(written["channels"]["pickerAlerts"]["parameters"],
                     original["channels"]["pickerAlerts"]["parameters"]);
            QCOMPARE(written["operations"]["publishStock"]["summary"],
                     original["operations"]["publishStock"]["summary"]);
        }
        if (version == "2.6.0")
            QCOMPARE(written["id"], original["id"]);
    }

    // The import of a 2.6 document exported as 3.0 (and back): the same channels,
    // operations, messages and bindings in the other version's shape.
    void crossVersionKeepsTheContract()
    {
        const QString path = kAsyncApiData + "/warehouse-3.0.yaml";
        ImportResult imported = importAsyncApi(path);
        QVERIFY(imported.ok());
        imported.model.name = "Cross";
        const ExportResult as26 = exportAsyncApi(imported.model, "2.6");
        QVERIFY(as26.ok());
        // Servers and parameters are 3.0 shapes: not written in 2.6, and said so.
        QCOMPARE(as26.warnings.size(), size_t(1));
        const nlohmann::json written = documentJson(as26.files.front().contents, "export");
        QCOMPARE(written["asyncapi"].get<std::string>(), std::string("2.6.0"));
        QVERIFY(!written.contains("servers"));
        const nlohmann::json expected = canonicalAsyncApi(documentJson(readText(path), "in"));
        const nlohmann::json actual = canonicalAsyncApi(written);
        QCOMPARE(actual["channels"].size(), expected["channels"].size());
        for (auto it = expected["channels"].begin(); it != expected["channels"].end(); ++it) {
            QVERIFY2(actual["channels"].contains(it.key()), it.key().c_str());
            QCOMPARE(actual["channels"][it.key()]["messages"], it.value()["messages"]);
        }
        std::vector<std::string> actions;
        for (const auto &op : actual["operations"])
            actions.push_back(op["action"].get<std::string>() + " " + op["channel"].get<std::string>());
        std::sort(actions.begin(), actions.end());
        QCOMPARE(actions,
                 (std::vector<std::string> {"receive warehouse.shipments", "send floor/{zone}/alerts",
                                            "send warehouse.stock-levels.v1"}));
        // 2.x verbs: the application sends stock levels, so the channel has `subscribe`.
        QVERIFY(written["channels"]["warehouse.stock-levels.v1"].contains("subscribe"));
        QVERIFY(!written["channels"]["warehouse.stock-levels.v1"].contains("publish"));
        QVERIFY(written["channels"]["warehouse.shipments"].contains("publish"));
    }

    void requestedVersionWins()
    {
        ImportResult imported = importAsyncApi(kAsyncApiData + "/warehouse-2.6.yaml");
        QVERIFY(imported.ok());
        imported.model.name = "Versions";
        QCOMPARE(documentJson(exportAsyncApi(imported.model).files.front().contents, "a")["asyncapi"],
                 nlohmann::json("2.6.0"));
        QCOMPARE(documentJson(exportAsyncApi(imported.model, "3.0").files.front().contents, "b")["asyncapi"],
                 nlohmann::json("3.0.0"));
        const ExportResult bad = exportAsyncApi(imported.model, "4.0");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.find("3.0 or 2.6") != std::string::npos);
    }

    // seam-cli export reaches the version option, on an imported model saved as a file.
    void cliExportVersionOption()
    {
        ImportResult imported = importAsyncApi(kAsyncApiData + "/warehouse-3.0.yaml");
        QVERIFY(imported.ok());
        imported.model.name = "Cli";
        QTemporaryDir dir;
        const QString model = dir.path() + "/warehouse.seam.yaml";
        QFile file(model);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(saveModelToString(imported.model, FileFormat::Yaml)));
        file.close();

        const CliRun same = runCli({"export", model, "--format", "asyncapi", "-o", dir.path() + "/same"});
        QVERIFY2(same.exitCode == 0, qPrintable(same.describe()));
        QCOMPARE(documentJson(readText(dir.path() + "/same/asyncapi/warehouse-service.yaml"), "same")["asyncapi"],
                 nlohmann::json("3.0.0"));
        const CliRun old
            = runCli({"export", model, "--format", "asyncapi", "--asyncapi-version", "2.6", "-o", dir.path() + "/old"});
        QVERIFY2(old.exitCode == 0, qPrintable(old.describe()));
        QVERIFY2(old.err.contains("not written in AsyncAPI 2.6.0"), qPrintable(old.describe()));
        QCOMPARE(documentJson(readText(dir.path() + "/old/asyncapi/warehouse-service.yaml"), "old")["asyncapi"],
                 nlohmann::json("2.6.0"));
        const CliRun bad = runCli({"export", model, "--asyncapi-version", "4.0", "-o", dir.path() + "/bad"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("3.0 or 2.6"), qPrintable(bad.describe()));
    }
};

QTEST_GUILESS_MAIN(TestAsyncApiRoundTrip)
#include "tst_asyncapiroundtrip.moc"
