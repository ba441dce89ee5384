#pragma once
// Details of the nested settings of components, integrations and flows, key by key
// ("reliability.retry.max_attempts 3 → 5"), so a reviewer does not have to open the file.

#include "fielddiff.h"

#include "model/model.h"

#include <optional>

namespace seam::diff {

void addSlaDetails(FieldDiff &fields, const std::optional<Sla> &before, const std::optional<Sla> &after);
void addFlowSlaDetails(FieldDiff &fields, const std::optional<FlowSla> &before, const std::optional<FlowSla> &after);
void addReliabilityDetails(FieldDiff &fields, const std::optional<Reliability> &before,
                           const std::optional<Reliability> &after);
void addSecurityDetails(FieldDiff &fields, const std::optional<Security> &before, const std::optional<Security> &after);
void addRateLimitDetails(FieldDiff &fields, const std::optional<RateLimit> &before,
                         const std::optional<RateLimit> &after);
void addLintSettingsDetails(FieldDiff &fields, const std::optional<LintSettings> &before,
                            const std::optional<LintSettings> &after);

} // namespace seam::diff
