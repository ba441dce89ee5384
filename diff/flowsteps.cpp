#include "flowsteps.h"

namespace seam::diff {

std::vector<std::string> flowIntegrationIds(const Flow &flow)
{
    return flow.steps;
}

} // namespace seam::diff
