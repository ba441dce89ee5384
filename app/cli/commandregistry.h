#pragma once
// seam-cli subcommands register themselves here, one file per command
// (commandvalidate.cpp, commandlint.cpp …), so adding a command touches no other file.

#include "model/modelio.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace seam::cli {

// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, Findings = 1, InvalidInput = 2 };

struct Command {
    std::string name;
    std::string summary; // one line for `seam-cli --help`
    std::string usage;   // full text for `seam-cli COMMAND --help`
    std::function<int(const std::vector<std::string> &args)> run;
};

std::vector<Command> &commands();

struct CommandRegistration {
    explicit CommandRegistration(Command command) { commands().push_back(std::move(command)); }
};

bool wantsHelp(const std::vector<std::string> &args);

// Loads a model file and prints its diagnostics (errors and warnings) on stderr,
// as every subcommand does; the result holds a model only when there were no errors.
LoadResult loadReportingDiagnostics(const std::string &path);

} // namespace seam::cli
