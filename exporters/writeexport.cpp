#include "exporter.h"

#include "model/atomicwrite.h"

#include <filesystem>
#include <set>
#include <system_error>

#include <unistd.h>

namespace seam {

namespace {

namespace fs = std::filesystem;

constexpr size_t MaxNameBytes = 255; // NAME_MAX of Linux file systems
constexpr size_t MaxPathBytes = 1024; // far below PATH_MAX, leaving room for the folder

std::string printable(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char Hex[] = "0123456789abcdef";
            out += "\\x";
            out += Hex[(c >> 4) & 0xf];
            out += Hex[c & 0xf];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// Relative paths come from exporters, which build them from ids and schema names: the one
// check that keeps every export inside its output folder, whatever a name contains.
std::string namingProblem(std::string_view relativePath)
{
    if (relativePath.empty())
        return "the file name is empty";
    if (relativePath.size() > MaxPathBytes)
        return "the path is longer than " + std::to_string(MaxPathBytes) + " bytes";
    if (relativePath.front() == '/')
        return "an absolute path would leave the output folder";
    for (const char c : relativePath)
        if (static_cast<unsigned char>(c) < 0x20 || c == '\\')
            return "file names cannot contain control characters or backslashes";
    size_t start = 0;
    while (start <= relativePath.size()) {
        size_t end = relativePath.find('/', start);
        if (end == std::string_view::npos)
            end = relativePath.size();
        const std::string_view part = relativePath.substr(start, end - start);
        if (part.empty() || part == ".")
            return "the path has an empty or \".\" part";
        if (part == "..")
            return "a \"..\" part would leave the output folder";
        if (part.size() > MaxNameBytes)
            return "a name is longer than " + std::to_string(MaxNameBytes) + " bytes";
        if (isAtomicWriteTempName(part))
            return "the name is reserved for temporary files";
        start = end + 1;
    }
    return {};
}

std::string folderProblem(const fs::path &folder)
{
    std::error_code error;
    const fs::file_status status = fs::status(folder, error);
    if (!fs::exists(status))
        return {};
    if (!fs::is_directory(status))
        return folder.string() + ": cannot write the export here: it is a file, not a folder";
    if (access(folder.c_str(), W_OK | X_OK) != 0)
        return folder.string() + ": cannot write the export here: " + std::system_category().message(errno);
    return {};
}

// The nearest folder that exists on the way up to `folder` (which is created below it).
fs::path existingAncestor(fs::path folder)
{
    std::error_code error;
    while (!folder.empty() && !fs::exists(folder, error) && folder.has_parent_path() && folder.parent_path() != folder)
        folder = folder.parent_path();
    return folder;
}

} // namespace

// Everything that can be known before writing is checked first (names, folders that are
// files or not writable), so those errors leave the output folder as it was. Each file is then
// replaced atomically: whatever fails later (a full disk), every file is complete, old or new.
// Writing into a temporary folder and renaming it would not do: the output folder is often a
// project's docs/ holding other files. Files are not fsynced: exports are derived and can be
// written again, and a 10k-component export is ~18k files, where one fdatasync each made
// writing take four times as long as exporting.
std::string writeExport(const ExportResult &result, const std::string &directory)
{
    const fs::path root = directory.empty() ? fs::path(".") : fs::path(directory);
    std::set<fs::path> folders {root};
    for (const ExportedFile &file : result.files) {
        if (const std::string problem = namingProblem(file.relativePath); !problem.empty())
            return root.string() + ": cannot export " + printable(file.relativePath) + ": " + problem;
        folders.insert((root / file.relativePath).parent_path());
    }
    for (const fs::path &folder : folders) {
        if (std::string problem = folderProblem(folder); !problem.empty())
            return problem;
        if (std::string problem = folderProblem(existingAncestor(folder)); !problem.empty())
            return problem;
    }
    for (const fs::path &folder : folders) {
        std::error_code error;
        fs::create_directories(folder, error);
        if (error)
            return folder.string() + ": cannot create the folder: " + error.message();
        removeStaleTempFiles(folder.string());
    }
    for (const ExportedFile &file : result.files) {
        const std::string path = (root / file.relativePath).string();
        if (std::string error = writeFileAtomically(path, file.contents, {.durable = false, .removeStale = false});
            !error.empty())
            return error;
    }
    return {};
}

} // namespace seam
