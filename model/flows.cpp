#include "flows.h"

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

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

bool isV1Flow(const Flow &flow)
{
    return !flow.driver
        && std::all_of(flow.steps.begin(), flow.steps.end(), [](const FlowStep &step) { return step.isBare(); });
}

StepsById stepsById(const Flow &flow)
{
    StepsById ids;
    const std::function<void(const std::vector<FlowStep> &)> collect = [&](const std::vector<FlowStep> &steps) {
        for (const FlowStep &step : steps) {
            if (step.id)
                ids.emplace(*step.id, &step);
            for (const FlowBranch &branch : step.branches)
                collect(branch.steps);
        }
    };
    collect(flow.steps);
    return ids;
}

const FlowStep *findStep(const StepsById &ids, std::string_view id)
{
    const auto it = ids.find(id);
    return it == ids.end() ? nullptr : it->second;
}

std::vector<const FlowStep *> sagaSteps(const Flow &flow)
{
    std::vector<const FlowStep *> steps;
    forEachCallStep(flow.steps, [&](const FlowStep &step) {
        if (step.isIrreversible() || step.compensation)
            steps.push_back(&step);
    });
    return steps;
}

namespace {

// Walks a list of steps from its end, knowing the first step that can fail after the list.
class GapFinder {
public:
    explicit GapFinder(const Flow &flow)
    {
        forEachCallStep(flow.steps, [&](const FlowStep &step) {
            if (step.compensation && step.compensation->step)
                m_compensations.insert(*step.compensation->step);
        });
    }

    // Returns the first step of `steps` that can fail (or `after` when none does).
    const FlowStep *walk(const std::vector<FlowStep> &steps, const FlowStep *after)
    {
        const FlowStep *next = after;
        for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
            const FlowStep &step = *it;
            if (step.isGroup()) {
                // Any branch's first failing step may follow what comes before the group.
                const FlowStep *first = nullptr;
                for (const FlowBranch &branch : step.branches)
                    if (const FlowStep *inBranch = walk(branch.steps, next); inBranch != next && !first)
                        first = inBranch;
                if (first)
                    next = first;
                continue;
            }
            if (step.isIrreversible() && !step.compensation && next)
                gaps.push_back({&step, next});
            if (!step.id || !m_compensations.count(*step.id))
                next = &step;
        }
        return next;
    }

    std::vector<SagaGap> gaps;

private:
    std::set<std::string> m_compensations;
};

} // namespace

std::vector<SagaGap> sagaGaps(const Flow &flow)
{
    GapFinder finder(flow);
    finder.walk(flow.steps, nullptr);
    // Found from the end: put them in the order the steps run.
    std::unordered_map<const FlowStep *, size_t> order;
    forEachCallStep(flow.steps, [&](const FlowStep &step) { order.emplace(&step, order.size()); });
    std::sort(finder.gaps.begin(), finder.gaps.end(),
              [&](const SagaGap &a, const SagaGap &b) { return order[a.step] < order[b.step]; });
    return std::move(finder.gaps);
}

FlowStep callStep(std::string integrationId)
{
    FlowStep step;
    step.integration = std::move(integrationId);
    return step;
}

} // namespace seam
