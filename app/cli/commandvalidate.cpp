// seam-cli validate FILE…: report every problem of each file, exit 2 if any file is invalid.
#include "commandregistry.h"

#include "model/modelio.h"

#include <iostream>

namespace seam::cli {
namespace {

int runValidate(const std::vector<std::string> &args)
{
    bool quiet = false;
    std::vector<std::string> files;
    for (const std::string &arg : args) {
        if (arg == "-q" || arg == "--quiet")
            quiet = true;
        else if (arg.starts_with('-')) {
            std::cerr << "seam-cli validate: unknown option '" << arg << "'\n";
            return InvalidInput;
        } else
            files.push_back(arg);
    }
    if (files.empty()) {
        std::cerr << "seam-cli validate: no file given; usage: seam-cli validate FILE...\n";
        return InvalidInput;
    }
    int status = Ok;
    for (const std::string &file : files) {
        const LoadResult result = loadReportingDiagnostics(file);
        if (!result.ok()) {
            status = InvalidInput;
            continue;
        }
        if (!quiet)
            std::cout << file << ": valid (" << result.model->components.size() << " components, "
                      << result.model->integrationList().size() << " integrations)\n";
    }
    return status;
}

const CommandRegistration registration({
    "validate",
    "check model files for syntax, type and reference errors",
    "Usage: seam-cli validate [--quiet] FILE...\n\n"
    "Reads each .seam.yaml or .seam.json file and prints every problem as\n"
    "FILE:LINE:COLUMN: error|warning: MESSAGE on stderr.\n"
    "Exit status: 0 when every file is valid (warnings do not fail), 2 otherwise.\n",
    runValidate,
});

} // namespace
} // namespace seam::cli
