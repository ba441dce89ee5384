#pragma once
// Walking a flow's steps (issue 12): call steps in the order they run, groups depth-first.
#include "model.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seam {

// Calls visit(step) for every call step of `steps` and of every branch under them, in file order.
void forEachCallStep(const std::vector<FlowStep> &steps, const std::function<void(const FlowStep &)> &visit);
void forEachCallStep(std::vector<FlowStep> &steps, const std::function<void(FlowStep &)> &visit);

// The integration ids of a flow's call steps, in file order (with repeats): what v1 called the steps.
std::vector<std::string> flowIntegrationIds(const Flow &flow);

// Whether any call step of the flow calls the integration (compensations not counted).
bool flowUsesIntegration(const Flow &flow, const std::string &integrationId);

// A flow as v1 wrote it: no driver, every step bare. It keeps v1's connection rule.
bool isV1Flow(const Flow &flow);

// The flow's steps by id, anywhere in it (the first with an id wins; the reader refuses a second).
using StepsById = std::unordered_map<std::string_view, const FlowStep *>;
StepsById stepsById(const Flow &flow);
// The step `ids` names, or nullptr.
const FlowStep *findStep(const StepsById &ids, std::string_view id);

// Sagas: the call steps that are irreversible or have a compensation, in the order they run
// (file order, branches depth-first). When a later step fails, their compensations run in the
// reverse of this order.
std::vector<const FlowStep *> sagaSteps(const Flow &flow);

// An irreversible step without compensation and a call step that can fail after it: later in
// the same branch, or after the group the branch belongs to. Every call step can fail (a call
// times out or is refused, a broker refuses a publish) except one that only serves as another
// step's compensation. `failsAfter` is the first such step.
struct SagaGap {
    const FlowStep *step;
    const FlowStep *failsAfter;
};
std::vector<SagaGap> sagaGaps(const Flow &flow);

// A v1 step: just an integration id.
FlowStep callStep(std::string integrationId);

} // namespace seam
