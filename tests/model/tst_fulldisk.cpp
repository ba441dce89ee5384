// seam-cli format and layout on a disk that cannot take the new file: a clear message, exit
// status 2, and the target keeps its old content. Once on a real full tmpfs (ENOSPC), once
// under a file size limit (EFBIG), which needs no root.
#include "tests/common/diskfault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace seam::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString example(const char *name)
{
    return QDir(SEAM_EXAMPLES_DIR).filePath(QLatin1String(name));
}

} // namespace

class FullDiskTest : public QObject {
    Q_OBJECT

    // A folder where writing the new file fails, and the reason seam-cli must give.
    struct Fault {
        std::unique_ptr<FullDisk> disk;
        std::unique_ptr<QTemporaryDir> dir;
        QString folder;
        QString reason;
        bool limitFileSize = false;
    };

    static Fault makeFault(const QString &kind)
    {
        Fault fault;
        if (kind == QLatin1String("tmpfs")) {
            fault.disk = std::make_unique<FullDisk>();
            fault.folder = fault.disk->ok() ? fault.disk->path() : QString();
            fault.reason = QStringLiteral("No space left on device");
        } else {
            fault.dir = std::make_unique<QTemporaryDir>();
            fault.folder = fault.dir->path();
            fault.reason = QStringLiteral("File too large");
            fault.limitFileSize = true;
        }
        return fault;
    }

    static Run cli(const Fault &fault, const QStringList &args)
    {
        QProcess process;
        if (fault.limitFileSize)
            FileSizeLimit::applyTo(process, 1000); // below every example's size
        process.start(QStringLiteral(SEAM_CLI), args);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static void addFaults()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("full tmpfs (ENOSPC)") << QStringLiteral("tmpfs");
        QTest::newRow("file size limit (EFBIG)") << QStringLiteral("rlimit");
    }

private slots:
    void formatKeepsTheTarget_data() { addFaults(); }
    void formatKeepsTheTarget()
    {
        QFETCH(QString, kind);
        Fault fault = makeFault(kind);
        if (fault.disk)
            QVERIFY2(fault.disk->ok(), qPrintable(fault.disk->error()));
        const QString target = QDir(fault.folder).filePath(QStringLiteral("target.seam.yaml"));
        const QByteArray old = "seam: 1\nname: old\ncomponents: []\n";
        QVERIFY(putFileBytes(target, old));
        if (fault.disk)
            QVERIFY(fault.disk->fill());

        const Run run
            = cli(fault, {QStringLiteral("format"), example("checkout.seam.yaml"), QStringLiteral("-o"), target});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), QStringLiteral("seam-cli format: %1: cannot save: %2").arg(target, fault.reason));
        QVERIFY2(!run.out.contains(QLatin1String("wrote")), qPrintable(run.out));
        QCOMPARE(fileBytes(target), old);
        QCOMPARE(atomicWriteTemps(fault.folder), QStringList());
    }

    void layoutKeepsTheTarget_data() { addFaults(); }
    void layoutKeepsTheTarget()
    {
        QFETCH(QString, kind);
        Fault fault = makeFault(kind);
        if (fault.disk)
            QVERIFY2(fault.disk->ok(), qPrintable(fault.disk->error()));
        const QString target = QDir(fault.folder).filePath(QStringLiteral("target.seam.yaml"));
        const QByteArray old = fileBytes(example("checkout.seam.yaml"));
        QVERIFY(putFileBytes(target, old));
        if (fault.disk)
            QVERIFY(fault.disk->fill());

        const Run run = cli(fault, {QStringLiteral("layout"), target});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), QStringLiteral("seam-cli layout: %1: cannot save: %2").arg(target, fault.reason));
        QVERIFY2(!run.out.contains(QLatin1String("wrote")), qPrintable(run.out));
        QCOMPARE(fileBytes(target), old);
        QCOMPARE(atomicWriteTemps(fault.folder), QStringList());
    }
};

QTEST_GUILESS_MAIN(FullDiskTest)
#include "tst_fulldisk.moc"
