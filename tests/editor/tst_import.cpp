// File ▸ Import in the editor: the same importers and merge as `seam-cli import --into`,
// applied as one undo step; a bad file changes nothing and says where it is wrong.

#include "editortestutil.h"

#include "model/contracts.h"
#include "views/lintrunner.h"
#include "views/recovery.h"

#include <QGuiApplication>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace seam;

namespace {
const QString kData = QStringLiteral(SEAM_IMPORTER_DATA_DIR);
} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->lintRunner()->setEnabled(false);
        m_doc->recovery()->setInterval(0);
        m_doc->setModel(test::smallModel());
    }
    void cleanup() { m_doc.reset(); }

    void importIsOneUndoStep()
    {
        const Model before = m_doc->model();
        const int steps = m_doc->undoStack()->count();
        QVERIFY2(m_doc->importFiles({kData + "/shop.proto"}), qPrintable(m_doc->lastError()));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        // The proto's services became provider components with their gRPC APIs, and the
        // messages (of both packages: shop.proto imports common.proto) became schemas.
        const Model &after = m_doc->model();
        QVERIFY(after.components.size() > before.components.size());
        const Api *orders = nullptr;
        for (const Component &component : after.components)
            if (const Api *api = findApi(component, "OrderService"))
                orders = api;
        QVERIFY(orders);
        QCOMPARE(orders->package.value_or(""), std::string("seam.test.shop.v1"));
        QVERIFY(orders->operations && !orders->operations->empty());
        QVERIFY(after.schemas && !after.schemas->empty());
        // Nothing the model had was dropped or rewritten.
        for (const Component &component : before.components)
            QVERIFY(after.findComponent(component.id) && *after.findComponent(component.id) == component);

        m_doc->undo();
        QVERIFY(m_doc->model() == before);
        m_doc->redo();
        QVERIFY(findApiAnywhere("OrderService"));
    }

    void importingTwiceAddsNothing()
    {
        QVERIFY(m_doc->importFiles({kData + "/shop.proto"}));
        const int steps = m_doc->undoStack()->count();
        const Model once = m_doc->model();
        QVERIFY(m_doc->importFiles({QUrl::fromLocalFile(kData + "/shop.proto").toString()})); // a FileDialog URL
        QVERIFY(m_doc->model() == once);
        QCOMPARE(m_doc->undoStack()->count(), steps); // no empty undo step
    }

    void badFileChangesNothing()
    {
        const Model before = m_doc->model();
        const int steps = m_doc->undoStack()->count();
        QVERIFY(!m_doc->importFiles({kData + "/bad/syntax-error.proto"}));
        QVERIFY(m_doc->model() == before);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        // The error names the file, line and column, as the CLI prints it.
        QVERIFY2(m_doc->lastError().contains(QRegularExpression("syntax-error\\.proto:\\d+:\\d+: error")),
                 qPrintable(m_doc->lastError()));
        QVERIFY(!m_doc->loadDiagnostics().isEmpty());
    }

private:
    bool findApiAnywhere(std::string_view name) const
    {
        for (const Component &component : m_doc->model().components)
            if (findApi(component, name))
                return true;
        return false;
    }
    std::unique_ptr<Document> m_doc;
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tst_import"));
    TestImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_import.moc"
