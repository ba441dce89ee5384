#pragma once
// The one place the diff reads a flow's steps: the integration ids it goes through, in order.
// Flow::steps is becoming a list of structs (main: model/flows.h has seam::flowIntegrationIds);
// only this function follows that change. Callers qualify it (diff::) so ADL finds no rival.

#include "model/model.h"

#include <string>
#include <vector>

namespace seam::diff {

std::vector<std::string> flowIntegrationIds(const Flow &flow);

} // namespace seam::diff
