// seam-cli lint and seam-cli rules as CI sees them: the built executable run
// through QProcess, its output parsed back (JSON and SARIF with nlohmann) and
// its exit status checked for every case the issue names.

#include "clirun.h"
#include "model/lint/linter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <set>

using nlohmann::json;

namespace {

const QString kCli = QStringLiteral(SEAM_CLI);
const QString kCases = QStringLiteral(SEAM_LINT_CASES_DIR);
const QString kExamples = QStringLiteral(SEAM_EXAMPLES_DIR);

using Run = seam::testing::CliRun;
using seam::testing::runCli;

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString caseFile(const QString &rule, const QString &name)
{
    return kCases + "/" + rule + "/" + name;
}

// A model with one finding per severity: legacy (info, orphan, line 8), a-b (warning,
// missing-timeout) and b-a-hook (error, unsigned-webhook); a-b carries a
// suppression of its second finding, which the tests switch on and off.
const char *kMixed = R"(seam: 1
name: mixed
components:
  - id: a
    kind: service
  - id: b
    kind: service
  - id: legacy
    kind: service
    suppress:
      - { rule: orphan-component, reason: "kept for the audit trail" }
integrations:
  - id: a-b
    from: a
    to: b
    pattern: rest
    operations:
      - { name: getB, method: GET, path: /b }
  - id: b-a-hook
    from: b
    to: a
    pattern: webhook
    timeout_ms: 1000
    events:
      - { name: thing.done, version: 1 }
)";

} // namespace

class TestLintCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkoutIsClean();
    void textFormat();
    void failOnLevels_data();
    void failOnLevels();
    void invalidModel();
    void usageErrors_data();
    void usageErrors();
    void showSuppressed();
    void jsonFormat();
    void sarifFormat();
    void baseline();
    void rulesList();
    void rulesExplain();
    void rulesUnknown();
    void rulesFormats();

private:
    QTemporaryDir m_dir;
    QString m_mixed;
};

void TestLintCli::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli + " is not built"));
    QVERIFY(m_dir.isValid());
    m_mixed = m_dir.filePath("mixed.seam.yaml");
    QVERIFY(writeFile(m_mixed, kMixed));
}

void TestLintCli::checkoutIsClean()
{
    const Run run = runCli({"lint", "checkout.seam.yaml"}, kExamples);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, QString("checkout.seam.yaml: 0 errors, 0 warnings, 0 info (0 suppressed)\n"));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestLintCli::textFormat()
{
    const Run run = runCli({"lint", "mixed.seam.yaml"}, m_dir.path());
    QCOMPARE(run.exitCode, 1); // an error-level finding, default --fail-on error
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             QString("mixed.seam.yaml:19:5: error: b-a-hook is a webhook without a signature [unsigned-webhook]"));
    QCOMPARE(lines[1], QString("mixed.seam.yaml:13:5: warning: a-b (rest to b) has no timeout_ms [missing-timeout]"));
    QCOMPARE(lines[2], QString("mixed.seam.yaml: 1 error, 1 warning, 0 info (1 suppressed)"));

    // Several files: a block and a summary each.
    const Run two = runCli({"lint", "mixed.seam.yaml", caseFile("orphan-component", "fires.seam.yaml")}, m_dir.path());
    QCOMPARE(two.exitCode, 1);
    const QRegularExpression finding(R"(^.+:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$)");
    int summaries = 0;
    for (const QString &line : two.out.split('\n', Qt::SkipEmptyParts)) {
        if (line.contains(" errors, ") || line.contains(" error, "))
            ++summaries;
        else
            QVERIFY2(finding.match(line).hasMatch(), qPrintable(line));
    }
    QCOMPARE(summaries, 2);
    QVERIFY(two.out.contains(
        "orphan-component/fires.seam.yaml:8:5: info: legacy-reports has no integrations [orphan-component]"));
}

