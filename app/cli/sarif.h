#pragma once
// What the SARIF 2.1.0 writers of seam-cli share (lint, diff): levels and artifact URIs.

#include "model/enums.h"

#include <cctype>
#include <string>
#include <string_view>

namespace seam::cli {

inline std::string_view sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    default:
        return "note";
    }
}

// A relative path stays relative (resolved against the checkout by viewers);
// characters outside the URI unreserved/path set are percent-encoded.
inline std::string pathToUri(const std::string &path)
{
    static constexpr std::string_view safe = "-._~/!$&'()*+,;=:@";
    std::string out = path.starts_with('/') ? "file://" : "";
    for (unsigned char c : path) {
        if (std::isalnum(c) || safe.find(char(c)) != std::string_view::npos) {
            out += char(c);
        } else {
            static constexpr const char *hex = "0123456789ABCDEF";
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace seam::cli
