// Topology rules about components rather than edges: shared-database,
// orphan-component.

#include "lintcontext.h"

namespace seam::lintrules {

namespace {

void sharedDatabase(LintContext &context, std::vector<int> &seenBy)
{
    const int rule = context.rule("shared-database");
    if (!context.enabled(rule))
        return;
    const LintIndex &index = context.index();
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

void orphans(LintContext &context)
{
    const int rule = context.rule("orphan-component");
    if (!context.enabled(rule))
        return;
    const LintIndex &index = context.index();
    for (int c = 0; c < index.componentCount(); ++c)
        if (index.outgoing(c).empty() && index.incoming(c).empty())
            context.reportComponent(rule, c, index.component(c).id + " has no integrations");
}

} // namespace

void lintTopology(LintContext &context)
{
    std::vector<int> seenBy(size_t(context.index().componentCount()), -1);
    sharedDatabase(context, seenBy);
    orphans(context);
}

} // namespace seam::lintrules
