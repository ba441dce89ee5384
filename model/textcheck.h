#pragma once
// The bytes of a model file before any parser sees them: UTF-8 only (an optional
// UTF-8 BOM is fine), no NUL bytes. Catches what libfyaml would misread or spin
// on (`%` followed by 0xFF never returns) and UTF-16/32 files, which are not "empty".

#include "diagnostic.h"

#include <string>

namespace seam {

// Returns true when `text` may be parsed; otherwise reports the first bad byte at its line:column
// (columns count characters, as the parsers' columns do).
bool checkModelText(const std::string &text, const std::string &fileName, Diagnostics &diagnostics);

} // namespace seam
