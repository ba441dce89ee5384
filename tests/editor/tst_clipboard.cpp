// The Clipboard on its own: a copied fragment carries its components, the integrations
// between them and the schemas they reference; every paste gets fresh ids and lands
// offset from the last, as one undo step.

#include "editortestutil.h"

#include "views/clipboard.h"
#include "views/lintrunner.h"
#include "views/recovery.h"

#include <QGuiApplication>
#include <QStandardPaths>

using namespace seam;

namespace {

const char *const ShopYaml = R"(seam: 1
name: Shop
components:
  - {id: web, kind: client}
  - {id: orders, kind: service}
  - {id: mail, kind: service}
integrations:
  - id: web-orders
    from: web
    to: orders
    pattern: rest
    operations:
      - {name: placeOrder, method: POST, path: /orders, request: OrderRequest, response: Order}
  - {id: orders-mail, from: orders, to: mail, pattern: rest}
schemas:
  OrderItem: {type: object, properties: {sku: {type: string}}}
  OrderRequest: {type: object, properties: {items: {type: array, items: {$ref: OrderItem}}}}
  Order: {type: object, properties: {id: {type: string}}}
  Unrelated: {type: string}
layout:
  web: [40, 200]
  orders: [300, 200]
  mail: [560, 200]
)";

} // namespace

class TestClipboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_clipboard"));
    }

    void copyCarriesIntegrationsBetweenAndReferencedSchemas()
    {
        Document doc;
        prepare(doc);
        const LoadResult copied = loadModelFromString(
            doc.clipboard()->copyToText({QStringLiteral("web"), QStringLiteral("orders")}).toStdString(), "copy",
            FileFormat::Yaml);
        QVERIFY(copied.ok());
        const Model &fragment = *copied.model;
        QCOMPARE(fragment.components.size(), size_t(2));
        QCOMPARE(fragment.integrationList().size(), size_t(1)); // orders-mail has an end left behind
        QCOMPARE(fragment.integrationList()[0].id, std::string("web-orders"));
        QVERIFY(fragment.findSchema("OrderRequest"));
        QVERIFY(fragment.findSchema("Order"));
        QVERIFY(fragment.findSchema("OrderItem")); // referenced by OrderRequest, not by the integration
        QVERIFY(!fragment.findSchema("Unrelated"));
        QCOMPARE(fragment.findLayout("orders")->x, 300.0);
    }

    void pasteTwiceGivesFreshIdsAndOffsets()
    {
        Document doc;
        prepare(doc);
        Clipboard &clipboard = *doc.clipboard();
        const QString text = clipboard.copyToText({QStringLiteral("web"), QStringLiteral("orders")});

        const QStringList first = clipboard.pasteText(text, 40, 40);
        QCOMPARE(first, (QStringList {QStringLiteral("web-2"), QStringLiteral("orders-2")}));
        const QStringList second = clipboard.pasteText(text, 80, 80);
        QCOMPARE(second, (QStringList {QStringLiteral("web-3"), QStringLiteral("orders-3")}));
        QCOMPARE(doc.undoStack()->count(), 2); // one step per paste

        QCOMPARE(doc.componentPosition(QStringLiteral("orders-2")), QPointF(340, 240));
        QCOMPARE(doc.componentPosition(QStringLiteral("orders-3")), QPointF(380, 280));
        QCOMPARE(doc.componentPosition(QStringLiteral("orders")), QPointF(300, 200)); // originals stay

        // Each copy's integration joins its own pasted ends, under a fresh id.
        const Model &model = doc.model();
        QCOMPARE(model.integrationList().size(), size_t(4));
        for (const char *id : {"web-orders-2", "web-orders-3"})
            QVERIFY2(doc.hasIntegration(QLatin1String(id)), id);
        const Integration &pasted = model.integrationList()[3];
        QCOMPARE(pasted.id, std::string("web-orders-3"));
        QCOMPARE(pasted.from, std::string("web-3"));
        QCOMPARE(pasted.to, std::string("orders-3"));
        // The schemas already exist here, so they are not doubled.
        QCOMPARE(model.schemas->size(), size_t(4));
    }

    void pasteIntoAnotherFileCarriesSchemas()
    {
        Document source;
        prepare(source);
        const QString text = source.clipboard()->copyToText({QStringLiteral("web"), QStringLiteral("orders")});

        Document target;
        target.lintRunner()->setEnabled(false);
        target.recovery()->setInterval(0);
        target.newModel(QStringLiteral("Other"));
        QCOMPARE(target.clipboard()->pasteText(text), (QStringList {QStringLiteral("web"), QStringLiteral("orders")}));
        const Model &model = target.model();
        QVERIFY(model.schemas);
        QCOMPARE(model.schemas->size(), size_t(3));
        QVERIFY(model.findSchema("OrderItem"));
        // The result saves and loads back: every reference resolves.
        const std::string saved = saveModelToString(model, FileFormat::Yaml);
        QVERIFY(loadModelFromString(saved, "pasted", FileFormat::Yaml).ok());
        target.undo();
        QCOMPARE(target.componentCount(), 0);
        QVERIFY(!target.model().schemas || target.model().schemas->empty());
    }

    void garbageIsNotPasted()
    {
        Document doc;
        prepare(doc);
        QVERIFY(doc.clipboard()->pasteText(QStringLiteral("just some text: [")).isEmpty());
        QVERIFY(doc.clipboard()->pasteText(QStringLiteral("seam: 1\nname: x\ncomponents: []\n")).isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

private:
    static void prepare(Document &doc)
    {
        doc.lintRunner()->setEnabled(false);
        doc.recovery()->setInterval(0);
        LoadResult result = loadModelFromString(ShopYaml, "shop", FileFormat::Yaml);
        QVERIFY2(result.ok(), result.ok() ? "" : result.diagnostics.front().toString().c_str());
        doc.setModel(std::move(*result.model));
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
