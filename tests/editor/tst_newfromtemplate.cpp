// File ▸ New from Template in the editor core: the template opens as an untitled, unmodified
// model, Save As writes the template's text (header comment kept), and an unknown name changes
// nothing and says which names exist.

#include "editortestutil.h"

#include "templates/catalog.h"
#include "views/componentlistmodel.h"
#include "views/integrationlistmodel.h"
#include "views/lintrunner.h"
#include "views/recovery.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace seam;

class TestNewFromTemplate : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->lintRunner()->setEnabled(false);
        m_doc->recovery()->setInterval(0);
    }
    void cleanup() { m_doc.reset(); }

    void opensEachTemplateUntitled_data()
    {
        QTest::addColumn<QString>("name");
        for (const ModelTemplate &entry : templateCatalog())
            QTest::newRow(entry.name.data()) << QString::fromUtf8(entry.name.data(), qsizetype(entry.name.size()));
    }
    void opensEachTemplateUntitled()
    {
        QFETCH(QString, name);
        const ModelTemplate *entry = findTemplate(name.toStdString());
        const std::string text = *templateText(*entry);
        const LoadResult expected = loadModelFromString(text, "expected", FileFormat::Yaml);
        QVERIFY(expected.ok());

        m_doc->setModel(test::smallModel());
        m_doc->undoStack()->push(new QUndoCommand(QStringLiteral("an edit to forget")));
        QVERIFY2(m_doc->newFromTemplate(name), qPrintable(m_doc->lastError()));
        QVERIFY(m_doc->model() == *expected.model);
        QVERIFY(m_doc->isUntitled());
        QVERIFY(!m_doc->isModified());
        QVERIFY(!m_doc->canUndo());
        QVERIFY(m_doc->lastError().isEmpty());
        QCOMPARE(m_doc->modelName(), QString::fromStdString(expected.model->name));
        QCOMPARE(m_doc->componentCount(), int(expected.model->components.size()));
        QVERIFY2(!m_doc->save(), "an untitled document asks for a file name");

        QTemporaryDir dir;
        const QString path = dir.filePath(name + ".seam.yaml");
        QVERIFY2(m_doc->saveAs(path), qPrintable(m_doc->lastError()));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray::fromStdString(text));
        QVERIFY(!m_doc->isUntitled());
    }

    // After an edit, Save As still keeps the header comment: the template's text is patched.
    void editedTemplateKeepsItsHeader()
    {
        QVERIFY(m_doc->newFromTemplate(QStringLiteral("trading")));
        m_doc->setModelName(QStringLiteral("Acme exchange"));
        QVERIFY(m_doc->isModified());
        QTemporaryDir dir;
        const QString path = dir.filePath("acme.seam.yaml");
        QVERIFY(m_doc->saveAs(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.startsWith("# Starter template: trading platform"));
        QVERIFY(bytes.contains("\nname: Acme exchange\n"));
        const LoadResult reloaded = loadModelFromFile(path.toStdString());
        QVERIFY(reloaded.ok());
        QVERIFY(*reloaded.model == m_doc->model());
    }

    // The edge layer reloads its edges when the component list resets, before the integration
    // list has seen the same reset: replacing checkout (14 integrations) by a template with 13
    // made it read past the end of the new model's integrations (a crash under Xvfb). Rows the
    // document no longer has now read as nothing.
    void viewsReadingDuringAResetSeeOnlyRowsTheDocumentHas()
    {
        QVERIFY(m_doc->load(test::exampleFile("checkout.seam.yaml")));
        IntegrationListModel *integrations = m_doc->integrations();
        const int before = integrations->rowCount();
        const ModelTemplate *smaller = nullptr;
        for (const ModelTemplate &entry : templateCatalog()) {
            const LoadResult loaded = loadModelFromString(*templateText(entry), "t", FileFormat::Yaml);
            if (int(loaded.model->integrationList().size()) < before)
                smaller = &entry;
        }
        QVERIFY2(smaller, "a template with fewer integrations than checkout");
        QStringList seen;
        int asked = 0;
        connect(m_doc->components(), &QAbstractItemModel::modelReset, this, [&] {
            for (int row = 0; row < integrations->rowCount(); ++row, ++asked) {
                const QVariant id = integrations->data(integrations->index(row), IntegrationListModel::ElementIdRole);
                if (id.isValid())
                    seen << id.toString();
            }
        });
        QVERIFY(m_doc->newFromTemplate(QString::fromUtf8(smaller->name.data(), qsizetype(smaller->name.size()))));
        QCOMPARE(asked, before); // the integration list had not reset yet
        QVERIFY(seen.size() < before);
        for (const QString &id : std::as_const(seen))
            QVERIFY2(m_doc->hasIntegration(id), qPrintable(id));
        QCOMPARE(integrations->rowCount(), m_doc->integrationCount());
    }

    void unknownNameChangesNothing()
    {
        m_doc->setModel(test::smallModel());
        const Model before = m_doc->model();
        QSignalSpy changed(m_doc.get(), &Document::changed);
        QVERIFY(!m_doc->newFromTemplate(QStringLiteral("bank")));
        QVERIFY(m_doc->model() == before);
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_doc->lastError().contains(QStringLiteral("bank")));
        for (const ModelTemplate &entry : templateCatalog())
            QVERIFY2(m_doc->lastError().contains(QString::fromUtf8(entry.name.data(), qsizetype(entry.name.size()))),
                     qPrintable(m_doc->lastError()));
    }

private:
    std::unique_ptr<Document> m_doc;
};

QTEST_MAIN(TestNewFromTemplate)
#include "tst_newfromtemplate.moc"
