#pragma once
// SourceNode tree → typed Model, with every problem reported (not just the first).

#include "constraints.h"
#include "diagnostic.h"
#include "model.h"

namespace seam {

// Returns the model; `diagnostics` receives errors and warnings (unsorted).
Model readModel(const SourceNode &root, const std::string &fileName, Diagnostics &diagnostics);

} // namespace seam
