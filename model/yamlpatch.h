#pragma once
// Minimal-diff YAML writing: turn the text a tree was read from into the text of
// another tree by rewriting only the nodes that differ. Comments, blank lines,
// key order, quoting and flow/block style of everything else stay byte for byte.

#include "sourcenode.h"

#include <optional>
#include <string>

namespace seam {

// `originalTree` must have been read from `original` (its spans point into it).
// Maps are matched by key, lists of maps by their `id`, `name` or `rule`, lists of
// distinct strings by value, other lists by position. Returns nullopt when the change cannot be written as a patch
// (e.g. reordered elements); the caller then writes the canonical text.
// The result is not checked here: callers verify it reads back as `updated`.
std::optional<std::string> patchYaml(const std::string &original, const SourceNode &originalTree,
                                     const SourceNode &updated);

// The comment lines (and blank lines among them) before the first line of content,
// ending with a newline; "" when the text starts with content.
std::string leadingYamlComments(const std::string &text);

} // namespace seam
