// resilience.yaml: valid YAML in the template's circuitBreaker.services shape, one
// service per callee, every call with a timeout, retry or breaker listed once.
#include "exporters/exporter.h"
#include "model/modelio.h"

#include <QtTest>
#include <yaml-cpp/yaml.h>

#include <map>

#include "exportertesting.h"

using namespace seam;
using namespace seam::testing;

namespace {

YAML::Node exportResilience(const Model &model)
{
    const Exporter *exporter = findExporter("resilience");
    if (!exporter)
        qFatal("resilience exporter not registered");
    const ExportResult result = exporter->run(model, {});
    if (!result.ok() || result.files.size() != 1 || result.files[0].relativePath != "resilience.yaml")
        qFatal("resilience export failed: %s", result.error.c_str());
    return YAML::Load(result.files[0].contents);
}

} // namespace

class TestResilience : public QObject {
    Q_OBJECT

private slots:
    void checkoutStripeSettings()
    {
        const YAML::Node doc = exportResilience(loadOrFail(kExamples + "/checkout.seam.yaml"));
        const YAML::Node services = doc["circuitBreaker"]["services"];
        QVERIFY(services.IsSequence());
        YAML::Node stripe;
        for (const auto &s : services)
            if (s["name"].as<std::string>() == "stripe")
                stripe.reset(s);
        QVERIFY(stripe.IsMap());
        QCOMPARE(stripe["displayName"].as<std::string>(), std::string("Stripe"));
        QCOMPARE(stripe["callers"].size(), size_t(1));
        const YAML::Node charge = stripe["callers"][0];
        QCOMPARE(charge["integration"].as<std::string>(), std::string("charge"));
        QCOMPARE(charge["caller"].as<std::string>(), std::string("payments"));
        QCOMPARE(charge["failureThreshold"].as<int>(), 5);
        QCOMPARE(charge["timeoutMillis"].as<int>(), 10000);
        QCOMPARE(charge["resetTimeoutMillis"].as<int>(), 30000);
        QCOMPARE(charge["halfOpenSuccesses"].as<int>(), 2);
        QCOMPARE(charge["fallback"]["type"].as<std::string>(), std::string("queue-for-later"));
        QCOMPARE(charge["retry"]["maxAttempts"].as<int>(), 3);
        QCOMPARE(charge["retry"]["backoff"].as<std::string>(), std::string("exponential"));
        QCOMPARE(charge["retry"]["initialIntervalMillis"].as<int>(), 1000);
        QCOMPARE(charge["retry"]["jitter"].as<double>(), 0.1);
    }

    void everyResilientCallListedOnceUnderItsCallee()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const YAML::Node services = exportResilience(model)["circuitBreaker"]["services"];
        std::map<std::string, std::string> listed; // integration -> service name
        for (const auto &s : services)
            for (const auto &caller : s["callers"]) {
                const auto id = caller["integration"].as<std::string>();
                QVERIFY2(!listed.count(id), id.c_str());
                listed[id] = s["name"].as<std::string>();
            }
        for (const auto &i : model.integrationList()) {
            const bool resilient = i.timeoutMs
                || (i.reliability
                    && (i.reliability->retry || i.reliability->circuitBreaker || i.reliability->fallback));
            QCOMPARE(listed.count(i.id) == 1, resilient);
            if (resilient)
                QCOMPARE(listed[i.id], i.to);
        }
        // Publishing into a topic sets none of these: the topic is no callee here.
        for (const auto &s : services)
            QVERIFY(s["name"].as<std::string>() != "order-events");
    }

    void hostileNamesRoundTrip()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        const YAML::Node services = exportResilience(model)["circuitBreaker"]["services"];
        bool found = false;
        for (const auto &s : services) {
            if (s["name"].as<std::string>() != "ext")
                continue;
            found = true;
            QCOMPARE(s["displayName"].as<std::string>(), std::string("Ext: 'single' \\ back\\slash"));
            for (const auto &caller : s["callers"])
                if (caller["integration"].as<std::string>() == "default-ext")
                    QCOMPARE(caller["fallback"]["type"].as<std::string>(), std::string("cached | \"stale\""));
        }
        QVERIFY(found);
    }

    void unboundedRetryIsSpelledOut()
    {
        Model model;
        model.name = "m";
        Component a, b;
        a.id = "a";
        b.id = "b";
        model.components = {a, b};
        Integration i;
        i.id = "a-b";
        i.from = "a";
        i.to = "b";
        i.reliability = Reliability {};
        i.reliability->retry = Retry {};
        model.integrations = std::vector<Integration> {i};
        const YAML::Node caller = exportResilience(model)["circuitBreaker"]["services"][0]["callers"][0];
        QCOMPARE(caller["retry"]["maxAttempts"].as<std::string>(), std::string("unbounded"));
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
