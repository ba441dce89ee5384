// seam-cli format and layout killed with SIGKILL at random moments while they replace a file:
// after every kill the target is byte for byte the complete old file or the complete new one,
// and the temporaries killed saves leave behind are removed by the next save in that folder.
#include "tests/common/diskfault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <random>
#include <vector>

#include <csignal>

using namespace seam::test;

namespace {

QString example(const char *name)
{
    return QDir(SEAM_EXAMPLES_DIR).filePath(QLatin1String(name));
}

constexpr int Kills = 120;

} // namespace

class KillSaveTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir; // on the real disk, so fsync takes the time it takes for users
    std::mt19937 m_random {std::random_device {}()};

    // One uninterrupted run, which also says how long a run takes.
    static qint64 runToEnd(const QStringList &args, int *exitCode)
    {
        QElapsedTimer clock;
        clock.start();
        QProcess process;
        process.start(QStringLiteral(SEAM_CLI), args);
        process.waitForFinished(60000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return clock.nsecsElapsed() / 1000;
    }

    // Restores `old`, runs `args`, kills the run after a random delay up to a little more than
    // a whole run, and classifies what the target holds; every kill must leave old or new.
    void killLoop(const QStringList &args, const QString &target, const QByteArray &old)
    {
        int exitCode = -1;
        std::vector<qint64> runs;
        for (int i = 0; i < 3; ++i) { // the median run sets the range of the kill delays
            QVERIFY(putFileBytes(target, old));
            runs.push_back(runToEnd(args, &exitCode));
            QCOMPARE(exitCode, 0);
        }
        std::sort(runs.begin(), runs.end());
        const qint64 runMicros = runs[1];
        const QByteArray fresh = fileBytes(target);
        QVERIFY(fresh != old);

        QElapsedTimer clock;
        clock.start();
        std::uniform_int_distribution<qint64> delay(0, runMicros * 5 / 4);
        QSet<QString> seenTemps;
        int oldCount = 0, newCount = 0, other = 0, leftTemps = 0, killedMidRun = 0;
        for (int i = 0; i < Kills; ++i) {
            QVERIFY(putFileBytes(target, old));
            QProcess process;
            process.start(QStringLiteral(SEAM_CLI), args);
            QVERIFY(process.waitForStarted());
            QThread::usleep(static_cast<unsigned long>(delay(m_random)));
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            process.waitForFinished(10000);
            if (process.exitStatus() == QProcess::CrashExit)
                ++killedMidRun;
            const QByteArray now = fileBytes(target);
            if (now == old)
                ++oldCount;
            else if (now == fresh)
                ++newCount;
            else
                ++other;
            for (const QString &name : atomicWriteTemps(m_dir.path()))
                if (!seenTemps.contains(name)) { // killed between creating it and renaming it
                    seenTemps.insert(name);
                    ++leftTemps;
                }
        }
        const qint64 millis = clock.elapsed();
        qInfo("%s: %d kills (%d before the process ended) in %lld ms: %d old, %d new, %d other; "
              "%d kills left a temporary; one run takes %lld us",
              qPrintable(args.first()), Kills, killedMidRun, millis, oldCount, newCount, other, leftTemps, runMicros);
        QCOMPARE(other, 0);
        QCOMPARE(oldCount + newCount, Kills);

        // The next save tidies up whatever the kills left.
        QVERIFY(putFileBytes(target, old));
        QCOMPARE(runToEnd(args, &exitCode) > 0, true);
        QCOMPARE(exitCode, 0);
        QCOMPARE(fileBytes(target), fresh);
        QCOMPARE(atomicWriteTemps(m_dir.path()), QStringList());
    }

private slots:
    void formatIsAlwaysOldOrNew()
    {
        const QString target = m_dir.filePath(QStringLiteral("format.seam.yaml"));
        killLoop({QStringLiteral("format"), example("saas-webhooks.seam.yaml"), QStringLiteral("-o"), target}, target,
                 "seam: 1\nname: old\ncomponents: []\n");
    }

    void layoutIsAlwaysOldOrNew()
    {
        const QString target = m_dir.filePath(QStringLiteral("layout.seam.yaml"));
        killLoop({QStringLiteral("layout"), target}, target, fileBytes(example("checkout.seam.yaml")));
    }

    // A temporary left by a kill (planted here, as a kill between create and rename leaves
    // it) goes at the next save of any file in that folder.
    void aSaveRemovesTemporariesOfKilledSaves()
    {
        const QString stale = m_dir.filePath(QStringLiteral(".format.seam.yaml.seam-tmp-k1ll3d"));
        QVERIFY(putFileBytes(stale, "half a model"));
        const QString target = m_dir.filePath(QStringLiteral("other.seam.yaml"));
        int exitCode = -1;
        runToEnd({QStringLiteral("format"), example("checkout.seam.yaml"), QStringLiteral("-o"), target}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(!QFile::exists(stale));
    }
};

QTEST_GUILESS_MAIN(KillSaveTest)
#include "tst_killsave.moc"
