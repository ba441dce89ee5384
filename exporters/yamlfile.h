#pragma once
// The last step of every exporter that emits YAML with yaml-cpp: the emitted text becomes
// one output file, or, when the emitter failed, the export's error.

#include "exporter.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace seam {

// "<model name> (<source file name>)", or the name alone: how the generated-by header comment
// of each YAML export names what it was made from.
std::string modelAndSource(const Model &model, const ExportOptions &options);

// False (and result.error set, prefixed with `what`) when `out` is not good.
bool addYamlFile(ExportResult &result, const YAML::Emitter &out, const std::string &what, std::string path);

} // namespace seam
