#include "flows.h"

namespace seam {

bool FlowStep::isBare() const
{
    return !isGroup() && !id && !operation && !event && !description && !irreversible && !compensation && !times
        && extras.isNull();
}

namespace {

template <typename Steps, typename Visit> void walk(Steps &steps, const Visit &visit)
{
    for (auto &step : steps) {
        if (!step.isGroup())
            visit(step);
        for (auto &branch : step.branches)
            walk(branch.steps, visit);
    }
}

} // namespace

void forEachCallStep(const std::vector<FlowStep> &steps, const std::function<void(const FlowStep &)> &visit)
{
    walk(steps, visit);
}

void forEachCallStep(std::vector<FlowStep> &steps, const std::function<void(FlowStep &)> &visit)
{
    walk(steps, visit);
}

std::vector<std::string> flowIntegrationIds(const Flow &flow)
{
    std::vector<std::string> ids;
    forEachCallStep(flow.steps, [&](const FlowStep &step) { ids.push_back(step.integration); });
    return ids;
}

bool flowUsesIntegration(const Flow &flow, const std::string &integrationId)
{
    bool used = false;
    forEachCallStep(flow.steps, [&](const FlowStep &step) { used = used || step.integration == integrationId; });
    return used;
}

FlowStep callStep(std::string integrationId)
{
    FlowStep step;
    step.integration = std::move(integrationId);
    return step;
}

} // namespace seam
