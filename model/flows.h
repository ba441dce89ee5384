#pragma once
// Walking a flow's steps (issue 12): call steps in the order they run, groups depth-first.
#include "model.h"

#include <functional>
#include <string>
#include <vector>

namespace seam {

// Calls visit(step) for every call step of `steps` and of every branch under them, in file order.
void forEachCallStep(const std::vector<FlowStep> &steps, const std::function<void(const FlowStep &)> &visit);
void forEachCallStep(std::vector<FlowStep> &steps, const std::function<void(FlowStep &)> &visit);

// The integration ids of a flow's call steps, in file order (with repeats): what v1 called the steps.
std::vector<std::string> flowIntegrationIds(const Flow &flow);

// Whether any call step of the flow uses the integration.
bool flowUsesIntegration(const Flow &flow, const std::string &integrationId);

// A v1 step: just an integration id.
FlowStep callStep(std::string integrationId);

} // namespace seam
