// What-if (model/simulate.h): v1 flows from YAML and journeys with groups and times built in C++;
// and `seam-cli simulate` as a user runs it (formats, exit statuses, unknown ids).

#include "model/flows.h"
#include "model/modelio.h"
#include "model/simulate.h"
#include "tests/common/clirun.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace seam;
using seam::testing::runCli;

namespace seam {
// QCOMPARE's failure text for an Effect (a non-template overload: ADL also finds seam::toString<E>).
char *toString(Effect effect)
{
    return qstrdup(std::string(effectName(effect)).c_str());
}
} // namespace seam

namespace {

// web → gateway → orders → payments (3 attempts each hop from gateway on), orders → stock with
// a fallback, orders → order-events → mailer (async), mailer → mail-db for the handler.
const char *kShop = R"(seam: 1
name: Shop
components:
  - {id: web, kind: client, sla: {throughput_rps: 50}}
  - {id: gateway, kind: gateway, zone: dmz}
  - {id: orders, kind: service, sla: {latency_p95_ms: 100}}
  - {id: payments, kind: service, sla: {latency_p95_ms: 200}}
  - {id: stock, kind: service, sla: {latency_p95_ms: 50}}
  - {id: order-events, kind: topic}
  - {id: mailer, kind: service}
  - {id: mail-db, kind: database}
  - {id: audit, kind: service}
integrations:
  - {id: web-gateway, from: web, to: gateway, pattern: rest, timeout_ms: 3000}
  - id: gateway-orders
    from: gateway
    to: orders
    pattern: rest
    timeout_ms: 1000
    reliability: {retry: {max_attempts: 3}}
  - id: orders-payments
    from: orders
    to: payments
    pattern: grpc
    timeout_ms: 400
    reliability: {retry: {max_attempts: 3}, circuit_breaker: {failure_threshold: 5}}
  - id: orders-stock
    from: orders
    to: stock
    pattern: rest
    timeout_ms: 300
    reliability: {fallback: cached-stock}
  - {id: orders-publish, from: orders, to: order-events, pattern: pubsub}
  - id: mailer-consume
    from: order-events
    to: mailer
    pattern: pubsub
    reliability: {dead_letter: true}
  - id: audit-consume
    from: order-events
    to: audit
    pattern: pubsub
    reliability: {on_failure: drop}
  - {id: mailer-store, from: mailer, to: mail-db, pattern: database, timeout_ms: 200}
  - {id: audit-store, from: audit, to: mail-db, pattern: database, timeout_ms: 200}
flows:
  - id: checkout
    steps: [web-gateway, gateway-orders, orders-payments]
    sla: {latency_p95_ms: 500}
  - id: stock-check
    steps: [web-gateway, gateway-orders, orders-stock]
  - id: confirm-mail
    steps: [orders-publish, mailer-consume, mailer-store]
  - id: audit-trail
    steps: [orders-publish, audit-consume]
)";

Model parse(const std::string &text)
{
    LoadResult loaded = loadModelFromString(text, "shop.seam.yaml", FileFormat::Yaml);
    if (!loaded.ok())
        qFatal("the test model does not load");
    return std::move(*loaded.model);
}

const FlowImpact &flowOf(const SimulationResult &result, const std::string &id)
{
    for (const FlowImpact &flow : result.flows)
        if (flow.flow == id)
            return flow;
    qFatal("no flow %s", id.c_str());
}

bool mentions(const FlowImpact &flow, const std::string &text)
{
    for (const std::string &reason : flow.reasons)
        if (reason.find(text) != std::string::npos)
            return true;
    return false;
}

FlowStep group(StepGroup kind, std::vector<std::vector<std::string>> branches)
{
    FlowStep step;
    step.group = kind;
    for (auto &ids : branches) {
        FlowBranch branch;
        branch.when = "some case";
        for (std::string &id : ids)
            branch.steps.push_back(callStep(std::move(id)));
        step.branches.push_back(std::move(branch));
    }
    return step;
}

} // namespace

