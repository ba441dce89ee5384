// seam-cli lint on grouped findings and on the finding lifecycle, as CI sees
// it: text and Markdown show one line per cause with its members, JSON and
// SARIF keep every finding; expiry, --today, SEAM_TODAY, --accept and stable
// SARIF partialFingerprints.

#include "clirun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using nlohmann::json;
using seam::testing::runCli;
using Run = seam::testing::CliRun;

namespace {

const QString kDataDir = QStringLiteral(SEAM_LINT_DATA_DIR);
const QString kMtls = kDataDir + "/edge-without-mtls.seam.yaml";

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

json parseJson(const Run &run)
{
    const json document = json::parse(run.out.toStdString(), nullptr, false);
    return document.is_discarded() ? json() : document;
}

// One accepted finding (unauthenticated-integration on a-b, expiring 2026-06-30).
const char *kAccepted = R"(seam: 1
name: accepted
components:
  - { id: a, kind: gateway, zone: dmz }
  - { id: b, kind: service }
integrations:
  - id: a-b
    from: a
    to: b
    pattern: rest
    timeout_ms: 500
    operations: [{ name: getB, method: GET }]
    suppress:
      - rule: unauthenticated-integration
        reason: the mesh adds mTLS at deploy time
        owner: platform
        ticket: SEC-9
        expires: 2026-06-30
)";

} // namespace

class TestFindingsCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void textShowsOneLinePerCause();
    void markdownNestsMembers();
    void jsonAndSarifKeepEveryFinding();
    void sarifFingerprintsSurviveUnrelatedEdits();
    void expiredAcceptanceIsBack();
    void todayOptionAndVariable();
    void badDates_data();
    void badDates();
    void acceptStampsTheReview();
    void riskRegisterInTheDocument();

private:
    QTemporaryDir m_dir;
};

void TestFindingsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("SEAM_TODAY");
}

