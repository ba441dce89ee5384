#include "modelio.h"

#include "inputlimits.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "treebuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>
#include <fstream>

namespace seam {

FileFormat formatForPath(const std::string &path)
{
    return QFileInfo(QString::fromStdString(path)).suffix().compare("json", Qt::CaseInsensitive) == 0 ? FileFormat::Json
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

std::string saveModelToFile(const Model &model, const std::string &path, FileFormat format)
{
    const std::string text = saveModelToString(model, format);
    const QString fileName = QString::fromStdString(path);
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return path + ": cannot write: " + file.errorString().toStdString();
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        file.cancelWriting();
        return path + ": cannot write: " + file.errorString().toStdString();
    }
    if (!file.commit())
        return path + ": cannot save: " + file.errorString().toStdString();
    return {};
}

} // namespace seam
