#pragma once
// Typed Model → SourceNode (canonical key order, only what the user wrote) → YAML or JSON text.

#include "model.h"

#include <string>

namespace seam {

SourceNode modelToTree(const Model &model);
std::string treeToYaml(const SourceNode &root);
std::string treeToJson(const SourceNode &root);

// Shortest text that reads back as the same double ("99.95", "300").
std::string formatNumber(double value);

} // namespace seam
