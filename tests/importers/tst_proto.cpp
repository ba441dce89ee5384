// The proto importer in process: how services, messages, enums and fields map onto the
// model (CONTRACTS-SPELLING.md, "Proto mapping"), what it warns about, merging, and the
// round trip import → proto export → protoc, compared descriptor by descriptor.
#include "protoroundtrip.h"

#include "exporters/exporter.h"
#include "importers/importer.h"
#include "importers/merge.h"
#include "model/contracts.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace seam;
using namespace seam::testing;

namespace {

const QString kData = QStringLiteral(SEAM_IMPORT_TEST_DATA);

ImportSource source(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return {path.toStdString(), text.str()};
}

ImportResult importFile(const QString &path)
{
    const ImportSource file = source(path);
    ImportResult result;
    if (const Importer *importer = detectImporter(file))
        importer->run(file, result);
    else
        result.diagnostics.push_back({Diagnostic::Level::Error, file.path, {}, "no importer"});
    return result;
}

QString describe(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += QString::fromStdString(d.toString()) + "\n";
    return out;
}

const SourceNode &at(const SourceNode &node, std::initializer_list<std::string_view> path)
{
    static const SourceNode none;
    const SourceNode *current = &node;
    for (std::string_view key : path) {
        current = current->isMap() ? current->find(key) : nullptr;
        if (!current)
            return none;
    }
    return *current;
}

std::string textAt(const SourceNode &node, std::initializer_list<std::string_view> path)
{
    return at(node, path).text();
}

std::vector<std::string> texts(const SourceNode &sequence)
{
    std::vector<std::string> out;
    for (const SourceNode &item : sequence.items())
        out.push_back(item.text());
    return out;
}

const Api &onlyApi(const Model &model, const char *component)
{
    const Component *found = model.findComponent(component);
    if (!found || !found->apis || found->apis->size() != 1)
        qFatal("component %s with one API expected", component);
    return found->apis->front();
}

} // namespace

