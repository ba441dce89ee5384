// The AsyncAPI importer on the specs of data/asyncapi/: what each construct becomes in
// the model (application, channels, events, bindings, send/receive integrations and
// their direction in 2.x and 3.0), and the errors bad input gets, with FILE:LINE:COLUMN.
#include "asyncapitesting.h"

#include "model/constraints.h"
#include "model/contracts.h"
#include "model/lint/linter.h"
#include "model/modelio.h"

#include <QtTest>

using namespace seam;
using namespace seam::testing;

namespace {

const Integration *integrationNamed(const Model &model, std::string_view name)
{
    for (const Integration &integration : model.integrationList())
        if (integration.name && *integration.name == name)
            return &integration;
    return nullptr;
}

std::vector<std::string> eventNames(const std::vector<const Event *> &events)
{
    std::vector<std::string> names;
    for (const Event *event : events)
        names.push_back(event->name);
    return names;
}

const SourceNode *extraOf(const Extras &extras, std::string_view key)
{
    return extras.isMap() ? extras.find(key) : nullptr;
}

} // namespace

class TestAsyncApiImport : public QObject {
    Q_OBJECT

private slots:
    void detectsByContent()
    {
        const Importer *importer = findImporter("asyncapi");
        QVERIFY(importer);
        for (const char *file : {"warehouse-3.0.yaml", "warehouse-2.6.yaml", "sensors-3.0.json", "bad/syntax.yaml"}) {
            const QString path = kAsyncApiData + "/" + file;
            QVERIFY2(importer->detects({path.toStdString(), readText(path)}), file);
        }
        QVERIFY(!importer->detects({"openapi.yaml", "openapi: 3.1.0\ninfo: {title: x, version: '1'}\n"}));
        QVERIFY(!importer->detects({"x.proto", "syntax = \"proto3\";\n// asyncapi: 3.0.0\n"}));
        QCOMPARE(detectImporter({"a.yaml", "asyncapi: 2.6.0\n"}), importer);
    }

