#pragma once
// Reading and writing model files. `.json` files are JSON; everything else is YAML.
// Nothing here throws: problems come back as diagnostics naming file, line and column.

#include "diagnostic.h"
#include "model.h"

#include <optional>
#include <string>

namespace seam {

enum class FileFormat { Yaml, Json };
FileFormat formatForPath(const std::string &path); // by extension: .json → Json

struct LoadResult {
    std::optional<Model> model; // set when there are no errors (warnings allowed)
    Diagnostics diagnostics;    // sorted by line, errors and warnings
    bool ok() const { return model.has_value(); }
};

// Parse and validate. `fileName` is used in diagnostics only.
LoadResult loadModelFromString(const std::string &text, const std::string &fileName, FileFormat format);
LoadResult loadModelFromFile(const std::string &path);

// Canonical text of a model: deterministic, keys in format order, unknown keys kept.
std::string saveModelToString(const Model &model, FileFormat format);

// Atomic write (writeFileAtomically): the old file survives any failure, full disk and kill included.
// Returns an empty string on success, else a message naming the file.
std::string saveModelToFile(const Model &model, const std::string &path);
std::string saveModelToFile(const Model &model, const std::string &path, FileFormat format);

} // namespace seam
