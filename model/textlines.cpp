#include "textlines.h"

namespace seam {

std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string line;
        for (char c : text.substr(start, end - start))
            if (c != '\r')
                line += c;
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

} // namespace seam
