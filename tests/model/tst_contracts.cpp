// The contract keys of the model format (issue 11): v1 files mean what they meant, contract
// models round-trip byte for byte, and each contract or schema-body mistake is an error at
// its line and column with the closest valid name.
#include "model/contracts.h"
#include "model/modelio.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace seam;

namespace {

std::string readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string errorsOf(const LoadResult &loaded)
{
    std::string out;
    for (const Diagnostic &d : loaded.diagnostics)
        out += d.toString() + "\n";
    return out;
}

// A model that declares one API per style and a channel, for the bad-input cases to break.
const char *const kBase = R"(seam: 1
name: Shop
components:
  - id: web
    kind: client
  - id: cart
    kind: service
    apis:
      - name: CartService
        style: grpc
        operations:
          - {name: AddItem, request: Item, response: google.protobuf.Empty}
          - {name: GetCart, response: Cart}
  - id: topic
    kind: topic
    channels:
      - name: orders
        events:
          - {name: order.created, payload: Cart}
integrations:
  - id: web-cart
    from: web
    to: cart
    pattern: grpc
    api: CartService
  - id: publish
    from: cart
    to: topic
    pattern: pubsub
    events: [order.created]
schemas:
  Item: {type: object, properties: {sku: {type: string, field: 1}}}
  Cart: {type: object}
)";

} // namespace

class ContractsTest : public QObject {
    Q_OBJECT

