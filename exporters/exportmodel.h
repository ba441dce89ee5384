#pragma once
// One export as both front ends do it: run the chosen exporters side by side, then
// write each one's files below a folder. `seam-cli export` and the editor's Export
// dialog call this, so they write the same files and report the same errors.

#include "exporter.h"

#include <string>
#include <vector>

namespace seam {

struct FormatExport {
    const Exporter *exporter = nullptr;
    ExportResult result; // the exporter's files, warnings and error
    std::string writeError; // set when its files could not be written
    std::vector<std::string> writtenPaths; // directory/relativePath of every file written
    bool ok() const { return result.ok() && writeError.empty(); }
    const std::string &error() const { return result.ok() ? writeError : result.error; }
};

// Results in the order of `chosen`. A format whose exporter failed writes nothing;
// the others are still written.
std::vector<FormatExport> exportModel(const Model &model, const std::vector<const Exporter *> &chosen,
                                      const ExportOptions &options, const std::string &directory);

} // namespace seam