class TestProto : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!protocProgram().isEmpty(), "protoc is needed (protobuf-compiler: scripts/install-deps.sh)");
        QVERIFY2(findImporter("proto"), "the proto importer is not linked in");
    }

    void detectsByContent()
    {
        const Importer *proto = findImporter("proto");
        QVERIFY(proto->detects({"x", "// a comment\nsyntax = \"proto3\";\npackage a;\n"}));
        QVERIFY(proto->detects({"x", "syntax='proto3';"}));
        QVERIFY(proto->detects({"x", "syntax = \"proto2\";"})); // detected, to be refused with a clear error
        QVERIFY(proto->detects({"x", "syntax = \"proto4\";"}));
        QVERIFY(!proto->detects({"x", "openapi: 3.1.0\n"}));
        QVERIFY(!proto->detects({"x", "message Foo { string syntax = 1; }"}));
        QCOMPARE(detectImporter(source(kData + "/bad/not-a-contract.txt")), nullptr);
    }

    void servicesBecomeProviders()
    {
        const ImportResult result = importFile(kData + "/shop.proto");
        QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
        const Model &model = result.model;
        QCOMPARE(model.components.size(), size_t(2));
        const Api &orders = onlyApi(model, "order");
        QVERIFY(model.findComponent("order")->kind == ComponentKind::Service);
        QCOMPARE(orders.name, std::string("OrderService"));
        QVERIFY(orders.style == Pattern::Grpc);
        QCOMPARE(orders.package.value_or(""), std::string("seam.test.shop.v1"));
        QCOMPARE(orders.description.value_or(""), std::string("Orders: one call of each streaming kind."));
        QCOMPARE(orders.operations->size(), size_t(4));
        const auto op = [&](const char *name) { return findOperation(orders, name); };
        QCOMPARE(op("GetOrder")->request.value_or(""), std::string("GetOrderRequest"));
        QCOMPARE(op("GetOrder")->response.value_or(""), std::string("Order"));
        QVERIFY(!op("GetOrder")->streaming);
        QCOMPARE(op("GetOrder")->description.value_or(""), std::string("Unary."));
        QVERIFY(op("UploadLines")->streaming == std::optional(Streaming::Client));
        QCOMPARE(op("UploadLines")->request.value_or(""), std::string("Order.Line"));
        QVERIFY(op("WatchOrders")->streaming == std::optional(Streaming::Server));
        QCOMPARE(op("WatchOrders")->request.value_or(""), std::string("google.protobuf.Empty"));
        QVERIFY(op("Chat")->streaming == std::optional(Streaming::Bidirectional));
        const Api &catalog = onlyApi(model, "catalog");
        QVERIFY(findOperation(catalog, "Ping")->deprecated.value_or(false));
        // File options travel on the file's APIs, to be written back into the package's file.
        QCOMPARE(textAt(catalog.extras, {"x-proto-file-options", "java_package"}),
                 std::string("\"test.seam.shop.v1\""));
    }

    void messagesBecomeSchemas()
    {
        const ImportResult result = importFile(kData + "/shop.proto");
        QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
        const Model &model = result.model;
        const Schema *order = model.findSchema("Order");
        QVERIFY(order);
        QCOMPARE(textAt(order->body, {"package"}), std::string("seam.test.shop.v1"));
        QCOMPARE(textAt(order->body, {"type"}), std::string("object"));
        const SourceNode &properties = at(order->body, {"properties"});
        QCOMPARE(properties.keyAt(0), std::string("id"));
        QCOMPARE(textAt(properties, {"id", "field"}), std::string("1"));
        QCOMPARE(textAt(properties, {"state", "$ref"}), std::string("Order.State"));
        QCOMPARE(textAt(properties, {"lines", "type"}), std::string("array"));
        QCOMPARE(textAt(properties, {"lines", "items", "$ref"}), std::string("Order.Line"));
        QCOMPARE(textAt(properties, {"labels", "map_key"}), std::string("string"));
        QCOMPARE(textAt(properties, {"labels", "additionalProperties", "type"}), std::string("string"));
        QCOMPARE(textAt(properties, {"lines_by_number", "map_key"}), std::string("int64"));
        QCOMPARE(textAt(properties, {"lines_by_number", "additionalProperties", "$ref"}), std::string("Order.Line"));
        QCOMPARE(textAt(properties, {"created_at", "$ref"}), std::string("google.protobuf.Timestamp"));
        QCOMPARE(textAt(properties, {"coupon", "$ref"}), std::string("google.protobuf.StringValue"));
        QCOMPARE(textAt(properties, {"note", "optional"}), std::string("true"));
        QCOMPARE(textAt(properties, {"note", "description"}), std::string("Explicit presence."));
        QCOMPARE(textAt(properties, {"id", "optional"}), std::string());
        for (const char *member : {"card_token", "voucher", "credit"})
            QCOMPARE(textAt(properties, {member, "oneof"}), std::string("payment"));
        QCOMPARE(textAt(properties, {"voucher", "format"}), std::string("byte"));
        QCOMPARE(textAt(properties, {"credit", "$ref"}), std::string("Money"));
        QCOMPARE(textAt(properties, {"legacy_code", "deprecated"}), std::string("true"));
        QCOMPARE(textAt(properties, {"legacy_code", "x-proto-json-name"}), std::string("legacy"));

        const Schema *line = model.findSchema("Order.Line");
        QVERIFY(line);
        QCOMPARE(textAt(line->body, {"package"}), std::string("seam.test.shop.v1"));
        QCOMPARE(textAt(line->body, {"properties", "quantity", "format"}), std::string("uint32"));

        // Every width: type and format.
        const Schema *widths = model.findSchema("Widths");
        QVERIFY(widths);
        for (const char *width :
             {"int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64"}) {
            const std::string property = std::string("a_") + width;
            QCOMPARE(textAt(widths->body, {"properties", property, "type"}), std::string("integer"));
            QCOMPARE(textAt(widths->body, {"properties", property, "format"}), std::string(width));
        }
        QCOMPARE(textAt(widths->body, {"properties", "a_float", "format"}), std::string("float"));
        QCOMPARE(textAt(widths->body, {"properties", "a_double", "format"}), std::string("double"));
        QCOMPARE(textAt(widths->body, {"properties", "a_bool", "type"}), std::string("boolean"));
        QCOMPARE(textAt(widths->body, {"properties", "a_float", "field"}), std::string("20"));

        // The imported file's declarations come along, in their own package.
        const Schema *money = model.findSchema("Money");
        QVERIFY(money);
        QCOMPARE(textAt(money->body, {"package"}), std::string("seam.test.common.v1"));
        QCOMPARE(textAt(money->body, {"description"}), std::string("An amount of money in a currency."));
        const Schema *address = model.findSchema("Address");
        QCOMPARE(texts(at(address->body, {"x-proto-reserved"})),
                 (std::vector<std::string> {"3", "4", "10 to 12", "zip"}));
        QVERIFY(model.findSchema("Address.Geo"));
        // A map<K, V> field's entry message is the field's own schema, not a schema of its own.
        for (const Schema &schema : model.schemaList())
            QVERIFY2(!schema.name.ends_with("Entry"), schema.name.c_str());
    }

    void enumsKeepTheirNumbers()
    {
        const ImportResult result = importFile(kData + "/shop.proto");
        const Schema *currency = result.model.findSchema("Currency");
        QVERIFY(currency);
        QCOMPARE(textAt(currency->body, {"type"}), std::string("string"));
        QCOMPARE(texts(at(currency->body, {"enum"})),
                 (std::vector<std::string> {"CURRENCY_UNSPECIFIED", "CURRENCY_EUR", "CURRENCY_USD"}));
        QCOMPARE(texts(at(currency->body, {"enum_numbers"})), (std::vector<std::string> {"0", "3", "7"}));
        QVERIFY(result.model.findSchema("Order.State"));
    }

    void namesUsedByTwoPackagesStayApart()
    {
        const ImportResult result = importFile(kData + "/shop.proto");
        QVERIFY(!result.model.findSchema("Tag"));
        const Schema *shop = result.model.findSchema("SeamTestShopV1Tag");
        const Schema *common = result.model.findSchema("SeamTestCommonV1Tag");
        QVERIFY(shop && common);
        QCOMPARE(textAt(shop->body, {"x-proto-name"}), std::string("Tag"));
        QCOMPARE(textAt(common->body, {"package"}), std::string("seam.test.common.v1"));
        QCOMPARE(textAt(*result.model.findSchema("Order")->body.find("properties"), {"shared_tags", "items", "$ref"}),
                 std::string("SeamTestCommonV1Tag"));
        int warnings = 0;
        for (const Diagnostic &d : result.diagnostics)
            warnings += !d.isError() && d.message.find("more than one package") != std::string::npos;
        QCOMPARE(warnings, 2);
    }

    void warnsAboutWhatTheModelCannotHold()
    {
        const ImportResult result = importFile(kData + "/options.proto");
        QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
        const QString all = describe(result.diagnostics);
        QVERIFY2(all.contains("options.proto:8:3: warning: extension declarations"), qPrintable(all));
        QVERIFY2(all.contains("options.proto:11:1: warning: custom options of seam.test.options.Audited"),
                 qPrintable(all));
        QVERIFY(result.model.findSchema("Audited"));
    }

    void badInputNamesFileLineAndColumn_data() { addBadProtoRows(); }
    void badInputNamesFileLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const ImportResult result = importFile(kData + "/bad/" + file);
        QVERIFY(!result.ok());
        const QString all = describe(result.diagnostics);
        QVERIFY2(all.contains(kData + "/bad/" + expected), qPrintable(all));
    }

    void roundTripKeepsEveryDescriptor()
    {
        // Both files given, as `seam-cli import shop.proto common.proto` would: one merged fragment.
        Model model;
        model.name = "shop";
        Diagnostics diagnostics;
        for (const char *file : {"shop.proto", "common.proto"}) {
            const ImportResult result = importFile(kData + "/" + file);
            QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
            mergeFragment(model, "", {result.model, file}, diagnostics);
        }
        QVERIFY2(diagnostics.empty(), qPrintable(describe(diagnostics))); // the same declarations twice agree

        const ExportResult exported = findExporter("proto")->run(model, {});
        QVERIFY(exported.ok());
        QVERIFY2(exported.warnings.empty(), exported.warnings.empty() ? "" : exported.warnings.front().c_str());
        std::vector<std::string> paths;
        for (const ExportedFile &file : exported.files)
            paths.push_back(file.relativePath);
        QCOMPARE(paths,
                 (std::vector<std::string> {"proto/seam.test.common.v1.proto", "proto/seam.test.shop.v1.proto"}));

        QTemporaryDir dir;
        QVERIFY(writeExport(exported, dir.path().toStdString()).empty());
        const QString original = dir.filePath("original.pb"), roundTrip = dir.filePath("exported.pb");
        QString error = compileDescriptors(kData, {"shop.proto"}, original);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = compileDescriptors(dir.filePath("proto"), protoFilesBelow(dir.filePath("proto")), roundTrip);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString difference = descriptorDifference(original, roundTrip);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // Each message once, in its package's file; the other package imported, not copied.
        const std::string &shop = exported.files[1].contents;
        QVERIFY(shop.find("import \"seam.test.common.v1.proto\";") != std::string::npos);
        QVERIFY(shop.find("message Money") == std::string::npos);
        QVERIFY(shop.find("option java_package = \"test.seam.shop.v1\";") != std::string::npos);
    }

    void comparisonSeesADifference()
    {
        // The comparison itself must fail when a contract changes: renumber one field.
        QTemporaryDir dir;
        const QString root = dir.path();
        const auto write = [&](const QString &name, const char *text) {
            std::ofstream(QDir(root).filePath(name).toStdString()) << text;
        };
        write("a.proto", "syntax = \"proto3\";\npackage p;\nmessage M { string a = 1; int32 b = 2; }\n");
        write("b.proto", "syntax = \"proto3\";\npackage p;\nmessage M { string a = 1; int32 b = 3; }\n");
        write("c.proto", "syntax = \"proto3\";\npackage p;\nmessage M { string a = 1; sint32 b = 2; }\n");
        for (const char *name : {"a", "b", "c"})
            QVERIFY(compileDescriptors(root, {QString(name) + ".proto"}, root + "/" + name + ".pb").isEmpty());
        QVERIFY(!descriptorDifference(root + "/a.pb", root + "/b.pb").isEmpty());
        QVERIFY(!descriptorDifference(root + "/a.pb", root + "/c.pb").isEmpty());
        QCOMPARE(descriptorDifference(root + "/a.pb", root + "/a.pb"), QString());
    }

    void mergeAddsAndReportsConflicts()
    {
        const ImportResult result = importFile(kData + "/shop.proto");
        Model model;
        model.name = "existing";
        Component database;
        database.id = "order"; // the id the OrderService would take, but a database
        database.kind = ComponentKind::Database;
        database.mark = {3, 5};
        model.components.push_back(database);
        Schema money;
        money.name = "Money";
        money.body = SourceNode::map();
        money.body.insert("type", SourceNode::scalar("string", true));
        money.mark = {9, 5};
        model.schemas.emplace().push_back(money);
        const Model before = model;

        Diagnostics diagnostics;
        mergeFragment(model, "shop.seam.yaml", {result.model, "shop.proto"}, diagnostics);
        const QString all = describe(diagnostics);
        QCOMPARE(diagnostics.size(), size_t(2));
        QVERIFY2(all.contains("shop.proto:") && all.contains("component 'order' is a service here but a database")
                     && all.contains("at shop.seam.yaml:3:5"),
                 qPrintable(all));
        QVERIFY2(all.contains("schema 'Money' differs from the one at shop.seam.yaml:9:5"), qPrintable(all));
        // What the model had is untouched; everything else is added.
        QVERIFY(model.components.front() == before.components.front());
        QVERIFY(!model.components.front().apis);
        QVERIFY(*model.findSchema("Money") == money);
        QVERIFY(model.findComponent("catalog"));
        QVERIFY(model.findSchema("Order.Line"));
        QCOMPARE(model.schemaList().size(), result.model.schemaList().size());

        // Merging the same fragment again changes nothing and reports only the same two conflicts.
        const Model merged = model;
        Diagnostics again;
        mergeFragment(model, "shop.seam.yaml", {result.model, "shop.proto"}, again);
        QVERIFY(model == merged);
        QCOMPARE(again.size(), size_t(2));
    }

    // The model named GetOrder before it had the spec: the spec fills in its types and adds
    // the operations the model did not list, with nothing reported.
    void mergeFillsAnApiListedByName()
    {
        const ImportResult result = importFile(kData + "/shop.proto");
        const Api &spec = result.model.findComponent("order")->apis->front();
        Model model = modelWithGetOrder({});
        Diagnostics diagnostics;
        mergeFragment(model, "m.seam.yaml", {result.model, "shop.proto"}, diagnostics);
        QVERIFY2(diagnostics.empty(), qPrintable(describe(diagnostics)));
        const Api &merged = model.components.front().apis->front();
        QCOMPARE(merged.operations->size(), spec.operations->size());
        QVERIFY(merged.operations->front() == spec.operations->front()); // GetOrder, now typed
        QCOMPARE(merged.package, spec.package);
        // Merging again changes nothing.
        const Model once = model;
        mergeFragment(model, "m.seam.yaml", {result.model, "shop.proto"}, diagnostics);
        QVERIFY(model == once);
        QVERIFY(diagnostics.empty());
    }

    // A type the model gives differently is a conflict naming it; the model's operation stays whole.
    void mergeReportsAnOperationWithAnotherType()
    {
        const ImportResult result = importFile(kData + "/shop.proto");
        Model model = modelWithGetOrder("SomethingElse");
        const Operation before = model.components.front().apis->front().operations->front();
        Diagnostics diagnostics;
        mergeFragment(model, "m.seam.yaml", {result.model, "shop.proto"}, diagnostics);
        QCOMPARE(diagnostics.size(), size_t(1));
        const std::string &message = diagnostics.front().message;
        QVERIFY2(message.find("operation 'GetOrder' of API 'OrderService' of component 'order' has another request "
                              "than the one at m.seam.yaml:4:7; kept the model's")
                     != std::string::npos,
                 message.c_str());
        const std::vector<Operation> &operations = *model.components.front().apis->front().operations;
        QVERIFY(operations.front() == before);
        QCOMPARE(operations.size(), result.model.findComponent("order")->apis->front().operations->size());
    }

private:
    static Model modelWithGetOrder(std::optional<std::string> request)
    {
        Model model;
        Component order;
        order.id = "order";
        Api api;
        api.name = "OrderService";
        api.style = Pattern::Grpc;
        Operation get;
        get.name = "GetOrder";
        get.request = std::move(request);
        get.mark = {4, 7};
        api.operations.emplace().push_back(get);
        order.apis.emplace().push_back(api);
        model.components.push_back(order);
        return model;
    }
};

QTEST_GUILESS_MAIN(TestProto)
#include "tst_proto.moc"