class TestSimulate : public QObject {
    Q_OBJECT

private slots:
    void downBreaksSyncAndQueuesTakeAsync()
    {
        const Model model = parse(kShop);
        const SimulationResult result = simulate(model, {{"payments"}, {}});
        const FlowImpact &checkout = flowOf(result, "checkout");
        QCOMPARE(checkout.effect, Effect::Broken);
        QVERIFY(mentions(checkout, "payments is down"));
        QVERIFY(mentions(checkout, "circuit breaker opens"));
        QVERIFY(result.slaFlowBroken());
        // stock-check runs through orders too, but never calls payments: only its own steps count.
        QCOMPARE(flowOf(result, "stock-check").effect, Effect::Unaffected);
        QCOMPARE(flowOf(result, "confirm-mail").effect, Effect::Unaffected);

        QCOMPARE(result.breakers.size(), size_t(1));
        QCOMPARE(result.breakers[0].integration, std::string("orders-payments"));

        // Load: web 50 rps × 1 → gateway; gateway × 3 → orders (orders fails: no fallback on
        // orders-payments); orders × 3 → payments. 150 calls/s reach orders, 450 reach payments.
        std::map<std::string, LoadImpact> loads;
        for (const LoadImpact &load : result.loads)
            loads[load.integration] = load;
        QCOMPARE(loads.size(), size_t(3));
        QCOMPARE(*loads["web-gateway"].callsPerSecond, 50.0);
        QCOMPARE(*loads["gateway-orders"].callsPerSecond, 150.0);
        QCOMPARE(*loads["orders-payments"].callsPerSecond, 450.0);
        QCOMPARE(loads["orders-payments"].factor, 9.0);
        QVERIFY(loads["orders-payments"].breaker);
        QVERIFY2(loads["orders-payments"].chain.find("web 50 rps × 1 (web-gateway) × 3 (gateway-orders) × 3") == 0,
                 loads["orders-payments"].chain.c_str());

        QCOMPARE(result.clients.size(), size_t(1));
        QCOMPARE(result.clients[0].client, std::string("web"));
        QCOMPARE(result.clients[0].effect, Effect::Broken);
    }

    void fallbackDegrades()
    {
        const Model model = parse(kShop);
        const SimulationResult result = simulate(model, {{"stock"}, {}});
        const FlowImpact &flow = flowOf(result, "stock-check");
        QCOMPARE(flow.effect, Effect::Degraded);
        QVERIFY(mentions(flow, "fallback 'cached-stock' takes the hit"));
        QVERIFY(!result.slaFlowBroken());
        QVERIFY(result.loads.size() == 1 && result.loads[0].integration == "orders-stock");
        // Nobody upstream fails: the fallback stops the load from multiplying.
        // orders has no rate of its own: the flow through the hop brings web's 50 rps, once each.
        QCOMPARE(*result.loads[0].callsPerSecond, 50.0);
        QVERIFY2(result.loads[0].chain.starts_with("flow stock-check: web 50 rps × 1"), result.loads[0].chain.c_str());
    }

    void consumerDownFillsItsQueue()
    {
        const Model model = parse(kShop);
        const SimulationResult result = simulate(model, {{"mailer"}, {}});
        const FlowImpact &flow = flowOf(result, "confirm-mail");
        QCOMPARE(flow.effect, Effect::Degraded);
        QVERIFY(mentions(flow, "messages wait in order-events"));
        QCOMPARE(result.queues.size(), size_t(1));
        QCOMPARE(result.queues[0].destination, std::string("order-events"));
        QVERIFY(!result.queues[0].deadLetter);
    }

