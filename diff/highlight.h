#pragma once
// What a canvas paints after a comparison (the editor's "Compare with…", issue 15): the state of
// each component and integration that differs. An element whose APIs, channels, operations or
// events changed counts as changed; schemas, flows and the top-level keys are not drawn.

#include "modeldiff.h"

#include <map>
#include <string>

namespace seam::diff {

enum class ElementState { Added, Removed, Changed };

struct CanvasHighlights {
    std::map<std::string, ElementState> components; // by id; removed ones are in the old model only
    std::map<std::string, ElementState> integrations;
};

CanvasHighlights canvasHighlights(const ModelDiff &diff);

} // namespace seam::diff
