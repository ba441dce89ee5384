// The comparison library (diff/): each row edits the bakery model (data/bakery-before.seam.yaml)
// in one way and names the breaking change, SLA change or lint change it must come out as,
// with the consumers and flows it reaches. docs/diff.md's table is checked against the kinds.
#include "diff/changekinds.h"
#include "diff/highlight.h"
#include "diff/modeldiff.h"
#include "model/flows.h"
#include "model/modelio.h"
#include "synthetic/syntheticmodel.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace seam;
using namespace seam::diff;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString kBase = QStringLiteral(SEAM_DIFF_DATA "/bakery-before.seam.yaml");

Model load(const QString &text, const char *name)
{
    const LoadResult loaded = loadModelFromString(text.toStdString(), name, FileFormat::Yaml);
    for (const Diagnostic &d : loaded.diagnostics)
        if (d.isError())
            qWarning("%s", d.toString().c_str());
    return loaded.model.value_or(Model {});
}

// The base text with each `from` replaced by its `to`; fails the test when a `from` is missing.
QString edited(const QStringList &edits)
{
    QString text = readText(kBase);
    for (qsizetype i = 0; i + 1 < edits.size(); i += 2) {
        if (!text.contains(edits[i]))
            qFatal("the base model has no '%s'", qPrintable(edits[i]));
        text.replace(edits[i], edits[i + 1]);
    }
    return text;
}

QString joined(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &item : items)
        out << QString::fromStdString(item);
    return out.join(',');
}

QString describe(const ModelDiff &d)
{
    QString out;
    for (const BreakingChange &b : d.breaking)
        out += QString("\n  %1 %2: %3")
                   .arg(QString::fromUtf8(b.kind->id.data(), b.kind->id.size()), QString::fromStdString(b.element),
                        QString::fromStdString(b.message));
    return out.isEmpty() ? QStringLiteral(" none") : out;
}

} // namespace

class TestModelDiff : public QObject {
    Q_OBJECT

private slots:
    void sameModelHasNoDifference()
    {
        const Model model = load(readText(kBase), "base");
        QVERIFY(!model.components.empty());
        const ModelDiff d = diffModels(model, model);
        QVERIFY(d.identical());
        QVERIFY(d.breaking.empty());
        QCOMPARE(d.lint.unchanged.size(), lint(model).findings.size());
    }