void TestFindingsCli::textShowsOneLinePerCause()
{
    const Run run = runCli({"lint", kMtls, "--fail-on", "never"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    const int head = int(lines.indexOf(QRegularExpression(
        R"(^.+edge-without-mtls\.seam\.yaml:\d+:\d+: error: 10 findings, one cause: Unauthenticated call across a )"
        R"(trust boundary, from zone dmz to zone internal \[unauthenticated-integration\]$)")));
    QVERIFY2(head >= 0, qPrintable(run.out));
    // Its ten members follow, indented, each a full FILE:LINE:COL line.
    const QRegularExpression member(
        R"(^  .+:\d+:\d+: error: edge-\w+ crosses a trust boundary .+ \[unauthenticated-integration\]$)");
    for (int i = 1; i <= 10; ++i)
        QVERIFY2(member.match(lines.value(head + i)).hasMatch(), qPrintable(lines.value(head + i)));
    QVERIFY(!lines.value(head + 11).startsWith("  "));
    QVERIFY(run.out.contains(": warning: 4 findings, one cause: Event without a version, event order.placed without a "
                             "version [unversioned-event]"));
    // The summary still counts findings, not causes.
    const Run json = runCli({"lint", kMtls, "--format", "json", "--fail-on", "never"});
    const auto summary = parseJson(json)["summary"];
    QVERIFY(run.out.contains(
        QString("%1 errors, %2 warnings").arg(summary["errors"].get<int>()).arg(summary["warnings"].get<int>())));
}

void TestFindingsCli::markdownNestsMembers()
{
    const Run run = runCli({"lint", kMtls, "--format", "markdown", "--fail-on", "never"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.split('\n');
    const int head = int(lines.indexOf(QRegularExpression(
        R"(^- \*\*error\*\* `unauthenticated-integration` 10 findings, one cause: .+from zone dmz to zone internal$)")));
    QVERIFY2(head >= 0, qPrintable(run.out));
    for (int i = 1; i <= 10; ++i)
        QVERIFY2(lines.value(head + i).startsWith("  - line "), qPrintable(lines.value(head + i)));
    QVERIFY(lines.value(head + 11).startsWith("- "));
}

void TestFindingsCli::jsonAndSarifKeepEveryFinding()
{
    const Run text = runCli({"lint", kMtls, "--fail-on", "never"});
    const Run jsonRun = runCli({"lint", kMtls, "--format", "json", "--fail-on", "never"});
    const Run sarifRun = runCli({"lint", kMtls, "--format", "sarif", "--fail-on", "never"});
    const json document = parseJson(jsonRun);
    const json sarif = parseJson(sarifRun);
    QVERIFY2(document.is_object(), qPrintable(jsonRun.describe()));
    QVERIFY2(sarif.is_object(), qPrintable(sarifRun.describe()));

    // Text: findings = lone lines + indented members; a group line is not a finding.
    int lone = 0, members = 0, groupLines = 0;
    for (const QString &line : text.out.split('\n', Qt::SkipEmptyParts)) {
        if (line.contains(" findings, one cause: "))
            ++groupLines;
        else if (line.startsWith("  "))
            ++members;
        else if (line.contains(QRegularExpression(R"(:\d+:\d+: )")))
            ++lone;
    }
    const json &findings = document["findings"];
    const size_t total = findings.size();
    QCOMPARE(size_t(lone + members), total);
    const json &summary = document["summary"];
    QCOMPARE(summary["errors"].get<size_t>() + summary["warnings"].get<size_t>() + summary["info"].get<size_t>(),
             total);
    QCOMPARE(sarif["runs"][0]["results"].size(), total); // nothing suppressed in this model

    // Every JSON finding has a group id; the groups list the grouped ones with their counts.
    std::map<std::string, size_t> perGroup;
    for (const json &finding : findings) {
        QVERIFY(finding.contains("group"));
        ++perGroup[finding["group"].get<std::string>()];
    }
    QCOMPARE(document["groups"].size(), size_t(groupLines));
    for (const json &group : document["groups"])
        QCOMPARE(perGroup[group["id"].get<std::string>()], group["count"].get<size_t>());
    QVERIFY(perGroup.size() < total);

    // SARIF: a member carries the other members as relatedLocations, a lone finding none.
    int withRelated = 0;
    for (const json &result : sarif["runs"][0]["results"]) {
        const std::string group = result["properties"]["group"].get<std::string>();
        const size_t size = perGroup[group];
        if (size > 1) {
            ++withRelated;
            QCOMPARE(result["relatedLocations"].size(), size - 1);
            for (const json &location : result["relatedLocations"])
                QVERIFY(location["physicalLocation"]["region"]["startLine"].get<int>() > 0);
        } else {
            QVERIFY(!result.contains("relatedLocations"));
        }
        QVERIFY(result["partialFingerprints"].contains("seamTracking/v1"));
    }
    QCOMPARE(size_t(withRelated), size_t(members));
}

void TestFindingsCli::sarifFingerprintsSurviveUnrelatedEdits()
{
    const auto fingerprints = [this](const QByteArray &text) {
        const QString path = m_dir.filePath("tracked.seam.yaml");
        writeFile(path, text);
        const json sarif = parseJson(runCli({"lint", path, "--format", "sarif", "--fail-on", "never"}));
        std::map<std::string, std::string> out; // element → fingerprint, unauthenticated-integration only
        for (const json &result : sarif["runs"][0]["results"])
            if (result["ruleId"] == "unauthenticated-integration")
                out[result["locations"][0]["logicalLocations"][0]["name"].get<std::string>()]
                    = result["partialFingerprints"]["seamTracking/v1"].get<std::string>();
        return out;
    };
    const QByteArray base = readFile(kMtls);
    const auto before = fingerprints(base);
    QCOMPARE(before.size(), size_t(12));

    QByteArray shifted = base;
    shifted.replace("components:\n", "components:\n  - {id: added-above, kind: service}\n\n\n");
    QByteArray renamed = base;
    renamed.replace("  - id: edge-catalog\n", "  - id: edge-product-catalog\n");
    for (const QByteArray &edited : {shifted, renamed}) {
        const auto after = fingerprints(edited);
        for (const auto &[element, fingerprint] : before)
            if (element != "edge-catalog")
                QCOMPARE(after.at(element), fingerprint);
    }
    // The finding's own element renamed: a new fingerprint.
    const auto own = fingerprints(renamed);
    QVERIFY(own.count("edge-product-catalog"));
    QVERIFY(own.at("edge-product-catalog") != before.at("edge-catalog"));
}

void TestFindingsCli::expiredAcceptanceIsBack()
{
    const QString path = m_dir.filePath("accepted.seam.yaml");
    QVERIFY(writeFile(path, kAccepted));
    const Run held = runCli({"lint", path, "--today", "2026-06-30"});
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    QVERIFY(held.out.endsWith("0 errors, 0 warnings, 0 info (1 suppressed)\n"));

    const Run back = runCli({"lint", path, "--today", "2026-07-01"});
    QCOMPARE(back.exitCode, 1);
    QVERIFY2(back.out.contains(
                 ":7:5: error: a-b crosses a trust boundary from dmz a to internal b without authentication (the "
                 "acceptance expired on 2026-06-30 (owner platform, ticket SEC-9)) [unauthenticated-integration]"),
             qPrintable(back.out));
    QVERIFY(back.out.endsWith("1 error, 0 warnings, 0 info (0 suppressed)\n"));

    const json sarif = parseJson(runCli({"lint", path, "--today", "2026-07-01", "--format", "sarif"}));
    const json &result = sarif["runs"][0]["results"][0];
    QVERIFY(!result.contains("suppressions"));
    QCOMPARE(result["properties"]["acceptance"]["expired"], json(true));
    QCOMPARE(result["properties"]["acceptance"]["ticket"], json("SEC-9"));
    const json held2 = parseJson(runCli({"lint", path, "--today", "2026-01-01", "--format", "sarif"}));
    QCOMPARE(held2["runs"][0]["results"][0]["suppressions"][0]["status"], json("accepted"));
}

void TestFindingsCli::todayOptionAndVariable()
{
    const QString path = m_dir.filePath("accepted.seam.yaml");
    QVERIFY(writeFile(path, kAccepted));
    qputenv("SEAM_TODAY", "2030-01-01");
    QCOMPARE(runCli({"lint", path}).exitCode, 1); // expired by the variable
    QCOMPARE(runCli({"lint", path, "--today", "2026-01-01"}).exitCode, 0); // the option wins
    qputenv("SEAM_TODAY", "2026-01-01");
    QCOMPARE(runCli({"lint", path}).exitCode, 0);
    qputenv("SEAM_TODAY", "soon");
    const Run bad = runCli({"lint", path});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("SEAM_TODAY must be a date written YYYY-MM-DD"), qPrintable(bad.err));
    qunsetenv("SEAM_TODAY");
    const Run badOption = runCli({"lint", path, "--today", "2026-02-30"});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY(badOption.err.contains("--today needs a date"));
}

void TestFindingsCli::badDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("february 30") << QByteArray("2026-02-30");
    QTest::newRow("slashes") << QByteArray("2026/06/30");
    QTest::newRow("a number") << QByteArray("20260630");
}

void TestFindingsCli::badDates()
{
    QFETCH(QByteArray, value);
    QByteArray text = kAccepted;
    text.replace("expires: 2026-06-30", "expires: " + value);
    const QString path = m_dir.filePath("baddate.seam.yaml");
    QVERIFY(writeFile(path, text));
    const Run run = runCli({"lint", path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("baddate.seam.yaml:18:18: error: 'expires' must be a date written YYYY-MM-DD"),
             qPrintable(run.err));
}

void TestFindingsCli::acceptStampsTheReview()
{
    const QString path = m_dir.filePath("review.seam.yaml");
    QByteArray original = QByteArray("# kept: a comment the patch must not drop\n") + kAccepted;
    QVERIFY(writeFile(path, original));

    // Nothing to stamp for a rule the element does not suppress.
    const Run missing = runCli({"lint", path, "--accept", "missing-timeout:a-b"});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("a-b has no suppress: entry for missing-timeout"));
    QCOMPARE(readFile(path), original);

    const Run accepted = runCli({"lint", path, "--accept", "unauthenticated-integration:a-b"});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.describe()));
    const QByteArray stamped = readFile(path);
    QVERIFY(stamped.startsWith("# kept: a comment"));
    const QRegularExpression reviewed(R"(\n        reviewed: ([0-9a-f]{16})\n)");
    QVERIFY2(reviewed.match(QString::fromUtf8(stamped)).hasMatch(), stamped.constData());
    QCOMPARE(stamped.size() - original.size(), qsizetype(QByteArray("        reviewed: 0123456789abcdef\n").size()));

    const Run clean = runCli({"lint", path, "--today", "2026-01-01"});
    QVERIFY2(clean.exitCode == 0 && !clean.out.contains("notice"), qPrintable(clean.describe()));

    // The element changes: still suppressed, but a notice asks for a re-review.
    QByteArray changed = stamped;
    changed.replace("timeout_ms: 500", "timeout_ms: 5000");
    QVERIFY(writeFile(path, changed));
    const Run stale = runCli({"lint", path, "--today", "2026-01-01"});
    QCOMPARE(stale.exitCode, 0);
    QVERIFY2(stale.out.contains(": notice: a-b changed since the acceptance was reviewed (owner platform, ticket "
                                "SEC-9): re-review it, then run seam-cli lint --accept "
                                "unauthenticated-integration:a-b [unauthenticated-integration]"),
             qPrintable(stale.out));
    const json sarif = parseJson(runCli({"lint", path, "--today", "2026-01-01", "--format", "sarif"}));
    QCOMPARE(sarif["runs"][0]["results"][0]["suppressions"][0]["status"], json("underReview"));
    const json reviews = parseJson(runCli({"lint", path, "--today", "2026-01-01", "--format", "json"}))["reviews"];
    QCOMPARE(reviews.size(), size_t(1));
    QCOMPARE(reviews[0]["acceptance"]["needs_review"], json(true));
    QCOMPARE(reviews[0]["element"], json("a-b"));

    // Accepting again clears it.
    QCOMPARE(runCli({"lint", path, "--accept", "unauthenticated-integration:a-b"}).exitCode, 0);
    QVERIFY(!runCli({"lint", path, "--today", "2026-01-01"}).out.contains("notice"));
}

