// The runtime exports checked by the real tools, on the checkout example and the test model:
//   kubernetes-models + @kubernetes-models/istio (tools/validators/check-kubernetes.mjs) validate
//   every Istio object and NetworkPolicy against its OpenAPI schema; @backstage/catalog-model's
//   entity policies and kind validators check the catalog (tools/validators/check-backstage.mjs); `promtool check
//   rules` lints the SLO rules and `promtool test rules` replays synthetic series so that the burn-rate alerts fire
//   when the budget burns, and stay quiet when it does not. Envoy's own v3 API protos (shipped by
//   @grpc/grpc-js-xds) check every Envoy bootstrap through libprotobuf's proto3 JSON parser
//   (envoy-proto-check); ajv checks the OpenSLO documents against the OpenSLO v1 schema written
//   down in data/openslo-v1.schema.json.
// A missing tool is a failure: scripts/install-validators.sh installs them (the ctest fixture).
#include "exporters/exporter.h"

#include <QtTest>
#include <yaml-cpp/yaml.h>

#include "clirun.h"
#include "exportertesting.h"

using namespace seam;
using namespace seam::testing;

namespace {

const QString kValidators = QStringLiteral(SEAM_VALIDATORS_DIR);
const QString kEnvoyProtos = kValidators + "/node_modules/@grpc/grpc-js-xds/deps";
const QString kOpenSloSchema = kTestDir + "/data/openslo-v1.schema.json";

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, {"*.yaml"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QString exportTo(const QString &model, const QString &format, const QString &dir)
{
    const CliRun run = runCli({"export", model, "--format", format, "-o", dir});
    if (run.exitCode != 0)
        return run.describe();
    return {};
}

bool writeFile(const QString &path, const std::string &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.data(), qint64(text.size()));
    return true;
}

// Two counters per status (a request-duration histogram's _count and one _bucket) growing by
// `perMinute` a minute for `minutes`.
void series(YAML::Emitter &out, const std::string &status, int countPerMinute, int fastPerMinute, int minutes)
{
    const std::string labels = "service_name=\"orders\",http_response_status_code=\"" + status + "\"";
    out << YAML::BeginMap << YAML::Key << "series" << YAML::Value
        << "http_server_request_duration_seconds_count{" + labels + "}" << YAML::Key << "values" << YAML::Value
        << "0+" + std::to_string(countPerMinute) + "x" + std::to_string(minutes) << YAML::EndMap;
    out << YAML::BeginMap << YAML::Key << "series" << YAML::Value
        << "http_server_request_duration_seconds_bucket{" + labels + ",le=\"0.25\"}" << YAML::Key << "values"
        << YAML::Value << "0+" + std::to_string(fastPerMinute) + "x" + std::to_string(minutes) << YAML::EndMap;
}

// The alerts the exported file defines for one SLO, as promtool expects them firing.
void expectedAlerts(YAML::Emitter &out, const YAML::Node &rules, const std::string &slo, bool withoutFastPage)
{
    out << YAML::BeginSeq;
    for (const YAML::Node &group : rules["groups"])
        for (const YAML::Node &rule : group["rules"])
            if (rule["alert"] && rule["labels"]["slo"].as<std::string>() == slo
                && !(withoutFastPage && rule["labels"]["long_window"].as<std::string>() == "1h"))
                out << YAML::BeginMap << YAML::Key << "exp_labels" << YAML::Value << rule["labels"] << YAML::Key
                    << "exp_annotations" << YAML::Value << rule["annotations"] << YAML::EndMap;
    out << YAML::EndSeq;
}

} // namespace

