#include "modelio.h"

#include "atomicwrite.h"
#include "inputlimits.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "treebuilder.h"
#include "yamlpatch.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <fstream>

namespace seam {

FileFormat formatForPath(const std::string &path)
{
    return QFileInfo(QString::fromStdString(path)).suffix().compare("json", Qt::CaseInsensitive) == 0
        ? FileFormat::Json
        : FileFormat::Yaml;
}

LoadResult loadModelFromString(const std::string &text, const std::string &fileName, FileFormat format)
{
    LoadResult result;
    SourceNode root;
    const bool parsed = format == FileFormat::Json ? readJsonTree(text, fileName, root, result.diagnostics)
                                                   : readYamlTree(text, fileName, root, result.diagnostics);
    if (parsed) {
        Model model = readModel(root, fileName, result.diagnostics);
        if (!hasErrors(result.diagnostics))
            result.model = std::move(model);
    }
    sortByPosition(result.diagnostics);
    result.sourceText = text;
    return result;
}

namespace {

// Reads at most kMaxFileBytes (+1 to notice more), so /dev/zero or a 200 MB file costs
// bounded time and memory. Returns an empty string or the problem.
std::string readModelFile(const std::string &path, std::string &text)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        return "is a directory, not a model file";
    const std::string tooLarge = "the file is larger than " + std::to_string(limits::kMaxFileBytes >> 20)
        + " MiB, the most Seam reads (see docs/input-limits.md)";
    if (const auto size = std::filesystem::file_size(path, error); !error && size > limits::kMaxFileBytes)
        return tooLarge;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return "cannot open the file for reading";
    // Special files (/dev/zero, pipes) report no size: the limit is checked while reading.
    constexpr size_t kChunk = 1 << 20;
    while (in && text.size() <= limits::kMaxFileBytes) {
        const size_t old = text.size();
        text.resize(old + kChunk);
        in.read(text.data() + old, static_cast<std::streamsize>(kChunk));
        text.resize(old + static_cast<size_t>(in.gcount()));
    }
    if (text.size() > limits::kMaxFileBytes)
        return tooLarge;
    if (in.bad())
        return "cannot read the file";
    return {};
}

} // namespace

LoadResult loadModelFromFile(const std::string &path)
{
    std::string text;
    if (const std::string problem = readModelFile(path, text); !problem.empty()) {
        LoadResult result;
        result.diagnostics.push_back({Diagnostic::Level::Error, path, {}, problem});
        return result;
    }
    return loadModelFromString(text, path, formatForPath(path));
}

std::string saveModelToString(const Model &model, FileFormat format)
{
    const SourceNode tree = modelToTree(model);
    return format == FileFormat::Json ? treeToJson(tree) : treeToYaml(tree);
}

std::string saveModelToFile(const Model &model, const std::string &path)
{
    return saveModelToFile(model, path, formatForPath(path));
}

std::optional<std::string> patchModelText(const std::string &original, FileFormat format, const Model &model)
{
    if (format != FileFormat::Yaml)
        return std::nullopt;
    SourceNode originalTree;
    Diagnostics ignored;
    if (!readYamlTree(original, "original", originalTree, ignored))
        return std::nullopt;
    const SourceNode updated = modelToTree(model);
    std::optional<std::string> patched = patchYaml(original, originalTree, updated);
    if (!patched)
        return std::nullopt;
    const LoadResult fromPatch = loadModelFromString(*patched, "patched", format);
    const LoadResult fromCanonical = loadModelFromString(treeToYaml(updated), "canonical", format);
    if (!fromPatch.ok() || !fromCanonical.ok() || !(*fromPatch.model == *fromCanonical.model))
        return std::nullopt;
    return patched;
}

std::string formattedModelText(const std::string &original, FileFormat format, const Model &model)
{
    const std::string canonical = saveModelToString(model, format);
    return format == FileFormat::Yaml ? leadingYamlComments(original) + canonical : canonical;
}

std::string patchedModelText(const std::string &original, FileFormat format, const Model &model)
{
    if (std::optional<std::string> patched = patchModelText(original, format, model))
        return *patched;
    return saveModelToString(model, format);
}

std::string saveModelToFile(const Model &model, const std::string &path, FileFormat format)
{
    return saveModelText(saveModelToString(model, format), path);
}

std::string saveModelText(const std::string &text, const std::string &path)
{
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
    return writeFileAtomically(path, text);
}

} // namespace seam
