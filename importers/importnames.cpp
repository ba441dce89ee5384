#include "importnames.h"

#include <cctype>

namespace seam {

namespace {
bool isAsciiAlnum(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && std::isalnum(u);
}
} // namespace

std::string idFromText(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isAsciiAlnum(c)) {
            // camelCase word boundaries become hyphens: placeOrder → place-order.
            const bool boundary = std::isupper(static_cast<unsigned char>(c)) && i > 0
                && std::islower(static_cast<unsigned char>(text[i - 1]));
            if (boundary && !out.empty() && out.back() != '-')
                out += '-';
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.empty() || !std::isalpha(static_cast<unsigned char>(out.front())))
        out = "x-" + out;
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string schemaNameFromText(std::string_view text)
{
    std::string out;
    bool upper = true;
    for (const char c : text) {
        if (!isAsciiAlnum(c) && c != '_') {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    if (out.empty() || !std::isalpha(static_cast<unsigned char>(out.front())))
        out = "S" + out;
    return out;
}

std::string uniqueName(const std::string &base, std::set<std::string> &taken, std::string_view separator)
{
    std::string name = base;
    for (int n = 2; !taken.insert(name).second; ++n)
        name = base + std::string(separator) + std::to_string(n);
    return name;
}

} // namespace seam