void TestLintCli::failOnLevels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("failOn");
    QTest::addColumn<int>("exitCode");
    const QString warningOnly = caseFile("missing-timeout", "fires.seam.yaml");
    const QString infoOnly = caseFile("orphan-component", "fires.seam.yaml");
    const QString errors = caseFile("sync-cycle", "fires.seam.yaml");
    QTest::newRow("warnings, default error") << warningOnly << QString() << 0;
    QTest::newRow("warnings, fail-on warning") << warningOnly << "warning" << 1;
    QTest::newRow("info, fail-on warning") << infoOnly << "warning" << 0;
    QTest::newRow("info, fail-on info") << infoOnly << "info" << 1;
    QTest::newRow("errors, default") << errors << QString() << 1;
    QTest::newRow("errors, never") << errors << "never" << 0;
    QTest::newRow("clean, fail-on info") << kExamples + "/checkout.seam.yaml"
                                         << "info" << 0;
}

void TestLintCli::failOnLevels()
{
    QFETCH(QString, file);
    QFETCH(QString, failOn);
    QFETCH(int, exitCode);
    QStringList args {"lint", file};
    if (!failOn.isEmpty())
        args << "--fail-on" << failOn;
    const Run run = runCli(args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
}

void TestLintCli::invalidModel()
{
    const QString bad = m_dir.filePath("bad.seam.yaml");
    QVERIFY(writeFile(bad, "seam: 1\nname: bad\ncomponents:\n  - id: a\n    kind: servce\n"));
    const Run run = runCli({"lint", "bad.seam.yaml"}, m_dir.path());
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(QRegularExpression(R"(^bad\.seam\.yaml:5:\d+: error: .*service)", QRegularExpression::MultilineOption)
                 .match(run.err)
                 .hasMatch(),
             qPrintable(run.err));

    // One invalid file makes the run invalid even when the others lint clean.
    const Run mixed = runCli({"lint", kExamples + "/checkout.seam.yaml", "bad.seam.yaml"}, m_dir.path());
    QCOMPARE(mixed.exitCode, 2);

    const Run missing = runCli({"lint", "no-such-file.seam.yaml"}, m_dir.path());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no-such-file.seam.yaml"));
}

void TestLintCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no file") << QStringList {"lint"};
    QTest::newRow("unknown option") << QStringList {"lint", "--frmat", "json", "x.seam.yaml"};
    QTest::newRow("bad format") << QStringList {"lint", "--format", "xml", "x.seam.yaml"};
    QTest::newRow("bad fail-on") << QStringList {"lint", "--fail-on", "fatal", "x.seam.yaml"};
    QTest::newRow("format without value") << QStringList {"lint", "x.seam.yaml", "--format"};
}

void TestLintCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = runCli(args, m_dir.path());
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.err.contains("Usage: seam-cli lint"));
}

void TestLintCli::showSuppressed()
{
    const Run hidden = runCli({"lint", "mixed.seam.yaml"}, m_dir.path());
    QVERIFY(!hidden.out.contains("orphan-component"));
    const Run shown = runCli({"lint", "--show-suppressed", "mixed.seam.yaml"}, m_dir.path());
    QCOMPARE(shown.exitCode, 1);
    QVERIFY2(shown.out.contains("mixed.seam.yaml:8:5: suppressed info: legacy has no integrations [orphan-component] "
                                "(kept for the audit trail)"),
             qPrintable(shown.out));
    QVERIFY(shown.out.contains("(1 suppressed)"));
}

