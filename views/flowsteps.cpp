#include "flowsteps.h"
#include "qtstrings.h"

#include "model/flows.h"

#include <functional>
#include <unordered_map>
#include <utility>

namespace seam {

namespace {

QString groupTitle(StepGroup group)
{
    switch (group) {
    case StepGroup::Parallel:
        return QStringLiteral("parallel");
    case StepGroup::Alternative:
        return QStringLiteral("alternative");
    case StepGroup::Optional:
        return QStringLiteral("optional");
    case StepGroup::None:
        break;
    }
    return {};
}

QString branchLetter(size_t branch)
{
    // a … z, then aa, ab …: no model has that many branches, but numbers must stay unique.
    QString letters;
    size_t n = branch + 1;
    while (n > 0) {
        --n;
        letters.prepend(QChar(u'a' + char16_t(n % 26)));
        n /= 26;
    }
    return letters;
}

struct Visit {
    const FlowStep &step;
    QString number;
    int depth;
    QString when; // set on the first step of a guarded or described branch
};

// Every step of `steps` and of the branches under it, in file order, with its number.
void walk(const std::vector<FlowStep> &steps, const QString &prefix, bool numberWithin, int depth, QString when,
          const std::function<void(const Visit &)> &visit)
{
    int n = 0;
    for (const FlowStep &step : steps) {
        ++n;
        const QString number = !numberWithin ? prefix
            : prefix.isEmpty()               ? QString::number(n)
                                             : prefix + QLatin1Char('.') + QString::number(n);
        visit({step, number, depth, std::exchange(when, QString())});
        for (size_t b = 0; b < step.branches.size(); ++b) {
            const FlowBranch &branch = step.branches[b];
            walk(branch.steps, number + branchLetter(b), branch.steps.size() > 1, depth + 1,
                 branch.when ? toQ(*branch.when) : QString(), visit);
        }
    }
}

void visitAll(const Flow &flow, const std::function<void(const Visit &)> &visit)
{
    walk(flow.steps, QString(), true, 0, QString(), visit);
}

void setCall(const Model &model, NumberedStep &row, const std::string &integration,
             const std::optional<std::string> &operation, const std::optional<std::string> &event)
{
    row.integration = toQ(integration);
    if (const Integration *i = model.findIntegration(integration)) {
        row.from = toQ(i->from);
        row.to = toQ(i->to);
        const Component *from = model.findComponent(i->from);
        const Component *to = model.findComponent(i->to);
        row.fromName = from ? toQ(from->displayName()) : row.from;
        row.toName = to ? toQ(to->displayName()) : row.to;
    }
    row.operation = operation ? toQ(*operation) : QString();
    row.event = event ? toQ(*event) : QString();
}

} // namespace

std::vector<NumberedStep> numberedSteps(const Model &model, const Flow &flow)
{
    // A compensation may name a step further down: number every step with an id first.
    std::unordered_map<std::string, QString> numberOfId;
    visitAll(flow, [&](const Visit &v) {
        if (v.step.id)
            numberOfId.emplace(*v.step.id, v.number);
    });

    const StepsById byId = stepsById(flow);
    std::vector<NumberedStep> rows;
    visitAll(flow, [&](const Visit &v) {
        NumberedStep row;
        row.number = v.number;
        row.depth = v.depth;
        row.when = v.when;
        if (v.step.isGroup()) {
            row.kind = NumberedStep::Kind::Group;
            row.title = groupTitle(v.step.group);
            rows.push_back(std::move(row));
            return;
        }
        setCall(model, row, v.step.integration, v.step.operation, v.step.event);
        row.irreversible = v.step.isIrreversible();
        rows.push_back(std::move(row));
        if (!v.step.compensation)
            return;
        const Compensation &c = *v.step.compensation;
        NumberedStep undo;
        undo.kind = NumberedStep::Kind::Compensation;
        undo.number = QStringLiteral("↺") + v.number;
        undo.depth = v.depth + 1;
        undo.undoes = v.number;
        if (c.step) {
            const FlowStep *named = findStep(byId, *c.step);
            if (named)
                setCall(model, undo, named->integration, named->operation, named->event);
            auto it = numberOfId.find(*c.step);
            undo.viaStep = it != numberOfId.end() ? it->second : toQ(*c.step);
        } else if (c.integration) {
            setCall(model, undo, *c.integration, c.operation, c.event);
        }
        rows.push_back(std::move(undo));
    });
    return rows;
}

int callStepCount(const Flow &flow)
{
    int count = 0;
    forEachCallStep(flow.steps, [&](const FlowStep &) { ++count; });
    return count;
}

} // namespace seam
