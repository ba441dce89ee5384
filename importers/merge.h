#pragma once
// Merging an imported fragment into a model (`seam-cli import --into`, File ▸ Import):
// what is new is added, what the model has is never dropped or rewritten. Where the
// fragment disagrees with the model (a component id of another kind, a schema of the
// same name with another body, an API of the same name with other operations …) the
// model's version stays and a warning names both places.

#include "model/diagnostic.h"
#include "model/model.h"

#include <string>

namespace seam {

struct MergeSource {
    const Model &model;
    std::string file; // where it came from, for the warnings
};

// Adds to `into` (read from `intoFile`, "" for a model being built) what `fragment` declares
// and `into` lacks: components (matched by id), their APIs and channels (by name),
// schemas (by name), integrations (by id). Conflicts are appended to `diagnostics` as warnings.
void mergeFragment(Model &into, const std::string &intoFile, const MergeSource &fragment, Diagnostics &diagnostics);

} // namespace seam
