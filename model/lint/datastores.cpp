// Data store rules: shared-database. A store used by several components is an
// undocumented API between them.

#include "lintcontext.h"

#include <array>

namespace seam::lintrules {

namespace {

void sharedDatabase(LintContext &context, int rule)
{
    const ModelIndex &index = context.index();
    std::vector<int> seenBy(size_t(index.componentCount()), -1); // component → last store that listed it
    for (int store = 0; store < index.componentCount(); ++store) {
        const Component &data = index.component(store);
        if (!data.isDataStore())
            continue;
        // Users: the distinct components at the other end of any integration,
        // in either direction (a change-data-capture reader uses it too).
        std::vector<int> users;
        const auto visit = [&](int other) {
            if (other != store && seenBy[size_t(other)] != store) {
                seenBy[size_t(other)] = store;
                users.push_back(other);
            }
        };
        for (int edge : index.incoming(store))
            visit(index.from(edge));
        for (int edge : index.outgoing(store))
            visit(index.to(edge));

        std::vector<std::string> foreign; // "billing (team-billing)"
        if (data.owner)
            for (int user : users)
                if (const auto &owner = index.component(user).owner; owner && *owner != *data.owner)
                    foreign.push_back(index.component(user).id + " (" + *owner + ")");
        if (users.size() < 2 && foreign.empty())
            continue;

        std::vector<std::string> related;
        for (int user : users)
            related.push_back(index.component(user).id);
        std::string message;
        if (users.size() >= 2)
            message = data.id + " is used by " + std::to_string(users.size()) + " components: " + joinList(related);
        if (!foreign.empty())
            message += (message.empty() ? data.id + " belongs to " : "; it belongs to ") + *data.owner
                + " but is used by " + joinList(foreign);
        context.reportComponent(rule, store, std::move(message), std::move(related));
    }
}

// clang-format off
constexpr std::array<RuleRow, 1> kRules{{
    {{"shared-database", Severity::Error, "Data store shared between components",
     "Integrating through a shared database couples every user to one schema: no team can change "
     "it alone, and the store becomes an undocumented API.",
     "Give the data store one owning component and let the others call that component's API or "
     "consume its events.",
     "components:\n"
     "  - {id: orders-db, kind: database, owner: team-orders}\n"
     "integrations:\n"
     "  - {id: orders-store, from: orders, to: orders-db, pattern: database}\n"
     "  - {id: billing-reads-orders, from: billing, to: orders-db, pattern: database}\n",
     "a data store is used by two or more components; or, when it has an owner, by any component "
     "with another owner",
     "data store"}, sharedDatabase},
}};
// clang-format on
static_assert(ruleRowsError(kRules) == nullptr);

} // namespace

std::span<const RuleRow> dataStoreRules()
{
    return kRules;
}

} // namespace seam::lintrules