void TestFindingsCli::riskRegisterInTheDocument()
{
    QByteArray text = kAccepted;
    // A second, expired acceptance on the same element.
    text.replace("        expires: 2026-06-30\n",
                 "        expires: 2026-06-30\n      - { rule: missing-rate-limit, reason: internal only, "
                 "expires: 2025-01-31 }\n");
    text.replace("  - { id: a, kind: gateway, zone: dmz }", "  - { id: a, kind: client }");
    const QString path = m_dir.filePath("register.seam.yaml");
    QVERIFY(writeFile(path, text));
    const QString out = m_dir.filePath("doc");
    qputenv("SEAM_TODAY", "2026-03-01");
    const Run run = runCli({"export", path, "--format", "markdown", "-o", out});
    qunsetenv("SEAM_TODAY");
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString doc = QString::fromUtf8(readFile(out + "/integration-architecture.md"));
    QVERIFY2(doc.contains("## Risk Register"), qPrintable(doc));
    QVERIFY(doc.contains("| `unauthenticated-integration` | `a-b` | the mesh adds mTLS at deploy time | platform | "
                         "SEC-9 | 2026-06-30 | accepted |"));
    QVERIFY(doc.contains("| `missing-rate-limit` | `a-b` | internal only | — | — | 2025-01-31 | **expired** |"));
}

QTEST_GUILESS_MAIN(TestFindingsCli)
#include "tst_findingscli.moc"
