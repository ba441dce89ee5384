#pragma once
// The kinds of change `seam-cli diff` flags (docs/diff.md lists them; tests/diff checks the
// table there against this one). Like lint rule ids, the ids are a public contract: CI greps
// them and SARIF viewers group by them. Never rename or reuse one; append new kinds.

#include "model/enums.h"

#include <span>
#include <string_view>

namespace seam::diff {

enum class KindGroup { Contract, Sla };

struct ChangeKind {
    std::string_view id; // e.g. "field-removed"
    KindGroup group; // a breaking contract change, or an SLA or budget that got worse
    Severity severity; // what --fail-on compares against
    std::string_view meaning; // one sentence: when the kind is reported
};

std::span<const ChangeKind> changeKinds();
// The row of `id`; aborts on an unknown id (a typo in the diff code, not user input).
const ChangeKind &changeKind(std::string_view id);

} // namespace seam::diff
