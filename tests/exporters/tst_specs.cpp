// The spec exporters (openapi, asyncapi, jsonschema, proto, graphql): what a reviewer
// checks in each file — the right files, operations merged across callers, `$ref`s
// rewritten and their targets carried along, envelopes only when asked, proto and SDL shapes.
// The real validators run in tst_specs_validators.
#include "exporters/exporter.h"
#include "exporters/schemaconvert.h"
#include "model/modelio.h"
#include "model/treebuilder.h"

#include <QtTest>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include "exportertesting.h"

using namespace seam;
using namespace seam::testing;

namespace {

const Model &checkout()
{
    static const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
    return model;
}

const Model &edgeCases()
{
    static const Model model = loadOrFail(kTestDir + "/data/specs-edge-cases.seam.yaml");
    return model;
}

std::map<std::string, std::string> exportFiles(const Model &model, const char *format)
{
    const Exporter *exporter = findExporter(format);
    if (!exporter)
        qFatal("%s exporter not registered", format);
    const ExportResult result = exporter->run(model, {});
    if (!result.ok())
        qFatal("%s export failed: %s", format, result.error.c_str());
    std::map<std::string, std::string> files;
    for (const ExportedFile &file : result.files)
        files[file.relativePath] = file.contents;
    return files;
}

std::vector<std::string> names(const std::map<std::string, std::string> &files)
{
    std::vector<std::string> out;
    for (const auto &[name, contents] : files)
        out.push_back(name);
    return out;
}

std::vector<std::string> keys(const YAML::Node &map)
{
    std::vector<std::string> out;
    for (const auto &entry : map)
        out.push_back(entry.first.as<std::string>());
    return out;
}

// Every `$ref` in a document, so a test can check none still uses the bare model spelling.
void collectRefs(const YAML::Node &node, std::vector<std::string> &out)
{
    if (node.IsMap()) {
        for (const auto &entry : node) {
            if (entry.first.as<std::string>() == "$ref")
                out.push_back(entry.second.as<std::string>());
            else
                collectRefs(entry.second, out);
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node)
            collectRefs(item, out);
    }
}

} // namespace

class TestSpecs : public QObject {
    Q_OBJECT

private slots:
    // --- OpenAPI ---

    void openapiOneFilePerRestCallee()
    {
        const auto files = exportFiles(checkout(), "openapi");
        const std::vector<std::string> expected
            = {"openapi/email.yaml", "openapi/gateway.yaml", "openapi/orders.yaml", "openapi/stripe.yaml"};
        QCOMPARE(names(files), expected);
    }