    void version3ApplicationChannelsAndEvents()
    {
        const ImportResult result = importAsyncApi(kAsyncApiData + "/warehouse-3.0.yaml");
        QVERIFY2(result.ok(), diagnosticsText(result.diagnostics).c_str());
        QVERIFY2(result.diagnostics.empty(), diagnosticsText(result.diagnostics).c_str());
        const Model &model = result.model;

        const Component *app = model.findComponent("warehouse-service");
        QVERIFY(app);
        QVERIFY(app->kind == ComponentKind::Service);
        QCOMPARE(app->displayName(), std::string("Warehouse Service"));
        QCOMPARE(*app->description, std::string("Keeps stock levels and ships orders."));
        QCOMPARE(extraOf(app->extras, "x-asyncapi")->text(), std::string("3.0.0"));
        QCOMPARE(extraOf(app->extras, "x-asyncapi-info")->find("version")->text(), std::string("2.1.0"));
        QVERIFY(extraOf(app->extras, "x-asyncapi-servers"));

        // Each channel is a destination carrying that one channel.
        const Component *stock = model.findComponent("stock-levels");
        QVERIFY(stock);
        QVERIFY(stock->kind == ComponentKind::Topic);
        QCOMPARE(*stock->technology, std::string("Kafka"));
        QCOMPARE(stock->channels->size(), size_t(1));
        const Channel &levels = stock->channels->front();
        QCOMPARE(levels.name, std::string("stockLevels"));
        QCOMPARE(levels.effectiveAddress(), std::string("warehouse.stock-levels.v1"));
        QCOMPARE(*levels.description, std::string("Stock level changes, one per SKU."));
        QCOMPARE(*levels.bindings->kafka->partitions, 12LL);
        QCOMPARE(*levels.bindings->kafka->replicas, 3LL);
        QCOMPARE(*levels.bindings->kafka->key, std::string("sku"));
        QCOMPARE(extraOf(levels.bindings->kafka->extras, "x-asyncapi-bindingVersion")->text(), std::string("0.5.0"));

        QCOMPARE(levels.events->size(), size_t(2));
        const Event &changed = levels.events->at(0);
        QCOMPARE(changed.name, std::string("stock.changed"));
        QCOMPARE(*changed.version, 3LL);
        QCOMPARE(*changed.payload, std::string("StockLevel"));
        QCOMPARE(*changed.contentType, std::string("application/json"));
        QVERIFY(changed.headers.isMap());
        QVERIFY(changed.headers.find("properties")->find("traceId"));
        // An inline payload becomes a schema named after its message; its refs are bare names.
        const Event &depleted = levels.events->at(1);
        QCOMPARE(*depleted.payload, std::string("StockDepleted"));
        const Schema *inlinePayload = model.findSchema("StockDepleted");
        QVERIFY(inlinePayload);
        QCOMPARE(inlinePayload->body.find("properties")->find("sku")->find("$ref")->text(), std::string("Sku"));

        // AMQP `is: queue` makes a queue; the queue's other fields are kept.
        const Component *shipments = model.findComponent("shipment-requests");
        QVERIFY(shipments);
        QVERIFY(shipments->kind == ComponentKind::Queue);
        const AmqpBinding &amqp = *shipments->channels->front().bindings->amqp;
        QCOMPARE(*amqp.queue, std::string("shipments"));
        QCOMPARE(extraOf(amqp.extras, "x-asyncapi-queue")->find("durable")->text(), std::string("true"));
        QCOMPARE(*amqp.routingKey, std::string("shipments.requested")); // from the operation's cc
        // A message from components.messages, with its own name and version.
        const Event *requested = findDeclaredEvent(*shipments, nullptr, "shipment.requested");
        QVERIFY(requested);
        QCOMPARE(*requested->version, 2LL);
        QCOMPARE(*requested->payload, std::string("ShipmentRef"));
        QCOMPARE(extraOf(requested->extras, "x-asyncapi-title")->text(), std::string("Shipment requested"));

        const Component *alerts = model.findComponent("picker-alerts");
        QVERIFY(alerts);
        QCOMPARE(*alerts->channels->front().bindings->mqtt->qos, 1LL);
        QCOMPARE(*alerts->channels->front().bindings->mqtt->retain, false);
        QVERIFY(extraOf(alerts->channels->front().extras, "x-asyncapi-parameters"));

        // Shared components.schemas, references rewritten to bare names.
        std::vector<std::string> schemas;
        for (const Schema &schema : model.schemaList())
            schemas.push_back(schema.name);
        QCOMPARE(schemas,
                 (std::vector<std::string> {"Sku", "StockLevel", "ShipmentRef", "ShipmentLine", "StockDepleted",
                                            "PickerAlert"}));
        QCOMPARE(model.findSchema("ShipmentRef")
                     ->body.find("properties")
                     ->find("lines")
                     ->find("items")
                     ->find("$ref")
                     ->text(),
                 std::string("ShipmentLine"));
        for (const Schema &schema : model.schemaList())
            QVERIFY2(isValidSchemaName(schema.name), schema.name.c_str());
        for (const Component &component : model.components)
            QVERIFY2(isValidId(component.id), component.id.c_str());
    }

    void version3SendAndReceive()
    {
        const ImportResult result = importAsyncApi(kAsyncApiData + "/warehouse-3.0.yaml");
        QVERIFY(result.ok());
        const Model &model = result.model;
        QCOMPARE(model.integrationList().size(), size_t(3));

        const Integration *publish = integrationNamed(model, "publishStock");
        QVERIFY(publish);
        QCOMPARE(publish->id, std::string("publish-stock"));
        QCOMPARE(publish->from, std::string("warehouse-service"));
        QCOMPARE(publish->to, std::string("stock-levels"));
        QVERIFY(publish->pattern == Pattern::Stream); // Kafka
        QVERIFY(publish->events->front().reference);
        QCOMPARE(eventNames(effectiveEvents(model, *publish)),
                 (std::vector<std::string> {"stock.changed", "stock.depleted"}));
        QCOMPARE(extraOf(publish->extras, "x-asyncapi-summary")->text(), std::string("Stock level updates."));
        QVERIFY(extraOf(publish->extras, "x-asyncapi-bindings")->find("kafka")->find("clientId"));

        const Integration *take = integrationNamed(model, "takeShipments");
        QVERIFY(take);
        QCOMPARE(take->from, std::string("shipment-requests"));
        QCOMPARE(take->to, std::string("warehouse-service"));
        QVERIFY(take->pattern == Pattern::Queue);
        QCOMPARE(*take->description, std::string("Ships what sales requests."));
        QCOMPARE(integrationChannel(model, *take), &model.findComponent("shipment-requests")->channels->front());
        QCOMPARE(eventNames(effectiveEvents(model, *take)),
                 (std::vector<std::string> {"shipment.requested", "shipment.cancelled"}));
        // cc went to the channel; what else the operation binding said stays here.
        const SourceNode *amqp = extraOf(take->extras, "x-asyncapi-bindings")->find("amqp");
        QVERIFY(amqp && amqp->find("ack") && !amqp->find("cc"));

        // No `messages`: the operation carries every message of its channel.
        const Integration *alert = integrationNamed(model, "alertPickers");
        QVERIFY(alert);
        QVERIFY(alert->pattern == Pattern::Pubsub);
        QCOMPARE(eventNames(effectiveEvents(model, *alert)), std::vector<std::string> {"picker.alert"});

        // Lint sees the references: nobody in this fragment publishes what the warehouse takes.
        const LintResult linted = lint(model);
        std::vector<std::string> without;
        for (const Finding &finding : linted.findings)
            if (finding.rule == "event-without-producer")
                without.push_back(finding.element);
        QCOMPARE(without, std::vector<std::string> {"take-shipments"});
    }

