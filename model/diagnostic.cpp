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

std::string quoteForMessage(std::string_view text)
{
    constexpr size_t kMax = 60;
    if (text.size() <= kMax)
        return "'" + std::string(text) + "'";
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return "'" + std::string(text.substr(0, cut)) + "…' (" + std::to_string(text.size()) + " bytes)";
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
