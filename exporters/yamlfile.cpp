#include "yamlfile.h"

#include "common.h"

namespace seam {

std::string modelAndSource(const Model &model, const ExportOptions &options)
{
    return model.name + (options.sourceFile.empty() ? "" : " (" + baseName(options.sourceFile) + ")");
}

bool addYamlFile(ExportResult &result, const YAML::Emitter &out, const std::string &what, std::string path)
{
    if (!out.good()) {
        result.error = what + ": " + out.GetLastError();
        return false;
    }
    result.files.push_back({std::move(path), std::string(out.c_str()) + "\n"});
    return true;
}

} // namespace seam
