#pragma once
// A flow's steps as the editor numbers them (the Flows panel and the step badges on the
// canvas): top-level steps 1, 2, 3 …; the branches of a group step lettered after it ("3a",
// "3b"), a branch of several steps numbered within ("3a.1", "3a.2"); the compensation of a
// step "↺" and that step's number, listed right after it.

#include "model/model.h"

#include <QString>

#include <vector>

namespace seam {

struct NumberedStep {
    enum class Kind { Call, Group, Compensation };
    Kind kind = Kind::Call;
    QString number; // "1", "3a", "3a.2", "↺4"
    int depth = 0; // nesting: 0 top level, +1 per group
    QString integration; // empty for a group
    QString from; // the integration's ends, empty when it is not in the model
    QString to;
    QString fromName; // their display names (name, else id)
    QString toName;
    QString operation;
    QString event;
    QString title; // group: "parallel", "alternative" or "optional"
    QString when; // call step or group row: the condition of the branch it opens, if any
    QString undoes; // compensation: the number of the step it undoes ("4")
    QString viaStep; // compensation naming a step of the flow: that step's number
    bool irreversible = false;
    bool operator==(const NumberedStep &) const = default;
};

std::vector<NumberedStep> numberedSteps(const Model &model, const Flow &flow);

// The call steps of the flow (groups and compensations not counted).
int callStepCount(const Flow &flow);

} // namespace seam
