#pragma once
// Which named schemas a contract element exchanges: the ones it names directly (request,
// response, parameters, payload, headers …) and, through `$ref`, every schema those reach.

#include "model/model.h"

#include <set>
#include <string>

namespace seam::diff {

// Schema names an operation or event names itself (including `$ref`s of inline schemas).
std::set<std::string> directSchemas(const Operation &operation);
std::set<std::string> directSchemas(const Event &event);

// `roots` and every entry of `model.schemas` reachable from them through `$ref`.
// Names with no entry (well-known types) are kept: they are still what is exchanged.
std::set<std::string> schemaClosure(const Model &model, const std::set<std::string> &roots);

} // namespace seam::diff
