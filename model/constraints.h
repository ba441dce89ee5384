#pragma once
// The format's constraints as checks with their messages: the reader reports them when a file
// breaks one, the editor refuses an edit that would break one, with the same words.

#include "formatlimits.h"
#include "model.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

bool isValidId(std::string_view id); // limits::kIdPattern
bool isValidSchemaName(std::string_view name); // limits::kSchemaNamePattern
bool isDnsLabel(std::string_view name); // limits::kDnsLabelPattern: Kubernetes namespace and Service names
bool isPrometheusMetricName(std::string_view name); // limits::kMetricNamePattern

// "" when `id` is a valid id of a `what` ("component", "integration", "flow"), else why not.
std::string idProblem(std::string_view id, std::string_view what);

// `text` is how the value was written, `quoted` the same as a message shows it.
std::string notANumberProblem(const limits::NumberField &field, std::string_view quoted);
// "" when `value` is in the field's range, else why not.
std::string rangeProblem(const limits::NumberField &field, double value, std::string_view text);

// Whether an operation of an integration with `pattern` uses `field`: method and path are
// REST's, kind is GraphQL's; every other field applies to all.
bool operationFieldApplies(Pattern pattern, std::string_view field);

// A call step of a flow that does not start where the journey has got to.
struct FlowBreak {
    const FlowStep *step; // in the flow passed to flowBreaks()
    std::string message;
};
using IntegrationLookup = std::function<const Integration *(const std::string &id)>;
// A v1 flow (no driver, only bare steps) keeps v1's rule: consecutive steps connect. Any other
// flow's call steps start at a component the journey has reached: the driver, or an end of an
// earlier call step (docs/model-format.md, "Flow"). Steps naming no integration are left to the
// reference check.
std::vector<FlowBreak> flowBreaks(const Flow &flow, const IntegrationLookup &find);

} // namespace seam
