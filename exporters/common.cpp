#include "common.h"

#include "model/vocabulary.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace seam {

namespace {

std::string markdownEscaped(std::string_view text, std::string_view newline)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '#':
        case '~':
        case '!':
            out += '\\';
            out += c;
            break;
        case '&':
            out += "&amp;";
            break;
        case '\r':
            break;
        case '\n':
            // Trailing newlines (YAML block scalars end with one) say nothing.
            if (text.find_first_not_of(" \r\n\t", i) != std::string_view::npos)
                out += newline;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string markdownText(std::string_view text)
{
    return markdownEscaped(text, " ");
}

std::string markdownCell(std::string_view text)
{
    return markdownEscaped(text, "<br>");
}

std::string markdownCode(std::string_view text)
{
    // A code span shows its content verbatim, so only the fence and table pipes matter:
    // fence with more backticks than the longest run inside.
    size_t longest = 0, run = 0;
    std::string body;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
        if (c == '|')
            body += "\\|"; // GFM tables split cells on unescaped pipes, even in code spans
        else if (c == '\n' || c == '\r')
            body += ' ';
        else
            body += c;
    }
    const std::string fence(longest + 1, '`');
    const bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
    return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

std::string htmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string mermaidText(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
        // Mermaid decodes #name; and #number; itself, so these are safe in every diagram
        // type: inside quoted flowchart labels and in sequence-diagram text alike.
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '%':
            out += "#37;";
            break; // %% starts a comment
        case '&':
            out += "#38;";
            break;
        case ';':
            out += "#59;";
            break; // statement separator in sequence diagrams
        case '<':
            out += "#60;";
            break;
        case '>':
            out += "#62;";
            break;
        case '`':
            out += "#96;";
            break; // "` starts a Markdown string
        case '|':
            out += "#124;";
            break;
        case '{':
            out += "#123;";
            break;
        case '}':
            out += "#125;";
            break;
        case '\\':
            out += "#92;";
            break;
        case '\r':
            break;
        case '\n':
            out += ' ';
            break;
        case '\t':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string slug(std::string_view text)
{
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) {
            out += static_cast<char>(std::tolower(u));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("x") : out;
}

std::string baseName(std::string_view path)
{
    const auto slash = path.find_last_of("/\\");
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string_view patternTitle(Pattern pattern)
{
    return patternInfo(pattern).title;
}

std::string_view zoneTitle(Zone zone)
{
    switch (zone) {
    case Zone::Public:
        return "Public zone";
    case Zone::Dmz:
        return "DMZ";
    case Zone::Internal:
        return "Internal zone";
    case Zone::ThirdParty:
        return "Third-party zone";
    }
    return "?";
}

std::string join(const std::vector<std::string> &parts, std::string_view separator)
{
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts[i];
    }
    return out;
}

std::vector<std::vector<const Integration *>> operationsByCallee(const ModelIndex &index, Pattern pattern)
{
    std::vector<std::vector<const Integration *>> byCallee(size_t(index.componentCount()));
    for (int i = 0; i < index.integrationCount(); ++i) {
        const Integration &integration = index.integration(i);
        if (integration.pattern != pattern || !integration.operations || integration.operations->empty())
            continue;
        if (const int callee = index.to(i); callee >= 0)
            byCallee[size_t(callee)].push_back(&integration);
    }
    return byCallee;
}

} // namespace seam
