#include "textcheck.h"

#include <cstdio>

namespace seam {

namespace {

bool startsWith(const std::string &text, std::string_view prefix)
{
    return std::string_view(text).starts_with(prefix);
}

// The encoding named by a byte order mark other than UTF-8's, or null.
const char *foreignBom(const std::string &text)
{
    using namespace std::string_view_literals;
    if (startsWith(text, "\xFF\xFE\0\0"sv) || startsWith(text, "\0\0\xFE\xFF"sv))
        return "UTF-32";
    if (startsWith(text, "\xFF\xFE"sv) || startsWith(text, "\xFE\xFF"sv))
        return "UTF-16";
    return nullptr;
}

// Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, surrogates or
// code points past U+10FFFF), or 0 when the bytes there are not one.
size_t sequenceLength(const std::string &text, size_t i)
{
    const auto at = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    const unsigned lead = at(i);
    const auto continuation = [&](size_t k) { return (at(k) & 0xC0) == 0x80; };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned second = at(i + 1);
        const bool ok = (lead == 0xE0 ? second >= 0xA0 : lead == 0xED ? second < 0xA0 : true);
        return ok && continuation(i + 1) && continuation(i + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned second = at(i + 1);
        const bool ok = (lead == 0xF0 ? second >= 0x90 : lead == 0xF4 ? second < 0x90 : true);
        return ok && continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace

bool checkModelText(const std::string &text, const std::string &fileName, Diagnostics &diagnostics)
{
    if (const char *encoding = foreignBom(text)) {
        diagnostics.push_back({Diagnostic::Level::Error,
                               fileName,
                               {1, 1},
                               std::string("the file is ") + encoding + " encoded; save it as UTF-8"});
        return false;
    }
    int line = 1, column = 1;
    for (size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n') {
            ++line, column = 1, ++i;
            continue;
        }
        if (c == '\0') {
            // UTF-16 and UTF-32 without a byte order mark put NUL bytes among the first few.
            const std::string hint = i < 4 ? "; the file looks UTF-16 or UTF-32 encoded: save it as UTF-8" : "";
            diagnostics.push_back({Diagnostic::Level::Error,
                                   fileName,
                                   {line, column},
                                   "a NUL byte (0x00) is not allowed in a model file" + hint});
            return false;
        }
        const size_t length = sequenceLength(text, i);
        if (length == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(c));
            diagnostics.push_back({Diagnostic::Level::Error,
                                   fileName,
                                   {line, column},
                                   std::string("invalid UTF-8 (byte ") + byte + "); save the file as UTF-8"});
            return false;
        }
        i += length, ++column;
    }
    return true;
}

} // namespace seam