void TestLintCli::jsonFormat()
{
    const Run run = runCli({"lint", "--format", "json", "--show-suppressed", "mixed.seam.yaml"}, m_dir.path());
    QCOMPARE(run.exitCode, 1);
    const json document = json::parse(run.out.toStdString(), nullptr, false);
    QVERIFY2(!document.is_discarded(), qPrintable(run.out));
    QVERIFY(document["findings"].is_array());
    QCOMPARE(document["findings"].size(), size_t(2));
    const json &first = document["findings"][0];
    QCOMPARE(first["rule"].get<std::string>(), std::string("unsigned-webhook"));
    QCOMPARE(first["severity"].get<std::string>(), std::string("error"));
    QCOMPARE(first["element"].get<std::string>(), std::string("b-a-hook"));
    QCOMPARE(first["file"].get<std::string>(), std::string("mixed.seam.yaml"));
    QCOMPARE(first["line"].get<int>(), 19);
    QCOMPARE(first["column"].get<int>(), 5);
    QCOMPARE(first["message"].get<std::string>(), std::string("b-a-hook is a webhook without a signature"));
    QVERIFY(first["related"].is_array());
    QVERIFY(!first["hint"].get<std::string>().empty());
    const json &second = document["findings"][1];
    QCOMPARE(second["rule"].get<std::string>(), std::string("missing-timeout"));
    QCOMPARE(second["severity"].get<std::string>(), std::string("warning"));

    const json &summary = document["summary"];
    QCOMPARE(summary["errors"].get<int>(), 1);
    QCOMPARE(summary["warnings"].get<int>(), 1);
    QCOMPARE(summary["info"].get<int>(), 0);
    QCOMPARE(summary["suppressed"].get<int>(), 1);

    QCOMPARE(document["suppressed"].size(), size_t(1));
    QCOMPARE(document["suppressed"][0]["rule"].get<std::string>(), std::string("orphan-component"));
    QCOMPARE(document["suppressed"][0]["reason"].get<std::string>(), std::string("kept for the audit trail"));
}

void TestLintCli::sarifFormat()
{
    const Run run = runCli({"lint", "--format", "sarif", "mixed.seam.yaml"}, m_dir.path());
    QCOMPARE(run.exitCode, 1);
    const json sarif = json::parse(run.out.toStdString(), nullptr, false);
    QVERIFY2(!sarif.is_discarded(), qPrintable(run.out));
    QCOMPARE(sarif["version"].get<std::string>(), std::string("2.1.0"));
    QVERIFY(sarif["$schema"].get<std::string>().find("sarif") != std::string::npos);
    QCOMPARE(sarif["runs"].size(), size_t(1));
    const json &driver = sarif["runs"][0]["tool"]["driver"];
    QCOMPARE(driver["name"].get<std::string>(), std::string("Seam"));
    QVERIFY(!driver["version"].get<std::string>().empty());
    // No informationUri: Seam has no public rule pages to point at, and a made-up URL would mislead.
    QVERIFY(!driver.contains("informationUri"));

    // Every rule of the catalog, documented, so code-scanning UIs can show it.
    const Run list = runCli({"rules"});
    std::set<std::string> catalog;
    for (const QString &line : list.out.split('\n', Qt::SkipEmptyParts))
        catalog.insert(line.section(' ', 0, 0).toStdString());
    QCOMPARE(catalog.size(), seam::ruleCatalog().size());
    const json &rules = driver["rules"];
    QCOMPARE(rules.size(), seam::ruleCatalog().size());
    std::set<std::string> ids;
    for (const json &rule : rules) {
        const std::string id = rule["id"].get<std::string>();
        ids.insert(id);
        QVERIFY2(!rule["shortDescription"]["text"].get<std::string>().empty(), id.c_str());
        QVERIFY2(!rule["fullDescription"]["text"].get<std::string>().empty(), id.c_str());
        QVERIFY2(!rule["help"]["text"].get<std::string>().empty(), id.c_str());
        const std::string level = rule["defaultConfiguration"]["level"].get<std::string>();
        QVERIFY2(level == "error" || level == "warning" || level == "note", level.c_str());
    }
    QVERIFY(ids == catalog);
    const auto levelOf = [&rules](const std::string &id) {
        for (const json &rule : rules)
            if (rule["id"] == id)
                return rule["defaultConfiguration"]["level"].get<std::string>();
        return std::string();
    };
    QCOMPARE(levelOf("sync-cycle"), std::string("error"));
    QCOMPARE(levelOf("sync-chain"), std::string("warning"));
    QCOMPARE(levelOf("orphan-component"), std::string("note"));

    // Results: the two counted findings and the suppressed one, marked as such.
    const json &results = sarif["runs"][0]["results"];
    QCOMPARE(results.size(), size_t(3));
    int suppressed = 0;
    for (const json &result : results) {
        const std::string ruleId = result["ruleId"].get<std::string>();
        QVERIFY(ids.count(ruleId));
        QCOMPARE(rules[result["ruleIndex"].get<size_t>()]["id"].get<std::string>(), ruleId);
        QVERIFY(!result["message"]["text"].get<std::string>().empty());
        const json &location = result["locations"][0]["physicalLocation"];
        QCOMPARE(location["artifactLocation"]["uri"].get<std::string>(), std::string("mixed.seam.yaml"));
        QVERIFY(location["region"]["startLine"].get<int>() > 0);
        QCOMPARE(location["region"]["startColumn"].get<int>(), 5);
        if (result.contains("suppressions")) {
            ++suppressed;
            QCOMPARE(ruleId, std::string("orphan-component"));
            QCOMPARE(result["suppressions"][0]["kind"].get<std::string>(), std::string("inSource"));
            QCOMPARE(result["suppressions"][0]["justification"].get<std::string>(),
                     std::string("kept for the audit trail"));
            QCOMPARE(result["level"].get<std::string>(), std::string("note"));
        }
        if (ruleId == "unsigned-webhook") {
            QCOMPARE(result["level"].get<std::string>(), std::string("error"));
            QCOMPARE(location["region"]["startLine"].get<int>(), 19);
        }
    }
    QCOMPARE(suppressed, 1);
}

