#pragma once
// Shared helpers for the editor tests: a small model built in code and the
// "apply, undo, redo" check every command must pass.

#include "model/flows.h"
#include "model/modelio.h"
#include "views/document.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

namespace seam::test {

inline Model smallModel()
{
    Model m;
    m.name = "Shop";
    auto component = [](std::string id, ComponentKind kind) {
        Component c;
        c.id = std::move(id);
        c.kind = kind;
        return c;
    };
    m.components = {component("web", ComponentKind::Client), component("orders", ComponentKind::Service),
                    component("orders-db", ComponentKind::Database), component("events", ComponentKind::Topic),
                    component("billing", ComponentKind::Service)};
    m.components[1].name = "Order Service";
    m.components[1].owner = "team-orders";
    auto integration = [](std::string id, std::string from, std::string to, Pattern p) {
        Integration i;
        i.id = std::move(id);
        i.from = std::move(from);
        i.to = std::move(to);
        i.pattern = p;
        return i;
    };
    m.integrations = std::vector<Integration> {
        integration("web-orders", "web", "orders", Pattern::Rest),
        integration("orders-db", "orders", "orders-db", Pattern::Database),
        integration("orders-publish", "orders", "events", Pattern::Pubsub),
        integration("billing-consume", "events", "billing", Pattern::Pubsub),
    };
    (*m.integrations)[0].timeoutMs = 2000;
    Flow flow;
    flow.id = "place-order";
    flow.steps = {callStep("web-orders"), callStep("orders-publish"), callStep("billing-consume")};
    m.flows = std::vector<Flow> {flow};
    m.layout = std::vector<LayoutEntry> {{"web", 40, 40, {}},
                                         {"orders", 300, 40, {}},
                                         {"orders-db", 300, 200, {}},
                                         {"events", 560, 40, {}}};
    return m; // billing has no layout entry on purpose
}

inline QString exampleFile(const char *name)
{
    return QStringLiteral(SEAM_EXAMPLES_DIR "/") + QLatin1String(name);
}

// The model must survive save → load: the editor never produces a file it cannot open.
inline bool reloads(const Model &model, QString *why = nullptr)
{
    const std::string text = saveModelToString(model, FileFormat::Yaml);
    LoadResult result = loadModelFromString(text, "edited.seam.yaml", FileFormat::Yaml);
    if (!result.ok()) {
        if (why)
            for (const Diagnostic &d : result.diagnostics)
                *why += QString::fromStdString(d.toString()) + QLatin1Char('\n');
        return false;
    }
    if (!(*result.model == model)) {
        if (why)
            *why = QStringLiteral("reloaded model differs:\n") + QString::fromStdString(text);
        return false;
    }
    return true;
}

} // namespace seam::test

// apply → model changed and valid, one undo step; undo → original; redo → edited.
#define SEAM_CHECK_UNDO_REDO(doc, edit)                                                                                \
    do {                                                                                                               \
        const seam::Model before_ = (doc).model();                                                                     \
        const int steps_ = (doc).undoStack()->count();                                                                 \
        edit;                                                                                                          \
        const seam::Model after_ = (doc).model();                                                                      \
        QVERIFY2(!(after_ == before_), "the edit changed nothing");                                                    \
        QCOMPARE((doc).undoStack()->count(), steps_ + 1);                                                              \
        QString why_;                                                                                                  \
        QVERIFY2(seam::test::reloads(after_, &why_), qPrintable(why_));                                                \
        (doc).undo();                                                                                                  \
        QVERIFY2((doc).model() == before_, "undo did not restore the original model");                                 \
        (doc).redo();                                                                                                  \
        QVERIFY2((doc).model() == after_, "redo did not give the edited model");                                       \
    } while (false)
