// writeFileAtomically: every failure keeps the old file and names the reason; temporaries of
// killed writers are removed by the next save, those of running writers are not.
#include "model/atomicwrite.h"
#include "tests/common/diskfault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace seam;
using namespace seam::test;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info { };
    stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 07777;
}

std::string save(const QString &path, std::string_view bytes)
{
    return writeFileAtomically(QFile::encodeName(path).toStdString(), bytes);
}

} // namespace

class AtomicWriteTest : public QObject {
    Q_OBJECT

private slots:
    void writesNewFileWithUmaskMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.seam.yaml");
        const mode_t mask = umask(022);
        QCOMPARE(save(path, "hello\n"), std::string());
        umask(mask);
        QCOMPARE(fileBytes(path), QByteArray("hello\n"));
        QCOMPARE(modeOf(path), mode_t(0644));
        QVERIFY(atomicWriteTemps(dir.path()).isEmpty());
    }

    void replacingKeepsTheOldMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("model.seam.yaml");
        QVERIFY(putFileBytes(path, "old"));
        QCOMPARE(chmod(QFile::encodeName(path).constData(), 0600), 0);
        QCOMPARE(save(path, "new"), std::string());
        QCOMPARE(fileBytes(path), QByteArray("new"));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void followsASymbolicLink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath("real.seam.yaml");
        const QString link = dir.filePath("link.seam.yaml");
        QVERIFY(putFileBytes(real, "old"));
        QVERIFY(QFile::link(real, link));
        QCOMPARE(save(link, "new"), std::string());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(fileBytes(real), QByteArray("new"));
    }

    void aFolderInTheWayIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("taken");
        QVERIFY(QDir().mkpath(path));
        const std::string error = save(path, "x");
        QCOMPARE(QString::fromStdString(error), path + ": cannot save: Is a directory");
        QVERIFY(atomicWriteTemps(dir.path()).isEmpty());
    }

    void aDeviceOrPipeIsNeverReplaced()
    {
        // A pipe stands in for /dev/zero or /dev/null: renaming over it would replace the node.
        QTemporaryDir dir;
        const QString path = dir.filePath("pipe");
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const std::string error = save(path, "x");
        QVERIFY2(QString::fromStdString(error).startsWith(path + ": cannot save: not a regular file"), error.c_str());
        struct stat info { };
        QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QVERIFY(atomicWriteTemps(dir.path()).isEmpty());
    }

    void aMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("no/such/folder/model.seam.yaml");
        QCOMPARE(QString::fromStdString(save(path, "x")), path + ": cannot save: No such file or directory");
    }

    void fullDiskKeepsTheOldFile()
    {
        FullDisk disk;
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString path = disk.filePath("model.seam.yaml");
        QVERIFY(putFileBytes(path, "old content\n"));
        QVERIFY(disk.fill());
        const QByteArray big(64 * 1024, 'n'); // more than any write buffer: no partial success
        for (const QByteArray &bytes : {QByteArray("small\n"), big}) {
            const std::string error = save(path, std::string_view(bytes.constData(), size_t(bytes.size())));
            QCOMPARE(QString::fromStdString(error), path + ": cannot save: No space left on device");
            QCOMPARE(fileBytes(path), QByteArray("old content\n"));
            QCOMPARE(atomicWriteTemps(disk.path()), QStringList());
        }
        disk.unfill();
        QCOMPARE(save(path, "small\n"), std::string());
        QCOMPARE(fileBytes(path), QByteArray("small\n"));
    }

    void fileSizeLimitKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("model.seam.yaml");
        QVERIFY(putFileBytes(path, "old content\n"));
        std::string error;
        {
            FileSizeLimit limit(100);
            QVERIFY(limit.ok());
            error = save(path, std::string(1000, 'n'));
        }
        QCOMPARE(QString::fromStdString(error), path + ": cannot save: File too large");
        QCOMPARE(fileBytes(path), QByteArray("old content\n"));
        QCOMPARE(atomicWriteTemps(dir.path()), QStringList());
    }

    // What a kill leaves (an unlocked temporary) goes at the next save; what a running writer
    // holds locked stays, and so do other hidden files.
    void staleTemporariesAreRemovedLockedOnesKept()
    {
        QTemporaryDir dir;
        const QString stale = dir.filePath(".model.seam.yaml.seam-tmp-Ab12Cd");
        const QString running = dir.filePath(".other.seam.yaml.seam-tmp-Zz99Yy");
        const QString unrelated = dir.filePath(".model.seam.yaml.seam-tmp-toolong");
        QVERIFY(putFileBytes(stale, "half"));
        QVERIFY(putFileBytes(running, "half"));
        QVERIFY(putFileBytes(unrelated, "mine"));
        const int held = open(QFile::encodeName(running).constData(), O_RDONLY);
        QVERIFY(held >= 0);
        QCOMPARE(flock(held, LOCK_EX), 0);

        QCOMPARE(save(dir.filePath("model.seam.yaml"), "new"), std::string());
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(running));
        QVERIFY(QFile::exists(unrelated));

        close(held); // its writer died
        QCOMPARE(removeStaleTempFiles(QFile::encodeName(dir.path()).toStdString()), 1);
        QVERIFY(!QFile::exists(running));
    }

    // Two editors saving the same file at once: each save is whole, neither removes the
    // other's temporary, and the file always reads as one of the contents.
    void concurrentWritersNeverMix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("shared.seam.yaml");
        const std::string a(20000, 'a'), b(30000, 'b');
        QCOMPARE(save(path, a), std::string());
        std::atomic<int> failures {0};
        std::atomic<bool> done {false};
        auto writer = [&](const std::string &bytes) {
            for (int i = 0; i < 200; ++i)
                if (!save(path, bytes).empty())
                    ++failures;
        };
        int mixed = 0, reads = 0;
        std::thread reader([&] {
            while (!done) {
                const QByteArray now = fileBytes(path);
                ++reads;
                if (now != QByteArray::fromStdString(a) && now != QByteArray::fromStdString(b))
                    ++mixed;
            }
        });
        std::thread first(writer, a), second(writer, b);
        first.join();
        second.join();
        done = true;
        reader.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(mixed, 0);
        QVERIFY(reads > 0);
        QCOMPARE(atomicWriteTemps(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(AtomicWriteTest)
#include "tst_atomicwrite.moc"
