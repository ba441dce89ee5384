// The official @asyncapi/parser on every spec the importer tests use (so they are real
// AsyncAPI, not what the importer happens to accept) and on what the exporter writes
// back from their import, in 3.0 and in 2.6. A missing parser is a failure.
#include "asyncapitesting.h"

#include <QtTest>

using namespace seam;
using namespace seam::testing;

namespace {

const QString kValidators = QStringLiteral(SEAM_VALIDATORS_DIR);

struct Parsed {
    int exitCode = -1;
    QString output;
};

Parsed parse(const QStringList &files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start("node", QStringList {kValidators + "/check-asyncapi.mjs"} + files);
    Parsed parsed;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        parsed.output = "check-asyncapi.mjs did not finish";
        return parsed;
    }
    parsed.output = QString::fromUtf8(process.readAll());
    parsed.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return parsed;
}

} // namespace

class TestAsyncApiValidators : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QStringList m_specs {"warehouse-3.0.yaml", "warehouse-2.6.yaml", "sensors-3.0.json"};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(kValidators + "/node_modules/@asyncapi/parser/package.json"),
                 "@asyncapi/parser is missing: run scripts/install-validators.sh");
        QVERIFY2(!QStandardPaths::findExecutable("node").isEmpty(), "node is missing");
    }

    void specsAreValidAsyncApi()
    {
        QStringList files;
        for (const QString &spec : m_specs)
            files << kAsyncApiData + "/" + spec;
        const Parsed parsed = parse(files);
        QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.output));
        QCOMPARE(parsed.output.count(": ok ("), files.size());
        // And the parser does reject what the importer rejects.
        const Parsed broken = parse({kAsyncApiData + "/bad/broken-ref.yaml"});
        QVERIFY2(broken.exitCode != 0, qPrintable(broken.output));
    }

    void exportsParse()
    {
        QStringList files;
        for (const QString &spec : m_specs) {
            ImportResult imported = importAsyncApi(kAsyncApiData + "/" + spec);
            QVERIFY2(imported.ok(), diagnosticsText(imported.diagnostics).c_str());
            imported.model.name = "Validated";
            for (const char *version : {"", "3.0", "2.6"}) {
                ExportOptions options;
                options.asyncapiVersion = version;
                const ExportResult exported = findExporter("asyncapi")->run(imported.model, options);
                QVERIFY2(exported.ok(), exported.error.c_str());
                for (const ExportedFile &file : exported.files) {
                    const QString path = m_dir.path() + "/" + QFileInfo(spec).completeBaseName() + "-"
                        + (*version ? version : "same") + "-"
                        + QFileInfo(QString::fromStdString(file.relativePath)).fileName();
                    QFile out(path);
                    QVERIFY(out.open(QIODevice::WriteOnly));
                    out.write(QByteArray::fromStdString(file.contents));
                    files << path;
                }
            }
        }
        QCOMPARE(files.size(), m_specs.size() * 3);
        const Parsed parsed = parse(files);
        QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.output));
        QCOMPARE(parsed.output.count(": ok ("), files.size());
    }
};

QTEST_GUILESS_MAIN(TestAsyncApiValidators)
#include "tst_asyncapi_validators.moc"
