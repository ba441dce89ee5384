#include "modelchange.h"

namespace seam {

namespace {

QString rows(const QList<int> &list)
{
    QStringList parts;
    for (int row : list)
        parts << QString::number(row);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

QString ModelChange::describe() const
{
    QStringList parts;
    auto add = [&](Kind kind, const char *name, const QString &detail = {}) {
        if (has(kind))
            parts << QLatin1String(name) + (detail.isEmpty() ? QString() : QLatin1Char(' ') + detail);
    };
    add(Reset, "reset");
    add(ComponentsRemoved, "components removed", rows(componentsRemoved));
    add(ComponentsAdded, "components added", rows(componentsAdded));
    add(ComponentsChanged, "components changed", rows(componentsChanged));
    add(IntegrationsRemoved, "integrations removed", rows(integrationsRemoved));
    add(IntegrationsAdded, "integrations added", rows(integrationsAdded));
    add(IntegrationsChanged, "integrations changed", rows(integrationsChanged));
    QStringList renamed;
    for (const Rename &r : renames)
        renamed << r.from + QStringLiteral("→") + r.to;
    add(Renamed, "renamed", renamed.join(QLatin1Char(',')));
    add(PositionsMoved, "positions moved", QLatin1Char('[') + moved.join(QLatin1Char(',')) + QLatin1Char(']'));
    add(SchemasChanged, "schemas changed");
    add(FlowsChanged, "flows changed");
    add(HeaderChanged, "header changed");
    add(ListPresence, "list presence");
    add(PinsChanged, "pins", QLatin1Char('[') + pins.join(QLatin1Char(',')) + QLatin1Char(']'));
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral("; "));
}

} // namespace seam
