#include "elementlistmodel.h"

#include <QSet>

namespace seam {

QVariantMap ElementListModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return map;
}

void ElementListModel::setProblemCounts(const QHash<QString, QPair<int, int>> &errorsAndWarnings)
{
    if (errorsAndWarnings == m_counts)
        return;
    // Only rows whose counts changed, so badges do not make every card re-evaluate.
    QSet<QString> changed;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        if (errorsAndWarnings.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = errorsAndWarnings.begin(); it != errorsAndWarnings.end(); ++it)
        if (m_counts.value(it.key()) != it.value())
            changed.insert(it.key());
    m_counts = errorsAndWarnings;
    const QList<int> roles = problemCountRoles();
    for (const QString &id : changed)
        if (int row = indexOf(id); row >= 0)
            emit dataChanged(index(row), index(row), roles);
}

void ElementListModel::beginInsert(int row)
{
    beginInsertRows({}, row, row);
}

void ElementListModel::endInsert()
{
    endInsertRows();
    emit countChanged();
    rowsRearranged();
}

void ElementListModel::beginRemove(int row)
{
    beginRemoveRows({}, row, row);
}

void ElementListModel::endRemove()
{
    endRemoveRows();
    emit countChanged();
    rowsRearranged();
}

void ElementListModel::beginReset()
{
    beginResetModel();
}

void ElementListModel::endReset()
{
    endResetModel();
    emit countChanged();
    rowsRearranged();
}

void ElementListModel::rowChanged(int row)
{
    emit dataChanged(index(row), index(row));
}

} // namespace seam
