#pragma once
// Typed Model → SourceNode (canonical key order, only what the user wrote) → YAML or JSON text.

#include "model.h"

#include <string>

namespace seam {

SourceNode modelToTree(const Model &model);
// One element's canonical tree, as modelToTree writes it.
SourceNode componentTree(const Component &component);
SourceNode integrationTree(const Integration &integration);
std::string treeToYaml(const SourceNode &root);
std::string treeToJson(const SourceNode &root);

// Strings a YAML 1.1 reader would take for a bool, date or number: quoted although YAML 1.2 needs no quotes.
bool looksTypedInYaml11(const std::string &value);
// A map or list small enough to read well on one line in flow style (`{a: 1}`, `[x, y]`).
bool fitsYamlFlow(const SourceNode &node);

} // namespace seam
