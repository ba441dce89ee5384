// Autosave and crash recovery (views/recovery.h) and the editor's saves under faults.
// Crashes are real: this binary runs itself as a child (`--child ...`) that edits,
// autosaves or saves, and is killed with SIGKILL.
#include "editortestutil.h"
#include "tests/common/diskfault.h"

#include "views/lintrunner.h"
#include "views/recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <iostream>
#include <memory>
#include <random>

using namespace seam;
using namespace seam::test;

namespace {

void setUpApplication()
{
    QStandardPaths::setTestModeEnabled(true); // recovery files go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("SeamTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
}

std::unique_ptr<Document> newDocument()
{
    auto doc = std::make_unique<Document>();
    doc->lintRunner()->setEnabled(false);
    doc->recovery()->setInterval(0);
    return doc;
}

QStringList recoveryModels()
{
    return QDir(Recovery::folder()).entryList({QStringLiteral("*.seam.yaml")}, QDir::Files);
}

void crashNow()
{
    std::cout.flush();
    ::kill(::getpid(), SIGKILL);
}

// Child: edits FILE (or new untitled work for "-"), autosaves, and dies without cleaning up.
int childCrashAfterAutosave(const QString &file)
{
    auto doc = newDocument();
    if (file == QLatin1String("-"))
        doc->setModel(smallModel());
    else if (!doc->load(file))
        return 3;
    doc->addComponent(QStringLiteral("cache"), 10, 10);
    doc->renameComponent(QStringLiteral("orders"), QStringLiteral("ordering"));
    if (!doc->recovery()->autosaveNow())
        return 4;
    crashNow();
    return 5;
}

// Child: saves TARGET over and over, toggling the model's name, with an autosave between,
// until it is killed.
int childSaveLoop(const QString &target)
{
    auto doc = newDocument();
    if (!doc->load(target))
        return 3;
    for (int i = 0;; ++i) {
        if (i == 1) // one save done: from here on a kill may find either state
            std::cout << "saving" << std::endl;
        doc->setModelName(i % 2 == 0 ? QStringLiteral("state-b") : QStringLiteral("state-a"));
        doc->recovery()->autosaveNow();
        if (!doc->save())
            return 4;
    }
}

struct Child {
    int exitCode = -1;
    bool crashed = false;
};

Child runChild(const QStringList &args)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), QStringList {QStringLiteral("--child")} + args);
    process.waitForFinished(30000);
    return {process.exitCode(), process.exitStatus() == QProcess::CrashExit};
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QDir(Recovery::folder()).removeRecursively(); // each test starts with no crashed sessions
    }

    void aCrashedFilesChangesAreOfferedWhenItOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.seam.yaml"));
        {
            auto doc = newDocument();
            doc->setModel(smallModel());
            QVERIFY(doc->saveAs(path));
        }
        const Child child = runChild({QStringLiteral("crash-after-autosave"), path});
        QVERIFY2(child.crashed, qPrintable(QString::number(child.exitCode)));

        auto doc = newDocument();
        QCOMPARE(doc->recovery()->crashed().size(), 1);
        const QVariantMap entry = doc->recovery()->crashed().front().toMap();
        QCOMPARE(entry.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(entry.value(QStringLiteral("title")).toString(), QStringLiteral("shop.seam.yaml"));
        QVERIFY(!doc->recovery()->isAvailable()); // untitled: nothing of its own to recover
        QVERIFY(doc->load(path));
        QVERIFY(doc->recovery()->isAvailable());
        QVERIFY(!doc->model().findComponent("cache"));
        QVERIFY(doc->recovery()->recover());
        QVERIFY(doc->model().findComponent("cache"));
        QVERIFY(doc->model().findComponent("ordering"));
        QVERIFY(doc->isModified());
        QVERIFY(!doc->recovery()->isAvailable());
        QVERIFY(doc->recovery()->crashed().isEmpty()); // it is this session's now
        // ... so it survives until the next save, and a save removes it.
        const QString recovery = doc->recovery()->filePath();
        QVERIFY(QFile::exists(recovery));
        doc->undo(); // back to what is on disk
        QVERIFY(!doc->isModified());
        doc->redo();
        QVERIFY(doc->save());
        QVERIFY(!QFile::exists(recovery));
        QCOMPARE(recoveryModels(), QStringList());
    }

    void untitledWorkIsOfferedAtAnyStart()
    {
        const Child child = runChild({QStringLiteral("crash-after-autosave"), QStringLiteral("-")});
        QVERIFY2(child.crashed, qPrintable(QString::number(child.exitCode)));

        auto doc = newDocument(); // a start without a file
        const QVariantList crashed = doc->recovery()->crashed();
        QCOMPARE(crashed.size(), 1);
        const QVariantMap entry = crashed.front().toMap();
        QCOMPARE(entry.value(QStringLiteral("file")).toString(), QString());
        QCOMPARE(entry.value(QStringLiteral("title")).toString(), QStringLiteral("Untitled"));
        QVERIFY(doc->recovery()->restore(entry.value(QStringLiteral("id")).toString()));
        QVERIFY(doc->isUntitled());
        QVERIFY(doc->isModified());
        QVERIFY(doc->model().findComponent("cache"));
        QCOMPARE(doc->modelName(), QStringLiteral("Shop"));
        QVERIFY(doc->recovery()->crashed().isEmpty());
    }

    // The old bug: opening a file removed the (shared) untitled recovery file.
    void openingAFileKeepsOtherRecoveryFiles()
    {
        QVERIFY(runChild({QStringLiteral("crash-after-autosave"), QStringLiteral("-")}).crashed);
        const QStringList before = recoveryModels();
        QCOMPARE(before.size(), 1);
        auto doc = newDocument();
        QVERIFY(doc->load(exampleFile("checkout.seam.yaml")));
        doc->newModel();
        QVERIFY(doc->load(exampleFile("checkout.seam.yaml")));
        QCOMPARE(recoveryModels(), before);
        QCOMPARE(doc->recovery()->crashed().size(), 1);
        doc.reset(); // a clean close
        QCOMPARE(recoveryModels(), before);
    }

    // Two editors at once: neither lists the other's recovery as crashed, and each clean close
    // removes only its own.
    void aCleanCloseRemovesOnlyItsOwnRecoveryFile()
    {
        auto first = newDocument();
        auto second = newDocument();
        first->setModel(smallModel());
        second->setModel(smallModel());
        first->addComponent(QStringLiteral("cache"), 0, 0);
        second->addComponent(QStringLiteral("queue"), 0, 0);
        QVERIFY(first->recovery()->autosaveNow());
        QVERIFY(second->recovery()->autosaveNow());
        QVERIFY(first->recovery()->filePath() != second->recovery()->filePath());
        first->recovery()->rescan();
        second->recovery()->rescan();
        QVERIFY(first->recovery()->crashed().isEmpty());
        QVERIFY(second->recovery()->crashed().isEmpty());
        auto third = newDocument(); // a third window starting now is offered neither
        QVERIFY(third->recovery()->crashed().isEmpty());

        const QString secondFile = second->recovery()->filePath();
        first.reset();
        QCOMPARE(recoveryModels(), QStringList {QFileInfo(secondFile).fileName()});
        second.reset();
        QCOMPARE(recoveryModels(), QStringList());
        QCOMPARE(QDir(Recovery::folder()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void aFailedAutosaveKeepsTheGoodRecoveryFile_data()
    {
        QTest::addColumn<bool>("fullDisk");
        QTest::newRow("full tmpfs (ENOSPC)") << true;
        QTest::newRow("file size limit (EFBIG)") << false;
    }
    void aFailedAutosaveKeepsTheGoodRecoveryFile()
    {
        QFETCH(bool, fullDisk);
        QVERIFY(QDir().mkpath(Recovery::folder()));
        std::unique_ptr<FullDisk> disk;
        if (fullDisk) {
            disk = std::make_unique<FullDisk>(1 << 20, Recovery::folder());
            QVERIFY2(disk->ok(), qPrintable(disk->error()));
        }
        auto doc = newDocument();
        doc->setModel(smallModel());
        doc->addComponent(QStringLiteral("cache"), 0, 0);
        QVERIFY(doc->recovery()->autosaveNow());
        const QString recovery = doc->recovery()->filePath();
        const QByteArray good = fileBytes(recovery);
        QVERIFY(good.contains("cache"));

        for (int i = 0; i < 20; ++i) // more than fits in the limit below
            doc->addComponent(QStringLiteral("queue"), 0, 0);
        {
            std::unique_ptr<FileSizeLimit> limit;
            if (disk)
                QVERIFY(disk->fill());
            else
                limit = std::make_unique<FileSizeLimit>(good.size() + 100);
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("autosave: .*: cannot save: ")
                                                    + (disk ? "No space left on device" : "File too large")));
            QVERIFY(!doc->recovery()->autosaveNow());
            QCOMPARE(fileBytes(recovery), good);
            // The status bar tells the user why their edits are not protected.
            QVERIFY2(doc->recovery()->autosaveError().contains(disk ? "No space left on device" : "File too large"),
                     qPrintable(doc->recovery()->autosaveError()));
            QCOMPARE(atomicWriteTemps(Recovery::folder()), QStringList());
            if (disk)
                disk->unfill();
        }
        QVERIFY(doc->recovery()->autosaveNow()); // once there is room again
        QVERIFY(fileBytes(recovery).contains("queue-20"));
        QCOMPARE(doc->recovery()->autosaveError(), QString()); // and the warning goes away
        doc.reset();
    }

    void saveOnAFullDiskKeepsEverything_data()
    {
        QTest::addColumn<bool>("fullDisk");
        QTest::newRow("full tmpfs (ENOSPC)") << true;
        QTest::newRow("file size limit (EFBIG)") << false;
    }
    void saveOnAFullDiskKeepsEverything()
    {
        QFETCH(bool, fullDisk);
        std::unique_ptr<FullDisk> disk;
        QTemporaryDir dir;
        QString folder = dir.path();
        if (fullDisk) {
            disk = std::make_unique<FullDisk>();
            QVERIFY2(disk->ok(), qPrintable(disk->error()));
            folder = disk->path();
        }
        const QString path = QDir(folder).filePath(QStringLiteral("shop.seam.yaml"));
        auto doc = newDocument();
        doc->setModel(smallModel());
        QVERIFY(doc->saveAs(path));
        const QByteArray old = fileBytes(path);
        for (int i = 0; i < 20; ++i)
            doc->addComponent(QStringLiteral("cache"), 0, 0);
        QVERIFY(doc->recovery()->autosaveNow());
        const QString recovery = doc->recovery()->filePath();

        bool saved = true;
        {
            std::unique_ptr<FileSizeLimit> limit;
            if (disk)
                QVERIFY(disk->fill());
            else
                limit = std::make_unique<FileSizeLimit>(old.size() + 100);
            saved = doc->save();
        }
        QVERIFY(!saved);
        QCOMPARE(doc->lastError(),
                 path + ": cannot save: "
                     + (disk ? QStringLiteral("No space left on device") : QStringLiteral("File too large")));
        QCOMPARE(doc->title(), QStringLiteral("shop.seam.yaml*"));
        QVERIFY(doc->isModified());
        QCOMPARE(fileBytes(path), old);
        QCOMPARE(atomicWriteTemps(folder), QStringList());
        QVERIFY(QFile::exists(recovery));
        const LoadResult unsaved = loadModelFromFile(recovery.toStdString());
        QVERIFY(unsaved.ok());
        QVERIFY(*unsaved.model == doc->model());
    }

    void theTimerAutosavesInTheBackground()
    {
        auto doc = newDocument();
        doc->setModel(smallModel());
        QSignalSpy autosaved(doc->recovery(), &Recovery::autosaved);
        doc->recovery()->setInterval(50);
        doc->addComponent(QStringLiteral("cache"), 10, 10);
        QTRY_VERIFY_WITH_TIMEOUT(autosaved.count() >= 1, 3000);
        const LoadResult result = loadModelFromFile(doc->recovery()->filePath().toStdString());
        QVERIFY(result.ok());
        QVERIFY(*result.model == doc->model());
    }

    void aBackgroundAutosaveDoesNotOutliveASave()
    {
        QTemporaryDir dir;
        auto doc = newDocument();
        doc->setModel(smallModel());
        QVERIFY(doc->saveAs(dir.filePath(QStringLiteral("bg.seam.yaml"))));
        QSignalSpy autosaved(doc->recovery(), &Recovery::autosaved);
        doc->recovery()->setInterval(20);
        for (int round = 0; round < 20; ++round) {
            // Edit, let the timer start a background write, save at once: whatever the
            // worker thread is doing, no recovery file may be left behind by a saved document.
            doc->addComponent(QStringLiteral("cache"), 10 * round, 10);
            QTest::qWait(25);
            QVERIFY(doc->save());
            // A write already running finishes on its thread and is then removed: on a loaded
            // machine that can take longer than the timer's period, so wait for the outcome.
            QTRY_VERIFY2_WITH_TIMEOUT(recoveryModels().isEmpty(), qPrintable(QStringLiteral("round %1").arg(round)),
                                      3000);
        }
        doc->addComponent(QStringLiteral("queue"), 10, 10);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(doc->recovery()->filePath()), 3000);
        QVERIFY(autosaved.count() >= 1);
    }

    // The editor killed at random moments while it autosaves and saves: the file is always
    // the complete old or new one, every recovery file left is a complete model, and the
    // next save and autosave remove the temporaries the kills left.
    void killedSavesLeaveTheOldOrTheNewFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("loop.seam.yaml"));
        QByteArray stateA, stateB;
        {
            auto doc = newDocument();
            doc->setModel(smallModel());
            doc->setModelName(QStringLiteral("state-a"));
            QVERIFY(doc->saveAs(target));
            stateA = fileBytes(target);
            QVERIFY(doc->load(target)); // as the child does: load, then toggle the name
            doc->setModelName(QStringLiteral("state-b"));
            QVERIFY(doc->save());
            stateB = fileBytes(target);
            doc->setModelName(QStringLiteral("state-a"));
            QVERIFY(doc->save());
            QCOMPARE(fileBytes(target), stateA);
        }
        constexpr int Kills = 100;
        std::mt19937 random {std::random_device {}()};
        std::uniform_int_distribution<int> delay(0, 25000); // µs: one to a few save cycles
        int a = 0, b = 0, other = 0, recoveries = 0, badRecoveries = 0, tempsLeft = 0;
        QSet<QString> seenTemps;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < Kills; ++i) {
            QVERIFY(putFileBytes(target, stateA));
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--child"), QStringLiteral("save-loop"), target});
            QVERIFY(child.waitForReadyRead(20000)); // "saving": loaded and saved once
            QThread::usleep(static_cast<unsigned long>(delay(random)));
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit); // it was still saving
            const QByteArray now = fileBytes(target);
            (now == stateA ? a : now == stateB ? b : other)++;
            for (const QString &folder : {dir.path(), Recovery::folder()})
                for (const QString &name : atomicWriteTemps(folder))
                    if (!seenTemps.contains(folder + name)) {
                        seenTemps.insert(folder + name);
                        ++tempsLeft;
                    }
            for (const QString &name : recoveryModels()) {
                ++recoveries;
                const LoadResult result = loadModelFromFile(QDir(Recovery::folder()).filePath(name).toStdString());
                if (!result.ok() || (result.model->name != "state-a" && result.model->name != "state-b"))
                    ++badRecoveries;
            }
            // Tidy the crashed entries (not the temporaries: the last save below must).
            for (const QString &name :
                 QDir(Recovery::folder())
                     .entryList({QStringLiteral("*.seam.yaml"), QStringLiteral("*.json"), QStringLiteral("*.lock")},
                                QDir::Files))
                QVERIFY2(QFile::remove(QDir(Recovery::folder()).filePath(name)), qPrintable(name));
        }
        qInfo("editor: %d kills in %lld ms: %d state A, %d state B, %d other; %d recovery files left, %d of them "
              "incomplete; %d kills left a temporary",
              Kills, clock.elapsed(), a, b, other, recoveries, badRecoveries, tempsLeft);
        QCOMPARE(other, 0);
        QCOMPARE(badRecoveries, 0);

        auto doc = newDocument();
        QVERIFY(doc->load(target));
        doc->setModelName(QStringLiteral("state-c"));
        QVERIFY(doc->recovery()->autosaveNow());
        QVERIFY(doc->save());
        QCOMPARE(atomicWriteTemps(dir.path()), QStringList());
        QCOMPARE(atomicWriteTemps(Recovery::folder()), QStringList());
    }
};

int main(int argc, char **argv)
{
    if (argc >= 4 && QByteArray(argv[1]) == "--child") {
        QCoreApplication app(argc, argv);
        setUpApplication();
        const QString what = QString::fromLocal8Bit(argv[2]);
        const QString file = QString::fromLocal8Bit(argv[3]);
        if (what == QLatin1String("crash-after-autosave"))
            return childCrashAfterAutosave(file);
        if (what == QLatin1String("save-loop"))
            return childSaveLoop(file);
        return 2;
    }
    QGuiApplication app(argc, argv);
    setUpApplication();
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
