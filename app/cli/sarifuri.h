#pragma once
// The artifact URI of a file in SARIF output (lint, check-config).

#include <cctype>
#include <string>
#include <string_view>

namespace seam::cli {

// A relative path stays relative (resolved against the checkout by viewers);
// characters outside the URI unreserved/path set are percent-encoded.
inline std::string pathToUri(const std::string &path)
{
    static const std::string_view safe = "-._~/!$&'()*+,;=:@";
    std::string out = path.starts_with('/') ? "file://" : "";
    for (unsigned char c : path) {
        if (std::isalnum(c) || safe.find(char(c)) != std::string_view::npos) {
            out += char(c);
        } else {
            static const char *hex = "0123456789ABCDEF";
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace seam::cli
