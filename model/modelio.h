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
    Diagnostics diagnostics; // sorted by line, errors and warnings
    std::string sourceText; // the text that was read: what a minimal-diff save patches
    bool ok() const { return model.has_value(); }
};

// Parse and validate. `fileName` is used in diagnostics only.
LoadResult loadModelFromString(const std::string &text, const std::string &fileName, FileFormat format);
LoadResult loadModelFromFile(const std::string &path);

// Canonical text of a model: deterministic, keys in format order, unknown keys kept.
std::string saveModelToString(const Model &model, FileFormat format);
// What `seam-cli format` writes: the canonical text, after the comment block that
// opens `original` (a file's header explains it; the canonical form must not drop it).
std::string formattedModelText(const std::string &original, FileFormat format, const Model &model);

// The text to save `model` as, when `original` is the text its file holds now: the
// original with only the changed nodes rewritten (comments, blank lines, quoting and
// style kept), or the canonical text when no checked patch exists (JSON, an original
// that does not parse, an edit the patcher cannot express). Never wrong: a patch is
// used only if it loads back to the model the canonical text loads to.
std::string patchedModelText(const std::string &original, FileFormat format, const Model &model);
// The patch alone, nullopt when patchedModelText would fall back to the canonical text.
std::optional<std::string> patchModelText(const std::string &original, FileFormat format, const Model &model);

// Atomic write of `text` (temporary file + rename): the old file survives any failure.
// Returns an empty string on success, else a message naming the file.
std::string saveModelText(const std::string &text, const std::string &path);

// Atomic write (writeFileAtomically): the old file survives any failure, full disk and kill included.
// Returns an empty string on success, else a message naming the file.
std::string saveModelToFile(const Model &model, const std::string &path);
std::string saveModelToFile(const Model &model, const std::string &path, FileFormat format);

} // namespace seam
