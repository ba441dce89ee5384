#include "diagnostic.h"

#include <algorithm>

namespace seam {

std::string Diagnostic::toString() const
{
    std::string out = file;
    if (mark.valid())
        out += ':' + std::to_string(mark.line) + ':' + std::to_string(mark.column);
    out += isError() ? ": error: " : ": warning: ";
    out += message;
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
}

void sortByPosition(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.mark.line != b.mark.line)
            return a.mark.line < b.mark.line;
        return a.mark.column < b.mark.column;
    });
}

} // namespace seam
