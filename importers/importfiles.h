#pragma once
// Importing spec files from disk: what `seam-cli import` and the editor's File ▸ Import
// both run, so the two cannot disagree. Each file is read (bounded like the model
// loader), its format recognised by content, imported, and merged into one fragment.

#include "model/diagnostic.h"
#include "model/model.h"

#include <string>
#include <vector>

namespace seam {

// False (errors in `diagnostics`, `fragment` incomplete) when any file fails; warnings
// about constructs the model cannot hold are appended either way.
bool importFiles(const std::vector<std::string> &files, Model &fragment, Diagnostics &diagnostics);

// The formats importFiles recognises, e.g. "proto, openapi, asyncapi".
std::string importFormats();

} // namespace seam
