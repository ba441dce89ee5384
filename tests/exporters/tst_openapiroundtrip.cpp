// OpenAPI import → model → export: the exported document is the imported one. Both are
// parsed with the tree reader and compared whole, after the two normalisations OpenAPI
// itself defines as meaning-preserving: `$ref`s to components other than schemas are
// replaced by what they name, and path-level parameters are moved into each operation.
// Also: what the model holds after the import, the documents it cannot read (each error
// with FILE:LINE:COLUMN), and an export from a model written by hand.
#include "openapitesting.h"

#include "importers/openapiextras.h"
#include "model/contracts.h"

#include <QTemporaryDir>

#include <algorithm>

using nlohmann::json;
using namespace seam;
using namespace seam::testing;

namespace {

const json &pointed(const json &root, const std::string &ref)
{
    return root.at(json::json_pointer(ref.substr(1)));
}

// Replaces every `$ref` to #/components/<not schemas>/… by its target (recursively).
json resolveElements(const json &node, const json &root, int depth = 0)
{
    if (depth > 64)
        return node;
    if (node.is_object()) {
        const auto ref = node.find("$ref");
        if (ref != node.end() && ref->is_string()) {
            const std::string text = ref->get<std::string>();
            if (text.rfind("#/components/", 0) == 0 && text.rfind("#/components/schemas/", 0) != 0)
                return resolveElements(pointed(root, text), root, depth + 1);
        }
        json out = json::object();
        for (auto it = node.begin(); it != node.end(); ++it)
            out[it.key()] = resolveElements(it.value(), root, depth + 1);
        return out;
    }
    if (node.is_array()) {
        json out = json::array();
        for (const json &item : node)
            out.push_back(resolveElements(item, root, depth + 1));
        return out;
    }
    return node;
}

json normalized(const json &document)
{
    json doc = resolveElements(document, document);
    static const std::vector<std::string> methods {"get", "put", "post", "delete", "options", "head", "patch", "trace"};
    for (auto &[path, item] : doc["paths"].items()) {
        if (!item.contains("parameters"))
            continue;
        const json shared = item["parameters"];
        item.erase("parameters");
        for (const std::string &method : methods) {
            if (!item.contains(method))
                continue;
            json merged = shared;
            for (const json &own : item[method].value("parameters", json::array())) {
                auto same = std::find_if(merged.begin(), merged.end(), [&](const json &p) {
                    return p["name"] == own["name"] && p["in"] == own["in"];
                });
                if (same != merged.end())
                    *same = own;
                else
                    merged.push_back(own);
            }
            item[method]["parameters"] = merged;
        }
    }
    return doc;
}

std::vector<std::string> operationIds(const json &doc)
{
    std::vector<std::string> ids;
    for (auto &[path, item] : doc["paths"].items())
        for (auto &[method, op] : item.items())
            if (op.is_object() && op.contains("operationId"))
                ids.push_back(method + " " + path + " " + op["operationId"].get<std::string>());
    std::sort(ids.begin(), ids.end());
    return ids;
}

const Api &onlyApi(const Model &model)
{
    if (model.components.size() != 1 || !model.components[0].apis || model.components[0].apis->size() != 1)
        qFatal("the import did not make one component with one API");
    return model.components[0].apis->front();
}

const Operation &operationNamed(const Api &api, const std::string &name)
{
    const Operation *op = findOperation(api, name);
    if (!op)
        qFatal("no operation %s", name.c_str());
    return *op;
}

const SourceNode *extraOf(const Extras &extras, std::string_view key)
{
    return extras.isMap() ? extras.find(key) : nullptr;
}

struct Imported {
    ImportResult result;
    std::string exported;
    std::string exportedName;
};

Imported importAndExport(const std::string &text, const std::string &path)
{
    Imported out;
    out.result = importDocument(text, path);
    if (!out.result.ok())
        qFatal("import of %s failed:\n%s", path.c_str(), diagnosticsText(out.result.diagnostics).c_str());
    const ExportResult exported = exportOpenApi(out.result.model);
    if (!exported.ok() || exported.files.size() != 1)
        qFatal("export of %s gave %zu files: %s", path.c_str(), exported.files.size(), exported.error.c_str());
    out.exported = exported.files[0].contents;
    out.exportedName = exported.files[0].relativePath;
    return out;
}

// A document in the other syntax: JSON for YAML files and YAML for JSON files.
std::string otherSyntax(const std::string &text, const std::string &name, bool toJson)
{
    SourceNode root;
    Diagnostics diagnostics;
    if (!readYamlTree(text, name, root, diagnostics))
        qFatal("%s does not parse", name.c_str());
    const OrderedJson document = nodeToJson(root);
    return toJson ? document.dump(2) : toYaml(document);
}

} // namespace

