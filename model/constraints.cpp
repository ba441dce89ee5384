#include "constraints.h"

#include "diagnostic.h"
#include "flows.h"
#include "modelwriter.h"
#include "numbertext.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace seam {

bool isValidId(std::string_view id)
{
    auto lowerOrDigit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z'))
        return false;
    for (size_t i = 1; i < id.size(); ++i) {
        const char c = id[i];
        if (lowerOrDigit(c))
            continue;
        // A separator must be followed by a letter or digit.
        if ((c == '.' || c == '_' || c == '-') && i + 1 < id.size() && lowerOrDigit(id[i + 1]))
            continue;
        return false;
    }
    return true;
}

bool isValidSchemaName(std::string_view name)
{
    // Dot-separated identifiers: `Order`, a nested `Order.Line`, `google.protobuf.Timestamp`.
    bool atStart = true;
    for (char c : name) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (atStart ? !std::isalpha(u) : !(std::isalnum(u) || c == '_' || c == '.'))
            return false;
        atStart = c == '.';
    }
    return !name.empty() && !atStart;
}

bool isDnsLabel(std::string_view name)
{
    const auto lowerOrDigit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (name.empty() || name.size() > 63 || !lowerOrDigit(name.front()) || !lowerOrDigit(name.back()))
        return false;
    return std::all_of(name.begin(), name.end(), [&](char c) { return lowerOrDigit(c) || c == '-'; });
}

bool isPrometheusMetricName(std::string_view name)
{
    const auto start = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':'; };
    return !name.empty() && start(name.front()) && std::all_of(name.begin(), name.end(), [&](char c) {
        return start(c) || std::isdigit(static_cast<unsigned char>(c));
    });
}

std::string idProblem(std::string_view id, std::string_view what)
{
    if (isValidId(id))
        return {};
    return quoteForMessage(id) + " is not a valid " + (what.empty() ? "" : std::string(what) + " ")
        + "id: use lower-case letters and digits, separated by single . _ or - (e.g. order-service)";
}

std::string notANumberProblem(const limits::NumberField &field, std::string_view quoted)
{
    const std::string unit = field.unit.empty() ? "" : " (" + std::string(field.unit) + ")";
    return "'" + std::string(field.key) + "' must be a " + (field.whole ? "whole number" : "number") + unit + ", not "
        + std::string(quoted);
}

std::string rangeProblem(const limits::NumberField &field, double value, std::string_view text)
{
    if (value >= field.minimum && value <= field.maximum)
        return {};
    const std::string key = "'" + std::string(field.key) + "'";
    if (field.maximum == limits::kNoMaximum)
        return key + " must be at least " + formatNumber(field.minimum) + ", not " + std::string(text);
    return key + " must be between " + formatNumber(field.minimum) + " and " + formatNumber(field.maximum) + ", not "
        + std::string(text);
}

bool operationFieldApplies(Pattern pattern, std::string_view field)
{
    if (field == "method" || field == "path")
        return pattern == Pattern::Rest;
    if (field == "kind")
        return pattern == Pattern::Graphql;
    return true;
}

namespace {

std::vector<FlowBreak> consecutiveBreaks(const Flow &flow, const IntegrationLookup &find)
{
    std::vector<FlowBreak> breaks;
    for (size_t s = 1; s < flow.steps.size(); ++s) {
        const Integration *previous = find(flow.steps[s - 1].integration);
        const Integration *current = find(flow.steps[s].integration);
        if (!previous || !current || previous->to == current->from)
            continue;
        breaks.push_back({&flow.steps[s],
                          "flow '" + flow.id + "': step '" + current->id + "' starts at '" + current->from
                              + "' but the previous step '" + previous->id + "' ends at '" + previous->to
                              + "'; consecutive steps must connect"});
    }
    return breaks;
}

// The components a journey has reached, in the order it reached them.
struct Reached {
    std::vector<std::string> order;
    std::unordered_set<std::string> set;
    void add(const std::string &component)
    {
        if (set.insert(component).second)
            order.push_back(component);
    }
};

class JourneyWalk {
public:
    JourneyWalk(const Flow &flow, const IntegrationLookup &find)
        : m_flow(flow)
        , m_find(find)
    {
    }

    std::vector<FlowBreak> run()
    {
        Reached reached;
        if (m_flow.driver)
            reached.add(*m_flow.driver);
        walk(m_flow.steps, reached);
        return std::move(m_breaks);
    }

private:
    void walk(const std::vector<FlowStep> &steps, Reached &reached)
    {
        for (const FlowStep &step : steps) {
            if (step.isGroup())
                group(step, reached);
            else
                call(step, reached);
        }
    }

    void call(const FlowStep &step, Reached &reached)
    {
        const Integration *integration = m_find(step.integration);
        if (!integration)
            return;
        if (!reached.order.empty() && !reached.set.count(integration->from)) {
            // A long journey reaches thousands: the message names the first few.
            constexpr size_t kShown = 12;
            std::string names;
            for (size_t i = 0; i < reached.order.size() && i < kShown; ++i)
                names += (names.empty() ? "'" : ", '") + reached.order[i] + "'";
            if (reached.order.size() > kShown)
                names += " and " + std::to_string(reached.order.size() - kShown) + " more";
            m_breaks.push_back({&step,
                                "flow '" + m_flow.id + "': step '" + step.id.value_or(integration->id) + "' starts at '"
                                    + integration->from
                                    + "', which the journey has not reached; a step starts at the driver or at an "
                                      "end of an earlier step (reached: "
                                    + names + ")"});
        }
        reached.add(integration->from);
        reached.add(integration->to);
    }

    // Every branch starts from what was reached before the group. After it, the journey has reached
    // what every branch that may run reached: all branches of a parallel group, those common to all
    // alternatives, nothing new after an optional branch (it may not run).
    void group(const FlowStep &step, Reached &reached)
    {
        // Each branch walks on `reached` and is rolled back after, so no branch copies what came before.
        const size_t before = reached.order.size();
        std::vector<std::vector<std::string>> added;
        for (const FlowBranch &branch : step.branches) {
            walk(branch.steps, reached);
            added.emplace_back(reached.order.begin() + std::ptrdiff_t(before), reached.order.end());
            for (size_t i = before; i < reached.order.size(); ++i)
                reached.set.erase(reached.order[i]);
            reached.order.resize(before);
        }
        if (step.group == StepGroup::Parallel) {
            for (const auto &components : added)
                for (const std::string &component : components)
                    reached.add(component);
        } else if (step.group == StepGroup::Alternative && !added.empty()) {
            std::unordered_map<std::string_view, size_t> branchesReaching;
            for (const auto &components : added)
                for (const std::string &component : components)
                    ++branchesReaching[component];
            for (const std::string &component : added.front())
                if (branchesReaching[component] == added.size())
                    reached.add(component);
        }
    }

    const Flow &m_flow;
    const IntegrationLookup &m_find;
    std::vector<FlowBreak> m_breaks;
};

} // namespace

std::vector<FlowBreak> flowBreaks(const Flow &flow, const IntegrationLookup &find)
{
    if (isV1Flow(flow))
        return consecutiveBreaks(flow, find);
    return JourneyWalk(flow, find).run();
}

} // namespace seam
