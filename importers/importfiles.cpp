#include "importfiles.h"

#include "importer.h"
#include "merge.h"
#include "model/inputlimits.h"

#include <filesystem>
#include <fstream>

namespace seam {

namespace {
// The file's bytes, or a diagnostic saying why not (bounded like the model loader).
bool readSource(const std::string &path, ImportSource &source, Diagnostics &diagnostics)
{
    source.path = path;
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        diagnostics.push_back({Diagnostic::Level::Error, path, {}, "no such file"});
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    source.text.assign(limits::kMaxFileBytes + 1, '\0');
    in.read(source.text.data(), static_cast<std::streamsize>(source.text.size()));
    source.text.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) {
        diagnostics.push_back({Diagnostic::Level::Error, path, {}, "cannot be read"});
        return false;
    }
    if (source.text.size() > limits::kMaxFileBytes) {
        diagnostics.push_back({Diagnostic::Level::Error, path, {}, "larger than 64 MiB; not imported"});
        return false;
    }
    return true;
}

} // namespace

std::string importFormats()
{
    std::string out;
    for (const auto &importer : importers())
        out += (out.empty() ? "" : ", ") + std::string(importer->id());
    return out;
}

// Every file imported and merged into one fragment; false (errors in `diagnostics`) when any fails.
bool importFiles(const std::vector<std::string> &files, Model &fragment, Diagnostics &diagnostics)
{
    bool ok = true;
    for (const std::string &file : files) {
        ImportSource source;
        if (!readSource(file, source, diagnostics)) {
            ok = false;
            continue;
        }
        const Importer *importer = detectImporter(source);
        if (!importer) {
            diagnostics.push_back({Diagnostic::Level::Error,
                                   file,
                                   {},
                                   "not a format seam-cli import reads (" + importFormats()
                                       + "); the format is recognised by content, e.g. syntax = \"proto3\""});
            ok = false;
            continue;
        }
        ImportResult result;
        importer->run(source, result);
        diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
        if (!result.ok()) {
            ok = false;
            continue;
        }
        mergeFragment(fragment, "", {result.model, file}, diagnostics);
    }
    return ok;
}

} // namespace seam
