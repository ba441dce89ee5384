// seam-cli rules: the lint catalog, and one rule explained with an example.

#include "commandregistry.h"

#include "model/lint/linter.h"

#include <iostream>
#include <sstream>

namespace seam::cli {

namespace {

constexpr std::string_view kUsage = "Usage: seam-cli rules [RULE-ID]\n"
                                    "\n"
                                    "Without an id: list every lint rule (id, default severity, title).\n"
                                    "With an id: explain the rule: why it matters, when it fires, how to fix it,\n"
                                    "and a YAML example that fires it.\n";

void listRules()
{
    size_t width = 0;
    for (const RuleInfo &rule : ruleCatalog())
        width = std::max(width, rule.id.size());
    for (const RuleInfo &rule : ruleCatalog()) {
        const std::string_view severity = toString(rule.defaultSeverity);
        std::cout << rule.id << std::string(width + 2 - rule.id.size(), ' ') << severity
                  << std::string(9 - severity.size(), ' ') << rule.title << "\n";
    }
}

void explainRule(const RuleInfo &rule)
{
    std::cout << rule.id << " (" << toString(rule.defaultSeverity) << " by default): " << rule.title << "\n\n"
              << "Why:        " << rule.rationale << "\n"
              << "Fires when: " << rule.condition << ".\n"
              << "Reported on: the " << rule.reportedOn << ".\n"
              << "Fix:        " << rule.hint << "\n\n"
              << "Example that fires it:\n";
    std::istringstream lines{std::string(rule.example)};
    for (std::string line; std::getline(lines, line);)
        std::cout << "    " << line << "\n";
    std::cout << "\nAccept it for one element: suppress: [{rule: " << rule.id << ", reason: \"why\"}]\n"
              << "Change it for the model:   lint: {rules: {" << rule.id << ": off}}   # or error, warning, info\n";
}

int runRules(const std::vector<std::string> &args)
{
    if (args.empty()) {
        listRules();
        return Ok;
    }
    if (args.size() > 1 || args.front().starts_with("-")) {
        std::cerr << "seam-cli rules: expected at most one rule id\n" << kUsage;
        return InvalidInput;
    }
    const RuleInfo *rule = findRule(args.front());
    if (!rule) {
        std::cerr << "seam-cli rules: unknown rule '" << args.front() << "'; did you mean '"
                  << closestRuleId(args.front()) << "'? ('seam-cli rules' lists them all)\n";
        return InvalidInput;
    }
    explainRule(*rule);
    return Ok;
}

const CommandRegistration registration{
    Command{"rules", "list the lint rules, or explain one", std::string(kUsage), runRules}};

} // namespace

} // namespace seam::cli