    void breakingChanges_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QString>("kind"); // "" when nothing breaks
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("consumers");
        QTest::addColumn<QString>("flows");
        const QString event = "order-events/placed/order.placed";
        const QString eventConsumers = "billing-reads,orders-publish,ovens-read";
        const QString bothFlows = "bake-order,take-order";
        QTest::newRow("payload field removed")
            << QStringList {"      total: {type: number, field: 2}\n", "", "[order_id, total]", "[order_id]"}
            << "field-removed" << event << "error" << eventConsumers << bothFlows;
        QTest::newRow("payload changed, version kept")
            << QStringList {"      total: {type: number, field: 2}\n", ""} << "event-version-reused" << event << "error"
            << eventConsumers << bothFlows;
        QTest::newRow("compatible payload change, version kept")
            << QStringList {"      loaves: {type: integer, field: 3}\n",
                            "      loaves: {type: integer, field: 3}\n      oven: {type: string, field: 4}\n"}
            << "event-version-reused" << event << "error" << eventConsumers << bothFlows;
        QTest::newRow("compatible payload change, version bumped")
            << QStringList {"      loaves: {type: integer, field: 3}\n",
                            "      loaves: {type: integer, field: 3}\n      oven: {type: string, field: 4}\n",
                            "version: 1, payload", "version: 2, payload"}
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("field removed, version bumped: announced")
            << QStringList {"      total: {type: number, field: 2}\n",
                            "",
                            "[order_id, total]",
                            "[order_id]",
                            "version: 1, payload",
                            "version: 2, payload"}
            << "field-removed" << event << "warning" << eventConsumers << bothFlows;
        QTest::newRow("field type changed")
            << QStringList {"loaves: {type: integer, field: 3}", "loaves: {type: string, field: 3}"}
            << "field-type-changed" << event << "error" << eventConsumers << bothFlows;
        QTest::newRow("field number changed")
            << QStringList {"loaves: {type: integer, field: 3}", "loaves: {type: integer, field: 7}"}
            << "field-number-changed" << event << "error" << eventConsumers << bothFlows;
        QTest::newRow("required field added to a request")
            << QStringList {"required: [loaves]", "required: [loaves, note]"} << "required-field-added"
            << "orders/OrdersApi/placeOrder"
            << "error"
            << "storefront-orders"
            << "take-order";
        QTest::newRow("field moved into a oneof")
            << QStringList {"loaves: {type: integer, field: 3}", "loaves: {type: integer, field: 3, oneof: amount}"}
            << "field-oneof-changed" << event << "error" << eventConsumers << bothFlows;
        QTest::newRow("enum value removed")
            << QStringList {"enum: [soft, crisp]", "enum: [soft]"} << "enum-value-removed"
            << "orders/OrdersApi/placeOrder"
            << "error"
            << "storefront-orders"
            << "take-order";
        QTest::newRow("operation removed")
            << QStringList {"          - {name: getOrder, method: GET, path: \"/orders/{id}\", response: OrderRef}\n",
                            ""}
            << "operation-removed"
            << "orders/OrdersApi/getOrder"
            << "error"
            << "storefront-orders"
            << "take-order";
        QTest::newRow("path changed") << QStringList {"path: /orders,", "path: /v2/orders,"} << "operation-path-changed"
                                      << "orders/OrdersApi/placeOrder"
                                      << "error"
                                      << "storefront-orders"
                                      << "take-order";
        QTest::newRow("method changed") << QStringList {"method: POST", "method: PUT"} << "operation-method-changed"
                                        << "orders/OrdersApi/placeOrder"
                                        << "error"
                                        << "storefront-orders"
                                        << "take-order";
        QTest::newRow("response names another schema")
            << QStringList {"request: NewOrder, response: OrderRef", "request: NewOrder, response: NewOrder"}
            << "message-type-changed"
            << "orders/OrdersApi/placeOrder"
            << "error"
            << "storefront-orders"
            << "take-order";
        QTest::newRow("channel address changed")
            << QStringList {"address: bakery.orders.placed", "address: bakery.orders.placed.v2"}
            << "channel-address-changed"
            << "order-events/placed"
            << "error" << eventConsumers << bothFlows;
        QTest::newRow("event removed")
            << QStringList {"events:\n          - {name: order.placed, version: 1, payload: OrderPlaced, key: "
                            "order_id}",
                            "events:\n          - {name: order.baked, version: 1, payload: OrderPlaced}",
                            "events: [order.placed]", "events: [order.baked]"}
            << "event-removed" << event << "error" << eventConsumers << bothFlows;
        QTest::newRow("api removed with its consumer")
            << QStringList {"    apis:\n      - name: OrdersApi", "    xapis:\n      - name: OrdersApi",
                            "    api: OrdersApi\n", ""}
            << "api-removed"
            << "orders/OrdersApi"
            << "error"
            << "storefront-orders"
            << "take-order";
        QTest::newRow("description edits break nothing")
            << QStringList {"    owner: team-till\n", "    owner: team-till\n    description: sends invoices\n",
                            "note: {type: string}", "note: {type: string, description: for the baker}"}
            << ""
            << ""
            << ""
            << ""
            << "";
    }

    void breakingChanges()
    {
        QFETCH(QStringList, edits);
        QFETCH(QString, kind);
        QFETCH(QString, element);
        QFETCH(QString, severity);
        QFETCH(QString, consumers);
        QFETCH(QString, flows);
        const Model before = load(readText(kBase), "before");
        const Model after = load(edited(edits), "after");
        QVERIFY2(!after.components.empty(), "the edited model does not load");
        const ModelDiff d = diffModels(before, after);
        QVERIFY2(!d.identical(), "the edit changed nothing");
        if (kind.isEmpty()) {
            QVERIFY2(d.breaking.empty(), qPrintable("expected nothing breaking, got" + describe(d)));
            return;
        }
        const auto found = std::find_if(d.breaking.begin(), d.breaking.end(), [&](const BreakingChange &b) {
            return b.kind->id == kind.toStdString() && b.element == element.toStdString();
        });
        QVERIFY2(found != d.breaking.end(), qPrintable("no " + kind + " on " + element + "; got" + describe(d)));
        QCOMPARE(QString::fromUtf8(toString(found->severity).data()), severity);
        QCOMPARE(joined(found->impact.consumers), consumers);
        QCOMPARE(joined(found->impact.flows), flows);
        QVERIFY(found->newMark.valid() || found->oldMark.valid());
    }

    // A gRPC client calls /package.Service/Method: a new package breaks every call.
    void grpcServiceRenamed()
    {
        const QString api = "    owner: team-ovens\n    apis:\n      - name: OvenService\n        style: grpc\n"
                            "        package: %1\n        operations:\n"
                            "          - {name: Reserve, request: NewOrder, response: OrderRef}\n";
        const Model before = load(edited({"    owner: team-ovens\n", api.arg("bakery.ovens.v1")}), "before");
        const Model after = load(edited({"    owner: team-ovens\n", api.arg("bakery.ovens.v2")}), "after");
        const ModelDiff d = diffModels(before, after);
        QCOMPARE(d.breaking.size(), size_t(1));
        QCOMPARE(d.breaking[0].kind->id, std::string_view("grpc-service-renamed"));
        QCOMPARE(d.breaking[0].element, std::string("ovens/OvenService"));
        QCOMPARE(d.breaking[0].message,
                 std::string("service bakery.ovens.v1.OvenService → bakery.ovens.v2.OvenService"));
    }

    // An event without a version has no version to reuse; its payload's break is still one.
    void unversionedEventBreaksWithoutVersionReuse()
    {
        const Model before = load(edited({"version: 1, payload", "payload"}), "before");
        const Model after = load(edited({"version: 1, payload", "payload", "      total: {type: number, field: 2}\n",
                                         "", "[order_id, total]", "[order_id]"}),
                                 "after");
        const ModelDiff d = diffModels(before, after);
        QCOMPARE(d.breaking.size(), size_t(1));
        QCOMPARE(d.breaking[0].kind->id, std::string_view("field-removed"));
    }

    // What the editor's canvas paints: the boxes and edges that differ, and how.
    void canvasHighlightsOwners()
    {
        const Model before = load(readText(kBase), "before");
        const Model after = load(
            edited({"  - id: ovens\n", "  - id: pantry\n    kind: database\n  - id: ovens\n", "path: /orders,",
                    "path: /v2/orders,", "    timeout_ms: 2000\n", "", "      total: {type: number, field: 2}\n", ""}),
            "after");
        const CanvasHighlights h = canvasHighlights(diffModels(before, after));
        const std::map<std::string, ElementState> components {{"orders", ElementState::Changed},
                                                              {"pantry", ElementState::Added},
                                                              {"order-events", ElementState::Changed}};
        QVERIFY(h.components == components);
        const std::map<std::string, ElementState> integrations {{"storefront-orders", ElementState::Changed}};
        QVERIFY(h.integrations == integrations);
    }

    void elementsAddedRemovedChanged()
    {
        const Model before = load(readText(kBase), "before");
        const Model after = load(
            edited({"  - id: ovens\n", "  - id: pantry\n    kind: database\n  - id: ovens\n", "    timeout_ms: 2000\n",
                    "    timeout_ms: 2500\n", "  - id: bake-order\n", "  - id: bake-loaves\n"}),
            "after");
        const ModelDiff d = diffModels(before, after);
        const auto has = [&](Action action, ElementKind kind, const char *element) {
            return std::any_of(d.changes.begin(), d.changes.end(), [&](const Change &c) {
                return c.action == action && c.kind == kind && c.element == element;
            });
        };
        QVERIFY(has(Action::Added, ElementKind::Component, "pantry"));
        QVERIFY(has(Action::Added, ElementKind::Flow, "bake-loaves"));
        QVERIFY(has(Action::Removed, ElementKind::Flow, "bake-order"));
        QVERIFY(has(Action::Changed, ElementKind::Integration, "storefront-orders"));
        const auto changed = std::find_if(d.changes.begin(), d.changes.end(),
                                          [](const Change &c) { return c.element == "storefront-orders"; });
        QCOMPARE(changed->details, std::vector<std::string> {"timeout_ms 2000 → 2500"});
        QCOMPARE(joined(changed->impact.flows), QStringLiteral("take-order"));
        QCOMPARE(d.count(Action::Added), size_t(2));
        QCOMPARE(d.count(Action::Removed), size_t(1));
        QVERIFY(d.breaking.empty());
        // The new database has no integrations: a new lint finding, nothing resolved.
        QCOMPARE(d.lint.added.size(), size_t(1));
        QCOMPARE(QString::fromStdString(d.lint.added[0].element), QStringLiteral("pantry"));
        QVERIFY(d.lint.resolved.empty());
    }

    // Nested settings and the top-level keys are reported key by key.
    void detailsNameTheKeys()
    {
        const Model before = load(readText(kBase), "before");
        const Model after = load(edited({"security: {auth: oauth2}", "security: {auth: jwt, data: pii}",
                                         "reliability: {idempotency: key, dead_letter: true}\n  - id: ovens-read",
                                         "reliability: {idempotency: natural, dead_letter: {retention_days: 7}}\n"
                                         "  - id: ovens-read",
                                         "name: Bakery orders\n", "name: Bakery orders\nlint: {max_sync_depth: 2}\n"}),
                                 "after");
        const ModelDiff d = diffModels(before, after);
        const auto details = [&](const char *element) {
            const auto found = std::find_if(d.changes.begin(), d.changes.end(),
                                            [&](const Change &c) { return c.element == element; });
            return found == d.changes.end() ? std::vector<std::string> {} : found->details;
        };
        QCOMPARE(details("storefront-orders"),
                 (std::vector<std::string> {"security.auth oauth2 → jwt", "security.data none → pii"}));
        QCOMPARE(details("billing-reads"),
                 (std::vector<std::string> {"reliability.idempotency key → natural",
                                            "reliability.dead_letter.retention_days none → 7"}));
        QCOMPARE(details("top-level keys"), (std::vector<std::string> {"lint added"}));
        QVERIFY(d.changes.front().kind == ElementKind::Model);
    }

    void slaAndBudgets()
    {
        const Model before = load(readText(kBase), "before");
        const Model after = load(
            edited({"sla: {availability: 99.9, latency_p95_ms: 120}", "sla: {availability: 99.5, latency_p95_ms: 100}",
                    "    sla: {latency_p95_ms: 500}", "    sla: {latency_p95_ms: 800}"}),
            "after");
        const ModelDiff d = diffModels(before, after);
        QCOMPARE(d.sla.size(), size_t(3));
        QCOMPARE(d.worseSlaCount(), size_t(2));
        const auto find = [&](const char *element, const char *metric) {
            return std::find_if(d.sla.begin(), d.sla.end(),
                                [&](const SlaChange &s) { return s.element == element && s.metric == metric; });
        };
        const auto availability = find("orders", "availability");
        QVERIFY(availability != d.sla.end() && availability->worse());
        QCOMPARE(availability->kind->id, std::string_view("availability-lowered"));
        QCOMPARE(*availability->before, 99.9);
        QCOMPARE(*availability->after, 99.5);
        QCOMPARE(joined(availability->impact.consumers), QStringLiteral("storefront-orders"));
        const auto latency = find("orders", "latency_p95_ms");
        QVERIFY(latency != d.sla.end() && !latency->worse());
        const auto budget = find("take-order", "latency_p95_ms");
        QVERIFY(budget != d.sla.end() && budget->worse());
        QCOMPARE(budget->kind->id, std::string_view("flow-budget-raised"));
        QVERIFY(d.breaking.empty());

        const Model dropped = load(edited({"    sla: {latency_p95_ms: 500}\n", ""}), "dropped");
        const ModelDiff gone = diffModels(before, dropped);
        QCOMPARE(gone.sla.size(), size_t(1));
        QCOMPARE(gone.sla[0].kind->id, std::string_view("flow-budget-dropped"));
    }

    void lintFindingsNewAndResolved()
    {
        const Model before = load(readText(kBase), "before");
        const Model after = load(
            edited({"    timeout_ms: 2000\n", "    timeout_ms: 2000\n    rate_limit: {requests: 50, per: second}\n",
                    "    reliability: {idempotency: key, dead_letter: true}\n  - id: ovens-read",
                    "    reliability: {idempotency: key}\n  - id: ovens-read"}),
            "after");
        const ModelDiff d = diffModels(before, after);
        QCOMPARE(d.lint.resolved.size(), size_t(1));
        QCOMPARE(QString::fromStdString(d.lint.resolved[0].rule), QStringLiteral("missing-rate-limit"));
        // A consumer without a dead-letter queue also says nothing about failed handlers.
        QCOMPARE(d.lint.added.size(), size_t(2));
        std::set<std::string> added;
        for (const Finding &f : d.lint.added)
            added.insert(f.rule);
        QCOMPARE(added, (std::set<std::string> {"consumer-failure-policy", "missing-dead-letter"}));
        QCOMPARE(d.lint.unchanged.size() + d.lint.resolved.size(), lint(before).findings.size());
    }

    // A 10k-component model against a copy with a hundred SLA edits and a hundred integrations
    // gone: every edit is found and nothing else (BENCHMARKS.md has the time it takes).
    void tenThousandComponents()
    {
        const Model before = synthetic::serviceMesh(10000, 30000);
        Model after = before;
        int lowered = 0;
        for (Component &component : after.components)
            if (component.sla && component.sla->availability && lowered < 100) {
                component.sla->availability = *component.sla->availability - 0.4;
                ++lowered;
            }
        QCOMPARE(lowered, 100);
        std::vector<Integration> &integrations = *after.integrations;
        integrations.erase(integrations.begin() + 1000, integrations.begin() + 1100);
        const ModelDiff d = diffModels(before, after);
        QCOMPARE(d.worseSlaCount(), size_t(100));
        QCOMPARE(d.count(Action::Removed), size_t(100));
        QCOMPARE(d.count(Action::Added), size_t(0));
        QCOMPARE(d.count(Action::Changed), size_t(100)); // the components whose SLA changed
    }

    // Flow steps are read in one place, so a new step type changes one function.
    void flowStepsAreIntegrationIds()
    {
        const Model model = load(readText(kBase), "base");
        QCOMPARE(seam::flowIntegrationIds(model.flowList().front()),
                 (std::vector<std::string> {"storefront-orders", "orders-publish", "billing-reads"}));
    }

    // docs/diff.md lists every kind, as the table in diff/changekinds.cpp says, and no other.
    void docsListEveryKind()
    {
        const QString doc = readText(QStringLiteral(SEAM_SOURCE_DIR "/docs/diff.md"));
        QVERIFY2(!doc.isEmpty(), "docs/diff.md is missing");
        static const QRegularExpression row(QStringLiteral("^\\| `([a-z-]+)` \\| (\\w+) \\| (\\w+) \\| (.*) \\|$"),
                                            QRegularExpression::MultilineOption);
        QStringList documented;
        for (const auto &match : row.globalMatch(doc))
            documented << match.captured(1);
        QStringList kinds;
        for (const ChangeKind &kind : changeKinds()) {
            const QString id = QString::fromUtf8(kind.id.data(), kind.id.size());
            kinds << id;
            const QString expected = QString("| `%1` | %2 | %3 | %4 |")
                                         .arg(id, kind.group == KindGroup::Contract ? "contract" : "sla",
                                              QString::fromUtf8(toString(kind.severity).data()),
                                              QString::fromUtf8(kind.meaning.data(), kind.meaning.size()));
            QVERIFY2(doc.contains(expected), qPrintable("docs/diff.md needs the row: " + expected));
        }
        QCOMPARE(documented, kinds);
    }
};

QTEST_GUILESS_MAIN(TestModelDiff)
#include "tst_modeldiff.moc"
