// The rule catalog (docs/lint-rules.md, catalog version 1): the rows of the
// rule families, concatenated. Ids are a public contract: users write them in
// `suppress:` and `lint.rules`, CI greps them, SARIF viewers group by them.
// Never rename or reuse one; append new rules to a family.

#include "lintcontext.h"

#include "enums.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace seam {

namespace lintrules {

namespace {

struct Catalog {
    std::vector<RuleRow> rows;
    std::vector<RuleInfo> infos;
};

const Catalog &catalog()
{
    static const Catalog built = [] {
        Catalog c;
        // In the order of docs/lint-rules.md: ruleCatalog() order is what
        // `seam-cli rules` lists and SARIF indexes by.
        for (const auto family :
             {syncGraphRules, budgetRules, dataStoreRules, reliabilityRules, securityRules, contractRules,
              topologyRules, resilienceRules, failureModeRules, unknownRules, journeyRules})
            for (const RuleRow &row : family())
                c.rows.push_back(row);
        // Each family is checked at compile time; ids shared between families only show here.
        if (const char *error = ruleRowsError(c.rows)) {
            std::fprintf(stderr, "seam: the lint rule catalog is broken: %s\n", error);
            std::abort();
        }
        for (const RuleRow &row : c.rows)
            c.infos.push_back(row.info);
        return c;
    }();
    return built;
}

// Checked when the program starts, in every build type, not at the first lint.
[[maybe_unused]] const bool kCatalogChecked = !catalog().rows.empty();

} // namespace

std::span<const RuleRow> ruleRows()
{
    return catalog().rows;
}

} // namespace lintrules

std::span<const RuleInfo> ruleCatalog()
{
    return lintrules::catalog().infos;
}

const RuleInfo *findRule(std::string_view id)
{
    for (const RuleInfo &rule : ruleCatalog())
        if (rule.id == id)
            return &rule;
    return nullptr;
}

std::string_view closestRuleId(std::string_view id)
{
    std::vector<std::string_view> ids;
    ids.reserve(ruleCatalog().size());
    for (const RuleInfo &rule : ruleCatalog())
        ids.push_back(rule.id);
    return closestSpelling(id, ids);
}

} // namespace seam
