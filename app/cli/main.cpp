// seam-cli: validate, format, lint and export Seam models from a terminal or CI.
#include "commandregistry.h"

#include <algorithm>
#include <iostream>

namespace seam::cli {

std::vector<Command> &commands()
{
    static std::vector<Command> registry;
    return registry;
}

bool wantsHelp(const std::vector<std::string> &args)
{
    return std::any_of(args.begin(), args.end(), [](const std::string &a) { return a == "--help" || a == "-h"; });
}

bool ArgumentReader::next()
{
    if (++m_index >= m_args.size())
        return false;
    const std::string &arg = m_args[m_index];
    const size_t equals = arg.find('=');
    m_inline = arg.starts_with("--") && equals != std::string::npos;
    m_name = m_inline ? arg.substr(0, equals) : arg;
    m_inlineValue = m_inline ? arg.substr(equals + 1) : std::string();
    return true;
}

bool ArgumentReader::value(std::string &out)
{
    if (m_inline) {
        out = m_inlineValue;
        return true;
    }
    if (m_index + 1 >= m_args.size())
        return false;
    out = m_args[++m_index];
    return true;
}

LoadResult loadReportingDiagnostics(const std::string &path)
{
    LoadResult loaded = loadModelFromFile(path);
    for (const Diagnostic &d : loaded.diagnostics)
        std::cerr << d.toString() << "\n";
    return loaded;
}

} // namespace seam::cli

namespace {

void printHelp()
{
    auto &all = seam::cli::commands();
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    std::cout << "Usage: seam-cli COMMAND [OPTIONS] FILE...\n\n"
                 "Validate, format, lint and export Seam integration models (.seam.yaml / .seam.json).\n\n"
                 "Commands:\n";
    size_t width = 0; // the summaries line up after the longest name
    for (const auto &command : all)
        width = std::max(width, command.name.size() + 2);
    for (const auto &command : all) {
        std::cout << "  " << command.name << std::string(width - command.name.size(), ' ') << command.summary << "\n";
    }
    std::cout << "\nRun 'seam-cli COMMAND --help' for a command's options.\n"
                 "Exit status: 0 success, 1 findings or unformatted files, 2 invalid model or usage.\n";
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printHelp();
        return seam::cli::InvalidInput;
    }
    const std::string name = args.front();
    if (name == "--help" || name == "-h" || name == "help") {
        printHelp();
        return seam::cli::Ok;
    }
    if (name == "--version" || name == "-V") {
        std::cout << "seam-cli " << SEAM_VERSION << " (model format 1)\n";
        return seam::cli::Ok;
    }
    for (const auto &command : seam::cli::commands()) {
        if (command.name != name)
            continue;
        args.erase(args.begin());
        if (seam::cli::wantsHelp(args)) {
            std::cout << command.usage;
            return seam::cli::Ok;
        }
        return command.run(args);
    }
    std::cerr << "seam-cli: unknown command '" << name << "'; run 'seam-cli --help' for the list\n";
    return seam::cli::InvalidInput;
}
