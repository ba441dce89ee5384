#include "exporter.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>

namespace seam {

// Each file is written beside its target and renamed over it, so a failed export
// never leaves a half-written file where a good one was. Unlike QSaveFile (which
// the model's own save uses) this does not fsync every file: exports are derived
// and can be written again, and a 10k-component export is ~18k files, where one
// fdatasync each made writing take four times as long as exporting.
std::string writeExport(const ExportResult &result, const std::string &directory)
{
    namespace fs = std::filesystem;
    std::set<fs::path> createdFolders;
    for (const ExportedFile &file : result.files) {
        const fs::path path = fs::path(directory) / file.relativePath;
        const fs::path folder = path.parent_path();
        std::error_code error;
        if (!folder.empty() && createdFolders.insert(folder).second) {
            fs::create_directories(folder, error);
            if (error)
                return "cannot create folder " + folder.string() + ": " + error.message();
        }
        const fs::path temporary = fs::path(path).concat(".seam-partial");
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            out.write(file.contents.data(), static_cast<std::streamsize>(file.contents.size()));
            out.close();
            if (!out) {
                fs::remove(temporary, error);
                return "cannot write " + path.string();
            }
        }
        fs::rename(temporary, path, error);
        if (error) {
            fs::remove(temporary, error);
            return "cannot write " + path.string() + ": " + error.message();
        }
    }
    return {};
}

} // namespace seam