void TestLintCli::baseline()
{
    const QString baselinePath = m_dir.filePath("seam-baseline.json");
    const Run write = runCli({"lint", "mixed.seam.yaml", "--write-baseline", baselinePath}, m_dir.path());
    QVERIFY2(write.exitCode == 0, qPrintable(write.describe()));
    const json written = json::parse(readFile(baselinePath).toStdString(), nullptr, false);
    QVERIFY(!written.is_discarded());
    QCOMPARE(written["findings"].size(), size_t(2)); // suppressed findings need no baseline
    for (const json &entry : written["findings"]) {
        QVERIFY(entry["rule"].is_string() && entry["element"].is_string());
        QCOMPARE(entry["fingerprint"].get<std::string>().size(), size_t(16));
    }

    // Everything accepted: clean run, counted as baselined.
    const Run accepted
        = runCli({"lint", "mixed.seam.yaml", "--baseline", baselinePath, "--fail-on", "info"}, m_dir.path());
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.describe()));
    QCOMPARE(accepted.out, QString("mixed.seam.yaml: 0 errors, 0 warnings, 0 info (1 suppressed, 2 in baseline)\n"));

    // A changed message ("with signature: none" instead of "without a signature")
    // keeps a finding accepted; a new finding (the orphan, no longer suppressed) fails.
    QByteArray changed = kMixed;
    changed.replace("    suppress:\n      - { rule: orphan-component, reason: \"kept for the audit trail\" }\n", "");
    changed.replace("      - { name: thing.done, version: 1 }\n",
                    "      - { name: thing.done, version: 1 }\n    security: { signature: none }\n");
    QVERIFY(!changed.contains("suppress:") && changed.contains("signature: none"));
    const QString changedPath = m_dir.filePath("changed.seam.yaml");
    QVERIFY(writeFile(changedPath, changed));
    const Run fresh
        = runCli({"lint", "changed.seam.yaml", "--baseline", baselinePath, "--fail-on", "info"}, m_dir.path());
    QVERIFY2(fresh.exitCode == 1, qPrintable(fresh.describe()));
    const QStringList lines = fresh.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].endsWith("[orphan-component]"));
    QCOMPARE(lines[1], QString("changed.seam.yaml: 0 errors, 0 warnings, 1 info (0 suppressed, 2 in baseline)"));

    const Run jsonRun
        = runCli({"lint", "--format", "json", "changed.seam.yaml", "--baseline", baselinePath}, m_dir.path());
    const json document = json::parse(jsonRun.out.toStdString(), nullptr, false);
    QVERIFY(!document.is_discarded());
    QCOMPARE(document["summary"]["baselined"].get<int>(), 2);
    QCOMPARE(document["findings"].size(), size_t(1));

    // A baseline that is not one is a usage error, not "no findings".
    const QString broken = m_dir.filePath("broken.json");
    QVERIFY(writeFile(broken, "[1, 2"));
    QCOMPARE(runCli({"lint", "mixed.seam.yaml", "--baseline", broken}, m_dir.path()).exitCode, 2);
    QCOMPARE(runCli({"lint", "mixed.seam.yaml", "--baseline", m_dir.filePath("absent.json")}, m_dir.path()).exitCode,
             2);
}

