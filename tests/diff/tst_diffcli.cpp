// seam-cli diff as users run it: the pull-request comment of the issue's acceptance (an event
// loses a payload field), the formats, the exit status and --fail-on, bad input, git revisions
// and the git diff driver, each in a scratch git repository.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using seam::testing::CliRun;
using seam::testing::runCli;
using seam::testing::runProgram;

namespace {

const QString kData = QStringLiteral(SEAM_DIFF_DATA);
const QString kBefore = kData + "/bakery-before.seam.yaml";
const QString kAfter = kData + "/bakery-total-removed.seam.yaml";

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// The Markdown table row that mentions `needle`.
QString rowWith(const QString &markdown, const QString &needle)
{
    for (const QString &line : markdown.split('\n'))
        if (line.startsWith('|') && line.contains(needle))
            return line;
    return {};
}

// A scratch repository; git runs with a fixed identity and no user or system configuration.
class Repo {
public:
    Repo() { m_ok = m_dir.isValid() && git({"init", "-q", "-b", "main", "."}).exitCode == 0; }
    bool ok() const { return m_ok; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun git(const QStringList &args) const
    {
        return runProgram("git", QStringList {"-c", "user.name=Seam test", "-c", "user.email=test@seam.invalid"} + args,
                          m_dir.path());
    }
    bool commit(const QString &name, const QString &source, const QString &message)
    {
        return writeText(path(name), readBytes(source)) && git({"add", name}).exitCode == 0
            && git({"commit", "-q", "-m", message}).exitCode == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace

class TestDiffCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("GIT_CONFIG_NOSYSTEM", "1"); }

    // The issue's acceptance: removing a field from an event's payload gives a Markdown comment
    // naming the event, its consumers and the flows it breaks.
    void pullRequestCommentNamesEventConsumersAndFlows()
    {
        const CliRun run = runCli({"diff", kBefore, kAfter, "--format", "markdown"});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.out.startsWith("## Seam model diff: `"), qPrintable(run.out));
        QVERIFY2(run.out.contains("**2 breaking changes** (2 error, 0 warning)"), qPrintable(run.out));
        QVERIFY(run.out.contains("| Severity | Element | Change | Consumers | Flows |"));
        const QString row = rowWith(run.out, "`field-removed`");
        QVERIFY2(!row.isEmpty(), qPrintable(run.out));
        for (const char *expected : {"event `order-events/placed/order.placed`", "field 'total' removed",
                                     "`billing-reads`", "`ovens-read`", "`take-order`", "`bake-order`"})
            QVERIFY2(row.contains(expected), qPrintable(QString("%1 not in %2").arg(expected, row)));
        QVERIFY(rowWith(run.out, "`event-version-reused`").contains("order.placed"));
        QVERIFY(rowWith(run.out, "schema `OrderPlaced`").contains("field 'total' removed"));
    }

    // 120 new components: the comment lists 100 of each table and says how many were left out.
    void markdownCutsLongTables()
    {
        QTemporaryDir dir;
        QByteArray text = readBytes(kBefore);
        QByteArray extra;
        for (int i = 0; i < 120; ++i)
            extra += "  - id: kiosk-" + QByteArray::number(i) + "\n    kind: service\n";
        QVERIFY(text.contains("components:\n"));
        text.replace("components:\n", "components:\n" + extra);
        const QString bigger = dir.filePath("bigger.seam.yaml");
        QVERIFY(writeText(bigger, text));
        const CliRun run = runCli({"diff", kBefore, bigger, "--format", "markdown"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe())); // orphans are info findings
        QVERIFY2(run.out.contains("120 added"), qPrintable(run.out));
        QCOMPARE(run.out.count("| added | component `kiosk-"), 100);
        QCOMPARE(run.out.count("… and 20 more; `seam-cli diff` on the command line lists them all."), 2);
        QCOMPARE(runCli({"diff", kBefore, bigger}).out.count("+ component kiosk-"), 120);
    }

    void sameModelIsNoChange()
    {
        for (const char *format : {"text", "markdown"}) {
            const CliRun run = runCli({"diff", kBefore, kBefore, "--format", format});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY2(run.out.contains("No change in meaning"), qPrintable(run.out));
        }
    }

    // The same model as YAML and as JSON means the same: no difference, and a real one found across formats.
    void acrossFormats()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath("bakery.seam.json");
        const CliRun converted = runCli({"format", kBefore, "-o", json});
        QVERIFY2(converted.exitCode == 0, qPrintable(converted.describe()));
        const CliRun same = runCli({"diff", kBefore, json});
        QVERIFY2(same.exitCode == 0 && same.out.contains("No change in meaning"), qPrintable(same.describe()));
        const CliRun changed = runCli({"diff", json, kAfter});
        QVERIFY2(changed.exitCode == 1 && changed.out.contains("[field-removed]"), qPrintable(changed.describe()));
    }

