// Export never writes outside its output folder, whatever an id contains, and a folder it
// cannot write to is an error before anything is written.
#include "exporters/exporter.h"
#include "tests/common/diskfault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace seam;
using namespace seam::test;

namespace {

QStringList everythingBelow(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

// A model whose REST callee (one OpenAPI file each) has the id `id`.
Model modelCalling(const std::string &id)
{
    Model model;
    model.name = "hostile";
    Component web;
    web.id = "web";
    web.kind = ComponentKind::Client;
    Component callee;
    callee.id = id;
    callee.kind = ComponentKind::Service;
    model.components = {web, callee};
    Integration call;
    call.id = "call";
    call.from = "web";
    call.to = id;
    call.pattern = Pattern::Rest;
    Operation get;
    get.name = "get-thing";
    get.method = HttpMethod::Get;
    get.path = "/things";
    call.operations = std::vector<Operation> {get};
    model.integrations = std::vector<Integration> {call};
    return model;
}

} // namespace

class TestExportSafety : public QObject {
    Q_OBJECT

private slots:
    void hostileNamesAreRefusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("parent") << QByteArray("../escape.txt") << "a \"..\" part would leave the output folder";
        QTest::newRow("nested parent") << QByteArray("openapi/../../escape.txt")
                                       << "a \"..\" part would leave the output folder";
        QTest::newRow("absolute") << QByteArray("/tmp/seam-escape.txt")
                                  << "an absolute path would leave the output folder";
        QTest::newRow("empty part") << QByteArray("openapi//x.yaml") << "the path has an empty or \".\" part";
        QTest::newRow("dot") << QByteArray("./x.yaml") << "the path has an empty or \".\" part";
        QTest::newRow("trailing slash") << QByteArray("openapi/") << "the path has an empty or \".\" part";
        QTest::newRow("NUL") << QByteArray("a\0/../../escape.txt", 19)
                             << "file names cannot contain control characters or backslashes";
        QTest::newRow("newline") << QByteArray("a\nb.txt")
                                 << "file names cannot contain control characters or backslashes";
        QTest::newRow("backslash") << QByteArray("..\\escape.txt")
                                   << "file names cannot contain control characters or backslashes";
        QTest::newRow("300 bytes") << QByteArray("events/") + QByteArray(300, 'e') + ".md"
                                   << "a name is longer than 255 bytes";
        QTest::newRow("very long path") << (QByteArray("a/").repeated(600) + "x")
                                        << "the path is longer than 1024 bytes";
        QTest::newRow("temporary's name")
            << QByteArray(".x.md.seam-tmp-abcdef") << "the name is reserved for temporary files";
    }
    void hostileNamesAreRefusedBeforeAnythingIsWritten()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString out = dir.filePath("nested/out");
        ExportResult result;
        result.files = {{"good.md", "written first if names were not checked first"}, {name.toStdString(), "hostile"}};
        const QString error = QString::fromStdString(writeExport(result, out.toStdString()));
        QVERIFY2(error.startsWith(out + ": cannot export \""), qPrintable(error));
        QVERIFY2(error.endsWith(": " + reason), qPrintable(error));
        QCOMPARE(everythingBelow(dir.path()), QStringList());
        QVERIFY(!QFile::exists("/tmp/seam-escape.txt"));
    }

    // The same through a real exporter: ids become file names there.
    void hostileIdsNeverLeaveTheOutputFolder_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("parent") << QByteArray("../../../escape");
        QTest::newRow("slash") << QByteArray("a/../../b");
        QTest::newRow("NUL") << QByteArray("x\0/../../../escape", 18);
        QTest::newRow("long") << QByteArray(400, 'x');
    }
    void hostileIdsNeverLeaveTheOutputFolder()
    {
        QFETCH(QByteArray, id);
        const Exporter *openapi = findExporter("openapi");
        QVERIFY(openapi);
        const ExportResult result = openapi->run(modelCalling(id.toStdString()), {});
        QVERIFY2(result.ok(), result.error.c_str());
        QVERIFY(!result.files.empty());
        QTemporaryDir dir;
        const QString out = dir.filePath("a/b/c/out");
        const QString error = QString::fromStdString(writeExport(result, out.toStdString()));
        QVERIFY2(error.contains(": cannot export \"openapi/"), qPrintable(error));
        QCOMPARE(everythingBelow(dir.path()), QStringList());
    }

    void anOutputFolderThatIsAFileIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath("out");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        ExportResult result;
        result.files = {{"a.md", "x"}, {"sub/b.md", "y"}};
        QCOMPARE(QString::fromStdString(writeExport(result, blocker.toStdString())),
                 blocker + ": cannot write the export here: it is a file, not a folder");
        QCOMPARE(fileBytes(blocker), QByteArray("mine"));
        QCOMPARE(everythingBelow(dir.path()), QStringList {"out"});

        // A subfolder the export needs that is a file: the same, and nothing else is written.
        const QString folder = dir.filePath("docs");
        QVERIFY(QDir().mkpath(folder));
        QFile sub(folder + "/sub");
        QVERIFY(sub.open(QIODevice::WriteOnly));
        sub.close();
        QCOMPARE(QString::fromStdString(writeExport(result, folder.toStdString())),
                 folder + "/sub: cannot write the export here: it is a file, not a folder");
        QCOMPARE(everythingBelow(folder), QStringList {"sub"});
    }

    // Root ignores permission bits, so the unwritable folder is a read-only mount (as root,
    // which CI is) or a folder without write permission (as anyone else).
    void anUnwritableOutputFolderIsAnError()
    {
        FullDisk disk(1 << 20);
        QString folder;
        QString reason;
        QTemporaryDir dir;
        if (geteuid() == 0) {
            QVERIFY2(disk.ok(), qPrintable(disk.error()));
            QVERIFY(QDir().mkpath(disk.filePath("docs")));
            QVERIFY(disk.remountReadOnly());
            folder = disk.filePath("docs");
            reason = "Read-only file system";
        } else {
            folder = dir.filePath("docs");
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            reason = "Permission denied";
        }
        ExportResult result;
        result.files = {{"a.md", "x"}, {"openapi/b.yaml", "y"}};
        const QString error = QString::fromStdString(writeExport(result, folder.toStdString()));
        QCOMPARE(error, folder + ": cannot write the export here: " + reason);
        QCOMPARE(everythingBelow(folder), QStringList());
        // A folder still to be created below it: the same, reported for the folder that exists.
        const QString below = folder + "/new/out";
        QCOMPARE(QString::fromStdString(writeExport(result, below.toStdString())),
                 folder + ": cannot write the export here: " + reason);
    }

    // On a full disk each file is either its complete old self or complete new self.
    void aFullDiskKeepsEveryOldFileWhole()
    {
        FullDisk disk(1 << 20);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        ExportResult old;
        old.files = {{"a.md", "old a"}, {"openapi/b.yaml", "old b"}};
        QCOMPARE(writeExport(old, disk.path().toStdString()), std::string());
        QVERIFY(disk.fill());
        ExportResult fresh;
        fresh.files = {{"a.md", std::string(10000, 'a')}, {"openapi/b.yaml", std::string(10000, 'b')}};
        QCOMPARE(QString::fromStdString(writeExport(fresh, disk.path().toStdString())),
                 disk.filePath("a.md") + ": cannot save: No space left on device");
        QCOMPARE(fileBytes(disk.filePath("a.md")), QByteArray("old a"));
        QCOMPARE(fileBytes(disk.filePath("openapi/b.yaml")), QByteArray("old b"));
        QCOMPARE(atomicWriteTemps(disk.path()), QStringList());
        QCOMPARE(atomicWriteTemps(disk.filePath("openapi")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
