#pragma once
// Splitting text into lines, for the writers and readers of comments.

#include <string>
#include <string_view>
#include <vector>

namespace seam {

// The lines of `text`: a final '\n' ends the last line (it starts no empty one), and carriage
// returns are dropped, so "a\r\nb\n" gives {"a", "b"} and "" gives {}.
std::vector<std::string> splitLines(std::string_view text);

} // namespace seam
