#pragma once
// What the importer tests share: running protoc on .proto files into a descriptor set,
// and comparing two sets structurally (descriptorsummary.h).

#include "clirun.h"
#include "descriptorsummary.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace seam::testing {

inline QString protocProgram()
{
    return QStandardPaths::findExecutable("protoc");
}

// protoc FILES (relative to `root`) → `out`, imports included; "" on success, else what protoc said.
inline QString compileDescriptors(const QString &root, const QStringList &files, const QString &out)
{
    QStringList args {"--proto_path=" + root, "--proto_path=/usr/include", "--include_imports",
                      "--descriptor_set_out=" + out};
    args << files;
    const CliRun run = runProgram(protocProgram(), args);
    return run.exitCode == 0 ? QString() : "protoc " + args.join(' ') + "\n" + run.describe();
}

// Every .proto below `root`, relative to it.
inline QStringList protoFilesBelow(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    for (const QFileInfo &info : dir.entryInfoList({"*.proto"}, QDir::Files, QDir::Name))
        files << info.fileName();
    return files;
}

// "" when the two descriptor sets describe the same contract, else the difference.
inline QString descriptorDifference(const QString &expected, const QString &actual)
{
    std::vector<std::string> expectedLines, actualLines;
    std::string error;
    if (!descriptorSummary(expected.toStdString(), expectedLines, error)
        || !descriptorSummary(actual.toStdString(), actualLines, error))
        return QString::fromStdString(error);
    if (expectedLines.size() < 3)
        return "the expected descriptor set is nearly empty: " + expected;
    return QString::fromStdString(summaryDifference(expectedLines, actualLines));
}

} // namespace seam::testing
