// The runtime-configuration exports (resilience4j, istio, envoy, prometheus, openslo) hold the
// model's semantics, and `seam-cli check-config` finds what a deployed file changed. The real
// validators (kubernetes-models, promtool, Envoy's protos, the OpenSLO schema) run in
// tst_runtime_validators.cpp.
#include "exporters/configdrift.h"
#include "exporters/exporter.h"
#include "exporters/prometheusexporter.h"
#include "exporters/runtimeconfig.h"
#include "model/modelio.h"
#include "model/numbertext.h"

#include <QtTest>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <map>
#include <regex>
#include <set>

#include "clirun.h"
#include "exportertesting.h"

using namespace seam;
using namespace seam::testing;

namespace {

std::map<std::string, std::string> exportFiles(const Model &model, const char *format, ExportResult *out = nullptr)
{
    const ExportResult result = findExporter(format)->run(model, {});
    if (!result.ok())
        qFatal("%s export failed: %s", format, result.error.c_str());
    std::map<std::string, std::string> files;
    for (const ExportedFile &file : result.files)
        files[file.relativePath] = file.contents;
    if (out)
        *out = result;
    return files;
}

bool warned(const ExportResult &result, const std::string &text)
{
    return std::any_of(result.warnings.begin(), result.warnings.end(),
                       [&](const std::string &w) { return w.find(text) != std::string::npos; });
}

// Resilience4j's Spring Boot property names per block, from its documentation
// (resilience4j.readme.io, "Getting started with resilience4j-spring-boot3"), and the shape of
// each value: Spring Boot converts "<n>ms"/"<n>s" to a Duration, integers and booleans as written.
enum class Shape { Integer, Number, Boolean, Duration, WindowType };
const std::map<std::string, std::map<std::string, Shape>> kResilience4jProperties {
    {"circuitbreaker",
     {{"slidingWindowType", Shape::WindowType},
      {"slidingWindowSize", Shape::Integer},
      {"minimumNumberOfCalls", Shape::Integer},
      {"failureRateThreshold", Shape::Number},
      {"waitDurationInOpenState", Shape::Duration},
      {"permittedNumberOfCallsInHalfOpenState", Shape::Integer},
      {"automaticTransitionFromOpenToHalfOpenEnabled", Shape::Boolean},
      {"slowCallRateThreshold", Shape::Number},
      {"slowCallDurationThreshold", Shape::Duration},
      {"maxWaitDurationInHalfOpenState", Shape::Duration},
      {"registerHealthIndicator", Shape::Boolean}}},
    {"retry",
     {{"maxAttempts", Shape::Integer},
      {"waitDuration", Shape::Duration},
      {"enableExponentialBackoff", Shape::Boolean},
      {"exponentialBackoffMultiplier", Shape::Number},
      {"exponentialMaxWaitDuration", Shape::Duration},
      {"enableRandomizedWait", Shape::Boolean},
      {"randomizedWaitFactor", Shape::Number},
      {"failAfterMaxAttempts", Shape::Boolean}}},
    {"timelimiter", {{"timeoutDuration", Shape::Duration}, {"cancelRunningFuture", Shape::Boolean}}},
    {"ratelimiter",
     {{"limitForPeriod", Shape::Integer},
      {"limitRefreshPeriod", Shape::Duration},
      {"timeoutDuration", Shape::Duration},
      {"registerHealthIndicator", Shape::Boolean}}},
    {"bulkhead", {{"maxConcurrentCalls", Shape::Integer}, {"maxWaitDuration", Shape::Duration}}},
};

bool hasShape(const YAML::Node &value, Shape shape)
{
    if (!value.IsScalar())
        return false;
    const std::string text = value.Scalar();
    switch (shape) {
    case Shape::Integer:
        return std::regex_match(text, std::regex("[0-9]+"));
    case Shape::Number:
        return std::regex_match(text, std::regex("[0-9]+(\\.[0-9]+)?"));
    case Shape::Boolean:
        return text == "true" || text == "false";
    case Shape::Duration:
        return std::regex_match(text, std::regex("[0-9]+(ms|s|m|h)"));
    case Shape::WindowType:
        return text == "COUNT_BASED" || text == "TIME_BASED";
    }
    return false;
}

YAML::Node instance(const std::map<std::string, std::string> &files, const std::string &file, const char *block,
                    const std::string &id)
{
    const auto it = files.find(file);
    if (it == files.end())
        return YAML::Node();
    return YAML::Load(it->second)["resilience4j"][block]["instances"][id];
}

// The Kubernetes objects of an Istio file by "Kind name".
std::map<std::string, YAML::Node> objects(const std::string &text)
{
    std::map<std::string, YAML::Node> out;
    for (const YAML::Node &doc : YAML::LoadAll(text))
        if (doc.IsMap())
            out[doc["kind"].as<std::string>() + " " + doc["metadata"]["name"].as<std::string>()] = doc;
    return out;
}

// An Envoy bootstrap's routes and clusters by name.
std::map<std::string, YAML::Node> envoyRoutes(const std::string &text)
{
    std::map<std::string, YAML::Node> out;
    const YAML::Node root = YAML::Load(text);
    for (const YAML::Node &host : root["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]
                                      ["typed_config"]["route_config"]["virtual_hosts"])
        for (const YAML::Node &r : host["routes"])
            out[r["name"].as<std::string>()] = r;
    return out;
}

std::map<std::string, YAML::Node> envoyClusters(const std::string &text)
{
    std::map<std::string, YAML::Node> out;
    for (const YAML::Node &cluster : YAML::Load(text)["static_resources"]["clusters"])
        out[cluster["name"].as<std::string>()] = cluster;
    return out;
}

std::map<std::string, YAML::Node> envoyHosts(const std::string &text)
{
    std::map<std::string, YAML::Node> out;
    for (const YAML::Node &host : YAML::Load(text)["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]
                                                  ["typed_config"]["route_config"]["virtual_hosts"])
        out[host["name"].as<std::string>()] = host;
    return out;
}

// OpenSLO documents by "Kind name".
std::map<std::string, YAML::Node> openSlo(const std::string &text)
{
    std::map<std::string, YAML::Node> out;
    for (const YAML::Node &doc : YAML::LoadAll(text))
        if (doc.IsMap())
            out[doc["kind"].as<std::string>() + " " + doc["metadata"]["name"].as<std::string>()] = doc;
    return out;
}

std::string str(const YAML::Node &node)
{
    return node ? node.as<std::string>() : std::string("(missing)");
}

YAML::Node route(const YAML::Node &virtualService, const std::string &name)
{
    for (const YAML::Node &r : virtualService["spec"]["http"])
        if (r["name"].as<std::string>() == name)
            return r;
    return YAML::Node();
}

} // namespace

class TestRuntimeConfig : public QObject {
    Q_OBJECT

    const Model m_checkout = loadOrFail(kExamples + "/checkout.seam.yaml");
    const Model m_cases = loadOrFail(kTestDir + "/data/runtime.seam.yaml");

private slots:
    // Every key is a documented Resilience4j property of its block, with a value of its shape.
    void resilience4jKeysAreDocumentedProperties()
    {
        int checked = 0;
        for (const Model *model : {&m_checkout, &m_cases}) {
            for (const auto &[path, text] : exportFiles(*model, "resilience4j")) {
                const YAML::Node root = YAML::Load(text);
                QCOMPARE(root.size(), size_t(1));
                for (const auto &block : root["resilience4j"]) {
                    const std::string name = block.first.as<std::string>();
                    QVERIFY2(kResilience4jProperties.count(name), name.c_str());
                    QCOMPARE(block.second.size(), size_t(1)); // only `instances`
                    for (const auto &inst : block.second["instances"]) {
                        QVERIFY(model->findIntegration(inst.first.as<std::string>()));
                        for (const auto &property : inst.second) {
                            const std::string key = name + "." + property.first.as<std::string>();
                            const auto &known = kResilience4jProperties.at(name);
                            const auto it = known.find(property.first.as<std::string>());
                            QVERIFY2(it != known.end(), qPrintable(QString::fromStdString(path + ": " + key)));
                            QVERIFY2(hasShape(property.second, it->second),
                                     qPrintable(QString::fromStdString(path + ": " + key + " = "
                                                                       + YAML::Dump(property.second))));
                            ++checked;
                        }
                    }
                }
            }
        }
        QVERIFY(checked > 40);
    }

    void resilience4jMapsTheModelsSemantics()
    {
        ExportResult result;
        const auto files = exportFiles(m_cases, "resilience4j", &result);
        const std::string shop = "resilience4j/shop.yaml";
        // max_attempts is attempts in all; so is Resilience4j's maxAttempts.
        QCOMPARE(instance(files, shop, "retry", "shop-cart")["maxAttempts"].as<int>(), 3);
        QCOMPARE(instance(files, shop, "retry", "shop-cart")["waitDuration"].as<std::string>(), std::string("50ms"));
        QCOMPARE(instance(files, shop, "retry", "shop-cart")["exponentialMaxWaitDuration"].as<std::string>(),
                 std::string("400ms"));
        // jitter → randomizedWaitFactor.
        QCOMPARE(instance(files, shop, "retry", "shop-cart")["randomizedWaitFactor"].as<double>(), 0.2);
        // A failure-count breaker: a count-based window of exactly that many calls, all failed.
        const YAML::Node breaker = instance(files, shop, "circuitbreaker", "shop-cart");
        QCOMPARE(breaker["slidingWindowType"].as<std::string>(), std::string("COUNT_BASED"));
        QCOMPARE(breaker["slidingWindowSize"].as<int>(), 7);
        QCOMPARE(breaker["minimumNumberOfCalls"].as<int>(), 7);
        QCOMPARE(breaker["failureRateThreshold"].as<int>(), 100);
        QCOMPARE(breaker["waitDurationInOpenState"].as<std::string>(), std::string("15000ms"));
        QCOMPARE(breaker["permittedNumberOfCallsInHalfOpenState"].as<int>(), 3);
        QCOMPARE(instance(files, shop, "timelimiter", "shop-cart")["timeoutDuration"].as<std::string>(),
                 std::string("300ms"));
        QCOMPARE(instance(files, shop, "ratelimiter", "shop-cart")["limitForPeriod"].as<int>(), 50);
        QCOMPARE(instance(files, shop, "ratelimiter", "shop-cart")["limitRefreshPeriod"].as<std::string>(),
                 std::string("1s"));
        QCOMPARE(instance(files, shop, "bulkhead", "shop-cart")["maxConcurrentCalls"].as<int>(), 64);
        // The fixed backoff has no exponential keys; the cart application gets its own file.
        const YAML::Node fixed = instance(files, "resilience4j/cart.yaml", "retry", "cart-pricing");
        QCOMPARE(fixed["maxAttempts"].as<int>(), 4);
        QVERIFY(!fixed["enableExponentialBackoff"]);
        // Unbounded retries cannot be written: no instance, and a warning naming the integration.
        QVERIFY(!instance(files, shop, "retry", "shop-ledger"));
        QVERIFY(warned(result, "integration 'shop-ledger': unbounded retries"));
        QVERIFY(warned(result, "integration 'shop-cart': Resilience4j's rate limiter has no burst"));
        // A third party's calls are not ours to configure.
        QVERIFY(!files.count("resilience4j/partner.yaml"));
    }

    void istioRetriesOnlyWhatCannotHappenTwice()
    {
        ExportResult result;
        const auto files = exportFiles(m_cases, "istio", &result);
        QVERIFY(files.count("istio/cart/cart-api.yaml"));
        const auto cart = objects(files.at("istio/cart/cart-api.yaml"));
        const YAML::Node vs = cart.at("VirtualService cart-api");
        QCOMPARE(vs["spec"]["hosts"][0].as<std::string>(), std::string("cart-api.cart.svc.cluster.local"));
        // POST without an idempotency key: no retries (Istio would retry twice by default).
        const YAML::Node post = route(vs, "shop-cart-additem");
        QVERIFY(post);
        QCOMPARE(post["retries"]["attempts"].as<int>(), 0);
        QCOMPARE(post["match"][0]["method"]["exact"].as<std::string>(), std::string("POST"));
        QCOMPARE(post["match"][0]["uri"]["regex"].as<std::string>(), std::string("^/carts/[^/]+/items$"));
        QVERIFY(warned(result, "operation 'addItem' is not retried"));
        // GET is idempotent: attempts are retries after the first call; perTryTimeout is timeout_ms.
        const YAML::Node get = route(vs, "shop-cart-getcart");
        QCOMPARE(get["retries"]["attempts"].as<int>(), 2);
        QCOMPARE(get["retries"]["perTryTimeout"].as<std::string>(), std::string("300ms"));
        QVERIFY(get["retries"]["retryOn"].as<std::string>().find("5xx") != std::string::npos);
        QCOMPARE(get["timeout"].as<std::string>(), std::string("1200ms")); // total_timeout_ms
        QCOMPARE(get["match"][0]["sourceNamespace"].as<std::string>(), std::string("shop"));
        // With an idempotency key every operation is retried; the route timeout covers all attempts.
        const auto pricing = objects(files.at("istio/cart/pricing.yaml"));
        const YAML::Node grpc = route(pricing.at("VirtualService pricing"), "cart-pricing");
        QCOMPARE(grpc["retries"]["attempts"].as<int>(), 3);
        QCOMPARE(grpc["retries"]["perTryTimeout"].as<std::string>(), std::string("250ms"));
        QCOMPARE(grpc["timeout"].as<std::string>(), std::string("1s")); // 4 x 250 ms
    }

    void istioBreakerPoolAndCallers()
    {
        ExportResult result;
        const auto files = exportFiles(m_cases, "istio", &result);
        const auto cart = objects(files.at("istio/cart/cart-api.yaml"));
        const YAML::Node dr = cart.at("DestinationRule shop-cart");
        QCOMPARE(dr["metadata"]["namespace"].as<std::string>(), std::string("shop")); // the caller's view
        QCOMPARE(dr["spec"]["workloadSelector"]["matchLabels"]["app"].as<std::string>(), std::string("shop"));
        const YAML::Node policy = dr["spec"]["trafficPolicy"];
        QCOMPARE(policy["outlierDetection"]["consecutive5xxErrors"].as<int>(), 7);
        QCOMPARE(policy["outlierDetection"]["baseEjectionTime"].as<std::string>(), std::string("15s"));
        QCOMPARE(policy["connectionPool"]["http"]["http2MaxRequests"].as<int>(), 64);
        QCOMPARE(policy["connectionPool"]["tcp"]["maxConnections"].as<int>(), 64);
        QCOMPARE(policy["connectionPool"]["http"]["http1MaxPendingRequests"].as<int>(), 10);
        // Exactly the modelled callers, by their service account.
        const YAML::Node rules = cart.at("AuthorizationPolicy cart-api-callers")["spec"]["rules"];
        QCOMPARE(rules.size(), size_t(1));
        QCOMPARE(rules[0]["from"][0]["source"]["principals"].size(), size_t(1));
        QCOMPARE(rules[0]["from"][0]["source"]["principals"][0].as<std::string>(),
                 std::string("cluster.local/ns/shop/sa/shop-sa"));
        QCOMPARE(rules[0]["to"][0]["operation"]["ports"][0].as<std::string>(), std::string("9090"));
        QCOMPARE(rules[0]["to"][0]["operation"]["paths"].size(), size_t(1)); // /carts/* covers both
        QCOMPARE(cart.at("AuthorizationPolicy cart-api-callers")["spec"]["action"].as<std::string>(),
                 std::string("ALLOW"));
        // Nothing for callees outside the mesh, and no host name made up for them.
        QVERIFY(warned(result, "component 'ledger' has no kubernetes.namespace"));
        QVERIFY(warned(result, "component 'partner' has no kubernetes.namespace"));
        for (const auto &[path, text] : files) {
            QVERIFY2(text.find("ledger") == std::string::npos, path.c_str());
            QVERIFY2(text.find("partner") == std::string::npos, path.c_str());
        }
    }

    void networkPoliciesDenyAllButTheModelledCallers()
    {
        ExportResult result;
        const auto files = exportFiles(m_cases, "networkpolicy", &result);
        QCOMPARE(files.size(), size_t(2)); // namespaces cart and shop
        for (const auto &[path, text] : files) {
            const auto policies = objects(text);
            const YAML::Node deny = policies.at("NetworkPolicy default-deny-ingress");
            QCOMPARE(deny["spec"]["podSelector"].size(), size_t(0)); // every pod
            QCOMPARE(deny["spec"]["policyTypes"][0].as<std::string>(), std::string("Ingress"));
            QVERIFY(!deny["spec"]["ingress"]);
        }
        const auto cart = objects(files.at("networkpolicy/cart.yaml"));
        const YAML::Node api = cart.at("NetworkPolicy cart-api-callers")["spec"];
        QCOMPARE(api["podSelector"]["matchLabels"]["app"].as<std::string>(), std::string("cart-api"));
        QCOMPARE(api["ingress"].size(), size_t(1));
        const YAML::Node from = api["ingress"][0]["from"][0];
        QCOMPARE(from["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"].as<std::string>(),
                 std::string("shop"));
        QCOMPARE(from["podSelector"]["matchLabels"]["app"].as<std::string>(), std::string("shop"));
        QCOMPARE(api["ingress"][0]["ports"][0]["port"].as<int>(), 9090);
        const YAML::Node pricing = cart.at("NetworkPolicy pricing-callers")["spec"];
        QCOMPARE(pricing["ingress"][0]["from"][0]["podSelector"]["matchLabels"]["app"].as<std::string>(),
                 std::string("cart-api"));
        // shop is called by nobody: its namespace only denies.
        QCOMPARE(objects(files.at("networkpolicy/shop.yaml")).size(), size_t(1));
        // The checkout's browser client is outside the cluster: the deny blocks it, and it says so.
        ExportResult checkout;
        exportFiles(m_checkout, "networkpolicy", &checkout);
        QVERIFY(warned(checkout, "integration 'web-gateway': 'web' has no kubernetes.namespace"));
    }

    void backstageCatalogRelatesWhatTheModelRelates()
    {
        ExportResult result;
        const auto files = exportFiles(m_checkout, "backstage", &result);
        std::map<std::string, YAML::Node> entities; // "kind:name", as Backstage refers to them
        for (const YAML::Node &doc : YAML::LoadAll(files.at("backstage/catalog-info.yaml"))) {
            std::string kind = doc["kind"].as<std::string>();
            std::transform(kind.begin(), kind.end(), kind.begin(), ::tolower);
            entities[kind + ":" + doc["metadata"]["name"].as<std::string>()] = doc;
        }
        QCOMPARE(entities.size(), size_t(23));
        QCOMPARE(entities.at("resource:orders-db")["spec"]["type"].as<std::string>(), std::string("database"));
        QCOMPARE(entities.at("resource:order-events")["spec"]["type"].as<std::string>(), std::string("topic"));
        QCOMPARE(entities.at("component:web")["spec"]["type"].as<std::string>(), std::string("website"));
        const YAML::Node orders = entities.at("component:orders")["spec"];
        QCOMPARE(orders["owner"].as<std::string>(), std::string("team-orders"));
        QCOMPARE(orders["providesApis"].size(), size_t(2)); // its OpenAPI and AsyncAPI documents
        const YAML::Node api = entities.at("api:orders-openapi")["spec"];
        QCOMPARE(api["type"].as<std::string>(), std::string("openapi"));
        QCOMPARE(api["definition"]["$text"].as<std::string>(), std::string("../openapi/orders.yaml"));
        // The gateway consumes the orders API; payments depends on its store and calls Stripe's API.
        QCOMPARE(entities.at("component:gateway")["spec"]["consumesApis"][0].as<std::string>(),
                 std::string("orders-openapi"));
        const YAML::Node payments = entities.at("component:payments")["spec"];
        QCOMPARE(payments["consumesApis"][0].as<std::string>(), std::string("stripe-openapi"));
        std::set<std::string> depends;
        for (const YAML::Node &ref : payments["dependsOn"])
            depends.insert(ref.as<std::string>());
        QCOMPARE(depends,
                 (std::set<std::string> {"resource:order-events", "resource:payments-db", "resource:payment-events"}));
        // Every relation names an entity of the file.
        for (const auto &[ref, doc] : entities)
            for (const char *key : {"providesApis", "consumesApis", "dependsOn"})
                for (const YAML::Node &target : doc["spec"][key]) {
                    const std::string name = target.as<std::string>();
                    const std::string full = name.find(':') == std::string::npos ? "api:" + name : name;
                    QVERIFY2(entities.count(full), qPrintable(QString::fromStdString(ref + " -> " + name)));
                }
        QVERIFY(warned(result, "component 'gateway' has no owner"));
    }

    void prometheusObjectivesUseTheConfiguredMetrics()
    {
        const std::vector<SloObjective> cart = sloObjectives(m_cases, *m_cases.findComponent("cart"));
        QCOMPARE(cart.size(), size_t(3));
        QCOMPARE(cart[0].id, std::string("cart-availability"));
        QCOMPARE(cart[0].objective, 0.999);
        QVERIFY(cart[0].badRatio.find("http_server_request_duration_seconds_count{service_name=\"cart-api\","
                                      "http_response_status_code=~\"5..\"}")
                != std::string::npos);
        QCOMPARE(cart[1].id, std::string("cart-latency-p95"));
        QVERIFY(cart[1].badRatio.find("le=\"0.2\"") != std::string::npos);
        QVERIFY(cart[2].badRatio.find("le=\"0.8\"") != std::string::npos);
        const std::vector<SloObjective> pricing = sloObjectives(m_cases, *m_cases.findComponent("pricing"));
        QCOMPARE(pricing.size(), size_t(1));
        QVERIFY(pricing[0].badRatio.find("grpc_server_handling_seconds_count{job=\"pricing\",grpc_code!=\"OK\"}")
                != std::string::npos);
        ExportResult result;
        const auto files = exportFiles(m_cases, "prometheus", &result);
        QVERIFY(warned(result, "component 'ledger' has no owner"));
        const YAML::Node groups = YAML::Load(files.at("prometheus/slo-rules.yaml"))["groups"];
        std::set<std::string> severities;
        for (const YAML::Node &group : groups)
            for (const YAML::Node &rule : group["rules"])
                if (rule["alert"] && group["name"].as<std::string>() == "seam-slo-cart") {
                    QCOMPARE(rule["labels"]["owner"].as<std::string>(), std::string("team-cart"));
                    severities.insert(rule["labels"]["severity"].as<std::string>() + "@"
                                      + rule["labels"]["long_window"].as<std::string>());
                }
        QCOMPARE(severities, (std::set<std::string> {"page@1h", "page@6h", "ticket@1d", "ticket@3d"}));
    }

    // The issue's acceptance: check-config finds a changed timeout in an edited Istio file.
    void checkConfigFindsAnEditedTimeout()
    {
        QTemporaryDir dir;
        const QString model = kExamples + "/checkout.seam.yaml";
        const CliRun exported = runCli({"export", model, "--format", "istio,resilience4j", "-o", dir.path()});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString istio = dir.filePath("istio/orders/orders.yaml");
        const CliRun clean = runCli({"check-config", model, istio, dir.filePath("resilience4j/payments.yaml")});
        QVERIFY2(clean.exitCode == 0 && clean.out.contains("0 settings differ"), qPrintable(clean.describe()));

        QFile file(istio);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const int at = text.indexOf("timeout: 2s");
        QVERIFY(at > 0);
        const int line = text.left(at).count('\n') + 1;
        text.replace(at, 11, "timeout: 7s");
        // The gateway's allow rule goes too: a missing allow rule is drift as well.
        text.replace("cluster.local/ns/edge/sa/api-gateway", "cluster.local/ns/edge/sa/intruder");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();

        const CliRun drift = runCli({"check-config", model, istio});
        QCOMPARE(drift.exitCode, 1);
        QVERIFY2(drift.out.contains(QString("%1:%2:").arg(istio).arg(line))
                     && drift.out.contains("http[gateway-orders].timeout is 7s; the model gives 2s"),
                 qPrintable(drift.describe()));
        QVERIFY2(drift.out.contains("allow rule for cluster.local/ns/edge/sa/api-gateway is missing"),
                 qPrintable(drift.describe()));
        QVERIFY2(drift.out.contains("allow rule for cluster.local/ns/edge/sa/intruder is not in the model"),
                 qPrintable(drift.describe()));

        const CliRun json = runCli({"check-config", model, istio, "--format", "json"});
        QCOMPARE(json.exitCode, 1);
        const nlohmann::json doc = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(doc["summary"]["drifts"].get<int>(), 3);
        QCOMPARE(doc["drifts"][0]["expected"].get<std::string>(), std::string("2s"));
        QCOMPARE(doc["drifts"][0]["actual"].get<std::string>(), std::string("7s"));
        QCOMPARE(doc["drifts"][0]["line"].get<int>(), line);

        const CliRun sarif = runCli({"check-config", model, istio, "--format=sarif"});
        QCOMPARE(sarif.exitCode, 1);
        const nlohmann::json log = nlohmann::json::parse(sarif.out.toStdString());
        QCOMPARE(log["version"].get<std::string>(), std::string("2.1.0"));
        QCOMPARE(log["runs"][0]["results"].size(), size_t(3));
        QCOMPARE(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>(),
                 line);
    }

    void checkConfigReadsResilience4jBack()
    {
        QTemporaryDir dir;
        const std::string text = exportFiles(m_cases, "resilience4j").at("resilience4j/shop.yaml");
        std::string edited = std::regex_replace(text, std::regex("slidingWindowSize: 7"), "slidingWindowSize: 20");
        edited = std::regex_replace(edited, std::regex("maxAttempts: 3"), "maxAttempts: 6");
        QVERIFY(edited != text);
        const DriftReport report = checkConfig(m_cases, {{"shop.yaml", edited}});
        QVERIFY(report.ok());
        std::set<std::string> settings;
        for (const Drift &drift : report.drifts) {
            QCOMPARE(drift.element, std::string("integration 'shop-cart'"));
            QVERIFY(drift.mark.valid());
            settings.insert(drift.setting + "=" + drift.actual + "/" + drift.expected);
        }
        QCOMPARE(settings, (std::set<std::string> {"circuitbreaker.slidingWindowSize=20/7", "retry.maxAttempts=6/3"}));
        // Durations compare by value: 15s is 15000ms.
        const std::string same
            = std::regex_replace(text, std::regex("waitDurationInOpenState: 15000ms"), "waitDurationInOpenState: 15s");
        QVERIFY(checkConfig(m_cases, {{"shop.yaml", same}}).drifts.empty());
    }

    void envoyMapsRetriesTimeoutsAndBreakers()
    {
        ExportResult result;
        const auto files = exportFiles(m_cases, "envoy", &result);
        QCOMPARE(files.size(), size_t(2)); // the applications shop and cart; partner is a third party
        const auto shop = envoyRoutes(files.at("envoy/shop.yaml"));
        // POST without an idempotency key: not retried, and said so (no virtual-host policy applies).
        const YAML::Node post = shop.at("shop-cart-additem");
        QCOMPARE(post["route"]["retry_policy"]["num_retries"].as<int>(), 0);
        QVERIFY(!post["route"]["retry_policy"]["retry_on"]);
        QCOMPARE(str(post["match"]["safe_regex"]["regex"]), std::string("^/carts/[^/]+/items$"));
        QCOMPARE(str(post["match"]["headers"][0]["name"]), std::string(":method"));
        QCOMPARE(str(post["match"]["headers"][0]["string_match"]["exact"]), std::string("POST"));
        // GET: num_retries counts the attempts after the first; per_try_timeout is timeout_ms, the
        // route timeout total_timeout_ms; the back off runs from initial_ms to max_ms.
        const YAML::Node get = shop.at("shop-cart-getcart")["route"];
        QCOMPARE(str(get["cluster"]), std::string("shop-cart"));
        QCOMPARE(get["retry_policy"]["num_retries"].as<int>(), 2);
        QCOMPARE(str(get["retry_policy"]["per_try_timeout"]), std::string("0.3s"));
        QCOMPARE(str(get["timeout"]), std::string("1.2s"));
        QCOMPARE(str(get["retry_policy"]["retry_back_off"]["base_interval"]), std::string("0.05s"));
        QCOMPARE(str(get["retry_policy"]["retry_back_off"]["max_interval"]), std::string("0.4s"));
        QVERIFY(str(get["retry_policy"]["retry_on"]).find("5xx") != std::string::npos);
        // The breaker and limits: circuit_breakers from concurrency and burst, outlier detection.
        const YAML::Node cart = envoyClusters(files.at("envoy/shop.yaml")).at("shop-cart");
        const YAML::Node thresholds = cart["circuit_breakers"]["thresholds"][0];
        QCOMPARE(str(thresholds["priority"]), std::string("DEFAULT"));
        QCOMPARE(thresholds["max_connections"].as<int>(), 64);
        QCOMPARE(thresholds["max_requests"].as<int>(), 64);
        QCOMPARE(thresholds["max_retries"].as<int>(), 64);
        QCOMPARE(thresholds["max_pending_requests"].as<int>(), 10);
        QCOMPARE(cart["outlier_detection"]["consecutive_5xx"].as<int>(), 7);
        QCOMPARE(str(cart["outlier_detection"]["base_ejection_time"]), std::string("15s"));
        QCOMPARE(cart["outlier_detection"]["max_ejection_percent"].as<int>(), 100);
        const YAML::Node address
            = cart["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"]["socket_address"];
        QCOMPARE(str(address["address"]), std::string("cart-api.cart.svc.cluster.local"));
        QCOMPARE(address["port_value"].as<int>(), 9090);
        // An idempotency key makes every gRPC call retryable over HTTP/2; a fixed delay is the cap.
        const YAML::Node pricing = envoyRoutes(files.at("envoy/cart.yaml")).at("cart-pricing")["route"];
        QCOMPARE(pricing["retry_policy"]["num_retries"].as<int>(), 3);
        QCOMPARE(str(pricing["retry_policy"]["per_try_timeout"]), std::string("0.25s"));
        QCOMPARE(str(pricing["timeout"]), std::string("1s"));
        QCOMPARE(str(pricing["retry_policy"]["retry_back_off"]["base_interval"]), std::string("0.1s"));
        QCOMPARE(str(pricing["retry_policy"]["retry_back_off"]["max_interval"]), std::string("0.1s"));
        QVERIFY(envoyClusters(files.at("envoy/cart.yaml"))
                    .at("cart-pricing")["typed_extension_protocol_options"]
                                       ["envoy.extensions.upstreams.http.v3.HttpProtocolOptions"]
                                       ["explicit_http_config"]["http2_protocol_options"]);
        QVERIFY(warned(result, "integration 'cart-pricing': Envoy's back off is exponential"));
        QVERIFY(warned(result, "integration 'shop-cart': Envoy's outlier detection has no half-open"));
        QVERIFY(!warned(result, "local rate limit"));
        QVERIFY(warned(result, "integration 'shop-ledger': unbounded retries cannot be configured in Envoy"));
        QVERIFY(warned(result, "integration 'shop-cart': operation 'addItem' is not retried"));
    }

    // rate_limit's requests per period: a token bucket of that many tokens, refilled every period,
    // on the virtual host when the call is the callee's only one (its routes share the bucket).
    void envoyLimitsTheRequestRate()
    {
        const auto files = exportFiles(m_cases, "envoy");
        const std::string filter = "envoy.filters.http.local_ratelimit";
        const YAML::Node limit = envoyHosts(files.at("envoy/shop.yaml")).at("cart")["typed_per_filter_config"][filter];
        QCOMPARE(str(limit["@type"]),
                 std::string("type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit"));
        QCOMPARE(limit["token_bucket"]["max_tokens"].as<int>(), 50);
        QCOMPARE(limit["token_bucket"]["tokens_per_fill"].as<int>(), 50);
        QCOMPARE(str(limit["token_bucket"]["fill_interval"]), std::string("1s"));
        QCOMPARE(limit["filter_enforced"]["default_value"]["numerator"].as<int>(), 100);
        for (const auto &[name, route] : envoyRoutes(files.at("envoy/shop.yaml")))
            QVERIFY2(!route["typed_per_filter_config"], name.c_str());
        // The filter runs before the router, and only where some call is limited.
        const auto httpFilters = [&](const std::string &file) {
            std::vector<std::string> names;
            for (const YAML::Node &f : YAML::Load(files.at(file))["static_resources"]["listeners"][0]["filter_chains"]
                                                                 [0]["filters"][0]["typed_config"]["http_filters"])
                names.push_back(str(f["name"]));
            return names;
        };
        QCOMPARE(httpFilters("envoy/shop.yaml"), (std::vector<std::string> {filter, "envoy.filters.http.router"}));
        QCOMPARE(httpFilters("envoy/cart.yaml"), (std::vector<std::string> {"envoy.filters.http.router"}));
        // check-config reads the limit back: a raised bucket is drift on the virtual host.
        const std::string raised
            = std::regex_replace(files.at("envoy/shop.yaml"), std::regex("max_tokens: 50"), "max_tokens: 500");
        const auto drifts = checkConfig(m_cases, {{"shop.yaml", raised}}).drifts;
        QCOMPARE(drifts.size(), size_t(1));
        QCOMPARE(drifts[0].element, std::string("Envoy virtual host 'cart'"));
        QCOMPARE(drifts[0].expected, std::string("50"));
        QCOMPARE(drifts[0].actual, std::string("500"));
    }

    // Two calls to one callee share its virtual host: each limited route gets its own bucket, and
    // a call split into several routes is warned about, since together they allow more.
    void envoyLimitsEachRouteWhenCallsShareAHost()
    {
        const LoadResult loaded = loadModelFromString(R"(seam: 1
name: shared host
components:
  - {id: web, kind: service, kubernetes: {namespace: shop}}
  - {id: api, kind: service, kubernetes: {namespace: shop, port: 80}}
integrations:
  - id: web-read
    from: web
    to: api
    pattern: rest
    rate_limit: {requests: 600, per: minute}
  - id: web-write
    from: web
    to: api
    pattern: rest
    operations:
      - {name: create, method: POST, path: /things}
      - {name: fetch, method: GET, path: "/things/{id}"}
    reliability: {retry: {max_attempts: 2, backoff: exponential, initial_ms: 10}}
    rate_limit: {requests: 5, per: hour}
)",
                                                      "shared.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        ExportResult result;
        const auto files = exportFiles(*loaded.model, "envoy", &result);
        const std::string filter = "envoy.filters.http.local_ratelimit";
        QVERIFY(!envoyHosts(files.at("envoy/web.yaml")).at("api")["typed_per_filter_config"]);
        const auto routes = envoyRoutes(files.at("envoy/web.yaml"));
        QCOMPARE(str(routes.at("web-read")["typed_per_filter_config"][filter]["token_bucket"]["fill_interval"]),
                 std::string("60s"));
        QCOMPARE(routes.at("web-read")["typed_per_filter_config"][filter]["token_bucket"]["max_tokens"].as<int>(), 600);
        for (const char *name : {"web-write-create", "web-write-fetch"})
            QCOMPARE(str(routes.at(name)["typed_per_filter_config"][filter]["token_bucket"]["fill_interval"]),
                     std::string("3600s"));
        QVERIFY(warned(result, "integration 'web-write': its 2 Envoy routes share a virtual host"));
        QVERIFY(!warned(result, "integration 'web-read': its"));
    }

    // A callee outside the mesh keeps its breaker, but no host name is made up for it.
    void envoyInventsNoHostName()
    {
        ExportResult result;
        const auto files = exportFiles(m_cases, "envoy", &result);
        const YAML::Node partner = envoyClusters(files.at("envoy/cart.yaml")).at("cart-partner");
        QCOMPARE(partner["outlier_detection"]["consecutive_5xx"].as<int>(), 3);
        QVERIFY(!partner["load_assignment"]);
        QVERIFY(!partner["type"]); // STATIC with no endpoint, until someone adds one
        QCOMPARE(str(envoyHosts(files.at("envoy/cart.yaml")).at("partner")["domains"][0]),
                 std::string("partner.invalid"));
        QVERIFY(warned(result, "component 'partner' has no kubernetes.namespace"));
        const std::regex mesh("[a-z0-9-]+\\.[a-z0-9-]+(\\.svc\\.cluster\\.local)?(:[0-9]+)?|[a-z0-9-]+\\.invalid");
        int domains = 0;
        for (const auto &[path, text] : files)
            for (const auto &[name, host] : envoyHosts(text))
                for (const YAML::Node &domain : host["domains"]) {
                    QVERIFY2(std::regex_match(domain.as<std::string>(), mesh), domain.as<std::string>().c_str());
                    ++domains;
                }
        QCOMPARE(domains, 4 + 1 + 4 + 1); // shop: cart-api (4 forms), ledger; cart: pricing (4), partner
    }

    // Istio and Envoy make one decision per call: the same routes, retries and timeouts.
    void envoyAndIstioAgree()
    {
        for (const Model *model : {&m_checkout, &m_cases}) {
            std::map<std::string, YAML::Node> envoy;
            for (const auto &[path, text] : exportFiles(*model, "envoy"))
                for (auto &[name, r] : envoyRoutes(text))
                    envoy[name] = r;
            int compared = 0;
            for (const auto &[path, text] : exportFiles(*model, "istio"))
                for (const auto &[key, object] : objects(text)) {
                    if (object["kind"].as<std::string>() != "VirtualService")
                        continue;
                    for (const YAML::Node &r : object["spec"]["http"]) {
                        const std::string name = r["name"].as<std::string>();
                        QVERIFY2(envoy.count(name), name.c_str());
                        const YAML::Node e = envoy.at(name)["route"];
                        QCOMPARE(e["retry_policy"]["num_retries"].as<int>(), r["retries"]["attempts"].as<int>());
                        QCOMPARE(parseGoDuration(str(e["timeout"])), parseGoDuration(str(r["timeout"])));
                        if (r["retries"]["perTryTimeout"])
                            QCOMPARE(parseGoDuration(str(e["retry_policy"]["per_try_timeout"])),
                                     parseGoDuration(str(r["retries"]["perTryTimeout"])));
                        ++compared;
                    }
                }
            QVERIFY(compared >= 1);
        }
    }

    void openSloDocumentsForTheSlas()
    {
        ExportResult result;
        const auto files = exportFiles(m_cases, "openslo", &result);
        const auto docs = openSlo(files.at("openslo/slos.yaml"));
        QCOMPARE(str(docs.at("Service cart")["apiVersion"]), std::string("openslo/v1"));
        // The same objectives as the prometheus export, over the same series.
        const std::vector<SloObjective> cart = sloObjectives(m_cases, *m_cases.findComponent("cart"));
        QCOMPARE(cart.size(), size_t(3));
        for (const SloObjective &objective : cart) {
            const YAML::Node slo = docs.at("SLO " + objective.id)["spec"];
            QCOMPARE(str(slo["service"]), std::string("cart"));
            QCOMPARE(str(slo["indicatorRef"]), objective.id);
            QCOMPARE(slo["objectives"][0]["target"].as<double>(), objective.objective);
            QCOMPARE(str(slo["timeWindow"][0]["duration"]), std::string("30d"));
            QVERIFY(slo["timeWindow"][0]["isRolling"].as<bool>());
            QCOMPARE(str(slo["budgetingMethod"]), std::string("Occurrences"));
            const YAML::Node ratio = docs.at("SLI " + objective.id)["spec"]["ratioMetric"];
            QVERIFY(ratio["counter"].as<bool>());
            QCOMPARE(str(ratio["total"]["metricSource"]["type"]), std::string("Prometheus"));
            QCOMPARE(str(ratio["total"]["metricSource"]["spec"]["query"]), "sum(" + objective.totalSeries + ")");
        }
        QCOMPARE(docs.at("SLO cart-availability")["spec"]["objectives"][0]["target"].as<double>(), 0.999);
        QCOMPARE(str(docs.at("SLI cart-availability")["spec"]["ratioMetric"]["bad"]["metricSource"]["spec"]["query"]),
                 std::string("sum(http_server_request_duration_seconds_count{service_name=\"cart-api\","
                             "http_response_status_code=~\"5..\"})"));
        QCOMPARE(str(docs.at("SLI cart-latency-p99")["spec"]["ratioMetric"]["good"]["metricSource"]["spec"]["query"]),
                 std::string("sum(http_server_request_duration_seconds_bucket{service_name=\"cart-api\",le=\"0.8\"})"));
        QCOMPARE(docs.at("SLO cart-latency-p99")["spec"]["objectives"][0]["target"].as<double>(), 0.99);
        // A component's own metrics are used, as in the rules.
        QCOMPARE(
            str(docs.at("SLI pricing-availability")["spec"]["ratioMetric"]["bad"]["metricSource"]["spec"]["query"]),
            std::string("sum(grpc_server_handling_seconds_count{job=\"pricing\",grpc_code!=\"OK\"})"));
        // The burn-rate windows of the rules, one policy each, sent to the owner's target.
        std::set<std::string> policies;
        for (const YAML::Node &ref : docs.at("SLO cart-availability")["spec"]["alertPolicies"]) {
            const YAML::Node policy = docs.at("AlertPolicy " + ref["alertPolicyRef"].as<std::string>())["spec"];
            const YAML::Node condition = policy["conditions"][0]["spec"];
            policies.insert(str(condition["severity"]) + "@" + str(condition["condition"]["threshold"]) + "/"
                            + str(condition["condition"]["lookbackWindow"]));
            QCOMPARE(str(policy["notificationTargets"][0]["targetRef"]), std::string("team-cart"));
            QVERIFY(policy["alertWhenBreaching"].as<bool>());
        }
        std::set<std::string> expected;
        for (const BurnAlert &alert : kBurnAlerts)
            expected.insert(std::string(alert.severity) + "@" + formatRounded(alert.burnRate, 1) + "/"
                            + alert.longWindow);
        QCOMPARE(policies, expected);
        QCOMPARE(policies.size(), size_t(4));
        QVERIFY(docs.count("AlertNotificationTarget team-cart"));
        // No owner, no target to send to: SLOs without alert policies, and a warning.
        QVERIFY(!docs.at("SLO ledger-availability")["spec"]["alertPolicies"]);
        QVERIFY(warned(result, "component 'ledger' has no owner"));
    }

    // The issue's acceptance for Envoy: an edited route timeout is found, with its line.
    void checkConfigFindsAnEditedEnvoyTimeout()
    {
        QTemporaryDir dir;
        const QString model = kExamples + "/checkout.seam.yaml";
        const CliRun exported = runCli({"export", model, "--format", "envoy", "-o", dir.path()});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString gateway = dir.filePath("envoy/gateway.yaml");
        const QString payments = dir.filePath("envoy/payments.yaml");
        const CliRun clean
            = runCli({"check-config", model, gateway, payments, dir.filePath("envoy/notifications.yaml")});
        QVERIFY2(clean.exitCode == 0 && clean.out.contains("3 files checked, 0 settings differ"),
                 qPrintable(clean.describe()));

        QFile file(gateway);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const int at = text.indexOf("timeout: 2s");
        QVERIFY(at > 0);
        const int line = text.left(at).count('\n') + 1;
        text.replace(at, 11, "timeout: 7s");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();

        const CliRun drift = runCli({"check-config", model, gateway});
        QCOMPARE(drift.exitCode, 1);
        QVERIFY2(drift.out.contains(QString("%1:%2:").arg(gateway).arg(line))
                     && drift.out.contains("Envoy route 'gateway-orders': route.timeout is 7s; the model gives 2s")
                     && drift.out.contains("1 setting differs"),
                 qPrintable(drift.describe()));
        const CliRun json = runCli({"check-config", model, gateway, "--format", "json"});
        QCOMPARE(json.exitCode, 1);
        const nlohmann::json doc = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(doc["summary"]["drifts"].get<int>(), 1);
        QCOMPARE(doc["drifts"][0]["element"].get<std::string>(), std::string("Envoy route 'gateway-orders'"));
        QCOMPARE(doc["drifts"][0]["setting"].get<std::string>(), std::string("route.timeout"));
        QCOMPARE(doc["drifts"][0]["line"].get<int>(), line);
        const CliRun sarif = runCli({"check-config", model, gateway, "--format", "sarif"});
        QCOMPARE(sarif.exitCode, 1);
        const nlohmann::json log = nlohmann::json::parse(sarif.out.toStdString());
        QCOMPARE(log["runs"][0]["results"].size(), size_t(1));
        QCOMPARE(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>(),
                 line);
    }

    // A file kept by hand: JSON field names mean the same settings; every kind of drift is named.
    void checkConfigReadsEnvoyBack()
    {
        const std::string text = exportFiles(m_cases, "envoy").at("envoy/shop.yaml");
        std::string camel = std::regex_replace(text, std::regex("num_retries:"), "numRetries:");
        camel = std::regex_replace(camel, std::regex("per_try_timeout: 0.3s"), "perTryTimeout: 0.300s");
        camel = std::regex_replace(camel, std::regex("consecutive_5xx:"), "consecutive5xx:");
        QVERIFY(camel != text);
        const std::vector<Drift> none = checkConfig(m_cases, {{"shop.yaml", camel}}).drifts;
        QVERIFY2(none.empty(), none.empty() ? "" : none.front().message().c_str());

        std::string edited = std::regex_replace(text, std::regex("num_retries: 2"), "num_retries: 5");
        edited = std::regex_replace(edited, std::regex("per_try_timeout: 0.3s"), "per_try_timeout: 1s");
        edited = std::regex_replace(edited, std::regex("consecutive_5xx: 7"), "consecutive_5xx: 20");
        edited = std::regex_replace(edited, std::regex("max_pending_requests: 10"), "max_pending_requests: 99");
        edited = std::regex_replace(edited, std::regex("cluster: shop-ledger\n"), "cluster: shop-ledger-v2\n");
        const DriftReport report = checkConfig(m_cases, {{"shop.yaml", edited}});
        QVERIFY(report.ok());
        std::set<std::string> settings;
        for (const Drift &drift : report.drifts) {
            QVERIFY(drift.mark.valid());
            settings.insert(drift.element + " " + drift.setting + "=" + drift.actual + "/" + drift.expected);
        }
        QCOMPARE(settings,
                 (std::set<std::string> {
                     "Envoy route 'shop-cart-getcart' route.retry_policy.num_retries=5/2",
                     "Envoy route 'shop-cart-getcart' route.retry_policy.per_try_timeout=1s/0.3s",
                     "Envoy route 'shop-ledger' route.cluster=shop-ledger-v2/shop-ledger",
                     "Envoy cluster 'shop-cart' circuit_breakers.thresholds[0].max_pending_requests=99/10",
                     "Envoy cluster 'shop-cart' outlier_detection.consecutive_5xx=20/7",
                 }));
        // A route the model lacks, and a cluster of the model the file lost.
        std::string extra = std::regex_replace(text, std::regex("name: shop-ledger\n"), "name: shop-ledger-canary\n");
        std::set<std::string> messages;
        for (const Drift &drift : checkConfig(m_cases, {{"shop.yaml", extra}}).drifts)
            messages.insert(drift.message());
        QVERIFY(messages.count("Envoy route 'shop-ledger-canary': (route) shop-ledger-canary is not in the model"));
        QVERIFY(messages.count("Envoy route 'shop-ledger': (route) is missing"));
    }

    void checkConfigBadInputExitsTwo()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath("broken.yaml");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kind: VirtualService\nspec: [1,\n");
        file.close();
        const QString model = kExamples + "/checkout.seam.yaml";
        const CliRun bad = runCli({"check-config", model, broken});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(broken + ":2:7: error:"), qPrintable(bad.describe()));
        const CliRun other = runCli({"check-config", model, model});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("neither a Resilience4j file"), qPrintable(other.describe()));
        QCOMPARE(runCli({"check-config", model}).exitCode, 2);
        QCOMPARE(runCli({"check-config", model, broken, "--format", "xml"}).exitCode, 2);
    }
};

QTEST_APPLESS_MAIN(TestRuntimeConfig)
#include "tst_runtimeconfig.moc"
