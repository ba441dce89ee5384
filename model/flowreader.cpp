#include "flowreader.h"

#include "contracts.h"
#include "formatlimits.h"
#include "inputlimits.h"
#include "modelindex.h"

#include <algorithm>

namespace seam::reading {

namespace {

constexpr std::array<std::string_view, 4> kStepKinds {"integration", "parallel", "alternative", "optional"};

// The keys of a call step that a group step may not carry.
constexpr std::array<std::string_view, 5> kCallKeys {"operation", "event", "times", "irreversible", "compensation"};

StepGroup groupOf(std::string_view key)
{
    if (key == "parallel")
        return StepGroup::Parallel;
    if (key == "alternative")
        return StepGroup::Alternative;
    return StepGroup::Optional;
}

template <typename T> std::vector<std::string_view> namesOf(const std::vector<const T *> &items)
{
    std::vector<std::string_view> names;
    for (const T *item : items)
        names.push_back(item->name);
    return names;
}

// Names listed in a message; an API may have hundreds.
constexpr size_t kNamesShown = 12;

std::string joined(const std::vector<std::string_view> &names, size_t most = SIZE_MAX)
{
    std::string text;
    for (size_t i = 0; i < names.size() && i < most; ++i)
        text += (text.empty() ? "'" : ", '") + std::string(names[i]) + "'";
    if (names.size() > most)
        text += " and " + std::to_string(names.size() - most) + " more";
    return text;
}

} // namespace

FlowReader::FlowReader(Reader &reader, NameSink integration, NameSink component)
    : m_reader(reader)
    , m_integration(std::move(integration))
    , m_component(std::move(component))
{
}

void FlowReader::readFlow(Reader::Fields &f, Flow &flow, const std::string &context)
{
    if (const SourceNode *driver = f.get("driver")) {
        m_reader.readString(driver, flow.driver, "driver");
        if (flow.driver)
            m_component(*flow.driver, driver->mark(), context + ": 'driver'");
    }
    m_stepIds.clear();
    m_stepNames.clear();
    if (const SourceNode *steps = f.require("steps"); steps && m_reader.expectList(*steps, "'steps'"))
        readSteps(*steps, flow.steps, context);
    checkCompensationSteps();
}

void FlowReader::readSteps(const SourceNode &list, std::vector<FlowStep> &out, const std::string &context)
{
    for (const SourceNode &node : list.items()) {
        if (node.isScalar()) { // v1: an integration id
            FlowStep read;
            read.integration = node.text();
            read.mark = node.mark();
            m_integration(read.integration, node.mark(), context + ": step");
            out.push_back(std::move(read));
        } else if (node.isMap()) {
            out.push_back(step(node, context));
        } else {
            m_reader.error(node.mark(), "a flow step is an integration id or a map, not " + describe(node));
        }
    }
}

FlowStep FlowReader::step(const SourceNode &node, const std::string &context)
{
    FlowStep s;
    s.mark = node.mark();
    Reader::Fields f(m_reader, node, context + ": a step");
    // Exactly one of these says what the step is.
    const std::array<const SourceNode *, 4> kindNodes {f.get("integration"), f.get("parallel"), f.get("alternative"),
                                                       f.get("optional")};
    std::vector<std::string_view> kinds;
    for (size_t k = 0; k < kStepKinds.size(); ++k)
        if (kindNodes[k])
            kinds.push_back(kStepKinds[k]);
    if (kinds.size() != 1) {
        m_reader.error(node.mark(),
                       context
                           + ": a step map names exactly one of 'integration', 'parallel', 'alternative', "
                             "'optional'"
                           + (kinds.empty() ? std::string(", none here") : ", not " + joined(kinds)));
    }
    if (const SourceNode *id = f.get("id")) {
        m_reader.readString(id, s.id, "id");
        if (s.id) {
            if (std::string problem = idProblem(*s.id, "step"); !problem.empty())
                m_reader.error(id->mark(), problem);
            auto [it, inserted] = m_stepIds.emplace(*s.id, id->mark());
            if (!inserted)
                m_reader.error(id->mark(),
                               context + ": duplicate step id '" + *s.id + "' (first defined at line "
                                   + std::to_string(it->second.line) + ")");
        }
    }
    m_reader.readString(f.get("description"), s.description, "description");
    if (kinds.size() == 1 && kindNodes[0])
        readCall(f, s, *kindNodes[0], context);
    else if (kinds.size() == 1)
        readGroup(f, s, kinds.front(), context);
    s.extras = f.unknown();
    return s;
}

void FlowReader::readCall(Reader::Fields &f, FlowStep &s, const SourceNode &integration, const std::string &context)
{
    m_reader.readRequiredString(&integration, s.integration, "integration");
    if (!integration.isScalar())
        return;
    const std::string stepContext = context + ": step '" + s.id.value_or(s.integration) + "'";
    m_integration(s.integration, integration.mark(), context + ": step");
    readContractName(f, s.integration, s.operation, s.event, stepContext);
    m_reader.readInt(f.get("times"), s.times, limits::kFlowStepTimes);
    m_reader.readBool(f.get("irreversible"), s.irreversible, "irreversible");
    if (const SourceNode *node = f.get("compensation"))
        s.compensation = compensation(*node, stepContext);
}

void FlowReader::readContractName(Reader::Fields &f, const std::string &integration,
                                  std::optional<std::string> &operation, std::optional<std::string> &event,
                                  const std::string &context)
{
    const SourceNode *op = f.get("operation");
    const SourceNode *ev = f.get("event");
    m_reader.readString(op, operation, "operation");
    m_reader.readString(ev, event, "event");
    if (operation && event)
        m_reader.error(ev->mark(), context + " names an operation or an event, not both");
    if (operation)
        m_contractNames.push_back({integration, *operation, false, op->mark(), context});
    if (event)
        m_contractNames.push_back({integration, *event, true, ev->mark(), context});
}

// `key` must outlive `f`, which keeps it as a known key: one of kStepKinds (fuzz_yaml found a
// dangling view when this was a temporary std::string).
void FlowReader::readGroup(Reader::Fields &f, FlowStep &s, std::string_view key, const std::string &context)
{
    s.group = groupOf(key);
    const SourceNode *node = f.get(key); // read once already: found again
    const std::string groupContext = context + ": '" + std::string(key) + "'";
    for (std::string_view callKey : kCallKeys)
        if (f.get(callKey))
            m_reader.error(f.keyMark(callKey),
                           groupContext + ": '" + std::string(callKey)
                               + "' belongs to a call step; a group step takes only 'id' and 'description'");
    if (s.group == StepGroup::Optional) {
        if (m_reader.expectMap(*node, groupContext + " (one branch)"))
            s.branches.push_back(branch(*node, s.group, groupContext));
        return;
    }
    if (!m_reader.expectList(*node, groupContext + " (its branches)"))
        return;
    if (node->size() == 0)
        m_reader.error(node->mark(), groupContext + " needs at least one branch");
    for (const SourceNode &item : node->items())
        if (m_reader.expectMap(item, "a branch of " + groupContext))
            s.branches.push_back(branch(item, s.group, groupContext));
}

FlowBranch FlowReader::branch(const SourceNode &node, StepGroup group, const std::string &context)
{
    FlowBranch b;
    b.mark = node.mark();
    Reader::Fields f(m_reader, node, "a branch of " + context);
    const SourceNode *when = group == StepGroup::Parallel ? f.get("when") : f.require("when");
    m_reader.readString(when, b.when, "when");
    if (const SourceNode *steps = f.require("steps"); steps && m_reader.expectList(*steps, "a branch's 'steps'")) {
        if (steps->size() == 0)
            m_reader.error(steps->mark(), "a branch of " + context + " needs at least one step");
        readSteps(*steps, b.steps, context);
    }
    b.extras = f.unknown();
    return b;
}

std::optional<Compensation> FlowReader::compensation(const SourceNode &node, const std::string &context)
{
    Compensation c;
    c.mark = node.mark();
    if (node.isScalar()) {
        c.step = node.text();
        m_stepNames.push_back({node.text(), node.mark(), context});
        return c;
    }
    if (!node.isMap()) {
        m_reader.error(node.mark(),
                       context + ": 'compensation' is a step id of the flow or a map with 'integration', not "
                           + describe(node));
        return std::nullopt;
    }
    Reader::Fields f(m_reader, node, context + ": 'compensation'");
    const SourceNode *integration = f.require("integration");
    std::optional<std::string> id;
    m_reader.readString(integration, id, "integration");
    if (id) {
        c.integration = *id;
        m_integration(*id, integration->mark(), context + ": 'compensation'");
        readContractName(f, *id, c.operation, c.event, context + ": 'compensation'");
    }
    c.extras = f.unknown();
    return c;
}

void FlowReader::checkCompensationSteps()
{
    std::vector<std::string_view> ids;
    for (const auto &[id, mark] : m_stepIds)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    for (const StepName &name : m_stepNames)
        if (!m_stepIds.count(name.name))
            m_reader.error(name.mark,
                           name.context + ": 'compensation' names no step of this flow: " + quoteForMessage(name.name)
                               + (ids.empty() ? std::string(" (no step has an 'id')") : hint(name.name, ids)));
}

std::string FlowReader::hint(std::string_view name, std::span<const std::string_view> candidates)
{
    if (m_hints >= limits::kMaxSuggestions || m_compared + candidates.size() > limits::kMaxSuggestionComparisons)
        return std::string();
    ++m_hints;
    m_compared += candidates.size();
    return closestHint(name, candidates);
}

void FlowReader::check(const Model &model)
{
    if (m_contractNames.empty())
        return;
    const ModelIndex index(model);
    for (const ContractName &use : m_contractNames) {
        const Integration *found = index.findIntegration(use.integration);
        if (!found)
            continue; // the reference check reports it
        const Integration &integration = *found;
        const auto names = use.event ? namesOf(effectiveEvents(index, integration))
                                     : namesOf(effectiveOperations(index, integration));
        if (std::find(names.begin(), names.end(), use.name) != names.end())
            continue;
        const std::string what = use.event ? "event" : "operation";
        std::string message
            = use.context + ": integration '" + integration.id + "' has no " + what + " " + quoteForMessage(use.name);
        if (names.empty())
            message += use.event ? " (it carries no events; give it 'events' or a channel that declares them)"
                                 : " (it declares no operations; give it 'operations' or an 'api')";
        else
            message += hint(use.name, names) + " (its " + what + "s: " + joined(names, kNamesShown) + ")";
        m_reader.error(use.mark, message);
    }
}

} // namespace seam::reading
