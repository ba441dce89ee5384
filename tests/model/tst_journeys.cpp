// Flows that describe journeys (issue 12): the full step spelling read, checked with errors at
// FILE:LINE:COLUMN, written back (bare steps in v1's short form), and the saga helpers.
#include "model/flows.h"
#include "model/modelio.h"

#include <QTest>

using namespace seam;

namespace {

// Lines 1-30: four services called by `checkout`, a topic, and the integrations between them.
const std::string kHead = "seam: 1\n"
                          "name: T\n"
                          "components:\n"
                          "  - {id: checkout, kind: service}\n"
                          "  - {id: cart, kind: service}\n"
                          "  - {id: payment, kind: service}\n"
                          "  - {id: shipping, kind: service}\n"
                          "  - {id: events, kind: topic}\n"
                          "  - {id: mailer, kind: service}\n"
                          "integrations:\n"
                          "  - id: checkout-cart\n"
                          "    from: checkout\n"
                          "    to: cart\n"
                          "    pattern: grpc\n"
                          "    operations: [{name: GetCart}, {name: EmptyCart}]\n"
                          "  - id: checkout-payment\n"
                          "    from: checkout\n"
                          "    to: payment\n"
                          "    pattern: grpc\n"
                          "    operations: [{name: Charge}, {name: Refund}]\n"
                          "  - id: checkout-shipping\n"
                          "    from: checkout\n"
                          "    to: shipping\n"
                          "    pattern: grpc\n"
                          "    operations: [{name: ShipOrder}]\n"
                          "  - id: checkout-publish\n"
                          "    from: checkout\n"
                          "    to: events\n"
                          "    pattern: pubsub\n"
                          "    events: [{name: order.placed}]\n"
                          "  - {id: mailer-consume, from: events, to: mailer, pattern: pubsub}\n"
                          "flows:\n"; // line 32; the flow starts at line 33

LoadResult loadText(const std::string &text)
{
    return loadModelFromString(text, "m.seam.yaml", FileFormat::Yaml);
}

std::string diagnostics(const LoadResult &loaded)
{
    std::string out;
    for (const Diagnostic &d : loaded.diagnostics)
        out += d.toString() + "\n";
    return out;
}

} // namespace