class OpenApiRoundTripTest : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("syntax"); // 0 as written, 1 rewritten in the other syntax
        QTest::addColumn<int>("operations");
        QTest::newRow("3.0 YAML") << "kennel-30.yaml" << 0 << 6;
        QTest::newRow("3.0 JSON") << "kennel-30.yaml" << 1 << 6;
        QTest::newRow("3.1 JSON") << "ledger-31.json" << 0 << 2;
        QTest::newRow("3.1 YAML") << "ledger-31.json" << 1 << 2;
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, syntax);
        QFETCH(int, operations);
        const bool json = file.endsWith(".json");
        std::string text = readText(kOpenApiData + file);
        std::string name = file.toStdString();
        if (syntax == 1) {
            text = otherSyntax(text, name, !json);
            name += json ? ".yaml" : ".json";
        }
        const Imported imported = importAndExport(text, name);
        const Api &api = onlyApi(imported.result.model);
        QCOMPARE(int(api.operations->size()), operations);
        QCOMPARE(imported.exportedName, "openapi/" + imported.result.model.components[0].id + ".yaml");

        const nlohmann::json original = parseDocument(text, name);
        const nlohmann::json exported = parseDocument(imported.exported, imported.exportedName);
        // The parts the issue names, each on its own so a failure says which one.
        QCOMPARE(exported["openapi"], original["openapi"]);
        QCOMPARE(int(operationIds(exported).size()), operations);
        for (const char *part : {"/servers", "/components/securitySchemes", "/components/schemas", "/security"}) {
            const nlohmann::json::json_pointer pointer(part);
            QVERIFY2(exported.contains(pointer) == original.contains(pointer), part);
            if (original.contains(pointer))
                QVERIFY2(exported.at(pointer) == original.at(pointer), part);
        }
        // The document without operationIds is given one (a warning says so); the rest must match.
        nlohmann::json expected = normalized(original);
        nlohmann::json actual = normalized(exported);
        for (auto &[path, item] : expected["paths"].items())
            for (auto &[method, op] : item.items())
                if (op.is_object() && !op.contains("operationId") && actual["paths"][path][method].is_object()) {
                    QCOMPARE(actual["paths"][path][method]["operationId"].get<std::string>(), std::string("getHealth"));
                    actual["paths"][path][method].erase("operationId");
                }
        if (actual != expected)
            qWarning("difference (JSON patch from the original to the export):\n%s\nexport:\n%s",
                     nlohmann::json::diff(expected, actual).dump(2).c_str(), imported.exported.c_str());
        QVERIFY(actual == expected);
    }

    // Through a model file: the imported model saved, loaded back (no warning: every kept
    // field is an extension key), then exported, gives the same document as exporting directly.
    void throughModelFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("3.0 as YAML model") << "kennel-30.yaml" << int(FileFormat::Yaml);
        QTest::newRow("3.1 as JSON model") << "ledger-31.json" << int(FileFormat::Json);
        QTest::newRow("external refs as YAML model") << "invoices-31.yaml" << int(FileFormat::Yaml);
    }

    void throughModelFile()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const std::string path = (kOpenApiData + file).toStdString();
        const Imported imported = importAndExport(readText(kOpenApiData + file), path);
        Model model = imported.result.model;
        model.name = "Imported";
        const std::string saved = saveModelToString(model, FileFormat(format));
        const LoadResult loaded = loadModelFromString(saved, "imported.seam", FileFormat(format));
        QVERIFY2(loaded.ok(), (diagnosticsText(loaded.diagnostics) + saved).c_str());
        QVERIFY2(loaded.diagnostics.empty(), diagnosticsText(loaded.diagnostics).c_str());
        QVERIFY(*loaded.model == model);
        const ExportResult again = exportOpenApi(*loaded.model);
        QCOMPARE(int(again.files.size()), 1);
        QCOMPARE(parseDocument(again.files[0].contents, "again"), parseDocument(imported.exported, "first"));
    }

    // What the model holds after importing the 3.0 document.
    void modelHoldsTheContract()
    {
        const ImportResult result = importDocument(readText(kOpenApiData + "kennel-30.yaml"), "kennel-30.yaml");
        QVERIFY2(result.ok(), diagnosticsText(result.diagnostics).c_str());
        const Component &component = result.model.components[0];
        QCOMPARE(component.id, std::string("kennel-booking"));
        QVERIFY(component.kind == ComponentKind::Service);
        const Api &api = onlyApi(result.model);
        QCOMPARE(api.name, std::string("Kennel Booking"));
        QVERIFY(api.style == Pattern::Rest);
        QCOMPARE(api.version.value_or(""), std::string("2.4.0"));
        QCOMPARE(int(api.servers->size()), 2);
        QVERIFY(extraOf(api.servers->at(0).extras, "x-openapi-variables"));
        QCOMPARE(api.securitySchemes->find("partnerKey")->find("type")->text(), std::string("apiKey"));
        QCOMPARE(api.securitySchemes->find("staffToken")->find("scheme")->text(), std::string("bearer"));
        QCOMPARE(api.securitySchemes->find("oauth")->find("type")->text(), std::string("oauth2"));

        // Every parameter location, path-level ones merged in, component parameters resolved.
        const Operation &getDog = operationNamed(api, "getDog");
        QVERIFY(getDog.method == HttpMethod::Get);
        QCOMPARE(getDog.path.value_or(""), std::string("/dogs/{dogId}"));
        std::vector<std::string> parameters;
        for (const Parameter &p : *getDog.parameters)
            parameters.push_back(std::string(toString(p.in)) + ":" + p.name);
        QCOMPARE(parameters,
                 (std::vector<std::string> {"path:dogId", "header:X-Partner", "query:fields", "cookie:session"}));
        const Parameter &dogId = getDog.parameters->front();
        QVERIFY(dogId.required.value_or(false));
        QCOMPARE(dogId.schema.find("format")->text(), std::string("uuid"));
        QCOMPARE(extraOf(dogId.extras, openapi_extras::kRef)->text(), std::string("#/components/parameters/DogId"));
        QCOMPARE(extraOf(getDog.parameters->at(2).extras, "x-openapi-style")->text(), std::string("form"));

        // Responses in file order, media types with schema names, headers, links kept.
        const Response &ok = getDog.responses->at(0);
        QCOMPARE(ok.status, std::string("200"));
        QCOMPARE(int(ok.content->size()), 2);
        QCOMPARE(ok.content->at(0).mediaType, std::string("application/json"));
        QVERIFY(ok.content->at(0).schema.isScalar());
        QCOMPARE(ok.content->at(0).schema.text(), std::string("Dog"));
        QCOMPARE(ok.content->at(1).mediaType, std::string("application/xml"));
        QCOMPARE(ok.headers->at(0).name, std::string("X-Rate-Limit"));
        QVERIFY(ok.headers->at(0).in == ParamLocation::Header);
        QVERIFY(extraOf(ok.extras, "x-openapi-links"));
        QCOMPARE(getDog.responses->at(1).description.value_or(""), std::string("No such dog"));

        const Operation &book = operationNamed(api, "bookStay");
        QVERIFY(extraOf(book.extras, "x-openapi-callbacks"));
        QCOMPARE(extraOf(book.extras, "x-idempotent")->text(), std::string("true"));
        QVERIFY(book.requestBody->required.value_or(false));
        QCOMPARE(int(book.requestBody->content.size()), 2);
        std::vector<std::string> statuses;
        for (const Response &r : *book.responses)
            statuses.push_back(r.status);
        QCOMPARE(statuses, (std::vector<std::string> {"201", "409", "4XX"}));

        const Operation &upload = operationNamed(api, "uploadPhoto");
        QVERIFY(extraOf(extraOf(upload.requestBody->extras, openapi_extras::kMedia)->find("multipart/form-data")
                            ? *extraOf(upload.requestBody->extras, openapi_extras::kMedia)->find("multipart/form-data")
                            : Extras(),
                        "encoding"));
        QVERIFY(operationNamed(api, "deleteDog").deprecated.value_or(false));
        QVERIFY(operationNamed(api, "deleteDog").security);

        // Schemas with bare references, in document order.
        std::vector<std::string> names;
        for (const Schema &schema : result.model.schemaList())
            names.push_back(schema.name);
        QCOMPARE(names,
                 (std::vector<std::string> {"Animal", "Dog", "Size", "Stay", "CardPayment", "InvoicePayment",
                                            "StayEvent", "Problem", "Unused"}));
        QCOMPARE(result.model.findSchema("Dog")->body.find("allOf")->items()[0].find("$ref")->text(),
                 std::string("Animal"));

        // Constructs kept where they sit, so nothing is dropped silently.
        QVERIFY(extraOf(api.extras, "x-openapi-tags"));
        QVERIFY(extraOf(api.extras, "x-openapi-externalDocs"));
        QVERIFY(extraOf(api.extras, "x-kennel-build"));
        QVERIFY(extraOf(*extraOf(api.extras, openapi_extras::kInfo), "x-audience"));

        // The one warning: the operation without operationId, at its line.
        QCOMPARE(int(result.diagnostics.size()), 1);
        const Diagnostic &warning = result.diagnostics[0];
        QVERIFY(!warning.isError());
        QVERIFY2(warning.message.find("GET /health has no operationId") != std::string::npos, warning.message.c_str());
        QCOMPARE(warning.file, std::string("kennel-30.yaml"));
        QCOMPARE(warning.mark.line, 201);
        QCOMPARE(warning.mark.column, 5);
    }

    // Schemas in other files come in as model schemas; the export defines them itself.
    void externalSchemas()
    {
        const std::string path = (kOpenApiData + "invoices-31.yaml").toStdString();
        const Imported imported = importAndExport(readText(kOpenApiData + "invoices-31.yaml"), path);
        std::vector<std::string> names;
        for (const Schema &schema : imported.result.model.schemaList())
            names.push_back(schema.name);
        QCOMPARE(names, (std::vector<std::string> {"Invoice", "Receipt", "Money", "address", "Card", "Transfer"}));
        for (const Diagnostic &d : imported.result.diagnostics) {
            QVERIFY(!d.isError());
            QVERIFY(d.mark.valid());
            QCOMPARE(d.file, path);
        }
        const nlohmann::json doc = parseDocument(imported.exported, "export");
        QCOMPARE(doc["openapi"], nlohmann::json("3.1.1"));
        const nlohmann::json &schemas = doc["components"]["schemas"];
        QCOMPARE(schemas["Invoice"]["properties"]["total"]["$ref"], nlohmann::json("#/components/schemas/Money"));
        QCOMPARE(schemas["Invoice"]["properties"]["billTo"]["$ref"], nlohmann::json("#/components/schemas/address"));
        QCOMPARE(schemas["Receipt"]["properties"]["paid"]["$ref"], nlohmann::json("#/components/schemas/Money"));
        QCOMPARE(schemas["address"]["properties"]["city"]["type"], nlohmann::json("string"));
        QCOMPARE(doc["paths"]["/invoices"]["post"]["responses"]["201"]["content"]["application/json"]["schema"],
                 nlohmann::json({{"$ref", "#/components/schemas/Receipt"}}));
        // An operation in another file, and what kept fields refer to there, are copied in.
        const nlohmann::json &get = doc["paths"]["/invoices/{id}"]["get"];
        QCOMPARE(get["operationId"], nlohmann::json("getInvoice"));
        QCOMPARE(get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
                 nlohmann::json("#/components/schemas/Invoice"));
        QCOMPARE(get["x-codeSamples"][0]["lang"], nlohmann::json("Shell"));
        QCOMPARE(doc["tags"][0]["description"], nlohmann::json("Invoices and what was paid."));
        // discriminator.mapping and a `properties: {$ref}` into other files.
        QCOMPARE(schemas["Invoice"]["properties"]["payment"]["discriminator"]["mapping"]["card"],
                 nlohmann::json("#/components/schemas/Card"));
        QCOMPARE(schemas["Card"]["properties"]["last4"]["type"], nlohmann::json("string"));
        QVERIFY(!imported.exported.empty() && imported.exported.find("shared/") == std::string::npos);
    }

    void detects()
    {
        const Importer *importer = findImporter("openapi");
        QVERIFY(importer);
        QVERIFY(importer->detects({"a.yaml", readText(kOpenApiData + "kennel-30.yaml")}));
        QVERIFY(importer->detects({"a.json", readText(kOpenApiData + "ledger-31.json")}));
        QVERIFY(importer->detects({"a.yaml", "swagger: '2.0'\n"}));
        QVERIFY(importer->detects({"a.json", "{\"info\": {\"openapi\": 1}, \"openapi\": \"4.0.0\"}"}));
        QVERIFY(!importer->detects({"a.json", "{\"info\": {\"openapi\": \"3.0.0\"}}"}));
        QVERIFY(!importer->detects({"a.yaml", "asyncapi: 3.0.0\ninfo:\n  openapi: 3.0.0\n"}));
        QVERIFY(!importer->detects({"a.yaml", "seam: 1\nname: Shop\ncomponents: []\n"}));
        QCOMPARE(detectImporter({"a.yaml", readText(kOpenApiData + "kennel-30.yaml")}), importer);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where"); // LINE:COLUMN of the error
        QTest::addColumn<QString>("message"); // part of it
        QTest::newRow("YAML syntax") << "openapi: 3.0.3\ninfo:\n  title: \"Kennel\n  version: '1'\npaths: {}\n"
                                     << "3:10"
                                     << "YAML syntax";
        QTest::newRow("JSON syntax") << "{\"openapi\": \"3.1.0\",\n \"info\": {\"title\": \"A\" \"version\": \"1\"}}\n"
                                     << "2:25"
                                     << "syntax";
        QTest::newRow("openapi 4") << "info: {title: A, version: '1'}\nopenapi: 4.0.0\npaths: {}\n"
                                   << "2:10"
                                   << "OpenAPI version '4.0.0' is not supported";
        QTest::newRow("openapi 2") << "openapi: \"2.0\"\n"
                                   << "1:11"
                                   << "not supported: only 3.0.x and 3.1.x";
        QTest::newRow("swagger 2.0") << "swagger: '2.0'\ninfo: {title: A, version: '1'}\n"
                                     << "1:11"
                                     << "Swagger '2.0' is not supported";
        QTest::newRow("broken local $ref")
            << "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
               "        '200':\n          description: ok\n          content:\n            application/json:\n"
               "              schema:\n                $ref: '#/components/schemas/Nope'\n"
            << "12:24"
            << "broken $ref '#/components/schemas/Nope'";
        QTest::newRow("broken parameter $ref")
            << "openapi: 3.1.0\ninfo: {title: A, version: '1'}\npaths:\n  /a:\n    parameters:\n"
               "      - $ref: '#/components/parameters/Gone'\n"
            << "6:16"
            << "has nothing at '#/components/parameters/Gone'";
        QTest::newRow("missing file") << "openapi: 3.1.0\ninfo: {title: A, version: '1'}\ncomponents:\n  schemas:\n"
                                         "    A:\n      $ref: 'missing.yaml#/components/schemas/A'\n"
                                      << "6:14"
                                      << "missing.yaml does not exist";
        QTest::newRow("pointer into another file")
            << "{\n  \"openapi\": \"3.0.1\",\n  \"info\": {\"title\": \"A\", \"version\": \"1\"},\n"
               "  \"components\": {\"schemas\": {\"A\": {\"$ref\": "
               "\"shared/common.yaml#/components/schemas/Nope\"}}}\n}\n"
            << "4:45"
            << "common.yaml has nothing at '#/components/schemas/Nope'";
        QTest::newRow("unknown location")
            << "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n"
               "        - {name: a, in: body}\n      responses: {}\n"
            << "7:25"
            << "parameter location 'body'";
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        // Next to the test documents, so relative file references resolve against shared/.
        const std::string path = (kOpenApiData + "bad-input.yaml").toStdString();
        const ImportResult result = importDocument(text.toStdString(), path);
        QVERIFY(!result.ok());
        const auto error = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                        [](const Diagnostic &d) { return d.isError(); });
        const std::string all = diagnosticsText(result.diagnostics);
        QCOMPARE(error->file, path);
        QVERIFY2(error->message.find(message.toStdString()) != std::string::npos, all.c_str());
        const std::string at = std::to_string(error->mark.line) + ":" + std::to_string(error->mark.column);
        QVERIFY2(at == where.toStdString(), (at + " instead of " + where.toStdString() + "\n" + all).c_str());
        QVERIFY(result.model.components.empty());
    }

    // A model written by hand: 3.1 by default, no invented status or https server, Seam's
    // proto keywords stripped, well-known types in their JSON form.
    void exportFromModel()
    {
        Model model;
        model.name = "Shop";
        Component cart;
        cart.id = "cart";
        Api api;
        api.name = "Cart";
        Operation add;
        add.name = "addItem";
        add.method = HttpMethod::Post;
        add.path = "/carts/{cartId}/items";
        add.request = "Item";
        api.operations = std::vector<Operation> {add};
        cart.apis = std::vector<Api> {api};
        Component web;
        web.id = "web";
        web.kind = ComponentKind::Client;
        model.components = {web, cart};
        Integration call;
        call.id = "web-cart";
        call.from = "web";
        call.to = "cart";
        call.api = "Cart";
        call.security = Security {};
        call.security->tls = false;
        model.integrations = std::vector<Integration> {call};
        SourceNode body;
        Diagnostics diagnostics;
        QVERIFY(readYamlTree("type: object\npackage: shop.v1\nproperties:\n"
                             "  sku: {type: string, field: 1}\n"
                             "  count: {type: integer, format: int32, field: 2, optional: true}\n"
                             "  at: {$ref: google.protobuf.Timestamp, field: 3}\n"
                             "  card: {type: string, field: 4, oneof: pay}\n"
                             "  tags: {type: object, additionalProperties: {type: string}, map_key: string, field: 5}\n"
                             "  state: {type: string, enum: [A, B], enum_numbers: [0, 1], field: 6}\n",
                             "item", body, diagnostics));
        model.schemas = std::vector<Schema> {{"Item", body, {}}, {"Unreached", SourceNode::map(), {}}};

        const ExportResult result = exportOpenApi(model);
        QCOMPARE(int(result.files.size()), 1);
        QCOMPARE(result.files[0].relativePath, std::string("openapi/cart.yaml"));
        const nlohmann::json doc = parseDocument(result.files[0].contents, "cart.yaml");
        QCOMPARE(doc["openapi"], nlohmann::json("3.1.0"));
        QCOMPARE(doc["servers"], nlohmann::json::array({{{"url", "http://cart"}}}));
        const nlohmann::json &op = doc["paths"]["/carts/{cartId}/items"]["post"];
        QCOMPARE(op["operationId"], nlohmann::json("addItem"));
        QVERIFY(!op.contains("responses")); // the model declares none: nothing invented
        QCOMPARE(op["parameters"][0]["name"], nlohmann::json("cartId"));
        QCOMPARE(op["requestBody"]["content"]["application/json"]["schema"]["$ref"],
                 nlohmann::json("#/components/schemas/Item"));
        const nlohmann::json expected
            = {{"type", "object"},
               {"properties",
                {{"sku", {{"type", "string"}}},
                 {"count", {{"type", "integer"}, {"format", "int32"}}},
                 {"at", {{"type", "string"}, {"format", "date-time"}}},
                 {"card", {{"type", "string"}}},
                 {"tags", {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}},
                 {"state", {{"type", "string"}, {"enum", {"A", "B"}}}}}}};
        QCOMPARE(doc["components"]["schemas"], nlohmann::json({{"Item", expected}}));
        QVERIFY(result.warnings.empty());
    }
};

QTEST_GUILESS_MAIN(OpenApiRoundTripTest)
#include "tst_openapiroundtrip.moc"
