// Every example survives load → save → load in both formats, and saving is deterministic.
#include "model/modelio.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace seam;

class RoundTripTest : public QObject {
    Q_OBJECT

    static Model load(const std::string &text, const std::string &name, FileFormat format)
    {
        LoadResult result = loadModelFromString(text, name, format);
        for (const Diagnostic &d : result.diagnostics)
            if (d.isError())
                qWarning("%s", d.toString().c_str());
        if (!result.ok())
            throw std::runtime_error("load failed: " + name);
        return *result.model;
    }
    static std::string readFile(const QString &path)
    {
        std::ifstream in(path.toStdString(), std::ios::binary);
        std::ostringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }

private slots:
    void examples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(SEAM_EXAMPLES_DIR);
        const QStringList files = dir.entryList({"*.seam.yaml", "*.seam.json"}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 3, "examples/ must hold checkout and at least two more models");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void examples()
    {
        QFETCH(QString, path);
        const LoadResult loaded = loadModelFromFile(path.toStdString());
        for (const Diagnostic &d : loaded.diagnostics)
            qWarning("%s", d.toString().c_str());
        QVERIFY2(loaded.ok(), qPrintable(path + " does not load"));
        QVERIFY2(loaded.diagnostics.empty(), "examples load without warnings");
        const Model &original = *loaded.model;

        const std::string yaml = saveModelToString(original, FileFormat::Yaml);
        const Model fromYaml = load(yaml, "saved.seam.yaml", FileFormat::Yaml);
        QVERIFY2(fromYaml == original, "YAML load → save → load changes the model");
        QCOMPARE(saveModelToString(fromYaml, FileFormat::Yaml), yaml); // saving twice: identical bytes

        const std::string json = saveModelToString(original, FileFormat::Json);
        const Model fromJson = load(json, "saved.seam.json", FileFormat::Json);
        QVERIFY2(fromJson == original, "JSON load → save → load changes the model");
        QCOMPARE(saveModelToString(fromJson, FileFormat::Json), json);
        // JSON ⇄ YAML: the same tree in either syntax.
        QCOMPARE(saveModelToString(fromJson, FileFormat::Yaml), yaml);
    }

    void orderAndUnknownKeysAreKept()
    {
        const std::string text = R"(seam: 1
name: Order test
x-review: { status: draft, reviewers: [ana, bo] }
components:
  - { id: zeta, kind: service, x-cost: 12 }
  - { id: alpha, kind: database }
  - { id: mid, kind: queue, note: unknown }
integrations:
  - { id: z-to-a, from: zeta, to: alpha, pattern: database, timeout_ms: 100 }
  - { id: a-link, from: zeta, to: mid, pattern: queue }
schemas:
  Zed: { type: object }
  Abc: { type: string }
)";
        const LoadResult loaded = loadModelFromString(text, "order.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        // One unknown key warns; the x- keys are extension fields, kept without a warning.
        QCOMPARE(loaded.diagnostics.size(), size_t(1));
        QVERIFY2(loaded.diagnostics[0].message.find("unknown key 'note'") != std::string::npos,
                 loaded.diagnostics[0].message.c_str());
        const std::string saved = saveModelToString(*loaded.model, FileFormat::Yaml);
        QVERIFY(saved.find("zeta") < saved.find("alpha"));
        QVERIFY(saved.find("alpha") < saved.find("id: mid"));
        QVERIFY(saved.find("z-to-a") < saved.find("a-link"));
        QVERIFY(saved.find("Zed:") < saved.find("Abc:"));
        QVERIFY2(saved.find("x-cost: 12") != std::string::npos, saved.c_str());
        QVERIFY2(saved.find("note: unknown") != std::string::npos, saved.c_str());
        QVERIFY2(saved.find("x-review: {status: draft, reviewers: [ana, bo]}") != std::string::npos, saved.c_str());
        // Layout comes last so moving boxes does not touch the lines a reviewer reads.
        const Model withLayout = [&] {
            Model m = *loaded.model;
            m.layout = std::vector<LayoutEntry> {{"zeta", 10, 20, {}}};
            return m;
        }();
        const std::string laidOut = saveModelToString(withLayout, FileFormat::Yaml);
        QVERIFY(laidOut.find("layout:") > laidOut.find("x-review"));
        QVERIFY(laidOut.ends_with("layout:\n  zeta: [10, 20]\n"));
    }

    void stringsThatLookLikeOtherTypesStayStrings()
    {
        Model model;
        model.name = "true";
        Component c;
        c.id = "svc";
        c.kind = ComponentKind::Service;
        c.owner = "123";
        c.technology = "null";
        c.tags = std::vector<std::string> {"yes", "2024-06-01", "1:30", "off", "0x1F", "1e3", ""};
        c.description = "line one\nline two: with colon # and hash\n";
        model.components.push_back(c);
        for (FileFormat format : {FileFormat::Yaml, FileFormat::Json}) {
            const std::string text = saveModelToString(model, format);
            const LoadResult back = loadModelFromString(text, "x", format);
            QVERIFY2(back.ok(), text.c_str());
            QVERIFY2(*back.model == model, text.c_str());
        }
        // Quoted for YAML 1.1 readers too, which would take them for a bool, a date or a number.
        const std::string yaml = saveModelToString(model, FileFormat::Yaml);
        QVERIFY2(yaml.find(R"(tags: ["yes", "2024-06-01", "1:30", "off", "0x1F", "1e3", ""])") != std::string::npos,
                 yaml.c_str());
    }

    // Multi-line text keeps its exact ending: none (`|-` as users write it, or a proto
    // comment an import brings), one newline, or several; and leading spaces or tabs.
    void multiLineTextKeepsItsEnding_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"line one\nline two", "line one\nline two\n", "line one\n\n\n", "\nstarts blank",
                                 "  indented\nsecond", "tab\there\nsecond\n", "crlf\r\nsecond"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void multiLineTextKeepsItsEnding()
    {
        QFETCH(QString, text);
        Model model;
        model.name = "x";
        Component c;
        c.id = "svc";
        c.description = text.toStdString();
        model.components.push_back(c);
        for (FileFormat format : {FileFormat::Yaml, FileFormat::Json}) {
            const std::string saved = saveModelToString(model, format);
            const LoadResult back = loadModelFromString(saved, "x", format);
            QVERIFY2(back.ok(), saved.c_str());
            QCOMPARE(QString::fromStdString(back.model->components.front().description.value_or("")), text);
        }
    }

    void atomicSaveKeepsTheOldFileOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("model.seam.yaml");
        const LoadResult loaded
            = loadModelFromFile(QDir(SEAM_EXAMPLES_DIR).filePath("checkout.seam.yaml").toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(saveModelToFile(*loaded.model, path.toStdString()), std::string());
        const std::string before = readFile(path);
        QVERIFY(!before.empty());
        // A directory where the file should be: the write must fail and report the path.
        const QString blocked = dir.filePath("blocked.seam.yaml");
        QVERIFY(QDir().mkpath(blocked));
        const std::string error = saveModelToFile(*loaded.model, blocked.toStdString());
        QVERIFY(!error.empty());
        QVERIFY2(error.find("blocked.seam.yaml") != std::string::npos, error.c_str());
        QCOMPARE(readFile(path), before);
        // No temporary files are left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(RoundTripTest)
#include "tst_roundtrip.moc"
