#pragma once
// Spelling shared by the proto writers (protoexporter.cpp: one file per component for
// v1 models; protopackages.cpp: one file per proto package for declared APIs).

#include <string>

namespace seam {

// `name` as a proto identifier: a leading digit gets a prefix, a keyword a trailing '_'.
std::string protoIdentifier(std::string name);
// Whether `name` already is one ([A-Za-z_][A-Za-z0-9_]*), so it can be written as it is.
bool isProtoIdentifier(const std::string &name);
// `text` as `//` comment lines at `indent`.
std::string protoComment(const std::string &text, const std::string &indent);

} // namespace seam