    void textNamesFileLineAndColumn()
    {
        const CliRun run = runCli({"diff", kBefore, kAfter});
        QCOMPARE(run.exitCode, 1);
        static const QRegularExpression line(
            R"(bakery-total-removed\.seam\.yaml:\d+:\d+: error: event order-events/placed/order\.placed: payload OrderPlaced: field 'total' removed \[field-removed\])");
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.out));
        QVERIFY(run.out.contains("consumers: billing-reads, orders-publish and ovens-read"));
        QVERIFY(run.out.contains("flows: bake-order and take-order"));
    }

    void jsonForScripts()
    {
        const CliRun run = runCli({"diff", kBefore, kAfter, "--format", "json"});
        QCOMPARE(run.exitCode, 1);
        const auto doc = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
        QVERIFY2(!doc.is_discarded(), qPrintable(run.out));
        QCOMPARE(doc["summary"]["breaking"].get<int>(), 2);
        // missing-rate-limit and resubmit-without-idempotency on storefront-orders, on both sides.
        QCOMPARE(doc["summary"]["lint_unchanged"].get<int>(), 2);
        const auto &first = doc["breaking"][0];
        QVERIFY(first["kind"] == "field-removed");
        QVERIFY(first["element"] == "order-events/placed/order.placed");
        QCOMPARE(first["consumers"].size(), size_t(3));
        QVERIFY(first["flows"] == nlohmann::json({"bake-order", "take-order"}));
        QVERIFY(first["new"]["line"].get<int>() > 0);
    }

    void failOnAsInLint()
    {
        // Only a worse flow budget: a warning, so the default (error) passes and warning fails.
        QTemporaryDir dir;
        QByteArray text = readBytes(kBefore);
        QVERIFY(text.contains("sla: {latency_p95_ms: 500}"));
        text.replace("sla: {latency_p95_ms: 500}", "sla: {latency_p95_ms: 900}");
        const QString slower = dir.filePath("slower.seam.yaml");
        QVERIFY(writeText(slower, text));
        QCOMPARE(runCli({"diff", kBefore, slower}).exitCode, 0);
        const CliRun warning = runCli({"diff", kBefore, slower, "--fail-on", "warning"});
        QCOMPARE(warning.exitCode, 1);
        QVERIFY2(warning.out.contains("worse: flow take-order latency_p95_ms 500 → 900 [flow-budget-raised]"),
                 qPrintable(warning.out));
        QCOMPARE(runCli({"diff", kBefore, kAfter, "--fail-on", "never"}).exitCode, 0);
        QCOMPARE(runCli({"diff", kBefore, kAfter, "--fail-on=error"}).exitCode, 1);
        QCOMPARE(runCli({"diff", kBefore, kAfter, "--fail-on", "fatal"}).exitCode, 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList {"diff", kData + "/nothing-here.seam.yaml", kAfter}
                                      << "nothing-here.seam.yaml: no such file";
        QTest::newRow("one model") << QStringList {"diff", kBefore} << "expected OLD NEW";
        QTest::newRow("unknown format") << QStringList {"diff", kBefore, kAfter, "--format", "html"}
                                        << "unknown format 'html'";
        QTest::newRow("unknown option") << QStringList {"diff", kBefore, kAfter, "--colour"}
                                        << "unknown option '--colour'";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    }

    void invalidModelNamesFileLineColumn()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath("broken.seam.yaml");
        QVERIFY(writeText(broken, "seam: 1\nname: x\ncomponents:\n  - id: a\n    kind: servce\n"));
        const CliRun run = runCli({"diff", kBefore, broken});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(broken + ":5:11: error:"), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }

    void gitRevisions()
    {
        Repo repo;
        QVERIFY(repo.ok());
        QVERIFY(repo.commit("shop.seam.yaml", kBefore, "bakery"));
        QVERIFY(repo.commit("shop.seam.yaml", kAfter, "drop the total"));
        const QString model = repo.path("shop.seam.yaml");

        const CliRun range = runCli({"diff", "HEAD~1..HEAD", "--", model});
        QVERIFY2(range.exitCode == 1, qPrintable(range.describe()));
        QVERIFY2(range.out.startsWith("seam diff HEAD~1:" + model + " → HEAD:" + model), qPrintable(range.out));
        QVERIFY(range.out.contains("field 'total' removed [field-removed]"));

        // One revision: against the file on disk; `main...HEAD` from the merge base.
        QByteArray edited = readBytes(kAfter);
        edited.replace("sla: {latency_p95_ms: 500}", "sla: {latency_p95_ms: 450}");
        QVERIFY(writeText(model, edited));
        const CliRun working = runCli({"diff", "HEAD", model, "--format", "json"});
        QVERIFY2(working.exitCode == 0, qPrintable(working.describe()));
        const auto doc = nlohmann::json::parse(working.out.toStdString(), nullptr, false);
        QVERIFY2(!doc.is_discarded() && doc["summary"]["breaking"] == 0 && doc["summary"]["sla_changed"] == 1,
                 qPrintable(working.out));
        QVERIFY(doc["new"] == model.toStdString());
        QVERIFY(doc["old"] == ("HEAD:" + model).toStdString());
        const CliRun three = runCli({"diff", "HEAD~1...main", model});
        QVERIFY2(three.exitCode == 1, qPrintable(three.describe()));

        // Run from outside the repository on a model in a sub folder: REV:./NAME is read from the
        // model's folder (the copy is not in HEAD~1, so that side is an error).
        QVERIFY(QDir(repo.path("")).mkpath("models"));
        QVERIFY(repo.commit("models/shop.seam.yaml", kAfter, "a copy in a folder"));
        QCOMPARE(runCli({"diff", "HEAD~1..HEAD", repo.path("models/shop.seam.yaml")}).exitCode, 2);
        QCOMPARE(runCli({"diff", "HEAD..HEAD", repo.path("models/shop.seam.yaml")}).exitCode, 0);
    }

    void gitRevisionErrors_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such revision") << "no-such-branch"
                                          << "shop.seam.yaml"
                                          << "no revision 'no-such-branch' in its git repository";
        QTest::newRow("not in the revision") << "HEAD"
                                             << "new.seam.yaml"
                                             << "not in revision 'HEAD'";
        QTest::newRow("bad range side") << "HEAD..nope"
                                        << "shop.seam.yaml"
                                        << "no revision 'nope'";
    }

    void gitRevisionErrors()
    {
        QFETCH(QString, revision);
        QFETCH(QString, file);
        QFETCH(QString, message);
        Repo repo;
        QVERIFY(repo.ok());
        QVERIFY(repo.commit("shop.seam.yaml", kBefore, "bakery"));
        QVERIFY(writeText(repo.path("new.seam.yaml"), readBytes(kBefore)));
        const CliRun run = runCli({"diff", revision, "--", repo.path(file)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    }

    void notARepository()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("shop.seam.yaml");
        QVERIFY(writeText(model, readBytes(kBefore)));
        const CliRun run = runCli({"diff", "HEAD", model});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("not in a git repository"), qPrintable(run.describe()));
    }

    // README.md's recipe: .gitattributes and diff.seam.command make `git diff` semantic.
    void gitDiffDriver()
    {
        Repo repo;
        QVERIFY(repo.ok());
        QVERIFY(writeText(repo.path(".gitattributes"), "*.seam.yaml diff=seam\n"));
        QVERIFY(repo.git({"config", "diff.seam.command", QString(SEAM_CLI) + " diff --external-diff"}).exitCode == 0);
        QVERIFY(repo.commit("shop.seam.yaml", kBefore, "bakery"));
        QVERIFY(writeText(repo.path("shop.seam.yaml"), readBytes(kAfter)));
        const CliRun shown = repo.git({"diff"});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QVERIFY2(shown.out.contains("seam diff a/shop.seam.yaml → b/shop.seam.yaml"), qPrintable(shown.out));
        QVERIFY(shown.out.contains("b/shop.seam.yaml:"));
        QVERIFY(shown.out.contains("field 'total' removed [field-removed]"));
        QVERIFY2(!shown.out.contains("@@"), "git showed a line diff instead of the semantic one");

        // A new model file is compared with nothing: every element is added.
        QVERIFY(writeText(repo.path("more.seam.yaml"), readBytes(kBefore)));
        QVERIFY(repo.git({"add", "-N", "more.seam.yaml"}).exitCode == 0);
        const CliRun added = repo.git({"diff", "--", "more.seam.yaml"});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QVERIFY2(added.out.contains("+ component storefront"), qPrintable(added.out));

        // Without the attribute, git falls back to its line diff: the driver is what changed it.
        QVERIFY(writeText(repo.path(".gitattributes"), ""));
        QVERIFY(repo.git({"diff", "--", "shop.seam.yaml"}).out.contains("@@"));
    }
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