    static LoadResult loadText(const std::string &text)
    {
        return loadModelFromString(text, "m.seam.yaml", FileFormat::Yaml);
    }

private slots:
    // Every v1 model of the repository saves to the canonical JSON the reader before issue 11
    // wrote for it (data/v1-canonical, made with that seam-cli: `seam-cli format FILE -o GOLDEN`).
    void v1FilesMeanWhatTheyMeant_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("golden");
        const QString root = QStringLiteral(SEAM_TEST_DATA_DIR "/v1-canonical");
        QDirIterator it(root, {"*.canonical.json"}, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString golden = it.next();
            QString relative = QDir(root).relativeFilePath(golden);
            relative.chop(int(std::string_view(".canonical.json").size()));
            QTest::newRow(qPrintable(relative)) << QStringLiteral(SEAM_SOURCE_DIR "/") + relative << golden;
            ++count;
        }
        QVERIFY2(count >= 50, "the v1 corpus: examples, lint cases and model test data");
    }
    void v1FilesMeanWhatTheyMeant()
    {
        QFETCH(QString, source);
        QFETCH(QString, golden);
        const LoadResult loaded = loadModelFromFile(source.toStdString());
        QVERIFY2(loaded.ok(), errorsOf(loaded).c_str());
        const Model &model = *loaded.model;
        QCOMPARE(saveModelToString(model, FileFormat::Json), readFile(golden));
        for (const Component &c : model.components)
            QVERIFY(!c.apis && !c.channels);
        for (const Integration &i : model.integrationList()) {
            QVERIFY(!i.api && !i.uses && !i.channel);
            for (const Event &e : i.events.value_or(std::vector<Event> {}))
                QVERIFY(!e.reference);
        }
    }

    void contractModelsRoundTripByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("examples/contracts") << QStringLiteral(SEAM_EXAMPLES_DIR "/contracts.seam.yaml");
        QTest::newRow("all-forms") << QStringLiteral(SEAM_TEST_DATA_DIR "/contracts/all-forms.seam.yaml");
    }
    void contractModelsRoundTripByteForByte()
    {
        QFETCH(QString, path);
        const std::string text = readFile(path);
        const LoadResult loaded = loadText(text);
        QVERIFY2(loaded.ok() && loaded.diagnostics.empty(), errorsOf(loaded).c_str());
        QCOMPARE(saveModelToString(*loaded.model, FileFormat::Yaml), text);
        const std::string json = saveModelToString(*loaded.model, FileFormat::Json);
        const LoadResult fromJson = loadModelFromString(json, "m.seam.json", FileFormat::Json);
        QVERIFY2(fromJson.ok() && fromJson.diagnostics.empty(), errorsOf(fromJson).c_str());
        QVERIFY(*fromJson.model == *loaded.model);
        QCOMPARE(saveModelToString(*fromJson.model, FileFormat::Yaml), text);
    }

    // What the forms mean once read: the reader fills the structs contracts.h resolves.
    void formsReadIntoTheStructs()
    {
        const LoadResult loaded = loadModelFromFile(SEAM_TEST_DATA_DIR "/contracts/all-forms.seam.yaml");
        QVERIFY2(loaded.ok(), errorsOf(loaded).c_str());
        const Model &m = *loaded.model;
        QVERIFY(m.envelope == std::optional<Envelope>(Envelope::CloudEvents));
        QVERIFY(m.extras.find("x-owner"));
        const Component &stock = *m.findComponent("stock");
        const Api &grpc = *findApi(stock, "StockService");
        QVERIFY(grpc.style == Pattern::Grpc);
        QCOMPARE(grpc.serviceName(), std::string("Stock"));
        QVERIFY(grpc.extras.find("x-proto-options"));
        QVERIFY(findOperation(grpc, "Follow")->streaming == std::optional<Streaming>(Streaming::Bidirectional));
        const Api &rest = *findApi(stock, "StockHttp");
        QCOMPARE(rest.servers->front().url, std::string("http://stock:8080"));
        QVERIFY(rest.servers->front().extras.find("x-region"));
        QVERIFY(rest.securitySchemes && rest.securitySchemes->find("key"));
        const Operation &upload = *findOperation(rest, "upload");
        QVERIFY(upload.method == std::optional<HttpMethod>(HttpMethod::Put));
        QCOMPARE(upload.parameters->size(), size_t(2));
        QVERIFY((*upload.parameters)[1].in == ParamLocation::Cookie);
        QVERIFY((*upload.parameters)[0].schema.isScalar());
        QVERIFY(!upload.request && upload.requestBody);
        QCOMPARE(upload.requestBody->content.size(), size_t(2));
        QVERIFY(upload.requestBody->content[0].schema.isNull()); // image/png: no schema
        QVERIFY(upload.requestBody->content[1].schema.isMap());
        QCOMPARE(upload.responses->size(), size_t(3));
        QCOMPARE((*upload.responses)[1].status, std::string("4XX")); // file order kept
        QVERIFY((*upload.responses)[1].headerMap);
        QCOMPARE((*upload.responses)[1].headers->front().name, std::string("Retry-After"));
        QVERIFY((*upload.responses)[1].headers->front().in == ParamLocation::Header);

        const Component &queue = *m.findComponent("depot-events");
        const Channel &moves = *findChannel(queue, "moves");
        QCOMPARE(moves.effectiveAddress(), std::string("moves"));
        QCOMPARE(findChannel(queue, "audits")->effectiveAddress(), std::string("depot.audit"));
        QVERIFY(moves.bindings->mqtt->qos == std::optional<long long>(0));
        QVERIFY(moves.bindings->extras.find("nats"));
        QVERIFY(moves.bindings->amqp->extras.find("x-durable"));

        const Integration &send = *m.findIntegration("stock-moves");
        QCOMPARE(send.events->size(), size_t(3));
        QVERIFY((*send.events)[0].reference && !(*send.events)[1].reference);
        const auto events = effectiveEvents(m, send);
        QCOMPARE(events.size(), size_t(3));
        QVERIFY(events[0]->version == std::optional<long long>(3)); // the declaration on `moves`
        // The consumer names the other channel: its stock.moved is version 1.
        const auto consumed = effectiveEvents(m, *m.findIntegration("moves-caller"));
        QCOMPARE(consumed.size(), size_t(1));
        QVERIFY(consumed[0]->version == std::optional<long long>(1));
        QCOMPARE(effectiveOperations(m, *m.findIntegration("caller-stock")).size(), size_t(2));
        QCOMPARE(effectiveOperations(m, *m.findIntegration("caller-upload")).size(), size_t(1));
    }

    void baseModelIsValid()
    {
        const LoadResult loaded = loadText(kBase);
        QVERIFY2(loaded.ok() && loaded.diagnostics.empty(), errorsOf(loaded).c_str());
    }

    // Found by fuzz.json: 'channel' without 'events' dereferenced the missing list.
    void channelWithoutEventsLoads()
    {
        std::string text = kBase;
        const std::string events = "    events: [order.created]\n";
        text.replace(text.find(events), events.size(), "    channel: orders\n");
        const LoadResult loaded = loadText(text);
        QVERIFY2(loaded.ok() && loaded.diagnostics.empty(), errorsOf(loaded).c_str());
        QCOMPARE(*loaded.model->findIntegration("publish")->channel, std::string("orders"));
    }

    // Each case replaces one line of kBase; `@` marks where the error must point (it is removed).
    void badInput_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *from, const char *to, const char *message) {
            QTest::newRow(name) << QString(from) << QString(to) << QString(message);
        };
        row("api not declared by to", "    api: CartService", "    api: @CartServce",
            "integration 'web-cart': 'api' names 'CartServce', which component 'cart' does not declare; did you "
            "mean 'CartService'?");
        row("uses names a missing operation", "    api: CartService",
            "    api: CartService\n    uses: [GetCart, @AddItems]",
            "integration 'web-cart': 'uses' names 'AddItems', which API 'CartService' of 'cart' does not have; did "
            "you mean 'AddItem'?");
        row("uses without api", "    api: CartService", "    @uses: [AddItem]",
            "'uses' picks operations of an API: name it with 'api'");
        row("channel not declared", "    events: [order.created]", "    channel: @order\n    events: [order.created]",
            "integration 'publish': 'channel' names 'order', which 'topic' does not declare; did you mean 'orders'?");
        row("referenced event not declared", "    events: [order.created]", "    events: [@order.creatd]",
            "integration 'publish': event 'order.creatd' is not declared by a channel of 'topic'; did you mean "
            "'order.created'?");
        row("referenced event not on the named channel", "    events: [order.created]",
            "    channel: orders\n    events: [order.created, @order.paid]",
            "integration 'publish': event 'order.paid' is not declared by channel 'orders' of 'topic'; did you "
            "mean 'order.created'?");
        row("channels on a service", "    kind: service", "    kind: service\n    @channels: []",
            "component 'cart' is a service: only a queue or a topic carries 'channels' (a service declares 'apis')");
        row("api style not sync", "        style: grpc", "        style: @grcp",
            "unknown API style 'grcp'; did you mean 'grpc'? (valid: rest, graphql or grpc)");
        row("api style is a pattern of another kind", "        style: grpc", "        style: @queue",
            "unknown API style 'queue'");
        row("duplicate API", "  - id: topic", "      - @name: CartService\n        style: rest\n  - id: topic",
            "duplicate API name 'CartService' in component 'cart' (first defined at line 9)");
        row("duplicate operation", "          - {name: GetCart, response: Cart}",
            "          - {name: GetCart, response: Cart}\n          - @{name: AddItem}",
            "duplicate operation name 'AddItem' in component 'cart', API 'CartService' (first defined at line 12)");
        row("duplicate channel", "integrations:", "      - @name: orders\nintegrations:",
            "duplicate channel name 'orders' in component 'topic' (first defined at line 17)");
        row("unknown type", "  Cart: {type: object}", "  Cart: {type: @strng}",
            "unknown type 'strng'; did you mean 'string'? (valid: string, number, integer, boolean, object, array "
            "or null)");
        row("unknown type in a property", "  Cart: {type: object}",
            "  Cart: {type: object, properties: {n: {type: [integer, @nul]}}}",
            "unknown type 'nul'; did you mean 'null'?");
        row("$ref to no schema", "  Cart: {type: object}", "  Cart: {type: object, properties: {i: {$ref: @Itm}}}",
            "schema 'Cart': $ref refers to unknown schema 'Itm'; did you mean 'Item'?");
        row("$ref to a misspelt well-known type", "  Cart: {type: object}",
            "  Cart: {type: object, properties: {at: {$ref: @google.protobuf.Timestmp}}}",
            "refers to unknown schema 'google.protobuf.Timestmp'; did you mean 'google.protobuf.Timestamp'?");
        row("request names no schema", "          - {name: GetCart, response: Cart}",
            "          - {name: GetCart, request: @Carts, response: Cart}",
            "component 'cart', API 'CartService', operation 'GetCart': 'request' refers to unknown schema 'Carts'; "
            "did you mean 'Cart'?");
        row("duplicate field number", "  Cart: {type: object}",
            "  Cart: {type: object, properties: {a: {type: string, field: 1}, b: {type: string, field: @1}}}",
            "field number 1 of property 'b' is already the number of property 'a' in schema 'Cart'");
        row("field number out of range", "  Cart: {type: object}",
            "  Cart: {type: object, properties: {a: {type: string, field: @0}}}", "'field' must be");
        row("field number reserved by protobuf", "  Cart: {type: object}",
            "  Cart: {type: object, properties: {a: {type: string, field: @19500}}}",
            "'field' 19500 is reserved by Protocol Buffers (19000 to 19999)");
        row("field outside a property", "  Cart: {type: object}", "  Cart: {type: object, @field: 2}",
            "'field' belongs in a property's schema (inside 'properties'), not here");
        row("optional in items", "  Cart: {type: object}",
            "  Cart: {type: object, properties: {l: {type: array, items: {type: string, @optional: true}}}}",
            "'optional' belongs in a property's schema (inside 'properties'), not here");
        row("oneof outside a property", "  Cart: {type: object}", "  Cart: {type: object, @oneof: pay}",
            "'oneof' belongs in a property's schema");
        row("map_key without additionalProperties", "  Cart: {type: object}", "  Cart: {type: object, @map_key: int32}",
            "'map_key' describes a map: it needs 'additionalProperties' (the value schema) beside it");
        row("map_key misspelt", "  Cart: {type: object}",
            "  Cart: {type: object, additionalProperties: {type: string}, map_key: @int23}",
            "unknown map_key 'int23'; did you mean 'int32'?");
        row("enum_numbers without enum", "  Cart: {type: object}", "  Cart: {type: string, @enum_numbers: [0]}",
            "'enum_numbers' numbers the values of 'enum': it needs 'enum' beside it");
        row("enum_numbers of another length", "  Cart: {type: object}",
            "  Cart: {type: string, enum: [A, B], enum_numbers: @[0]}",
            "'enum_numbers' has 1 entries but 'enum' has 2: one number per value");
        row("package inside a property", "  Cart: {type: object}",
            "  Cart: {type: object, properties: {p: {type: string, @package: a.b}}}",
            "'package' belongs at the top of an entry of 'schemas'");
        row("properties not a map", "  Cart: {type: object}", "  Cart: {type: object, properties: @[a, b]}",
            "'properties' must be a map of property name → schema, not a list");
        row("required not a list", "  Cart: {type: object}", "  Cart: {type: object, required: @id}",
            "'required' must be a list of property names, not 'id'");
        row("inline schema checked too", "          - {name: GetCart, response: Cart}",
            "          - {name: GetCart, method: GET, parameters: [{name: q, in: query, schema: {type: @txt}}]}",
            "unknown type 'txt'");
        row("bad response status", "          - {name: GetCart, response: Cart}",
            "          - name: GetCart\n            responses: {@20x: {description: no}}",
            "response status '20x' must be an HTTP status code (200), a range (4XX) or default");
        row("parameter location misspelt", "          - {name: GetCart, response: Cart}",
            "          - {name: GetCart, parameters: [{name: q, in: @qurey}]}",
            "unknown in 'qurey'; did you mean 'query'?");
        row("streaming misspelt", "          - {name: GetCart, response: Cart}",
            "          - {name: GetCart, streaming: @sever}", "unknown streaming 'sever'; did you mean 'server'?");
        row("kafka partitions", "          - {name: order.created, payload: Cart}",
            "          - {name: order.created, payload: Cart}\n        bindings: {kafka: {partitions: @0}}",
            "'partitions' must be");
        row("envelope misspelt", "name: Shop", "name: Shop\nenvelope: @cloudevent",
            "unknown envelope 'cloudevent'; did you mean 'cloudevents'?");
        row("event declared by name in a channel", "          - {name: order.created, payload: Cart}",
            "          - @order.created", "an entry of 'events' must be a map");
    }
    void badInput()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        std::string text = kBase;
        const std::string old = from.toStdString() + "\n";
        const size_t at = text.find(old);
        QVERIFY2(at != std::string::npos, old.c_str());
        text.replace(at, old.size(), to.toStdString() + "\n");
        const size_t markAt = text.find('@');
        QVERIFY(markAt != std::string::npos);
        const int line = int(std::count(text.begin(), text.begin() + long(markAt), '\n')) + 1;
        const int column = int(markAt - (text.rfind('\n', markAt) + 1)) + 1;
        text.erase(markAt, 1);
        const LoadResult loaded = loadText(text);
        QVERIFY2(!loaded.ok(), text.c_str());
        const std::string where = "m.seam.yaml:" + std::to_string(line) + ":" + std::to_string(column) + ": error: ";
        const std::string errors = errorsOf(loaded);
        bool found = false;
        for (const Diagnostic &d : loaded.diagnostics)
            found = found
                || (d.toString().starts_with(where) && d.message.find(message.toStdString()) != std::string::npos);
        QVERIFY2(found, (where + message.toStdString() + "\n  not among:\n" + errors).c_str());
    }

    // Well-known types need no entry wherever a schema name is expected.
    void wellKnownTypesNeedNoEntry()
    {
        const std::string text = R"(seam: 1
name: W
components:
  - id: a
    kind: service
    apis:
      - name: A
        style: rest
        operations:
          - name: op
            parameters: [{name: t, in: query, schema: google.protobuf.Timestamp}]
            request: {content: {application/json: google.protobuf.Struct}}
            response: google.protobuf.Empty
  - id: q
    kind: queue
    channels:
      - name: c
        events: [{name: e, payload: google.protobuf.Any, headers: google.protobuf.Struct}]
schemas:
  S: {type: object, properties: {d: {$ref: google.protobuf.Duration, field: 1}}}
)";
        const LoadResult loaded = loadText(text);
        QVERIFY2(loaded.ok() && loaded.diagnostics.empty(), errorsOf(loaded).c_str());
    }

    // Protocol keys other than kafka, amqp and mqtt are kept silently; a near miss warns.
    void bindingsKeepOtherProtocols()
    {
        std::string text = kBase;
        const std::string line = "          - {name: order.created, payload: Cart}\n";
        text.replace(text.find(line), line.size(), line + "        bindings: {nats: {subject: s}, kafak: {}}\n");
        const LoadResult loaded = loadText(text);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.diagnostics.size(), size_t(1));
        QVERIFY2(loaded.diagnostics[0].message.find("unknown key 'kafak' in 'bindings'; did you mean 'kafka'?")
                     != std::string::npos,
                 loaded.diagnostics[0].message.c_str());
        const Bindings &b = *loaded.model->components[2].channels->front().bindings;
        QVERIFY(b.extras.find("nats") && b.extras.find("kafak"));
    }
};

QTEST_GUILESS_MAIN(ContractsTest)
#include "tst_contracts.moc"
