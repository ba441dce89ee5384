#pragma once
// The model format as a JSON Schema (draft-07, the draft VS Code's YAML extension reads),
// built from the code's own tables: enum spellings from enums.cpp, ranges and patterns from
// formatlimits.h, lint defaults from LintSettings, rule ids from the lint catalog.
// `seam-cli schema` prints it; docs/seam.schema.json is its committed output.

#include <string>

namespace seam {

// The schema as indented JSON text, ending in a newline.
std::string formatJsonSchema();

} // namespace seam
