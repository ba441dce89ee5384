#include "modelio.h"

#include "modelreader.h"
#include "modelwriter.h"
#include "treebuilder.h"
#include "yamlpatch.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <fstream>
#include <sstream>

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
    result.sourceText = text;
    return result;
}

LoadResult loadModelFromFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        LoadResult result;
        result.diagnostics.push_back({Diagnostic::Level::Error, path, {}, "cannot open the file for reading"});
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return loadModelFromString(buffer.str(), path, formatForPath(path));
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