class TestRuntimeValidators : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kValidators + "/node_modules/@kubernetes-models/istio/package.json"),
                 "run scripts/install-validators.sh");
        QVERIFY2(QFile::exists(kEnvoyProtos + "/envoy-api/envoy/config/bootstrap/v3/bootstrap.proto"),
                 "run scripts/install-validators.sh");
        QVERIFY2(!QStandardPaths::findExecutable("promtool").isEmpty(),
                 "promtool missing: run scripts/install-validators.sh");
        for (const QString &model : {kExamples + "/checkout.seam.yaml", kTestDir + "/data/runtime.seam.yaml"}) {
            const QString dir = m_dir.filePath(QFileInfo(model).completeBaseName());
            // The catalog's API definitions point at the spec files: export those beside it.
            const QString error = exportTo(
                model, "istio,envoy,networkpolicy,prometheus,openslo,backstage,openapi,asyncapi,proto,graphql", dir);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void kubernetesObjectsMatchTheirSchemas()
    {
        QStringList files;
        for (const char *model : {"checkout.seam", "runtime.seam"})
            files << filesUnder(m_dir.filePath(QString(model) + "/istio"))
                  << filesUnder(m_dir.filePath(QString(model) + "/networkpolicy"));
        QVERIFY(files.size() >= 8);
        const CliRun run = runProgram("node", QStringList {kValidators + "/check-kubernetes.mjs"} + files);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out.count(": ok ("), files.size());
    }

    // The validator is not a rubber stamp: a wrong type in an exported object fails.
    void istioSchemaRejectsAWrongType()
    {
        QFile file(m_dir.filePath("checkout.seam/istio/orders/orders.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains("attempts: 0"));
        text.replace("attempts: 0", "attempts: many");
        const QString broken = m_dir.filePath("broken-istio.yaml");
        QVERIFY(writeFile(broken, text.toStdString()));
        const CliRun run = runProgram("node", {kValidators + "/check-kubernetes.mjs", broken});
        QVERIFY2(run.exitCode == 1 && run.out.contains("attempts must be integer"), qPrintable(run.describe()));
    }

    void envoyBootstrapsMatchEnvoysProtos()
    {
        QStringList files;
        for (const char *model : {"checkout.seam", "runtime.seam"})
            files << filesUnder(m_dir.filePath(QString(model) + "/envoy"));
        QCOMPARE(files.size(), 5); // checkout: gateway, payments, notifications; runtime: shop, cart
        const CliRun run = runProgram(SEAM_ENVOY_PROTO_CHECK, QStringList {kEnvoyProtos} + files);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out.count(": ok ("), files.size());
        QVERIFY2(run.out.contains("shop.yaml: ok (2 clusters, 3 routes)"), qPrintable(run.describe()));
    }

    // The protos are not a rubber stamp: a wrong type, a field Envoy does not have and a route to
    // a cluster that is not defined each fail.
    void envoyCheckRejectsWhatEnvoyWould_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("type") << "num_retries: 2"
                              << "num_retries: many"
                              << "num_retries.value";
        QTest::newRow("field") << "consecutive_5xx:"
                               << "consecutive_5xx_errors:"
                               << "Cannot find field";
        QTest::newRow("enum") << "type: STRICT_DNS"
                              << "type: ROUND_ROBIN_DNS"
                              << "Cluster.DiscoveryType";
        QTest::newRow("cluster") << "cluster: shop-cart"
                                 << "cluster: shop-kart"
                                 << "which is not defined";
    }
    void envoyCheckRejectsWhatEnvoyWould()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QFile file(m_dir.filePath("runtime.seam/envoy/shop.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(from));
        text.replace(text.indexOf(from), from.size(), to);
        const QString broken = m_dir.filePath(QString("broken-envoy-%1.yaml").arg(QTest::currentDataTag()));
        QVERIFY(writeFile(broken, text.toStdString()));
        const CliRun run = runProgram(SEAM_ENVOY_PROTO_CHECK, {kEnvoyProtos, broken});
        QVERIFY2(run.exitCode == 1 && run.out.contains(": error: ") && run.out.contains(message),
                 qPrintable(run.describe()));
    }

    void opensloDocumentsMatchTheSchema()
    {
        QStringList files;
        for (const char *model : {"checkout.seam", "runtime.seam"})
            files << m_dir.filePath(QString(model) + "/openslo/slos.yaml");
        const CliRun run
            = runProgram("node", QStringList {kValidators + "/check-yaml-schema.mjs", kOpenSloSchema} + files);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out.count(": ok ("), files.size());
        // checkout: gateway and orders (a Service, two SLIs, two SLOs each), team-orders' four
        // AlertPolicies and its AlertNotificationTarget.
        QVERIFY2(run.out.contains("ok (15 documents)"), qPrintable(run.describe()));
    }

    void opensloSchemaRejectsBadDocuments_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("target") << "target: 0.9995"
                                << "target: 99.95"
                                << "target must be < 1";
        QTest::newRow("window") << "lookbackWindow: 1h"
                                << "lookbackWindow: 1 hour"
                                << "lookbackWindow must match";
        QTest::newRow("indicator") << "indicatorRef: orders-availability"
                                   << "indicatorName: orders-availability"
                                   << "must NOT have additional properties";
        QTest::newRow("name") << "name: orders-latency-p95"
                              << "name: Orders_Latency"
                              << "name must match";
    }
    void opensloSchemaRejectsBadDocuments()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QFile file(m_dir.filePath("checkout.seam/openslo/slos.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(text.indexOf(from), from.size(), to);
        const QString broken = m_dir.filePath(QString("broken-openslo-%1.yaml").arg(QTest::currentDataTag()));
        QVERIFY(writeFile(broken, text.toStdString()));
        const CliRun run = runProgram("node", {kValidators + "/check-yaml-schema.mjs", kOpenSloSchema, broken});
        QVERIFY2(run.exitCode == 1 && run.out.contains(message), qPrintable(run.describe()));
    }

    void backstageEntitiesPassTheCatalogValidators()
    {
        QStringList files;
        for (const char *model : {"checkout.seam", "runtime.seam"})
            files << m_dir.filePath(QString(model) + "/backstage/catalog-info.yaml");
        const CliRun run = runProgram("node", QStringList {kValidators + "/check-backstage.mjs"} + files);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out.count(": ok ("), files.size());
        QVERIFY2(run.out.contains("ok (23 entities)"), qPrintable(run.describe())); // checkout: 1 + 13 + 9 APIs
        // A lifecycle that is not text fails: the validators check the kind's schema.
        QFile file(files.front());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        text.replace("lifecycle: production", "lifecycle: 42");
        const QString broken = m_dir.filePath("checkout.seam/backstage/broken.yaml");
        QVERIFY(writeFile(broken, text.toStdString()));
        const CliRun bad = runProgram("node", {kValidators + "/check-backstage.mjs", broken});
        QVERIFY2(bad.exitCode == 1 && bad.out.contains("lifecycle must be string"), qPrintable(bad.describe()));
    }

    void promtoolChecksTheRules()
    {
        for (const char *model : {"checkout.seam", "runtime.seam"}) {
            const QString rules = m_dir.filePath(QString(model) + "/prometheus/slo-rules.yaml");
            const CliRun run = runProgram("promtool", {"check", "rules", rules});
            QVERIFY2(run.exitCode == 0 && run.out.contains("SUCCESS"), qPrintable(run.describe()));
        }
    }

    void promtoolAlertsFireWhenTheBudgetBurns_data()
    {
        QTest::addColumn<int>("errorsPerMinute");
        QTest::addColumn<int>("fastPerMinute");
        QTest::addColumn<QStringList>("firing");
        // 10 % of calls fail: 200x the 0.05 % budget; every availability alert fires.
        QTest::newRow("errors") << 10 << 100 << QStringList {"orders-availability"};
        // 80 % of the calls are slower than the 250 ms p95 target: 16x the 5 % budget.
        QTest::newRow("slow") << 0 << 20 << QStringList {"orders-latency-p95"};
        // 50 % slow is 10x: the 6x page and both tickets, but not the 14.4x page.
        QTest::newRow("slower-than-6x") << 0 << 50 << QStringList {"orders-latency-p95", "no-14.4x"};
        // Nothing fails and every call is fast: nothing fires.
        QTest::newRow("healthy") << 0 << 100 << QStringList {};
    }
    void promtoolAlertsFireWhenTheBudgetBurns()
    {
        QFETCH(int, errorsPerMinute);
        QFETCH(int, fastPerMinute);
        QFETCH(QStringList, firing);
        const QString rulesPath = m_dir.filePath("checkout.seam/prometheus/slo-rules.yaml");
        const YAML::Node rules = YAML::LoadFile(rulesPath.toStdString());
        YAML::Emitter out;
        out << YAML::BeginMap;
        out << YAML::Key << "rule_files" << YAML::Value << YAML::BeginSeq << rulesPath.toStdString() << YAML::EndSeq;
        out << YAML::Key << "evaluation_interval" << YAML::Value << "1m";
        out << YAML::Key << "tests" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "interval" << YAML::Value << "1m";
        out << YAML::Key << "input_series" << YAML::Value << YAML::BeginSeq;
        const int minutes = 120;
        // 100 calls a minute: the successes, then the failures; fastPerMinute of all are fast.
        const int ok = 100 - errorsPerMinute;
        series(out, "200", ok, std::min(ok, fastPerMinute), minutes);
        if (errorsPerMinute > 0)
            series(out, "500", errorsPerMinute, std::max(0, fastPerMinute - ok), minutes);
        out << YAML::EndSeq;
        out << YAML::Key << "alert_rule_test" << YAML::Value << YAML::BeginSeq;
        out << YAML::BeginMap << YAML::Key << "eval_time" << YAML::Value << "90m";
        out << YAML::Key << "alertname" << YAML::Value << "SeamErrorBudgetBurn";
        out << YAML::Key << "exp_alerts" << YAML::Value;
        if (firing.isEmpty())
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        else
            expectedAlerts(out, rules, firing.front().toStdString(), firing.contains("no-14.4x"));
        out << YAML::EndMap << YAML::EndSeq;
        out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
        const QString test = m_dir.filePath(QString("promtool-%1.yaml").arg(QTest::currentDataTag()));
        QVERIFY(writeFile(test, out.c_str()));
        const CliRun run = runProgram("promtool", {"test", "rules", test});
        QVERIFY2(run.exitCode == 0 && run.out.contains("SUCCESS"), qPrintable(run.describe() + "\n" + out.c_str()));
        if (!firing.isEmpty()) // page 1h (unless 10x), 6h; ticket 1d, 3d
            QCOMPARE(QString::fromUtf8(out.c_str()).count("exp_labels"), firing.contains("no-14.4x") ? 3 : 4);
    }
};

QTEST_GUILESS_MAIN(TestRuntimeValidators)
#include "tst_runtime_validators.moc"
