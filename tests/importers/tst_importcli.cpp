// seam-cli import as a user runs it: a new model from .proto files (then exported and
// compared with the originals by protoc descriptors), adding to an existing model (only
// added lines, conflicts reported), and bad input (exit 2, FILE:LINE:COLUMN, nothing written).
#include "protoroundtrip.h"

#include "model/modelio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seam;
using namespace seam::testing;

namespace {

const QString kData = QStringLiteral(SEAM_IMPORT_TEST_DATA);

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!protocProgram().isEmpty(), "protoc is needed (scripts/install-deps.sh)"); }

    void help()
    {
        const CliRun run = runCli({"import", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: seam-cli import FILE..."), qPrintable(run.describe()));
        QVERIFY(runCli({"--help"}).out.contains("import"));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString proto = kData + "/shop.proto";
        QCOMPARE(runCli({"import", proto}).exitCode, 2); // neither -o nor --into
        QCOMPARE(runCli({"import", "-o", dir.filePath("a.seam.yaml")}).exitCode, 2); // no file
        QCOMPARE(runCli({"import", proto, "-o", dir.filePath("a.yaml"), "--into", dir.filePath("b.yaml")}).exitCode, 2);
        QCOMPARE(runCli({"import", proto, "--bogus", "-o", dir.filePath("a.yaml")}).exitCode, 2);
        QVERIFY(QDir(dir.path()).isEmpty());
        // -o never replaces a file: merging is --into's job.
        const QString existing = dir.filePath("existing.seam.yaml");
        QVERIFY(QFile::copy(kData + "/existing.seam.yaml", existing));
        const CliRun run = runCli({"import", proto, "-o", existing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("exists; use --into"), qPrintable(run.describe()));
        QCOMPARE(readBytes(existing), readBytes(kData + "/existing.seam.yaml"));
    }

    void badInputWritesNothing_data()
    {
        addBadProtoRows();
        QTest::newRow("unknown format") << "not-a-contract.txt"
                                        << "not-a-contract.txt: error: not a format";
        QTest::newRow("no such file") << "absent.proto"
                                      << "absent.proto: error: no such file";
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString input = kData + "/bad/" + file;
        // A good file beside the bad one: the bad one still stops everything.
        const QString output = dir.filePath("new.seam.yaml");
        CliRun run = runCli({"import", kData + "/shop.proto", input, "-o", output});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(kData + "/bad/" + expected), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("nothing written"), qPrintable(run.describe()));
        QVERIFY(!QFile::exists(output));
        QVERIFY(QDir(dir.path()).isEmpty()); // no temporary file left either

        const QString into = dir.filePath("existing.seam.yaml");
        QVERIFY(QFile::copy(kData + "/existing.seam.yaml", into));
        run = runCli({"import", input, "--into", into});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(readBytes(into), readBytes(kData + "/existing.seam.yaml"));
    }

    void newModelExportsTheSameContract()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("shop.seam.yaml");
        CliRun run = runCli({"import", kData + "/shop.proto", kData + "/common.proto", "-o", model});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const LoadResult loaded = loadModelFromFile(model.toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.model->name, std::string("shop"));
        QVERIFY(loaded.model->findComponent("order") && loaded.model->findComponent("catalog"));

        const QString out = dir.filePath("out");
        run = runCli({"export", model, "--format", "proto", "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString original = dir.filePath("original.pb"), roundTrip = dir.filePath("exported.pb");
        QString error = compileDescriptors(kData, {"shop.proto"}, original);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString exported = out + "/proto";
        QCOMPARE(protoFilesBelow(exported), (QStringList {"seam.test.common.v1.proto", "seam.test.shop.v1.proto"}));
        error = compileDescriptors(exported, protoFilesBelow(exported), roundTrip);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString difference = descriptorDifference(original, roundTrip);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void intoAddsLinesAndReportsConflicts()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("existing.seam.yaml");
        QVERIFY(QFile::copy(kData + "/existing.seam.yaml", model));
        QFile::setPermissions(model, QFile::ReadOwner | QFile::WriteOwner);
        const CliRun run = runCli({"import", kData + "/shop.proto", "--into", model});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(
            run.err.contains("component 'order' is a service here but a database in the one at " + model + ":10:5"),
            qPrintable(run.describe()));
        QVERIFY2(run.err.contains("schema 'Money' differs from the one at " + model + ":21:3"),
                 qPrintable(run.describe()));

        // Only added lines: diff shows no line of the original removed or changed.
        const CliRun diff = runProgram("diff", {kData + "/existing.seam.yaml", model});
        QCOMPARE(diff.exitCode, 1);
        int added = 0;
        for (const QString &line : diff.out.split('\n')) {
            QVERIFY2(!line.startsWith("<"), qPrintable(diff.out));
            added += line.startsWith(">");
        }
        QVERIFY2(added > 50, qPrintable(diff.out));

        const LoadResult loaded = loadModelFromFile(model.toStdString());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.model->findComponent("order")->kind == ComponentKind::Database); // the model's kept
        QVERIFY(loaded.model->findComponent("catalog"));
        QCOMPARE(loaded.model->findSchema("Money")->body.find("type")->text(), std::string("string"));
        QVERIFY(loaded.model->findSchema("Order.Line"));

        // Importing again adds nothing.
        const QByteArray once = readBytes(model);
        QCOMPARE(runCli({"import", kData + "/shop.proto", "--into", model}).exitCode, 0);
        QCOMPARE(readBytes(model), once);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