class JourneysTest : public QObject {
    Q_OBJECT

private slots:
    void readsEveryKey()
    {
        const LoadResult loaded
            = loadText(kHead
                       + "  - id: checkout\n"
                         "    driver: checkout\n"
                         "    steps:\n"
                         "      - {integration: checkout-cart, operation: GetCart, times: 3}\n"
                         "      - id: charge\n"
                         "        integration: checkout-payment\n"
                         "        operation: Charge\n"
                         "        irreversible: true\n"
                         "        compensation: refund\n"
                         "        description: takes the money\n"
                         "      - parallel:\n"
                         "          - steps: [checkout-shipping]\n"
                         "          - when: always\n"
                         "            steps: [{integration: checkout-publish, event: order.placed}]\n"
                         "      - alternative:\n"
                         "          - when: shipped\n"
                         "            steps: [mailer-consume]\n"
                         "          - when: refunded\n"
                         "            steps: [{id: refund, integration: checkout-payment, "
                         "operation: Refund}]\n"
                         "      - optional:\n"
                         "          when: asked\n"
                         "          steps:\n"
                         "            - integration: checkout-cart\n"
                         "              operation: EmptyCart\n"
                         "              compensation: {integration: checkout-cart, operation: "
                         "GetCart}\n");
        QVERIFY2(loaded.ok() && loaded.diagnostics.empty(), diagnostics(loaded).c_str());
        const Flow &flow = loaded.model->flowList().at(0);
        QCOMPARE(flow.driver.value_or(""), std::string("checkout"));
        QCOMPARE(flow.steps.size(), size_t(5));
        QCOMPARE(flow.steps[0].runs(), 3LL);
        QCOMPARE(flow.steps[0].operation.value_or(""), std::string("GetCart"));
        QVERIFY(flow.steps[1].isIrreversible());
        QCOMPARE(flow.steps[1].compensation->step.value_or(""), std::string("refund"));
        QVERIFY(flow.steps[2].group == StepGroup::Parallel);
        QCOMPARE(flow.steps[2].branches.size(), size_t(2));
        QVERIFY(!flow.steps[2].branches[0].when);
        QCOMPARE(flow.steps[2].branches[1].steps[0].event.value_or(""), std::string("order.placed"));
        QVERIFY(flow.steps[3].group == StepGroup::Alternative);
        QVERIFY(flow.steps[4].group == StepGroup::Optional);
        QCOMPARE(flow.steps[4].branches.at(0).when.value_or(""), std::string("asked"));
        const FlowStep &empty = flow.steps[4].branches[0].steps.at(0);
        QCOMPARE(empty.compensation->integration.value_or(""), std::string("checkout-cart"));
        QCOMPARE(empty.compensation->operation.value_or(""), std::string("GetCart"));
        QCOMPARE(findStep(stepsById(flow), "refund")->operation.value_or(""), std::string("Refund"));
        QVERIFY(!isV1Flow(flow));

        // Saved and read back: the same model; bare steps in the short form.
        const std::string saved = saveModelToString(*loaded.model, FileFormat::Yaml);
        QVERIFY2(saved.find("- checkout-shipping\n") != std::string::npos
                     || saved.find("[checkout-shipping]") != std::string::npos,
                 saved.c_str());
        const LoadResult back = loadText(saved);
        QVERIFY2(back.ok(), diagnostics(back).c_str());
        QVERIFY(*back.model == *loaded.model);
        const std::string json = saveModelToString(*loaded.model, FileFormat::Json);
        const LoadResult fromJson = loadModelFromString(json, "m.seam.json", FileFormat::Json);
        QVERIFY2(fromJson.ok(), diagnostics(fromJson).c_str());
        QVERIFY(*fromJson.model == *loaded.model);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("flow"); // from line 33
        QTest::addColumn<QString>("expected"); // every diagnostic, in order

        QTest::newRow("unknown integration")
            << "  - id: f\n    steps:\n      - {integration: checkout-card, operation: GetCart}\n"
            << "m.seam.yaml:35:23: error: flow 'f': step refers to unknown integration 'checkout-card'; did you mean "
               "'checkout-cart'?";
        QTest::newRow("unknown operation")
            << "  - id: f\n    steps:\n      - {integration: checkout-cart, operation: GetCrt}\n"
            << "m.seam.yaml:35:49: error: flow 'f': step 'checkout-cart': integration 'checkout-cart' has no "
               "operation 'GetCrt'; did you mean 'GetCart'? (its operations: 'GetCart', 'EmptyCart')";
        QTest::newRow("unknown event")
            << "  - id: f\n    steps:\n      - {integration: checkout-publish, event: order.placd}\n"
            << "m.seam.yaml:35:48: error: flow 'f': step 'checkout-publish': integration 'checkout-publish' has no "
               "event 'order.placd'; did you mean 'order.placed'? (its events: 'order.placed')";
        QTest::newRow("operation and event")
            << "  - id: f\n    steps:\n      - {integration: checkout-publish, operation: Charge, event: "
               "order.placed}\n"
            << "m.seam.yaml:35:52: error: flow 'f': step 'checkout-publish': integration 'checkout-publish' has no "
               "operation 'Charge' (it declares no operations; give it 'operations' or an 'api')\n"
               "m.seam.yaml:35:67: error: flow 'f': step 'checkout-publish' names an operation or an event, not "
               "both";
        // The near-miss hint compares with the keys read, and a group's key was a dangling view (fuzz_yaml).
        QTest::newRow("misspelled key on a group step")
            << "  - id: f\n    steps:\n      - {parallel: [{steps: [checkout-cart]}], descripton: x, times: 2}\n"
            << "m.seam.yaml:35:48: warning: unknown key 'descripton' in flow 'f': a step; did you mean "
               "'description'? (kept as written)\n"
               "m.seam.yaml:35:63: error: flow 'f': 'parallel': 'times' belongs to a call step; a group step takes "
               "only 'id' and 'description'";
        QTest::newRow("duplicate step id")
            << "  - id: f\n    steps:\n      - {id: a, integration: checkout-cart}\n"
               "      - {id: a, integration: checkout-payment}\n"
            << "m.seam.yaml:36:14: error: flow 'f': duplicate step id 'a' (first defined at line 35)";
        QTest::newRow("compensation names no step")
            << "  - id: f\n    steps:\n      - {id: refund, integration: checkout-payment, operation: Refund}\n"
               "      - {integration: checkout-payment, compensation: refnd}\n"
            << "m.seam.yaml:36:55: error: flow 'f': step 'checkout-payment': 'compensation' names no step of this "
               "flow: 'refnd'; did you mean 'refund'?";
        QTest::newRow("compensation names no integration")
            << "  - id: f\n    steps:\n      - {integration: checkout-payment, compensation: {integration: "
               "checkout-paymnt}}\n"
            << "m.seam.yaml:35:69: error: flow 'f': step 'checkout-payment': 'compensation' refers to unknown "
               "integration 'checkout-paymnt'; did you mean 'checkout-payment'?";
        QTest::newRow("times below one") << "  - id: f\n    steps:\n      - {integration: checkout-cart, times: 0}\n"
                                         << "m.seam.yaml:35:45: error: 'times' must be at least 1, not 0";
        QTest::newRow("map step of no kind") << "  - id: f\n    steps:\n      - {id: a, operation: GetCart}\n"
                                             << "m.seam.yaml:35:9: error: flow 'f': a step map names exactly one of "
                                                "'integration', 'parallel', 'alternative', 'optional', none here\n"
                                                "m.seam.yaml:35:17: warning: unknown key 'operation' in flow 'f': a "
                                                "step (kept as written)";
        QTest::newRow("map step of two kinds")
            << "  - id: f\n    steps:\n      - {integration: checkout-cart, optional: {when: x, steps: "
               "[checkout-cart]}}\n"
            << "m.seam.yaml:35:9: error: flow 'f': a step map names exactly one of 'integration', 'parallel', "
               "'alternative', 'optional', not 'integration', 'optional'";
        QTest::newRow("alternative without when")
            << "  - id: f\n    steps:\n      - alternative:\n          - steps: [checkout-cart]\n"
            << "m.seam.yaml:36:13: error: a branch of flow 'f': 'alternative' is missing required key 'when'";
        QTest::newRow("optional without when")
            << "  - id: f\n    steps:\n      - optional: {steps: [checkout-cart]}\n"
            << "m.seam.yaml:35:19: error: a branch of flow 'f': 'optional' is missing required key 'when'";
        QTest::newRow("group with a call key")
            << "  - id: f\n    steps:\n      - {parallel: [{steps: [checkout-cart]}], times: 2}\n"
            << "m.seam.yaml:35:48: error: flow 'f': 'parallel': 'times' belongs to a call step; a group step takes "
               "only 'id' and 'description'";
        QTest::newRow("unknown driver") << "  - id: f\n    driver: checkot\n    steps: [checkout-cart]\n"
                                        << "m.seam.yaml:34:13: error: flow 'f': 'driver' refers to unknown component "
                                           "'checkot'; did you mean 'checkout'?";
        QTest::newRow("step from a component not reached")
            << "  - id: f\n    driver: cart\n    steps: [checkout-cart]\n"
            << "m.seam.yaml:35:13: error: flow 'f': step 'checkout-cart' starts at 'checkout', which the journey has "
               "not reached; a step starts at the driver or at an end of an earlier step (reached: 'cart')";
        QTest::newRow("a sibling branch reaches nothing for the next")
            << "  - id: f\n    steps:\n      - checkout-publish\n      - alternative:\n"
               "          - {when: a, steps: [mailer-consume]}\n          - {when: b, steps: [checkout-cart]}\n"
               "      - {integration: checkout-publish}\n      - mailer-consume\n"
               "  - id: g\n    steps:\n      - {integration: checkout-cart}\n"
               "      - alternative:\n          - {when: a, steps: [mailer-consume]}\n"
            << "m.seam.yaml:45:31: error: flow 'g': step 'mailer-consume' starts at 'events', which the journey has "
               "not reached; a step starts at the driver or at an end of an earlier step (reached: 'checkout', "
               "'cart')";
        QTest::newRow("v1 flows keep v1's rule")
            << "  - id: f\n    steps: [checkout-cart, checkout-payment]\n"
            << "m.seam.yaml:34:28: error: flow 'f': step 'checkout-payment' starts at 'checkout' but the previous "
               "step 'checkout-cart' ends at 'cart'; consecutive steps must connect";
    }

