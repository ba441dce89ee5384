#include "exportmodel.h"

namespace seam {

std::vector<FormatExport> exportModel(const Model &model, const std::vector<const Exporter *> &chosen,
                                      const ExportOptions &options, const std::string &directory)
{
    std::vector<ExportResult> results = runExporters(chosen, model, options);
    std::vector<FormatExport> exports;
    exports.reserve(chosen.size());
    for (size_t i = 0; i < chosen.size(); ++i) {
        FormatExport done {chosen[i], std::move(results[i]), {}, {}};
        if (done.result.ok())
            done.writeError = writeExport(done.result, directory);
        if (done.ok())
            for (const ExportedFile &file : done.result.files)
                done.writtenPaths.push_back(directory == "." ? file.relativePath : directory + "/" + file.relativePath);
        exports.push_back(std::move(done));
    }
    return exports;
}

} // namespace seam