    void failingHandlerFillsTheDeadLetterQueueOrDrops()
    {
        const Model model = parse(kShop);
        const SimulationResult result = simulate(model, {{"mail-db"}, {}});
        // mailer's handler fails at the flow's own mailer-store step; the failure climbs back to
        // the consumer, whose dead letter takes it: degraded, its DLQ fills.
        const FlowImpact &mail = flowOf(result, "confirm-mail");
        QCOMPARE(mail.effect, Effect::Degraded);
        QVERIFY(mentions(mail, "the handler of mailer-consume fails; messages go to the dead-letter queue"));
        const FlowImpact &audit = flowOf(result, "audit-trail");
        QCOMPARE(audit.effect, Effect::Broken);
        QVERIFY(mentions(audit, "on_failure: drop"));
        bool deadLetter = false, lost = false;
        for (const QueueImpact &queue : result.queues) {
            deadLetter = deadLetter || (queue.deadLetter && queue.integration == "mailer-consume");
            lost = lost || (queue.lost && queue.integration == "audit-consume");
        }
        QVERIFY(deadLetter);
        QVERIFY(lost);
    }

    void slowTripsTimeoutsAndBudgets()
    {
        const Model model = parse(kShop);
        // payments 200 + 150 = 350 ms, under its 400 ms timeout: the budget breaks, not the call.
        SimulationResult result = simulate(model, {{}, {{"payments", 150}}});
        FlowImpact checkout = flowOf(result, "checkout");
        QCOMPARE(checkout.estimatedMs, 300.0); // orders 100 + payments 200
        QCOMPARE(checkout.addedMs, 150.0);
        QCOMPARE(checkout.effect, Effect::Degraded); // 450 of 500
        QVERIFY(result.timeouts.empty());
        Model tight = model;
        tight.flows->front().sla->latencyP95Ms = 400;
        result = simulate(tight, {{}, {{"payments", 150}}});
        checkout = flowOf(result, "checkout");
        QCOMPARE(checkout.effect, Effect::Broken);
        QVERIFY(mentions(checkout, "misses its latency budget"));
        QVERIFY(result.timeouts.empty());
        // Over the timeout: the call fails after every attempt timed out, the breaker opens.
        result = simulate(model, {{}, {{"payments", 500}}});
        // orders now waits 3 × 400 ms on payments, 1100 ms in all: gateway's 1000 ms trips too.
        QCOMPARE(result.timeouts.size(), size_t(2));
        QCOMPARE(result.timeouts[0].integration, std::string("gateway-orders"));
        QCOMPARE(result.timeouts[0].calleeMs, 1100.0);
        QCOMPARE(result.timeouts[1].integration, std::string("orders-payments"));
        QCOMPARE(result.timeouts[1].calleeMs, 700.0);
        QCOMPARE(result.breakers.size(), size_t(1));
        checkout = flowOf(result, "checkout");
        QCOMPARE(checkout.effect, Effect::Broken);
        QVERIFY(mentions(checkout, "timeout_ms 400 trips"));
        QVERIFY(mentions(checkout, "timeout_ms 1000 trips: orders now answers in 1100 ms"));
        // stock-check lists orders' call to stock, not to payments: in that journey nothing waits.
        QCOMPARE(flowOf(result, "stock-check").effect, Effect::Unaffected);
    }

