// The product's docs are in the product and are what the code says: docs/lint-rules.md and
// docs/seam.schema.json are exactly what seam-cli generates, the README links the docs, and no
// link in the repository's documents points outside it or at a file that is not there.
#include "clirun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using seam::testing::CliRun;
using seam::testing::runCli;

namespace {

const QString kSource = QDir(QStringLiteral(SEAM_SOURCE_DIR)).canonicalPath();

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The first line where two texts differ, for a message a reader can act on.
QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split('\n'), b = actual.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString left = i < a.size() ? a[i] : "<end of output>", right = i < b.size() ? b[i] : "<end of file>";
        if (left != right)
            return QString("line %1:\n  generated: %2\n  committed: %3").arg(i + 1).arg(left, right);
    }
    return {};
}

// The checkout's own files matching `patterns` (not the build trees, git or npm's modules).
QStringList sourceFiles(const QStringList &patterns)
{
    QStringList out;
    QDirIterator it(kSource, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(kSource).relativeFilePath(path);
        if (relative.startsWith("build") || relative.contains("node_modules") || relative.startsWith(".git"))
            continue;
        out << path;
    }
    out.sort();
    return out;
}

} // namespace

class TestDocs : public QObject {
    Q_OBJECT

    void compareGenerated(const QStringList &command, const QString &file)
    {
        const CliRun run = runCli(command);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString committed = readText(kSource + "/" + file);
        QVERIFY2(!committed.isEmpty(), qPrintable(file + " is missing"));
        QVERIFY2(run.out == committed,
                 qPrintable(file + " is stale: regenerate it with `seam-cli " + command.join(' ') + " > " + file + "`; "
                            + firstDifference(run.out, committed)));
    }

private slots:
    void lintRulesDocIsGenerated() { compareGenerated({"rules", "--format", "markdown"}, "docs/lint-rules.md"); }
    void schemaIsGenerated() { compareGenerated({"schema"}, "docs/seam.schema.json"); }

    void readmeLinksTheDocs()
    {
        const QString readme = readText(kSource + "/README.md");
        for (const char *doc : {"docs/model-format.md", "docs/lint-rules.md", "docs/editor-schema.md"})
            QVERIFY2(readme.contains(QString("](%1)").arg(doc)), doc);
    }

    void linksStayInTheRepository()
    {
        static const QRegularExpression markdownLink(R"(\]\(([^)\s#]+)(#[^)]*)?\))");
        const QStringList docs = sourceFiles({"*.md", "*.1"}); // what a user reads: Markdown, man pages
        QVERIFY(docs.size() >= 5);
        int links = 0;
        for (const QString &path : docs) {
            const QString text = readText(path);
            const QString relative = QDir(kSource).relativeFilePath(path);
            for (const auto &match : markdownLink.globalMatch(text)) {
                const QString target = match.captured(1);
                if (target.contains("://") || target.startsWith("mailto:"))
                    continue;
                const QString resolved = QDir::cleanPath(QFileInfo(path).absolutePath() + "/" + target);
                QVERIFY2(resolved.startsWith(kSource + "/"),
                         qPrintable(relative + " links outside the repository: " + target));
                QVERIFY2(QFileInfo::exists(resolved), qPrintable(relative + " links a missing file: " + target));
                ++links;
            }
        }
        QVERIFY(links >= 5);
    }

    // The founding docs lived beside the repository; nothing may still point there.
    void nothingPointsAtTheFoundingDocs()
    {
        static const QRegularExpression outside(R"((\.\./)+shared/|/work/share[d]/)");
        const QStringList files = sourceFiles({"*.md", "*.1", "*.cpp", "*.h", "*.qml", "*.txt", "*.cmake", "*.sh",
                                               "*.xml", "*.yaml", "*.json", "*.desktop"});
        QVERIFY(files.size() > 100);
        for (const QString &path : files)
            QVERIFY2(!outside.match(readText(path)).hasMatch(),
                     qPrintable(QDir(kSource).relativeFilePath(path) + " points outside the repository"));
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
