#include "componentlistmodel.h"
#include "qtstrings.h"

#include "document.h"

namespace seam {

namespace {

QString slaBadge(const Component &component)
{
    if (!component.sla)
        return {};
    const Sla &sla = *component.sla;
    QStringList parts;
    if (sla.availability)
        parts << numberQ(*sla.availability) + QLatin1Char('%');
    if (sla.latencyP95Ms)
        parts << QStringLiteral("p95 %1 ms").arg(numberQ(*sla.latencyP95Ms));
    else if (sla.latencyP99Ms)
        parts << QStringLiteral("p99 %1 ms").arg(numberQ(*sla.latencyP99Ms));
    if (sla.throughputRps)
        parts << QStringLiteral("%1 rps").arg(numberQ(*sla.throughputRps));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ComponentListModel::ComponentListModel(Document *document)
    : ElementListModel(document)
    , m_document(document)
{
    initRows();
    connect(document, &Document::changed, this, &ComponentListModel::apply);
}

QVariant ComponentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = documentRow(index.row());
    if (row < 0)
        return {};
    const Component &c = m_document->model().components[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return toQ(c.displayName());
    case ElementIdRole:
        return toQ(c.id);
    case KindRole:
        return toQ(toString(c.kind));
    case OwnerRole:
        return c.owner ? toQ(*c.owner) : QString();
    case TechnologyRole:
        return c.technology ? toQ(*c.technology) : QString();
    case ZoneRole:
        return toQ(toString(c.effectiveZone()));
    case DescriptionRole:
        return c.description ? toQ(*c.description) : QString();
    case PosXRole:
        return m_document->position(row).x();
    case PosYRole:
        return m_document->position(row).y();
    case CardWidthRole:
        return m_document->cardSize().width();
    case CardHeightRole:
        return m_document->cardSize().height();
    case SlaBadgeRole:
        return slaBadge(c);
    case ErrorCountRole:
        return problemCounts(toQ(c.id)).first;
    case WarningCountRole:
        return problemCounts(toQ(c.id)).second;
    case PinnedRole:
        return m_document->isPinned(toQ(c.id));
    case HasPositionRole:
        return m_document->hasLayoutEntry(row);
    }
    return {};
}

QHash<int, QByteArray> ComponentListModel::roleNames() const
{
    return {
        {ElementIdRole, "elementId"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {OwnerRole, "owner"},
        {TechnologyRole, "technology"},
        {ZoneRole, "zone"},
        {DescriptionRole, "description"},
        {PosXRole, "posX"},
        {PosYRole, "posY"},
        {CardWidthRole, "cardWidth"},
        {CardHeightRole, "cardHeight"},
        {SlaBadgeRole, "slaBadge"},
        {ErrorCountRole, "errorCount"},
        {WarningCountRole, "warningCount"},
        {PinnedRole, "pinned"},
        {HasPositionRole, "hasPosition"},
    };
}

int ComponentListModel::indexOf(const QString &id) const
{
    return m_document->componentIndex(id);
}

QList<int> ComponentListModel::problemCountRoles() const
{
    return {ErrorCountRole, WarningCountRole};
}

int ComponentListModel::documentCount() const
{
    return m_document->componentCount();
}

QStringList ComponentListModel::documentIds() const
{
    return m_document->allComponentIds();
}

void ComponentListModel::apply(const ModelChange &change)
{
    if (change.isReset()) {
        resetRows();
        return;
    }
    if (replayRows(change, ModelChange::Element::Component, change.componentsRemoved, change.componentsAdded))
        // Cards without a layout entry sit in a grid slot by row: rows after the change moved.
        allRowsChanged({PosXRole, PosYRole});
    rowsChanged(change.componentsChanged);
    if (!change.moved.isEmpty()) {
        QList<int> rows;
        for (const QString &id : change.moved)
            rows << indexOf(id);
        rowsChanged(rows, {PosXRole, PosYRole, HasPositionRole});
    }
    if (!change.pins.isEmpty()) {
        QList<int> rows;
        for (const QString &id : change.pins)
            rows << indexOf(id);
        rowsChanged(rows, {PinnedRole});
    }
}

} // namespace seam
