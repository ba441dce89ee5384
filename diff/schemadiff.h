#pragma once
// Two versions of one JSON Schema body compared property by property, the way buf and
// oasdiff compare messages: what a reader built against the old schema trips over.

#include "model/sourcenode.h"

#include <string>
#include <string_view>
#include <vector>

namespace seam::diff {

struct SchemaNote {
    std::string_view kind; // a change kind id (changekinds.h); empty for a compatible change
    std::string text; // "field 'total' removed", "field 'lines[].sku' type string → integer"
    bool breaking() const { return !kind.empty(); }
};

// Empty when the bodies are equal (marks and style are not content).
std::vector<SchemaNote> compareSchemaBodies(const SourceNode &before, const SourceNode &after);

} // namespace seam::diff
