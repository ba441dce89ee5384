#include "protosyntax.h"

#include "model/textlines.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace seam {

namespace {

bool isReservedWord(const std::string &name)
{
    static const std::set<std::string> words
        = {"double",   "float",    "int32",    "int64",  "uint32",     "uint64", "sint32",   "sint64",   "fixed32",
           "fixed64",  "sfixed32", "sfixed64", "bool",   "string",     "bytes",  "message",  "enum",     "service",
           "rpc",      "returns",  "option",   "syntax", "package",    "import", "reserved", "optional", "repeated",
           "required", "map",      "oneof",    "extend", "extensions", "stream", "to",       "max",      "weak",
           "public",   "group",    "true",     "false",  "inf",        "nan",    "google"};
    return words.count(name) > 0;
}

} // namespace

std::string protoIdentifier(std::string name)
{
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
        name = "n" + name;
    return isReservedWord(name) ? name + "_" : name;
}

std::string protoComment(const std::string &text, const std::string &indent)
{
    std::string out;
    for (std::string line : splitLines(text)) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        out += indent + (line.empty() ? "//" : "// " + line) + "\n";
    }
    return out;
}

bool isProtoIdentifier(const std::string &name)
{
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
        return false;
    return std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

} // namespace seam