    // In 2.x a channel's `publish` is what others publish: the application receives.
    // `subscribe` is what others subscribe to: the application sends.
    void version2PublishMeansTheApplicationReceives()
    {
        const ImportResult result = importAsyncApi(kAsyncApiData + "/warehouse-2.6.yaml");
        QVERIFY2(result.ok(), diagnosticsText(result.diagnostics).c_str());
        const Model &model = result.model;
        QCOMPARE(extraOf(model.components.front().extras, "x-asyncapi")->text(), std::string("2.6.0"));

        const Integration *publishStock = integrationNamed(model, "publishStock"); // under `subscribe`
        QVERIFY(publishStock);
        QCOMPARE(publishStock->from, std::string("warehouse-service"));
        QCOMPARE(publishStock->to, std::string("warehouse-stock-levels-v1"));
        QVERIFY(publishStock->pattern == Pattern::Stream);
        QCOMPARE(eventNames(effectiveEvents(model, *publishStock)),
                 (std::vector<std::string> {"stock.changed", "stock.depleted"}));

        const Integration *take = integrationNamed(model, "takeShipments"); // under `publish`
        QVERIFY(take);
        QCOMPARE(take->from, std::string("warehouse-shipments"));
        QCOMPARE(take->to, std::string("warehouse-service"));
        QVERIFY(take->pattern == Pattern::Queue);

        // The channel key is its address.
        const Component *levels = model.findComponent("warehouse-stock-levels-v1");
        QCOMPARE(levels->channels->front().effectiveAddress(), std::string("warehouse.stock-levels.v1"));
        const Event *changed = findDeclaredEvent(*levels, nullptr, "stock.changed");
        QCOMPARE(*changed->version, 3LL);
        QVERIFY(changed->headers.isMap());
        QCOMPARE(*findDeclaredEvent(*levels, nullptr, "stock.depleted")->payload, std::string("StockDepleted"));

        const Component *floor = model.findComponent("floor-alerts");
        QCOMPARE(*floor->channels->front().bindings->mqtt->qos, 2LL);
        QCOMPARE(*floor->channels->front().bindings->mqtt->retain, true);

        // Both verbs on one channel, no operationId: one integration each way.
        const Component *audit = model.findComponent("audit-trail");
        QVERIFY(audit);
        std::vector<std::string> auditEdges;
        for (const Integration &integration : model.integrationList())
            if (integration.from == "audit-trail" || integration.to == "audit-trail")
                auditEdges.push_back(integration.from + ">" + integration.to);
        QCOMPARE(auditEdges,
                 (std::vector<std::string> {"warehouse-service>audit-trail", "audit-trail>warehouse-service"}));
        QCOMPARE(audit->channels->front().events->size(), size_t(1));

        const Event *requested
            = findDeclaredEvent(*model.findComponent("warehouse-shipments"), nullptr, "shipment.requested");
        QCOMPARE(extraOf(requested->extras, "x-asyncapi-messageId")->text(), std::string("shipmentRequested"));
    }

