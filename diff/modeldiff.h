#pragma once
// What changed between two versions of a model, by meaning rather than by line
// (docs/diff.md): elements added, removed and changed; breaking contract changes;
// SLA and budget changes; lint findings that are new, resolved or unchanged; and for
// each change the consumers and flows it reaches. `seam-cli diff` prints it; the
// editor can highlight the same elements.

#include "changekinds.h"

#include "model/lint/linter.h"
#include "model/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seam::diff {

enum class Action { Added, Removed, Changed };
// Model: the top-level keys (name, description, envelope, lint settings), element "top-level keys".
enum class ElementKind { Model, Component, Integration, Api, Operation, Channel, Event, Schema, Flow };
std::string_view toString(Action action); // added, removed, changed
std::string_view toString(ElementKind kind); // model, component, integration, api, …

// Who a change reaches: integrations whose `to`, `api` or `channel` lead to the element
// (or that carry it inline), and the flows whose steps use those integrations.
struct Impact {
    std::vector<std::string> consumers; // integration ids, sorted
    std::vector<std::string> flows; // flow ids, sorted
};

// Elements are named by a path: `cart` (component), `cart/CartService` (API),
// `cart/CartService/AddItem` (operation), `orders-topic/orders/order.created` (event
// of a channel), `publish/order.created` (inline event of an integration), `Order` (schema).
struct Change {
    Action action = Action::Changed;
    ElementKind kind = ElementKind::Component;
    std::string element;
    std::vector<std::string> details; // what changed, for Action::Changed ("timeout_ms 500 → 800")
    Mark oldMark; // where the element is in the old file (invalid when added)
    Mark newMark; // and in the new file (invalid when removed)
    Impact impact;
    // The box or edge the element is drawn in: a component (for itself, its APIs, channels and
    // their operations and events) or an integration (for itself and its inline contract);
    // Model with an empty id for schemas, flows and the top-level keys, which are not drawn.
    ElementKind ownerKind = ElementKind::Model;
    std::string owner;
};

// A breaking contract change, one per element it breaks.
struct BreakingChange {
    const ChangeKind *kind = nullptr;
    Severity severity = Severity::Error; // the kind's, or Warning when an event version bump announced it
    ElementKind elementKind = ElementKind::Component;
    std::string element;
    std::string message; // "payload OrderPlaced: field 'total' removed"
    Mark oldMark;
    Mark newMark;
    Impact impact;
};

// One promised figure that changed: an SLA of a component, or a flow's latency budget.
struct SlaChange {
    ElementKind elementKind = ElementKind::Component; // Component or Flow
    std::string element;
    std::string metric; // the key in the file: availability, latency_p95_ms, …
    std::optional<double> before; // nullopt: not promised
    std::optional<double> after;
    const ChangeKind *kind = nullptr; // set when the promise got worse
    Mark oldMark;
    Mark newMark;
    Impact impact;
    bool worse() const { return kind != nullptr; }
};

struct LintDelta {
    std::vector<Finding> added; // in the new model only (marks in the new file)
    std::vector<Finding> resolved; // in the old model only (marks in the old file)
    std::vector<Finding> unchanged; // in both (marks in the new file)
};

struct ModelDiff {
    std::vector<Change> changes;
    std::vector<BreakingChange> breaking;
    std::vector<SlaChange> sla;
    LintDelta lint;
    size_t count(Action action) const;
    size_t worseSlaCount() const;
    bool identical() const { return changes.empty() && sla.empty() && lint.added.empty() && lint.resolved.empty(); }
};

ModelDiff diffModels(const Model &before, const Model &after);

} // namespace seam::diff
