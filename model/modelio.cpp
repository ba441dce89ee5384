#include "modelio.h"

#include "atomicwrite.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "treebuilder.h"

#include <QDir>
#include <QFileInfo>

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

std::string saveModelToFile(const Model &model, const std::string &path, FileFormat format)
{
    const std::string text = saveModelToString(model, format);
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
    return writeFileAtomically(path, text);
}

} // namespace seam
