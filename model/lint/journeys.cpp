// Journey rules over flows (issue 12): what a step's place in a journey implies that no single
// integration shows. saga-without-compensation, call-multiplicity. Linear in the flows' steps.

#include "flows.h"
#include "lintcontext.h"
#include "numbertext.h"

#include <algorithm>
#include <array>

namespace seam::lintrules {

namespace {

// Position of the step's integration, or -1 when it names none the index knows.
int integrationOf(const ModelIndex &index, const FlowStep &step)
{
    const Integration *integration = index.findIntegration(step.integration);
    return integration ? int(integration - index.integrations().data()) : -1;
}

std::string stepName(const FlowStep &step)
{
    return "'" + step.id.value_or(step.integration) + "'";
}

// "'charge' (checkout-payment: Charge)": the finding names the integration it is reported on.
std::string callName(const FlowStep &step)
{
    std::string name = stepName(step) + " (" + step.integration;
    if (step.operation)
        name += ": " + *step.operation;
    else if (step.event)
        name += ": " + *step.event;
    return name + ")";
}

void sagaWithoutCompensation(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    for (const Flow &flow : index.model().flowList()) {
        for (const SagaGap &gap : sagaGaps(flow)) {
            const int integration = integrationOf(index, *gap.step);
            if (integration < 0)
                continue;
            context.reportStep(rule, integration, gap.step->mark,
                               "flow '" + flow.id + "': step " + callName(*gap.step)
                                   + " is irreversible and has no compensation, and step " + callName(*gap.failsAfter)
                                   + " can fail after it: the journey stops with " + stepName(*gap.step)
                                   + " done and nothing undoes it",
                               {gap.failsAfter->integration});
        }
    }
}

void callMultiplicity(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    for (const Flow &flow : index.model().flowList()) {
        forEachCallStep(flow.steps, [&](const FlowStep &step) {
            const int integration = integrationOf(index, step);
            if (step.runs() < 2 || integration < 0 || !index.integration(integration).isSync())
                return;
            const std::string runs = formatNumber(step.runs());
            std::string message = "flow '" + flow.id + "': step " + callName(step) + " calls "
                + index.integration(integration).id + " " + runs + " times per journey";
            const int callee = index.to(integration);
            const Component *target = callee >= 0 ? &index.component(callee) : nullptr;
            if (target && target->sla && target->sla->latencyP95Ms) {
                const double p95 = *target->sla->latencyP95Ms;
                message += ": " + runs + " × " + formatNumber(p95) + " ms p95 of " + target->id + " = "
                    + formatRounded(double(step.runs()) * p95, 3) + " ms in sequence, "
                    + formatRounded(double(step.runs() - 1) * p95, 3) + " ms more than one call";
            } else {
                message += ": latency and load on " + index.integration(integration).to + " grow with it";
            }
            std::vector<std::string> related;
            if (target)
                related.push_back(target->id);
            context.reportStep(rule, integration, step.mark, std::move(message), std::move(related));
        });
    }
}

// clang-format off
constexpr std::array<RuleRow, 2> kRules{{
    {{"saga-without-compensation", Severity::Warning, "Irreversible step without compensation before a step that can fail",
     "A journey that charges a card and then fails to ship leaves the customer charged for nothing. "
     "Once a step cannot be taken back, every step after it that can fail needs a way to undo it: "
     "a compensating call (refund, cancel) run when a later step fails.",
     "Give the irreversible step a compensation (a step id of the flow, or {integration, operation}), "
     "move it to the end of the journey, or make the later steps unable to fail the journey (queue them).",
     "flows:\n"
     "  - id: checkout\n"
     "    driver: checkout\n"
     "    steps:\n"
     "      - {integration: checkout-payment, operation: Charge, irreversible: true}\n"
     "      - {integration: checkout-shipping, operation: ShipOrder}\n",
     "a call step with irreversible: true and no compensation is followed, in the same flow, by a "
     "call step (synchronous or asynchronous: a call can fail, a broker can refuse a publish) that "
     "is not itself named as a step's compensation; following means later in the same branch, or "
     "after the group the branch belongs to (a sibling branch does not follow). Reported once per "
     "irreversible step, at the step, naming the first such step",
     "flow step (its integration)"}, sagaWithoutCompensation},
    {{"call-multiplicity", Severity::Warning, "A synchronous step runs many times per journey",
     "One call per item multiplies latency and load by the number of items: a page that converts "
     "the currency of each product makes as many calls as it shows products, one after the other.",
     "Call once for all items (a batch operation), cache the answer, or run the calls in parallel.",
     "flows:\n"
     "  - id: home\n"
     "    steps:\n"
     "      - {integration: frontend-currency, operation: Convert, times: 10}\n",
     "a call step of a flow has times N > 1 on a synchronous integration; the finding gives N × "
     "the callee's latency_p95_ms when the callee has one. latency-budget and availability-budget "
     "count such a callee N times too",
     "flow step (its integration)"}, callMultiplicity},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::vector<long long> stepRunsPerIntegration(const ModelIndex &index)
{
    std::vector<long long> runs(size_t(index.integrationCount()), 1);
    for (const Flow &flow : index.model().flowList())
        forEachCallStep(flow.steps, [&](const FlowStep &step) {
            if (const int integration = integrationOf(index, step); integration >= 0)
                runs[size_t(integration)] = std::max(runs[size_t(integration)], step.runs());
        });
    return runs;
}

std::span<const RuleRow> journeyRules()
{
    return kRules;
}

} // namespace seam::lintrules