void TestLintCli::rulesList()
{
    const Run run = runCli({"rules"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(size_t(lines.size()), seam::ruleCatalog().size());
    QVERIFY2(QRegularExpression(R"(^sync-chain +warning +\S)").match(lines[0]).hasMatch(), qPrintable(lines[0]));
    QVERIFY(run.out.contains(QRegularExpression(R"(\nunsigned-webhook +error +Webhook without a signature\n)")));
}

void TestLintCli::rulesExplain()
{
    const Run run = runCli({"rules", "missing-idempotency"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("missing-idempotency (error by default): "));
    for (const char *part : {"Why:", "Fires when:", "Fix:", "Example that fires it:", "reliability.idempotency",
                             "critical: true", "suppress:"})
        QVERIFY2(run.out.contains(part), part);
}

void TestLintCli::rulesUnknown()
{
    const Run run = runCli({"rules", "sync-chian"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("'sync-chain'"), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

// --format json and markdown carry every rule the text list names, with all their fields.
void TestLintCli::rulesFormats()
{
    const QStringList listed = runCli({"rules"}).out.split('\n', Qt::SkipEmptyParts);
    const Run jsonRun = runCli({"rules", "--format", "json"});
    QVERIFY2(jsonRun.exitCode == 0, qPrintable(jsonRun.describe()));
    const json rules = json::parse(jsonRun.out.toStdString());
    QCOMPARE(qsizetype(rules.size()), listed.size());
    for (size_t i = 0; i < rules.size(); ++i) {
        QVERIFY(listed[qsizetype(i)].startsWith(QString::fromStdString(rules[i]["id"].get<std::string>()) + " "));
        for (const char *field :
             {"defaultSeverity", "title", "rationale", "condition", "reportedOn", "hint", "example"})
            QVERIFY2(!rules[i][field].get<std::string>().empty(), field);
    }

    const Run markdown = runCli({"rules", "--format=markdown"});
    QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.describe()));
    QVERIFY(markdown.out.startsWith("# Seam lint rules"));
    for (const json &rule : rules) {
        const QString id = QString::fromStdString(rule["id"].get<std::string>());
        QVERIFY2(markdown.out.contains("\n## " + id + "\n"), qPrintable(id));
        QVERIFY2(markdown.out.contains("| [`" + id + "`](#" + id + ") | "), qPrintable(id));
    }

    const Run one = runCli({"rules", "unsigned-webhook", "--format", "markdown"});
    QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
    QVERIFY2(one.out.startsWith("## unsigned-webhook\n\n**Webhook without a signature** — error by default"),
             qPrintable(one.out));
    QVERIFY(one.out.contains("```yaml\n"));

    const Run bad = runCli({"rules", "--format", "html"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("unknown --format 'html'"), qPrintable(bad.err));
    QCOMPARE(runCli({"rules", "--format"}).exitCode, 2);
    QCOMPARE(runCli({"rules", "--verbose"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestLintCli)
#include "tst_lintcli.moc"
