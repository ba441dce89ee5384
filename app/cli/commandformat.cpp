// seam-cli format FILE [-o OUT] [--check]: rewrite a model in canonical form, or convert YAML ⇄ JSON.
#include "commandregistry.h"

#include "model/modelio.h"

#include <fstream>
#include <iostream>

namespace seam::cli {
namespace {

// Whether `path` holds exactly `text`. Reads at most one byte more than `text`, so a target
// such as /dev/zero or a huge file costs no more than the model itself.
bool fileHolds(const std::string &path, const std::string &text)
{
    std::ifstream in(path, std::ios::binary);
    std::string content(text.size() + 1, '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<size_t>(in.gcount()));
    return content == text;
}

int runFormat(const std::vector<std::string> &args)
{
    bool check = false;
    bool toStdout = false;
    std::string output;
    std::vector<std::string> files;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--check")
            check = true;
        else if (arg == "--stdout")
            toStdout = true;
        else if (arg == "-o" || arg == "--output") {
            if (i + 1 >= args.size()) {
                std::cerr << "seam-cli format: " << arg << " needs a file name\n";
                return InvalidInput;
            }
            output = args[++i];
        } else if (arg.starts_with('-')) {
            std::cerr << "seam-cli format: unknown option '" << arg << "'\n";
            return InvalidInput;
        } else
            files.push_back(arg);
    }
    if (files.empty() || (!output.empty() && files.size() > 1)) {
        std::cerr << "seam-cli format: usage: seam-cli format FILE [-o OUT] | --check FILE...\n";
        return InvalidInput;
    }
    int status = Ok;
    for (const std::string &file : files) {
        const LoadResult result = loadReportingDiagnostics(file);
        if (!result.ok()) {
            status = InvalidInput;
            continue;
        }
        const std::string target = output.empty() ? file : output;
        const std::string canonical = formattedModelText(result.sourceText, formatForPath(target), *result.model);
        if (check) {
            if (!fileHolds(file, canonical)) {
                std::cout << file << ": not formatted (run 'seam-cli format " << file << "')\n";
                if (status == Ok)
                    status = Findings;
            }
            continue;
        }
        if (toStdout) {
            std::cout << canonical;
            continue;
        }
        if (fileHolds(target, canonical))
            continue; // leave the file (and its timestamp) alone
        if (const std::string error = saveModelText(canonical, target); !error.empty()) {
            std::cerr << "seam-cli format: " << error << "\n";
            status = InvalidInput;
            continue;
        }
        std::cout << "wrote " << target << "\n";
    }
    return status;
}

const CommandRegistration registration({
    "format",
    "rewrite models in canonical form, or convert between YAML and JSON",
    "Usage: seam-cli format FILE [-o OUT]\n"
    "       seam-cli format --check FILE...\n"
    "       seam-cli format --stdout FILE\n\n"
    "Writes FILE back in canonical form (key order of the format, two-space indent,\n"
    "unknown keys kept, the comment block at the top of the file kept; other comments\n"
    "are dropped). Every other command that saves a model changes only what it edits.\n"
    "With -o OUT the result goes to OUT; an OUT ending in .json converts to JSON,\n"
    "anything else is YAML. The file is replaced atomically.\n"
    "--check writes nothing and exits 1 when a file is not in canonical form.\n"
    "Exit status: 0 success, 1 not formatted (--check), 2 invalid model or usage.\n",
    runFormat,
});

} // namespace
} // namespace seam::cli
