// `seam-cli export` as a user runs it: exit codes, messages, files written; and
// writeExport's folder creation and failure reporting.
#include "exporters/exporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"
#include "exportertesting.h"

using namespace seam;
using namespace seam::testing;

namespace {

using Run = seam::testing::CliRun;

// A run that does not finish stops the test: every later check would only repeat it.
Run cli(const QStringList &args)
{
    Run run = seam::testing::runCli(args);
    if (run.exitCode < 0)
        qFatal("%s", qPrintable(run.err));
    return run;
}

QStringList filesBelow(const QString &dir)
{
    QStringList out;
    QDir root(dir);
    std::function<void(const QString &)> walk = [&](const QString &path) {
        for (const QFileInfo &info :
             QDir(path).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (info.isDir())
                walk(info.filePath());
            else
                out << root.relativeFilePath(info.filePath());
        }
    };
    walk(dir);
    return out;
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT

private slots:
    void listNamesEveryFormat()
    {
        const Run run = cli({"export", "--list"});
        QCOMPARE(run.exitCode, 0);
        for (const char *format : {"markdown", "mermaid", "resilience", "all"})
            QVERIFY2(run.out.contains(
                         QRegularExpression(QString("^%1 +\\S").arg(format), QRegularExpression::MultilineOption)),
                     format);
        // Listed in the order `all` runs them.
        QVERIFY(run.out.indexOf("markdown") < run.out.indexOf("mermaid"));
        QVERIFY(run.out.indexOf("mermaid") < run.out.indexOf("resilience"));
    }

    void writesChosenFormats()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out/nested"); // created on demand
        const Run run = cli({"export", kExamples + "/checkout.seam.yaml", "--format", "markdown,mermaid", "-o", out});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(filesBelow(out),
                 QStringList({"flow-confirm-payment.mmd", "flow-place-order.mmd", "integration-architecture.md",
                              "overview.mmd"}));
        for (const QString &file : filesBelow(out))
            QVERIFY2(run.out.contains(out + "/" + file), qPrintable(file)); // each file written is printed
        QVERIFY(run.err.isEmpty());
    }

    void repeatedFormatOption()
    {
        QTemporaryDir dir;
        const Run run = cli({"export", kExamples + "/checkout.seam.yaml", "--format", "resilience", "--format=markdown",
                             "--output", dir.path()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(filesBelow(dir.path()), QStringList({"integration-architecture.md", "resilience.yaml"}));
    }

    void allIsTheDefault()
    {
        QTemporaryDir dir;
        const Run run = cli({"export", kExamples + "/checkout.seam.yaml", "-o", dir.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files = filesBelow(dir.path());
        for (const char *file : {"integration-architecture.md", "overview.mmd", "resilience.yaml"})
            QVERIFY2(files.contains(file), file);
        QCOMPARE(run.out.trimmed().split('\n').size(), files.size());
    }

    void everyExampleExportsInEveryDocumentFormat()
    {
        const QStringList examples = QDir(kExamples).entryList({"*.seam.yaml", "*.seam.json"}, QDir::Files);
        QVERIFY2(!examples.isEmpty(), qPrintable("no examples in " + kExamples));
        QStringList models;
        for (const QString &e : examples)
            models << kExamples + "/" + e;
        models << kTestDir + "/data/hostile.seam.yaml";
        for (const QString &model : models) {
            QTemporaryDir dir;
            const Run run = cli({"export", model, "--format", "markdown,mermaid,resilience", "-o", dir.path()});
            QVERIFY2(run.exitCode == 0, qPrintable(model + ": " + run.err));
            const QStringList files = filesBelow(dir.path());
            QVERIFY2(files.contains("integration-architecture.md") && files.contains("resilience.yaml")
                         && (files.contains("overview.mmd") || !files.filter("overview-").isEmpty()),
                     qPrintable(model));
            for (const QString &file : files)
                QVERIFY2(QFileInfo(dir.filePath(file)).size() > 0, qPrintable(model + ": " + file));
        }
    }

    void unknownFormatSuggestsTheClosest()
    {
        QTemporaryDir dir;
        const Run run = cli({"export", kExamples + "/checkout.seam.yaml", "--format", "mardown", "-o", dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("unknown format 'mardown'") && run.err.contains("'markdown'"), qPrintable(run.err));
        QVERIFY(filesBelow(dir.path()).isEmpty());
    }

    void invalidModelExitsTwoWithDiagnostics()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("bad.seam.yaml");
        QFile file(model);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("seam: 1\nname: Bad\ncomponents:\n  - id: a\n    kind: servise\n");
        file.close();
        const QString out = dir.filePath("out");
        const Run run = cli({"export", model, "-o", out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(model + ":5:") && run.err.contains("error"), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(run.out.isEmpty());
    }

    void missingFileAndBadUsage()
    {
        QCOMPARE(cli({"export", "/nonexistent/model.seam.yaml", "-o", "/tmp"}).exitCode, 2);
        QCOMPARE(cli({"export"}).exitCode, 2);
        QCOMPARE(cli({"export", kExamples + "/checkout.seam.yaml", "--format"}).exitCode, 2);
        QCOMPARE(cli({"export", kExamples + "/checkout.seam.yaml", "--bogus"}).exitCode, 2);
        const Run help = cli({"export", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--format"));
    }

    void unwritableOutputNamesTheFile()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath("not-a-folder");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = cli({"export", kExamples + "/checkout.seam.yaml", "-f", "markdown", "-o", blocker});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(blocker), qPrintable(run.err));
    }

    void writeExportCreatesFoldersAndReplacesFiles()
    {
        QTemporaryDir dir;
        ExportResult result;
        result.files = {{"a/b/c.txt", "one"}, {"top.txt", "two"}};
        QCOMPARE(writeExport(result, dir.path().toStdString()), std::string());
        QFile c(dir.filePath("a/b/c.txt"));
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), QByteArray("one"));
        c.close();
        result.files = {{"a/b/c.txt", "three"}};
        QCOMPARE(writeExport(result, dir.path().toStdString()), std::string());
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), QByteArray("three"));
        // No temporary files left behind by the atomic write.
        QCOMPARE(QDir(dir.filePath("a/b")).entryList(QDir::Files), QStringList({"c.txt"}));
    }

    void writeExportFailureNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("taken"));
        ExportResult result;
        result.files = {{"taken", "cannot replace a folder"}};
        const std::string error = writeExport(result, dir.path().toStdString());
        QVERIFY(!error.empty());
        QVERIFY2(QString::fromStdString(error).contains(dir.filePath("taken")), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
