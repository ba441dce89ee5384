// The starter models of File ▸ New from Template and `seam-cli new --template`.

#include "clirun.h"

#include "model/constraints.h"
#include "model/lint/linter.h"
#include "model/modelio.h"
#include "templates/catalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace seam;
using seam::testing::runCli;

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// The names of the catalog, in its order.
QStringList catalogNames()
{
    QStringList names;
    for (const ModelTemplate &entry : templateCatalog())
        names << q(entry.name);
    return names;
}

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT

private slots:
    // One template per domain of the architecture reference, each named once, each entry
    // complete, and every template file in templates/ listed (none shipped by accident).
    void catalogCoversTheDomainsOnce()
    {
        const QStringList names = catalogNames();
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        for (const char *domain : {"trading", "realtime", "ecommerce", "cms", "iot", "ml-pipeline", "devtools", "saas",
                                   "lakehouse", "ai-agents", "enterprise-integration"})
            QVERIFY2(names.contains(QLatin1String(domain)), domain);
        QStringList files;
        for (const ModelTemplate &entry : templateCatalog()) {
            QVERIFY2(isValidId(std::string(entry.name)), entry.name.data());
            QVERIFY(!entry.title.empty());
            QVERIFY(!entry.description.empty());
            QVERIFY2(entry.description.find('\n') == std::string_view::npos, entry.name.data());
            QCOMPARE(q(entry.file), q(entry.name) + ".seam.yaml");
            QVERIFY(findTemplate(entry.name) == &entry);
            files << q(entry.file);
        }
        QVERIFY(!findTemplate("no-such-template"));
        QStringList onDisk = QDir(QStringLiteral(SEAM_TEMPLATES_DIR)).entryList({"*.seam.yaml"}, QDir::Files);
        files.sort();
        onDisk.sort();
        QCOMPARE(onDisk, files);
    }

    void eachTemplate_data()
    {
        QTest::addColumn<QString>("name");
        for (const ModelTemplate &entry : templateCatalog())
            QTest::newRow(entry.name.data()) << q(entry.name);
    }
    // Compiled in as the file in templates/; loads with no error or warning; canonical (what
    // `seam-cli format` writes, header comment included); every component placed on the canvas;
    // and lint raises a few conversation starters, not none and not a wall of noise.
    void eachTemplate()
    {
        QFETCH(QString, name);
        const ModelTemplate *entry = findTemplate(name.toStdString());
        QVERIFY(entry);
        const std::optional<std::string> text = templateText(*entry);
        QVERIFY2(text, "the resource is missing");
        QCOMPARE(QByteArray::fromStdString(*text), readFile(QStringLiteral(SEAM_TEMPLATES_DIR "/") + q(entry->file)));
        QVERIFY2(text->starts_with("# "), "a header comment says what the template is for");

        const LoadResult loaded = loadModelFromString(*text, std::string(entry->file), FileFormat::Yaml);
        for (const Diagnostic &d : loaded.diagnostics)
            qWarning().noquote() << QString::fromStdString(d.toString());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.diagnostics.empty());
        QCOMPARE(QString::fromStdString(formattedModelText(*text, FileFormat::Yaml, *loaded.model)),
                 QString::fromStdString(*text));

        const Model &model = *loaded.model;
        QCOMPARE(QString::fromStdString(model.name), q(entry->title)); // the dialog's heading is the model's name
        QVERIFY(model.components.size() >= 8);
        QVERIFY(model.integrationList().size() >= 8);
        QVERIFY(model.layout);
        QCOMPARE(model.layout->size(), model.components.size());

        const LintResult lint = seam::lint(model);
        QStringList findings;
        for (const Finding &f : lint.findings)
            findings << QString::fromStdString(f.rule + " on " + f.element);
        QVERIFY2(!findings.isEmpty(), "a template leaves a few gaps for the reviewer");
        QVERIFY2(findings.size() <= 12, qPrintable(findings.join(", ")));
        for (const Finding &f : lint.suppressed)
            QVERIFY2(!f.acceptanceExpired, f.rule.c_str());
    }

    // --list-templates prints every template, in catalog order, with its title and description.
    void cliListsTemplates()
    {
        const auto run = runCli({"new", "--list-templates"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(templateCatalog().size()));
        int i = 0;
        for (const ModelTemplate &entry : templateCatalog()) {
            const QString &line = lines[i++];
            QVERIFY2(line.startsWith(q(entry.name) + "  "), qPrintable(line));
            QVERIFY2(line.contains(q(entry.title)) && line.contains(q(entry.description)), qPrintable(line));
        }
    }

    // Each listed name writes exactly the shipped template (what the editor opens), to -o or by
    // default to NAME.seam.yaml in the current folder.
    void cliWritesEachListedTemplate()
    {
        QTemporaryDir dir;
        const auto list = runCli({"new", "--list-templates"});
        QCOMPARE(list.exitCode, 0);
        int written = 0;
        for (const QString &line : list.out.split('\n', Qt::SkipEmptyParts)) {
            const QString name = line.section(' ', 0, 0);
            const ModelTemplate *entry = findTemplate(name.toStdString());
            QVERIFY2(entry, qPrintable(line));
            const QString target = dir.filePath(name + "-copy.seam.yaml");
            const auto run = runCli({"new", "--template", name, "-o", target});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY2(run.out.contains(target), qPrintable(run.out));
            QCOMPARE(readFile(target), QByteArray::fromStdString(*templateText(*entry)));
            const auto lint = runCli({"validate", target});
            QVERIFY2(lint.exitCode == 0, qPrintable(lint.describe()));
            ++written;
        }
        QCOMPARE(written, int(templateCatalog().size()));

        const auto byDefault = runCli({"new", "--template=iot"}, dir.path());
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.describe()));
        QCOMPARE(readFile(dir.filePath("iot.seam.yaml")),
                 QByteArray::fromStdString(*templateText(*findTemplate("iot"))));
    }

    // A .json target gets the same model as JSON.
    void cliWritesJson()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("shop.seam.json");
        const auto run = runCli({"new", "--template", "ecommerce", "-o", target});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const LoadResult json = loadModelFromFile(target.toStdString());
        QVERIFY(json.ok());
        const std::string text = *templateText(*findTemplate("ecommerce"));
        const LoadResult yaml = loadModelFromString(text, "ecommerce.seam.yaml", FileFormat::Yaml);
        QVERIFY(*json.model == *yaml.model);
    }

    // An existing file is kept (exit 2, nothing written) unless --force replaces it.
    void cliRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("mine.seam.yaml");
        writeFile(target, "seam: 1\nname: Mine\ncomponents: []\n");
        const auto refused = runCli({"new", "--template", "saas", "-o", target});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(target) && refused.err.contains("--force"), qPrintable(refused.err));
        QCOMPARE(readFile(target), QByteArray("seam: 1\nname: Mine\ncomponents: []\n"));
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1, "no temporary left behind");

        const auto forced = runCli({"new", "--template", "saas", "-o", target, "--force"});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
        QCOMPARE(readFile(target), QByteArray::fromStdString(*templateText(*findTemplate("saas"))));
    }

    // An unknown name is exit 2 with every valid name in the message; so is bad usage.
    void cliRejectsUnknownNamesAndBadUsage()
    {
        QTemporaryDir dir;
        const auto unknown = runCli({"new", "--template", "bank", "-o", dir.filePath("x.seam.yaml")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("'bank'"), qPrintable(unknown.err));
        for (const QString &name : catalogNames())
            QVERIFY2(unknown.err.contains(name), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(dir.filePath("x.seam.yaml")));

        for (const QStringList &args :
             {QStringList {"new"}, QStringList {"new", "--template"}, QStringList {"new", "--template", "iot", "-o"},
              QStringList {"new", "--template", "iot", "--bogus"}}) {
            const auto run = runCli(args, dir.path());
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(' ') + "\n" + run.describe()));
            QVERIFY2(!run.err.isEmpty(), qPrintable(args.join(' ')));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
        const auto help = runCli({"new", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--list-templates"));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