    void jsonDocument()
    {
        const ImportResult result = importAsyncApi(kAsyncApiData + "/sensors-3.0.json");
        QVERIFY2(result.ok(), diagnosticsText(result.diagnostics).c_str());
        const Model &model = result.model;
        QVERIFY(model.findComponent("sensor-gateway"));
        const Integration &read = model.integrationList().front();
        QCOMPARE(read.from, std::string("readings"));
        QCOMPARE(read.to, std::string("sensor-gateway"));
        QCOMPARE(eventNames(effectiveEvents(model, read)), std::vector<std::string> {"sensor.reading"});
        QCOMPARE(*model.findComponent("readings")->channels->front().bindings->mqtt->qos, 0LL);
    }

    // What the importer makes is a model the reader accepts, and means the same once saved.
    void importedModelSavesAndLoads_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"warehouse-3.0.yaml", "warehouse-2.6.yaml", "sensors-3.0.json"})
            QTest::newRow(file) << file;
    }

    void importedModelSavesAndLoads()
    {
        QFETCH(QString, file);
        ImportResult result = importAsyncApi(kAsyncApiData + "/" + file);
        QVERIFY(result.ok());
        result.model.name = "Imported";
        const std::string text = saveModelToString(result.model, FileFormat::Yaml);
        const LoadResult loaded = loadModelFromString(text, "imported.seam.yaml", FileFormat::Yaml);
        QVERIFY2(loaded.ok(), (diagnosticsText(loaded.diagnostics) + text).c_str());
        QVERIFY2(loaded.diagnostics.empty(), (diagnosticsText(loaded.diagnostics) + text).c_str());
        QVERIFY2(*loaded.model == result.model, text.c_str());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("words");
        QTest::newRow("syntax") << "syntax.yaml"
                                << "syntax.yaml:6:"
                                << "syntax";
        QTest::newRow("unknown version") << "version.yaml"
                                         << "version.yaml:1:11:"
                                         << "AsyncAPI version '1.2.0' is not supported";
        QTest::newRow("broken $ref") << "broken-ref.yaml"
                                     << "broken-ref.yaml:10:18:"
                                     << "'#/components/schemas/Order' names nothing";
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, words);
        const ImportResult result = importAsyncApi(kAsyncApiData + "/bad/" + file);
        QVERIFY(!result.ok());
        const QString text = QString::fromStdString(diagnosticsText(result.diagnostics));
        QVERIFY2(text.contains(where + " error: ") || text.contains(where), qPrintable(text));
        QVERIFY2(text.contains(words), qPrintable(text));
        // One problem, reported once, where it is.
        QCOMPARE(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                               [](const Diagnostic &d) { return d.isError(); }),
                 1L);
        for (const Diagnostic &d : result.diagnostics)
            if (d.isError())
                QVERIFY2(d.mark.valid(), d.toString().c_str());
    }

    void externalRefIsAnError()
    {
        ImportResult result;
        findImporter("asyncapi")
            ->run({"ext.yaml",
                   "asyncapi: 3.0.0\ninfo: {title: X, version: '1'}\n"
                   "channels:\n  a:\n    messages:\n      m:\n"
                   "        payload: {$ref: 'other.yaml#/Order'}\n"},
                  result);
        QVERIFY(!result.ok());
        QVERIFY2(diagnosticsText(result.diagnostics).find("ext.yaml:7:") != std::string::npos,
                 diagnosticsText(result.diagnostics).c_str());
        QVERIFY(diagnosticsText(result.diagnostics).find("outside this document") != std::string::npos);
    }

    void unusedComponentMessageIsAWarning()
    {
        ImportResult result;
        findImporter("asyncapi")
            ->run({"u.yaml",
                   "asyncapi: 3.0.0\ninfo: {title: X, version: '1'}\n"
                   "components:\n  messages:\n    Lonely:\n      payload: {type: object}\n"},
                  result);
        QVERIFY(result.ok());
        QCOMPARE(result.diagnostics.size(), size_t(1));
        QCOMPARE(result.diagnostics.front().toString(),
                 std::string("u.yaml:5:5: warning: message 'Lonely' is used by no channel; it is not imported"));
    }
};

QTEST_GUILESS_MAIN(TestAsyncApiImport)
#include "tst_asyncapiimport.moc"
