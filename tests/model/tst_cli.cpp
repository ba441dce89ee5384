// seam-cli validate and format, run as a user runs them: exit codes, messages, files.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class CliTest : public QObject {
    Q_OBJECT

    using Run = seam::testing::CliRun;
    static Run run(const QStringList &args) { return seam::testing::runCli(args); }

    static void write(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString example(const QString &name) const { return QDir(SEAM_EXAMPLES_DIR).filePath(name); }

private slots:
    void helpAndVersion()
    {
        const Run help = run({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("validate"));
        QVERIFY(help.out.contains("format"));
        const Run version = run({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("seam-cli "));
        QCOMPARE(run({"frobnicate"}).exitCode, 2);
    }

    void schemaPrintsJsonSchema()
    {
        const Run schema = run({"schema"});
        QCOMPARE(schema.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(schema.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(root["$schema"].toString(), QString("http://json-schema.org/draft-07/schema#"));
        const QJsonObject component = root["definitions"].toObject()["component"].toObject();
        QVERIFY(component["properties"].toObject().contains("zone"));
        QVERIFY(run({"schema", "--help"}).out.startsWith("Usage: seam-cli schema"));
        const Run extra = run({"schema", "model.seam.yaml"});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY2(extra.err.contains("takes no arguments"), qPrintable(extra.err));
    }

    void validateAcceptsEveryExample()
    {
        const QStringList examples = QDir(SEAM_EXAMPLES_DIR).entryList({"*.seam.yaml"}, QDir::Files);
        QStringList paths;
        for (const QString &name : examples)
            paths << example(name);
        const Run result = run(QStringList {"validate"} + paths);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.contains("checkout.seam.yaml: valid (13 components, 14 integrations)"));
    }

    void validateRejectsBrokenFilesWithTheLine()
    {
        const QString broken = m_dir.filePath("broken.seam.yaml");
        write(broken,
              "seam: 1\nname: x\ncomponents:\n  - { id: a, kind: service }\n"
              "integrations:\n  - { id: i, from: a, to: b, pattern: restful }\n");
        const Run result = run({"validate", broken});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(broken + ":6:27: error: integration 'i': 'to' refers to unknown component 'b'"),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(broken + ":6:39: error: unknown pattern 'restful'; did you mean 'rest'?"),
                 qPrintable(result.err));
        // Warnings alone do not fail.
        const QString warned = m_dir.filePath("warned.seam.yaml");
        write(warned, "seam: 1\nname: x\nnote: hi\nx-note: an extension field, kept silently\ncomponents: []\n");
        const Run warnedRun = run({"validate", warned});
        QCOMPARE(warnedRun.exitCode, 0);
        QVERIFY(warnedRun.err.contains(":3:1: warning: unknown key 'note'"));
        QVERIFY2(!warnedRun.err.contains("x-note"), qPrintable(warnedRun.err));
        QCOMPARE(run({"validate", m_dir.filePath("missing.seam.yaml")}).exitCode, 2);
    }

    void layoutPlacesEveryComponent()
    {
        const QString model = m_dir.filePath("layout.seam.yaml");
        write(model,
              "seam: 1\nname: L\ncomponents:\n  - { id: a, kind: client }\n  - { id: b, kind: service }\n"
              "  - { id: c, kind: database }\nintegrations:\n  - { id: ab, from: a, to: b, pattern: rest }\n"
              "  - { id: bc, from: b, to: c, pattern: database }\nlayout:\n  b: [1000, 1000]\n");
        const Run kept = run({"layout", model, "--keep-existing"});
        QCOMPARE(kept.exitCode, 0);
        QVERIFY2(kept.out.contains("laid out 3 components with dot"), qPrintable(kept.out + kept.err));
        QByteArray text = read(model);
        QVERIFY2(text.contains("  b: [1000, 1000]\n"), text.constData()); // pinned by --keep-existing
        QVERIFY(text.contains("  a: [") && text.contains("  c: ["));
        QCOMPARE(run({"validate", model}).exitCode, 0);
        QCOMPARE(run({"layout", model}).exitCode, 0); // without --keep-existing b moves
        QVERIFY(!read(model).contains("  b: [1000, 1000]\n"));
        QCOMPARE(run({"layout", model, "--engine", "neato"}).exitCode, 2);
    }

    // layout rewrites only layout: (comments and style elsewhere stay) and writes whole pixels.
    void layoutKeepsTheRestOfTheFile()
    {
        const QString model = m_dir.filePath("commented.seam.yaml");
        const QByteArray head
            = "# Why this model exists.\nseam: 1\nname: 'C'  # quoted on purpose\n\n"
              "components:\n  - { id: a, kind: client }   # the edge\n  - { id: b, kind: service }\n\n"
              "integrations:\n  - { id: ab, from: a, to: b, pattern: rest }\n";
        write(model, head + "\nlayout:\n  # positions\n  b: [0, 0]\n");
        const Run laid = run({"layout", model});
        QCOMPARE(laid.exitCode, 0);
        const QByteArray text = read(model);
        QVERIFY2(text.startsWith(head + "\nlayout:\n  # positions\n  b: ["), text.constData());
        const QList<QByteArray> lines = text.mid(head.size()).split('\n');
        int positions = 0;
        for (const QByteArray &line : lines)
            if (line.startsWith("  a:") || line.startsWith("  b:")) {
                ++positions;
                QVERIFY2(QRegularExpression(QStringLiteral("^  [ab]: \\[\\d+, \\d+\\]$"))
                             .match(QString::fromUtf8(line))
                             .hasMatch(),
                         line.constData());
            }
        QCOMPARE(positions, 2);
        // -o to JSON is a conversion: the canonical JSON.
        const QString json = m_dir.filePath("commented.seam.json");
        QCOMPARE(run({"layout", model, "-o", json}).exitCode, 0);
        QVERIFY(read(json).startsWith("{\n  \"seam\": 1,"));
    }

    void formatKeepsTheHeaderComment()
    {
        const QString model = m_dir.filePath("header.seam.yaml");
        write(model,
              "# Header line one\n#\n# line three\n\nname: H   # dropped: format is canonical\nseam: 1\ncomponents: "
              "[]\n");
        QCOMPARE(run({"format", model}).exitCode, 0);
        QCOMPARE(read(model), QByteArray("# Header line one\n#\n# line three\nseam: 1\nname: H\ncomponents: []\n"));
        QCOMPARE(run({"format", "--check", model}).exitCode, 0);
        for (const char *name :
             {"checkout.seam.yaml", "iot-telemetry.seam.yaml", "legacy-monolith.seam.yaml", "saas-webhooks.seam.yaml"})
            QCOMPARE(run({"format", "--check", example(name)}).exitCode, 0); // the shipped examples are formatted
    }

    void formatCheckAndConvert()
    {
        const QString messy = m_dir.filePath("messy.seam.yaml");
        write(messy, "name: Messy\nseam: 1\ncomponents:\n  -   id: a\n      kind: service\n");
        QCOMPARE(run({"format", "--check", messy}).exitCode, 1);
        const Run formatted = run({"format", messy});
        QCOMPARE(formatted.exitCode, 0);
        QCOMPARE(read(messy), QByteArray("seam: 1\nname: Messy\n\ncomponents:\n  - id: a\n    kind: service\n"));
        QCOMPARE(run({"format", "--check", messy}).exitCode, 0);

        const QString json = m_dir.filePath("checkout.seam.json");
        QCOMPARE(run({"format", example("checkout.seam.yaml"), "-o", json}).exitCode, 0);
        QVERIFY(read(json).startsWith("{\n  \"seam\": 1,"));
        QCOMPARE(run({"validate", json}).exitCode, 0);
        const QString back = m_dir.filePath("back.seam.yaml");
        QCOMPARE(run({"format", json, "-o", back}).exitCode, 0);
        QCOMPARE(read(back), run({"format", "--stdout", example("checkout.seam.yaml")}).out.toUtf8());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
