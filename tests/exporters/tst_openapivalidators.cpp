// redocly lint (the recommended ruleset, tools/validators/redocly.yaml) accepts what the
// OpenAPI exporter writes for imported documents, 3.0 and 3.1, with 0 errors. A missing
// redocly is a failure: the validators fixture installs it.
#include "openapitesting.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace seam;
using namespace seam::testing;

class OpenApiValidatorsTest : public QObject {
    Q_OBJECT

private slots:
    void exportPassesRedocly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("3.0") << "kennel-30.yaml";
        QTest::newRow("3.1") << "ledger-31.json";
        QTest::newRow("3.1 with external schemas") << "invoices-31.yaml";
    }

    void exportPassesRedocly()
    {
        QFETCH(QString, file);
        const ImportResult imported
            = importDocument(readText(kOpenApiData + file), (kOpenApiData + file).toStdString());
        QVERIFY2(imported.ok(), diagnosticsText(imported.diagnostics).c_str());
        const ExportResult exported = exportOpenApi(imported.model);
        QCOMPARE(int(exported.files.size()), 1);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("exported.yaml");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(exported.files[0].contents));
        out.close();

        const QString validators = QStringLiteral(SEAM_VALIDATORS_DIR);
        QProcess redocly;
        redocly.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("NO_COLOR", "1");
        env.insert("REDOCLY_TELEMETRY", "off");
        env.insert("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        redocly.setProcessEnvironment(env);
        redocly.start(validators + "/node_modules/.bin/redocly",
                      {"lint", "--format=summary", "--config", validators + "/redocly.yaml", path});
        QVERIFY2(redocly.waitForStarted(10000), qPrintable(redocly.errorString()));
        QVERIFY(redocly.waitForFinished(300000));
        const QString output = QString::fromUtf8(redocly.readAll());
        QVERIFY2(redocly.exitStatus() == QProcess::NormalExit && redocly.exitCode() == 0,
                 qPrintable(output + "\n" + QString::fromStdString(exported.files[0].contents)));
    }
};

QTEST_GUILESS_MAIN(OpenApiValidatorsTest)
#include "tst_openapivalidators.moc"
