#pragma once
// A problem found while reading a model file, printed as FILE:LINE:COLUMN: SEVERITY: MESSAGE.

#include "sourcenode.h"

#include <string>
#include <vector>

namespace seam {

struct Diagnostic {
    enum class Level { Error, Warning };
    Level level = Level::Error;
    std::string file;
    Mark mark;
    std::string message;

    bool isError() const { return level == Level::Error; }
    std::string toString() const; // "FILE:LINE:COLUMN: error: MESSAGE"
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
// 'TEXT' for a message, cut to 60 bytes (at a character boundary) with "…", so a
// megabyte value never makes a megabyte message.
std::string quoteForMessage(std::string_view text);
void sortByPosition(Diagnostics &diagnostics); // stable: by line, then column

} // namespace seam
