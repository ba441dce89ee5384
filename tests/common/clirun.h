#pragma once
// Runs seam-cli the way a user does, for every test folder: the built executable started
// through QProcess, its exit status and both output streams collected. Link the CMake target
// seam_test_cli, which defines SEAM_CLI and builds seam-cli before the test.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace seam::testing {

struct CliRun {
    int exitCode = -1; // -1 when the program did not start or did not finish
    QString out;
    QString err;
    // For failure messages: everything a reader needs to see what happened.
    QString describe() const { return QString("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err); }
};

inline CliRun runProgram(const QString &program, const QStringList &args, const QString &workingDir = {},
                         int timeoutMs = 120000)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = program + " " + args.join(' ') + " did not finish: " + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline CliRun runCli(const QStringList &args, const QString &workingDir = {})
{
    return runProgram(QStringLiteral(SEAM_CLI), args, workingDir);
}

} // namespace seam::testing