    void openapiGatewayContract()
    {
        const YAML::Node doc = YAML::Load(exportFiles(checkout(), "openapi").at("openapi/gateway.yaml"));
        QCOMPARE(doc["openapi"].as<std::string>(), std::string("3.0.3"));
        QCOMPARE(doc["info"]["title"].as<std::string>(), std::string("API Gateway API"));

        const YAML::Node place = doc["paths"]["/orders"]["post"];
        QVERIFY(place.IsMap());
        QCOMPARE(place["operationId"].as<std::string>(), std::string("placeOrder"));
        QCOMPARE(place["requestBody"]["content"]["application/json"]["schema"]["$ref"].as<std::string>(),
                 std::string("#/components/schemas/OrderRequest"));
        QCOMPARE(place["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].as<std::string>(),
                 std::string("#/components/schemas/Order"));
        // errors: [400, 409, 422] plus the 429 of the rate limit
        for (const char *status : {"400", "409", "422", "429"})
            QVERIFY2(place["responses"][status].IsMap(), status);
        const YAML::Node tooMany = place["responses"]["429"];
        QVERIFY(tooMany["description"].as<std::string>().find("100 requests per minute (burst 20)")
                != std::string::npos);
        QVERIFY(tooMany["headers"]["Retry-After"].IsMap());
        for (const char *header : {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}) {
            QVERIFY2(place["responses"]["200"]["headers"][header].IsMap(), header);
            QVERIFY2(doc["components"]["headers"][header]["schema"].IsMap(), header);
        }
        QCOMPARE(place["security"][0]["oauth2"].size(), size_t(0));
        QCOMPARE(doc["components"]["securitySchemes"]["oauth2"]["type"].as<std::string>(), std::string("oauth2"));

        const YAML::Node get = doc["paths"]["/orders/{id}"]["get"];
        QCOMPARE(get["parameters"][0]["name"].as<std::string>(), std::string("id"));
        QCOMPARE(get["parameters"][0]["in"].as<std::string>(), std::string("path"));
        QCOMPARE(get["parameters"][0]["required"].as<bool>(), true);
        QVERIFY(get["responses"]["404"].IsMap());

        // OrderItem is reached only through Order and OrderRequest; Payment schemas are not used here.
        const std::vector<std::string> schemas = keys(doc["components"]["schemas"]);
        QCOMPARE(schemas, (std::vector<std::string> {"OrderItem", "OrderRequest", "Order"}));
        QCOMPARE(doc["components"]["schemas"]["Order"]["properties"]["items"]["items"]["$ref"].as<std::string>(),
                 std::string("#/components/schemas/OrderItem"));
        std::vector<std::string> refs;
        collectRefs(doc, refs);
        for (const std::string &ref : refs)
            QVERIFY2(ref.rfind("#/components/", 0) == 0, ref.c_str());
    }

    void openapiSchemeFollowsAuth()
    {
        const auto files = exportFiles(checkout(), "openapi");
        const YAML::Node orders = YAML::Load(files.at("openapi/orders.yaml"));
        QCOMPARE(orders["components"]["securitySchemes"]["bearerJwt"]["scheme"].as<std::string>(),
                 std::string("bearer"));
        QCOMPARE(orders["components"]["securitySchemes"]["bearerJwt"]["bearerFormat"].as<std::string>(),
                 std::string("JWT"));
        // No rate limit on gateway → orders: no 429 and no rate-limit headers.
        QVERIFY(!orders["paths"]["/orders"]["post"]["responses"]["429"]);
        QVERIFY(!orders["components"]["headers"]);
        const YAML::Node stripe = YAML::Load(files.at("openapi/stripe.yaml"));
        QCOMPARE(stripe["components"]["securitySchemes"]["apiKey"]["in"].as<std::string>(), std::string("header"));
        // charge has idempotency: key → callers must send an Idempotency-Key.
        const YAML::Node intent = stripe["paths"]["/v1/payment_intents"]["post"];
        QCOMPARE(intent["parameters"][0]["name"].as<std::string>(), std::string("Idempotency-Key"));
        QCOMPARE(intent["parameters"][0]["in"].as<std::string>(), std::string("header"));
    }

    void openapiMergesCallers()
    {
        const YAML::Node doc = YAML::Load(exportFiles(edgeCases(), "openapi").at("openapi/catalog.yaml"));
        // "/products/{productId}" (spa) and "/products/{id}" (partner) are one path.
        QVERIFY(doc["paths"]["/products/{productId}"].IsMap());
        QVERIFY(!doc["paths"]["/products/{id}"]);
        const YAML::Node get = doc["paths"]["/products/{productId}"]["get"];
        QCOMPARE(get["operationId"].as<std::string>(), std::string("getProduct"));
        // errors of both callers: 404 + product_hidden (spa), 410 (partner)
        QVERIFY(get["responses"]["404"].IsMap());
        QVERIFY(get["responses"]["410"].IsMap());
        QCOMPARE(get["responses"]["default"]["content"]["application/json"]["schema"]["properties"]["code"]["enum"][0]
                     .as<std::string>(),
                 std::string("product_hidden"));
        // Each caller authenticates its own way: alternatives.
        QCOMPARE(get["security"].size(), size_t(2));
        QVERIFY(get["security"][0]["oauth2"]);
        QVERIFY(get["security"][1]["basicAuth"]);
        // The partner's DELETE lands on the same path, spelled the first caller's way.
        const YAML::Node del = doc["paths"]["/products/{productId}"]["delete"];
        QCOMPARE(del["parameters"][0]["name"].as<std::string>(), std::string("productId"));
        QCOMPARE(del["responses"]["204"]["description"].as<std::string>(), std::string("No Content"));
        // 429 declared as an error without a rate limit: no headers that do not exist.
        QVERIFY(!del["responses"]["429"]["headers"]);
        // "search products!" is not a safe operationId.
        QCOMPARE(doc["paths"]["/products"]["get"]["operationId"].as<std::string>(), std::string("search_products_"));
        // mtls has no OpenAPI 3.0 scheme: no security requirement, but the description says so.
        const YAML::Node import = doc["paths"]["/imports"]["post"];
        QCOMPARE(import["security"].size(), size_t(0));
        QVERIFY(import["description"].as<std::string>().find("mutual TLS") != std::string::npos);
    }

    void openapiSchemaDialect()
    {
        const YAML::Node doc = YAML::Load(exportFiles(edgeCases(), "openapi").at("openapi/catalog.yaml"));
        const YAML::Node schemas = doc["components"]["schemas"];
        // OpenAPI 3.0 ignores siblings of $ref: the description survives inside allOf.
        const YAML::Node price = schemas["Price"]["properties"]["price"];
        QCOMPARE(price["allOf"][0]["$ref"].as<std::string>(), std::string("#/components/schemas/Money"));
        QCOMPARE(price["description"].as<std::string>(), std::string("the new price"));
        // type: [string, "null"] → nullable
        const YAML::Node next = schemas["ProductPage"]["properties"]["next"];
        QCOMPARE(next["type"].as<std::string>(), std::string("string"));
        QCOMPARE(next["nullable"].as<bool>(), true);
        // Enum values that look like YAML bools, nulls and numbers stay strings.
        const YAML::Node state = schemas["Product"]["properties"]["state"]["enum"];
        QCOMPARE(state[3].as<std::string>(), std::string("true"));
        QCOMPARE(state[3].Tag(), std::string("!"));
        QCOMPARE(state[5].Tag(), std::string("!"));
    }

    // --- AsyncAPI ---

    // One document per application: what it sends and receives, on which channel.
    void asyncapiCheckoutDocuments()
    {
        const auto files = exportFiles(checkout(), "asyncapi");
        QCOMPARE(names(files),
                 (std::vector<std::string> {"asyncapi/inventory.yaml", "asyncapi/notifications.yaml",
                                            "asyncapi/orders.yaml", "asyncapi/payments.yaml", "asyncapi/stripe.yaml"}));
        const YAML::Node orders = YAML::Load(files.at("asyncapi/orders.yaml"));
        QCOMPARE(orders["asyncapi"].as<std::string>(), std::string("3.0.0"));
        QCOMPARE(orders["info"]["title"].as<std::string>(), std::string("Order Service"));
        QCOMPARE(keys(orders["channels"]), std::vector<std::string> {"order-events"});
        const YAML::Node channel = orders["channels"]["order-events"];
        QCOMPARE(channel["address"].as<std::string>(), std::string("order-events"));
        QCOMPARE(keys(channel["messages"]), std::vector<std::string> {"order.created"});
        const YAML::Node message = channel["messages"]["order.created"];
        QCOMPARE(message["payload"]["$ref"].as<std::string>(), std::string("#/components/schemas/Order"));
        QCOMPARE(message["x-version"].as<int>(), 1);
        QVERIFY(!message["headers"]); // no invented envelope
        // Kafka topic + key → a Kafka message binding with the key's type.
        QCOMPARE(message["bindings"]["kafka"]["key"]["type"].as<std::string>(), std::string("string"));
        QCOMPARE(keys(orders["operations"]), std::vector<std::string> {"ordersPublish"});
        const YAML::Node send = orders["operations"]["ordersPublish"];
        QCOMPARE(send["action"].as<std::string>(), std::string("send"));
        QCOMPARE(send["channel"]["$ref"].as<std::string>(), std::string("#/channels/order-events"));
        QCOMPARE(send["messages"][0]["$ref"].as<std::string>(),
                 std::string("#/channels/order-events/messages/order.created"));
        QCOMPARE(keys(orders["components"]["schemas"]), (std::vector<std::string> {"OrderItem", "Order"}));

        // Payments receives order.created (what its producer sends), sends two events on
        // payment-events, and receives Stripe's webhook: three channels, each one way.
        const YAML::Node payments = YAML::Load(files.at("asyncapi/payments.yaml"));
        QCOMPARE(keys(payments["channels"]),
                 (std::vector<std::string> {"order-events", "stripe-webhook", "payment-events"}));
        std::map<std::string, std::string> actions;
        for (const auto &op : payments["operations"])
            actions[op.second["channel"]["$ref"].as<std::string>()] = op.second["action"].as<std::string>();
        QCOMPARE(actions.at("#/channels/order-events"), std::string("receive"));
        QCOMPARE(actions.at("#/channels/payment-events"), std::string("send"));
        QCOMPARE(actions.at("#/channels/stripe-webhook"), std::string("receive"));
        QCOMPARE(payments["channels"]["payment-events"]["messages"].size(), size_t(2));
        QVERIFY(
            payments["operations"]["paymentsConsume"]["description"].as<std::string>().find("dead letter kept 14 days")
            != std::string::npos);
        // The order-events channel here carries only what payments receives.
        QCOMPARE(keys(payments["channels"]["order-events"]["messages"]), std::vector<std::string> {"order.created"});
    }

    void asyncapiVersion26OnRequest()
    {
        ExportOptions options;
        options.asyncapiVersion = "2.6";
        const ExportResult result = findExporter("asyncapi")->run(checkout(), options);
        QVERIFY(result.ok());
        std::map<std::string, std::string> files;
        for (const ExportedFile &file : result.files)
            files[file.relativePath] = file.contents;
        const YAML::Node orders = YAML::Load(files.at("asyncapi/orders.yaml"));
        QCOMPARE(orders["asyncapi"].as<std::string>(), std::string("2.6.0"));
        // 2.x verbs are the other side's: the application sends → `subscribe`.
        QVERIFY(orders["channels"]["order-events"]["subscribe"]);
        QVERIFY(!orders["channels"]["order-events"]["publish"]);
        QCOMPARE(orders["channels"]["order-events"]["subscribe"]["message"]["name"].as<std::string>(),
                 std::string("order.created"));
        const YAML::Node payments = YAML::Load(files.at("asyncapi/payments.yaml"));
        QVERIFY(payments["channels"]["order-events"]["publish"]);
        QCOMPARE(payments["channels"]["payment-events"]["subscribe"]["message"]["oneOf"].size(), size_t(2));
    }

    void asyncapiTemplateEnvelopeOnlyWhenAsked()
    {
        Model model = checkout();
        model.envelope = Envelope::Template;
        const auto files = exportFiles(model, "asyncapi");
        const YAML::Node message
            = YAML::Load(files.at("asyncapi/orders.yaml"))["channels"]["order-events"]["messages"]["order.created"];
        QCOMPARE(
            keys(message["headers"]["properties"]),
            (std::vector<std::string> {"messageId", "eventType", "source", "timestamp", "correlationId", "version"}));
        QCOMPARE(message["headers"]["properties"]["eventType"]["const"].as<std::string>(),
                 std::string("order.created"));
    }

    void asyncapiQueuesWebhooksAndDirectLinks()
    {
        const auto files = exportFiles(edgeCases(), "asyncapi");
        const YAML::Node catalog = YAML::Load(files.at("asyncapi/catalog.yaml"));
        QCOMPARE(keys(catalog["channels"]), (std::vector<std::string> {"jobs", "changes", "partner-hook"}));
        // RabbitMQ queue: no Kafka binding.
        QVERIFY(!catalog["channels"]["jobs"]["messages"]["ReindexRequested"]["bindings"]);
        // An event without payload has no payload.
        const YAML::Node flush = catalog["channels"]["jobs"]["messages"]["cache.flush"];
        QVERIFY(!flush["payload"]);
        QCOMPARE(flush["x-version"].as<int>(), 2);
        QVERIFY(catalog["operations"]["partnerHook"]["description"].as<std::string>().find("signed hmac-sha512")
                != std::string::npos);
        // The queue's consumer: its unbounded retry is documented on its receive.
        const YAML::Node worker = YAML::Load(files.at("asyncapi/worker.yaml"));
        QCOMPARE(worker["operations"]["jobsWorker"]["action"].as<std::string>(), std::string("receive"));
        QVERIFY(worker["operations"]["jobsWorker"]["description"].as<std::string>().find("retry unbounded")
                != std::string::npos);
        // The webhook's receiver and a direct link's: their own documents.
        const YAML::Node partner = YAML::Load(files.at("asyncapi/partner.yaml"));
        QCOMPARE(partner["operations"]["partnerHook"]["action"].as<std::string>(), std::string("receive"));
        const YAML::Node audit = YAML::Load(files.at("asyncapi/audit.yaml"));
        QCOMPARE(keys(audit["channels"]), (std::vector<std::string> {"changes", "ledger-audit"}));
        QCOMPARE(audit["channels"]["changes"]["messages"]["product.changed"]["x-version"].as<int>(), 3);
    }

    void asyncapiNotWrittenWithoutMessaging()
    {
        Model model;
        model.name = "sync only";
        model.components = {Component {.id = "a"}, Component {.id = "b"}};
        Integration call;
        call.id = "a-b";
        call.from = "a";
        call.to = "b";
        call.pattern = Pattern::Rest;
        model.integrations = std::vector<Integration> {call};
        const ExportResult result = findExporter("asyncapi")->run(model, {});
        QVERIFY(result.ok());
        QVERIFY(result.files.empty());
        QCOMPARE(result.warnings.size(), size_t(1));
        // and no REST operations → no OpenAPI file either
        QVERIFY(findExporter("openapi")->run(model, {}).files.empty());
    }

    // --- JSON Schema ---

    // The payload's own schema: a real message validates against it (tst_specs_validators runs ajv).
    void jsonschemaPayloadPerEvent()
    {
        const auto files = exportFiles(checkout(), "jsonschema");
        QCOMPARE(names(files),
                 (std::vector<std::string> {"schemas/order.created.v1.json", "schemas/payment.failed.v1.json",
                                            "schemas/payment.succeeded.v1.json",
                                            "schemas/payment_intent.succeeded.v1.json"}));
        const nlohmann::json doc = nlohmann::json::parse(files.at("schemas/order.created.v1.json"));
        QCOMPARE(doc["$schema"].get<std::string>(), std::string("https://json-schema.org/draft/2020-12/schema"));
        const Schema *order = checkout().findSchema("Order");
        // Compared as parsed JSON: the export is a plain json, schemaToJson an ordered one.
        const nlohmann::json expected = nlohmann::json::parse(schemaToJson(order->body, "#/$defs/").dump());
        QCOMPARE(doc["type"], expected["type"]);
        QCOMPARE(doc["properties"], expected["properties"]);
        QVERIFY(!doc["properties"].contains("messageId"));
        QVERIFY(!doc["properties"].contains("payload"));
        QCOMPARE(doc["properties"]["items"]["items"]["$ref"].get<std::string>(), std::string("#/$defs/OrderItem"));
        QVERIFY(doc["$defs"].contains("OrderItem"));
        QVERIFY(!doc["$defs"].contains("Order")); // the root is Order itself
        QVERIFY(!doc["$defs"].contains("PaymentResult"));
    }

    void jsonschemaEnvelopesWhenTheModelSaysSo()
    {
        Model model = checkout();
        model.envelope = Envelope::Template;
        nlohmann::json doc
            = nlohmann::json::parse(exportFiles(model, "jsonschema").at("schemas/order.created.v1.json"));
        QCOMPARE(doc["required"], nlohmann::json::array({"messageId", "eventType", "source", "timestamp", "payload"}));
        QCOMPARE(doc["properties"]["eventType"]["const"].get<std::string>(), std::string("order.created"));
        QCOMPARE(doc["properties"]["metadata"]["properties"]["version"]["const"].get<std::string>(), std::string("1"));
        QCOMPARE(doc["properties"]["payload"]["$ref"].get<std::string>(), std::string("#/$defs/Order"));
        QCOMPARE(doc["properties"]["source"]["examples"][0].get<std::string>(), std::string("orders"));
        QVERIFY(doc["$defs"].contains("Order"));

        model.envelope = Envelope::CloudEvents;
        doc = nlohmann::json::parse(exportFiles(model, "jsonschema").at("schemas/order.created.v1.json"));
        QCOMPARE(doc["required"], nlohmann::json::array({"specversion", "id", "source", "type"}));
        QCOMPARE(doc["properties"]["specversion"]["const"].get<std::string>(), std::string("1.0"));
        QCOMPARE(doc["properties"]["type"]["const"].get<std::string>(), std::string("order.created"));
        QCOMPARE(doc["properties"]["data"]["$ref"].get<std::string>(), std::string("#/$defs/Order"));
        QVERIFY(doc["properties"].contains("datacontenttype"));
    }

    // Proto facts are not JSON Schema; well-known types are written in their JSON form.
    void jsonschemaStripsSeamKeywords()
    {
        SourceNode body;
        Diagnostics diagnostics;
        QVERIFY(readYamlTree("type: object\npackage: shop.v1\nproperties:\n"
                             "  field: {type: string, field: 1}\n"
                             "  at: {$ref: google.protobuf.Timestamp, field: 2, description: when}\n"
                             "  note: {type: string, optional: true, oneof: extra, field: 3}\n"
                             "  tags: {type: object, additionalProperties: {type: integer}, map_key: string}\n"
                             "  state: {type: string, enum: [A, B], enum_numbers: [0, 3], default: A}\n"
                             "  sample: {type: object, examples: [{field: 9}]}\n",
                             "s.yaml", body, diagnostics));
        const OrderedJson json = schemaToJson(body, "#/$defs/");
        const std::string text = json.dump();
        for (const char *keyword : {"\"package\"", "\"optional\"", "\"oneof\"", "\"map_key\"", "\"enum_numbers\""})
            QVERIFY2(text.find(keyword) == std::string::npos, keyword);
        QVERIFY(json["properties"].contains("field")); // a property may be called field
        QVERIFY(!json["properties"]["field"].contains("field"));
        QCOMPARE(json["properties"]["at"]["type"].get<std::string>(), std::string("string"));
        QCOMPARE(json["properties"]["at"]["format"].get<std::string>(), std::string("date-time"));
        QCOMPARE(json["properties"]["at"]["description"].get<std::string>(), std::string("when"));
        QVERIFY(!json["properties"]["at"].contains("$ref"));
        // Instances are data: an example's `field` stays.
        QCOMPARE(json["properties"]["sample"]["examples"][0]["field"].get<int>(), 9);
        QVERIFY(schemaReferences(body).empty()); // the well-known type is no model schema
    }

    void jsonschemaFileNamesAreSafe()
    {
        const auto files = exportFiles(edgeCases(), "jsonschema");
        // "price/changed (partner)" must not create folders or spaces; versions default to 1.
        QVERIFY(files.count("schemas/price_changed__partner_.v1.json"));
        QVERIFY(files.count("schemas/ReindexRequested.v1.json"));
        // No payload schema: any JSON value, described as such.
        const nlohmann::json flush = nlohmann::json::parse(files.at("schemas/cache.flush.v2.json"));
        QVERIFY(!flush.contains("type"));
        QVERIFY(!flush.contains("$defs"));
    }

    // --- protobuf ---

    void protoService()
    {
        const auto files = exportFiles(edgeCases(), "proto");
        QCOMPARE(names(files), std::vector<std::string> {"proto/search.proto"});
        const std::string proto = files.at("proto/search.proto");
        const auto has = [&](const char *text) { return proto.find(text) != std::string::npos; };
        QVERIFY(has("syntax = \"proto3\";"));
        QVERIFY(has("package seam.search;"));
        QVERIFY(has("service SearchService {"));
        // search is declared by two callers: one rpc.
        QVERIFY(proto.find("rpc Search(") == proto.rfind("rpc Search("));
        QVERIFY(has("rpc Search(SearchQuery) returns (SearchResult);"));
        QVERIFY(has("rpc Ping(google.protobuf.Empty) returns (google.protobuf.Empty);"));
        QVERIFY(has("import \"google/protobuf/empty.proto\";"));
        // A free-form object is a Struct; a non-object schema is wrapped in a message.
        QVERIFY(has("rpc ReindexAll(google.protobuf.Struct) returns (google.protobuf.Empty);"));
        QVERIFY(has("rpc Suggest(SuggestRequest) returns (SuggestResponse);"));
        QVERIFY(has("message SuggestResponse {\n  repeated string value = 1;\n}"));
    }

    void protoMessages()
    {
        const std::string proto = exportFiles(edgeCases(), "proto").at("proto/search.proto");
        const auto has = [&](const char *text) { return proto.find(text) != std::string::npos; };
        // Field numbers follow property order; required scalars are plain, others optional.
        QVERIFY(
            has("message Money {\n  // minor units; never a float\n  int64 amount = 1;\n  string currency = 2;\n}"));
        QVERIFY(has("    STATE_UNSPECIFIED = 0;\n    STATE_DRAFT = 1;\n    STATE_ON_SALE = 2; // on-sale\n"));
        QVERIFY(has("  State state = 3;\n  repeated string tags = 4;\n  map<string, string> attributes = 5;\n"));
        QVERIFY(has("  Dimensions dimensions = 6;\n  repeated google.protobuf.ListValue matrix = 7;\n"));
        QVERIFY(has("  google.protobuf.Struct extra = 8;\n  Money price = 9;\n  optional int64 rating = 10;\n"));
        // A named enum schema is a top-level enum with a zero value.
        QVERIFY(has("enum ProductKind {\n  PRODUCT_KIND_UNSPECIFIED = 0;\n  PRODUCT_KIND_PHYSICAL = 1;"));
        QVERIFY(has("  optional ProductKind kind = 11;\n"));
        // Recursion through $ref.
        QVERIFY(has("message Category {\n  string name = 1;\n  repeated Category children = 2;\n}"));
        QVERIFY(has("  map<string, Money> facets = 2;\n"));
    }

    // --- GraphQL ---

    void graphqlSdl()
    {
        const auto files = exportFiles(edgeCases(), "graphql");
        QCOMPARE(names(files), std::vector<std::string> {"graphql/edge.graphql"});
        const std::string sdl = files.at("graphql/edge.graphql");
        const auto has = [&](const char *text) { return sdl.find(text) != std::string::npos; };
        QVERIFY(has("type Query {"));
        QVERIFY(has("  product(input: ProductRefInput!): Product\n"));
        QVERIFY(has("  categories: Category\n")); // no kind → query
        QVERIFY(has("type Mutation {"));
        QVERIFY(has("  updatePrice(input: PriceInput!): Product\n"));
        QVERIFY(has("  reindex: Boolean\n")); // no response
        QVERIFY(has("type Subscription {\n"));
        QVERIFY(has("  priceChanged(input: ProductRefInput!): PriceChange\n"));
        // Inputs reference inputs; outputs reference outputs; enums are shared.
        QVERIFY(has("input PriceInput {\n  product_id: String!\n  \"\"\"the new price\"\"\"\n  price: MoneyInput!\n"));
        QVERIFY(has("type Money {"));
        QVERIFY(has("input MoneyInput {"));
        QVERIFY(has("enum ProductState {\n  draft\n  on_sale\n  sold_out\n  TRUE\n  NULL\n  _42\n}"));
        QVERIFY(has("  matrix: [[Int!]!]\n"));
        QVERIFY(has("  extra: JSON\n"));
        QVERIFY(has("scalar JSON"));
        // Names GraphQL reserves or forbids are respelled.
        QVERIFY(has("  x__typename_ish: String\n"));
        QVERIFY(has("  _2nd_price: MoneyInput\n"));
    }

    void graphqlQueryTypeAlwaysPresent()
    {
        Model model = edgeCases();
        // Keep only the partner's mutation-only integration.
        std::vector<Integration> kept;
        for (const Integration &integration : model.integrationList())
            if (integration.id == "partner-edge-graphql")
                kept.push_back(integration);
        model.integrations = kept;
        const std::string sdl = exportFiles(model, "graphql").at("graphql/edge.graphql");
        QVERIFY(sdl.find("type Query {\n  _empty: Boolean\n}") != std::string::npos);
        QVERIFY(sdl.find("ledgerMutationsOnly(input: EntryInput!): Entry") != std::string::npos);
    }

    // --- shared ---

    void exportsAreDeterministic()
    {
        for (const char *format : {"openapi", "asyncapi", "jsonschema", "proto", "graphql"}) {
            QCOMPARE(exportFiles(edgeCases(), format), exportFiles(edgeCases(), format));
            QCOMPARE(exportFiles(checkout(), format), exportFiles(checkout(), format));
        }
    }

    void yamlWriterQuotesWhatWouldChangeType()
    {
        const std::vector<std::string> hostile = {"true",
                                                  "no",
                                                  "Off",
                                                  "y",
                                                  "null",
                                                  "~",
                                                  "",
                                                  "1.0",
                                                  "0x1F",
                                                  "1e3",
                                                  "-5",
                                                  ".inf",
                                                  "2024-01-01",
                                                  "- item",
                                                  "a: b",
                                                  "#comment",
                                                  "x #y",
                                                  "[1]",
                                                  "{a}",
                                                  "*alias",
                                                  "&anchor",
                                                  "!tag",
                                                  "|",
                                                  ">",
                                                  "'q'",
                                                  "\"dq\"",
                                                  "%x",
                                                  "@at",
                                                  "`tick`",
                                                  "trailing ",
                                                  " leading",
                                                  "tab\there",
                                                  "multi\nline\n",
                                                  "«unicode» ✓",
                                                  "back\\slash",
                                                  "?",
                                                  ":",
                                                  ",",
                                                  "line1\n  indented\nend"};
        OrderedJson doc = OrderedJson::object();
        OrderedJson list = OrderedJson::array();
        for (const std::string &text : hostile) {
            doc[text.empty() ? std::string("empty") : text] = text;
            list.push_back(text);
        }
        doc["list"] = list;
        doc["200"] = "status key";
        const YAML::Node parsed = YAML::Load(toYaml(doc));
        for (const std::string &text : hostile) {
            const YAML::Node value = parsed[text.empty() ? std::string("empty") : text];
            QVERIFY2(value.IsScalar(), text.c_str());
            QCOMPARE(value.as<std::string>(), text);
        }
        // Texts a YAML 1.1 or 1.2 reader would take for a bool, null or number must be quoted
        // (yaml-cpp tags quoted scalars "!", plain ones "?").
        for (const char *text : {"true", "no", "Off", "y", "null", "~", "", "1.0", "0x1F", "1e3", "-5", ".inf"}) {
            QCOMPARE(parsed[std::string(*text ? text : "empty")].Tag(), std::string("!"));
        }
        for (size_t i = 0; i < hostile.size(); ++i)
            QCOMPARE(parsed["list"][i].as<std::string>(), hostile[i]);
        QCOMPARE(parsed["200"].as<std::string>(), std::string("status key"));
        // Scalars that are strings in the tree are never written plain when a YAML 1.1 reader would change them.
        const std::string text = toYaml(OrderedJson {{"a", "yes"}, {"b", "1.5"}, {"c", "on"}});
        QCOMPARE(text, std::string("a: \"yes\"\nb: \"1.5\"\nc: \"on\"\n"));
    }

    void identifierSpellings()
    {
        QCOMPARE(pascalCase("order.created"), std::string("OrderCreated"));
        QCOMPARE(pascalCase("placeOrder"), std::string("PlaceOrder"));
        QCOMPARE(camelCase("place-order"), std::string("placeOrder"));
        QCOMPARE(snakeCase("HTTPServerError"), std::string("http_server_error"));
        QCOMPARE(snakeCase("orderId"), std::string("order_id"));
        QCOMPARE(screamingSnake("in-progress"), std::string("IN_PROGRESS"));
        QCOMPARE(snakeCase("!!!"), std::string("x"));
    }
};

QTEST_GUILESS_MAIN(TestSpecs)
#include "tst_specs.moc"
