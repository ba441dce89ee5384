#pragma once
// The one place the diff reads a flow's steps: the integration ids it goes through, in order.
// Flow::steps is about to become a list of structs; only this function follows that change.

#include "model/model.h"

#include <string>
#include <vector>

namespace seam::diff {

std::vector<std::string> flowIntegrationIds(const Flow &flow);

} // namespace seam::diff
