#include "constraints.h"

#include "diagnostic.h"
#include "modelwriter.h"
#include "numbertext.h"

#include <algorithm>
#include <cctype>

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

std::vector<FlowBreak> flowBreaks(const Flow &flow, const IntegrationLookup &find)
{
    std::vector<FlowBreak> breaks;
    for (size_t s = 1; s < flow.steps.size(); ++s) {
        if (flow.steps[s - 1].isGroup() || flow.steps[s].isGroup())
            continue;
        const Integration *previous = find(flow.steps[s - 1].integration);
        const Integration *current = find(flow.steps[s].integration);
        if (!previous || !current || previous->to == current->from)
            continue;
        breaks.push_back({s,
                          "flow '" + flow.id + "': step '" + current->id + "' starts at '" + current->from
                              + "' but the previous step '" + previous->id + "' ends at '" + previous->to
                              + "'; consecutive steps must connect"});
    }
    return breaks;
}

} // namespace seam