    void errors()
    {
        QFETCH(QString, flow);
        QFETCH(QString, expected);
        const LoadResult loaded = loadText(kHead + flow.toStdString());
        QVERIFY(!loaded.ok());
        std::string out = diagnostics(loaded);
        out.pop_back();
        QCOMPARE(QString::fromStdString(out), expected);
    }

    // The same steps as a driven journey connect where v1's rule refused them.
    void orchestrationConnectsThroughTheDriver()
    {
        const LoadResult loaded = loadText(kHead
                                           + "  - id: f\n    driver: checkout\n"
                                             "    steps: [checkout-cart, checkout-payment, checkout-publish, "
                                             "mailer-consume]\n");
        QVERIFY2(loaded.ok() && loaded.diagnostics.empty(), diagnostics(loaded).c_str());
        QVERIFY(!isV1Flow(loaded.model->flowList().at(0)));
        // Written back with its driver and the short form.
        const std::string saved = saveModelToString(*loaded.model, FileFormat::Yaml);
        QVERIFY2(saved.find("driver: checkout") != std::string::npos, saved.c_str());
        QVERIFY2(saved.find("steps: [checkout-cart, checkout-payment, checkout-publish, mailer-consume]")
                     != std::string::npos,
                 saved.c_str());
    }

    void sagaGapsFollowThePath()
    {
        const LoadResult loaded = loadText(kHead
                                           + "  - id: f\n    driver: checkout\n    steps:\n"
                                             "      - {id: charge, integration: checkout-payment, operation: Charge, "
                                             "irreversible: true}\n"
                                             "      - alternative:\n"
                                             "          - when: a\n"
                                             "            steps:\n"
                                             "              - {id: mail, integration: checkout-publish, irreversible: "
                                             "true}\n"
                                             "              - {id: ship, integration: checkout-shipping}\n"
                                             "          - when: b\n"
                                             "            steps:\n"
                                             "              - {id: last, integration: checkout-cart, irreversible: "
                                             "true}\n"
                                             "      - {id: undo, integration: checkout-payment, operation: Refund}\n"
                                             "      - {id: keep, integration: checkout-cart, irreversible: true, "
                                             "compensation: undo}\n");
        QVERIFY2(loaded.ok(), diagnostics(loaded).c_str());
        const Flow &flow = loaded.model->flowList().at(0);
        const auto gaps = sagaGaps(flow);
        QCOMPARE(gaps.size(), size_t(3));
        // charge: the first branch's first step can fail after it.
        QCOMPARE(gaps[0].step->id.value_or(""), std::string("charge"));
        QCOMPARE(gaps[0].failsAfter->id.value_or(""), std::string("mail"));
        // mail: ship follows it in its branch.
        QCOMPARE(gaps[1].step->id.value_or(""), std::string("mail"));
        QCOMPARE(gaps[1].failsAfter->id.value_or(""), std::string("ship"));
        // last: after its group, `undo` only compensates; `keep` can fail.
        QCOMPARE(gaps[2].step->id.value_or(""), std::string("last"));
        QCOMPARE(gaps[2].failsAfter->id.value_or(""), std::string("keep"));
        const auto saga = sagaSteps(flow);
        QCOMPARE(saga.size(), size_t(4)); // charge, mail, last, keep
    }
};

QTEST_GUILESS_MAIN(JourneysTest)
#include "tst_journeys.moc"