    void groupsAndTimes()
    {
        Model model = parse(kShop);
        Flow journey;
        journey.id = "journey";
        journey.steps.push_back(callStep("web-gateway"));
        journey.steps.push_back(callStep("gateway-orders"));
        FlowStep repeated = callStep("orders-stock");
        repeated.times = 4;
        journey.steps.push_back(repeated);
        journey.steps.push_back(group(StepGroup::Alternative, {{"orders-payments"}, {"orders-stock"}}));
        journey.steps.push_back(group(StepGroup::Optional, {{"orders-payments"}}));
        Flow parallel;
        parallel.id = "parallel";
        parallel.steps.push_back(callStep("web-gateway"));
        parallel.steps.push_back(callStep("gateway-orders"));
        parallel.steps.push_back(group(StepGroup::Parallel, {{"orders-payments"}, {"orders-stock"}}));
        parallel.sla = FlowSla {};
        model.flows->push_back(journey);
        model.flows->push_back(parallel);

        SimulationResult result = simulate(model, {{"payments"}, {}});
        // One alternative still works and the optional branch may be skipped: degraded.
        QCOMPARE(flowOf(result, "journey").effect, Effect::Degraded);
        QVERIFY(mentions(flowOf(result, "journey"), "in alternative 'some case': step orders-payments"));
        // A parallel branch that breaks breaks the flow.
        QCOMPARE(flowOf(result, "parallel").effect, Effect::Broken);

        // times: four stock calls add four times the slowness; groups add their slowest branch.
        result = simulate(model, {{}, {{"stock", 20}}});
        const FlowImpact &slow = flowOf(result, "journey");
        QCOMPARE(slow.addedMs, 4 * 20.0 + 20.0); // the alternative's stock branch; optional adds none
        QCOMPARE(slow.effect, Effect::Degraded);
    }

    void unknownIdIsNamed()
    {
        const Model model = parse(kShop);
        const auto error = checkScenario(model, {{"orders", "paymnts"}, {}});
        QVERIFY(error);
        QCOMPARE(error->argument, std::string("--down"));
        QCOMPARE(error->closest, std::string("payments"));
        QVERIFY(!checkScenario(model, {{"orders"}, {{"stock", 5}}}));
    }

    void cli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("shop.seam.yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kShop);
        file.close();

        auto run = runCli({"simulate", path, "--down", "payments"});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe())); // checkout has an SLA and breaks
        QVERIFY2(run.out.contains("broken: checkout [sla]"), qPrintable(run.out));
        QVERIFY(run.out.contains("orders-payments (orders → payments): 450 calls/s"));

        run = runCli({"simulate", path, "--down=stock", "--format", "json"});
        QCOMPARE(run.exitCode, 0);
        const auto document = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(document["summary"]["degraded"].get<int>(), 1);
        QCOMPARE(document["flows"][1]["effect"].get<std::string>(), std::string("degraded"));

        run = runCli({"simulate", path, "--slow", "payments=+500ms", "--format", "markdown"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("## Timeouts that trip"), qPrintable(run.out));

        run = runCli({"simulate", path, "--down", "paymnts"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--down paymnts") && run.err.contains("did you mean 'payments'"),
                 qPrintable(run.err));
        QCOMPARE(runCli({"simulate", path}).exitCode, 2); // nothing to simulate
        QCOMPARE(runCli({"simulate", path, "--slow", "payments=fast"}).exitCode, 2);
        QCOMPARE(runCli({"simulate", path, "--down", "a,,b"}).exitCode, 2);
    }

    void eshopExample()
    {
        // The example tells a reviewer what goes wrong when the catalog database is down: the
        // stock check's handler fails and the bus consumer acknowledges the event anyway.
        const LoadResult loaded = loadModelFromFile(SEAM_EXAMPLES_DIR "/eshop-ordering.seam.yaml");
        QVERIFY(loaded.ok());
        const SimulationResult result = simulate(*loaded.model, {{"catalog-db"}, {}});
        const FlowImpact &saga = flowOf(result, "order-status-saga");
        QCOMPARE(saga.effect, Effect::Broken);
        QVERIFY(mentions(saga, "on_failure: drop acknowledges and loses the messages"));
        QCOMPARE(flowOf(result, "browse-catalog").effect, Effect::Broken);
        QCOMPARE(flowOf(result, "place-order").effect, Effect::Unaffected);
        // The payment processor down: its queue holds the events; nothing is lost.
        const SimulationResult payment = simulate(*loaded.model, {{"payment-processor"}, {}});
        QCOMPARE(flowOf(payment, "order-status-saga").effect, Effect::Degraded);
        QVERIFY(!payment.slaFlowBroken());
    }
};

QTEST_GUILESS_MAIN(TestSimulate)
#include "tst_simulate.moc"
