#include "integrationlistmodel.h"
#include "qtstrings.h"

#include "document.h"

namespace seam {

namespace {

} // namespace

IntegrationListModel::IntegrationListModel(Document *document)
    : ElementListModel(document)
    , m_document(document)
{
}

int IntegrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->integrationCount();
}

QLineF IntegrationListModel::endpoints(int row) const
{
    const Integration &i = m_document->model().integrationList()[size_t(row)];
    const QSizeF size = m_document->cardSize();
    const QPointF half(size.width() / 2, size.height() / 2);
    const QPointF from = m_document->position(m_document->componentIndex(i.from)) + half;
    const QPointF to = m_document->position(m_document->componentIndex(i.to)) + half;
    return {from, to};
}

QVariant IntegrationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration &i = m_document->model().integrationList()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return toQ(i.displayName());
    case ElementIdRole:
        return toQ(i.id);
    case FromRole:
        return toQ(i.from);
    case ToRole:
        return toQ(i.to);
    case PatternRole:
    case LabelRole:
        return toQ(toString(i.pattern));
    case IsSyncRole:
        return i.isSync();
    case FromIndexRole:
        return m_document->componentIndex(i.from);
    case ToIndexRole:
        return m_document->componentIndex(i.to);
    case FromXRole:
        return endpoints(index.row()).p1().x();
    case FromYRole:
        return endpoints(index.row()).p1().y();
    case ToXRole:
        return endpoints(index.row()).p2().x();
    case ToYRole:
        return endpoints(index.row()).p2().y();
    case ErrorCountRole:
        return problemCounts(toQ(i.id)).first;
    case WarningCountRole:
        return problemCounts(toQ(i.id)).second;
    }
    return {};
}

QHash<int, QByteArray> IntegrationListModel::roleNames() const
{
    return {
        {ElementIdRole, "elementId"},
        {FromRole, "from"},
        {ToRole, "to"},
        {PatternRole, "pattern"},
        {IsSyncRole, "isSync"},
        {LabelRole, "label"},
        {NameRole, "name"},
        {FromIndexRole, "fromIndex"},
        {ToIndexRole, "toIndex"},
        {FromXRole, "fromX"},
        {FromYRole, "fromY"},
        {ToXRole, "toX"},
        {ToYRole, "toY"},
        {ErrorCountRole, "errorCount"},
        {WarningCountRole, "warningCount"},
    };
}

int IntegrationListModel::indexOf(const QString &id) const
{
    return m_document->integrationIndex(id);
}

QList<int> IntegrationListModel::problemCountRoles() const
{
    return {ErrorCountRole, WarningCountRole};
}

void IntegrationListModel::rowsRearranged()
{
    emit geometryChanged();
}

void IntegrationListModel::rowChanged(int row)
{
    emit dataChanged(index(row), index(row));
    emit geometryChanged();
}

void IntegrationListModel::componentsMoved(const QStringList &componentIds)
{
    if (rowCount() == 0 || componentIds.isEmpty())
        return;
    const QSet<QString> moved(componentIds.begin(), componentIds.end());
    const auto &list = m_document->model().integrationList();
    int lo = -1, hi = -1;
    for (size_t i = 0; i < list.size(); ++i) {
        if (moved.contains(toQ(list[i].from)) || moved.contains(toQ(list[i].to))) {
            if (lo < 0)
                lo = int(i);
            hi = int(i);
        }
    }
    if (lo >= 0)
        emit dataChanged(index(lo), index(hi), {FromXRole, FromYRole, ToXRole, ToYRole});
    emit geometryChanged();
}

void IntegrationListModel::componentIndicesShifted()
{
    if (rowCount() == 0)
        return;
    // Grid-slot fallback positions follow the component rows as well.
    emit dataChanged(index(0), index(rowCount() - 1),
                     {FromIndexRole, ToIndexRole, FromXRole, FromYRole, ToXRole, ToYRole});
    emit geometryChanged();
}

} // namespace seam
