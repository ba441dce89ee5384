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
    std::string usage; // full text for `seam-cli COMMAND --help`
    std::function<int(const std::vector<std::string> &args)> run;
};

std::vector<Command> &commands();

struct CommandRegistration {
    explicit CommandRegistration(Command command) { commands().push_back(std::move(command)); }
};

bool wantsHelp(const std::vector<std::string> &args);

// Walks a subcommand's arguments, accepting both "--name value" and "--name=value".
class ArgumentReader {
public:
    explicit ArgumentReader(const std::vector<std::string> &args)
        : m_args(args)
    {
    }
    // Moves to the next argument; false after the last.
    bool next();
    // The argument, without any "=value" part.
    const std::string &name() const { return m_name; }
    // The argument exactly as given.
    const std::string &raw() const { return m_args[m_index]; }
    bool hasInlineValue() const { return m_inline; }
    // The option's value: what follows '=', else the next argument (consumed). False when there is none.
    bool value(std::string &out);

private:
    const std::vector<std::string> &m_args;
    size_t m_index = size_t(-1);
    std::string m_name;
    std::string m_inlineValue;
    bool m_inline = false;
};

// Loads a model file and prints its diagnostics (errors and warnings) on stderr,
// as every subcommand does; the result holds a model only when there were no errors.
LoadResult loadReportingDiagnostics(const std::string &path);

} // namespace seam::cli
