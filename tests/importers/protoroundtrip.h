#pragma once
// What the importer tests share: running protoc on .proto files into a descriptor set,
// and comparing two sets structurally (descriptorsummary.h).

#include "clirun.h"
#include "descriptorsummary.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

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

// The bad .proto files of data/bad/ and the first error each must give (FILE:LINE:COLUMN),
// shared by the in-process and the CLI tests. Columns: file, expected.
inline void addBadProtoRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax error") << "syntax-error.proto"
                                  << "syntax-error.proto:7:3: error: Expected \";\".";
    QTest::newRow("proto2") << "proto2.proto"
                            << "proto2.proto:1:1: error: only proto3 is supported";
    QTest::newRow("unknown version") << "unknown-version.proto"
                                     << "unknown-version.proto:1:10: error: Unrecognized syntax identifier";
    QTest::newRow("missing import") << "missing-import.proto"
                                    << "missing-import.proto:5:1: error: Import \"not/there.proto\" was not found";
}

} // namespace seam::testing
