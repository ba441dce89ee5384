#include "elementlistmodel.h"

#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

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

bool ElementListModel::replayRows(const ModelChange &change, ModelChange::Element element, const QList<int> &removed,
                                  const QList<int> &added)
{
    const bool renamed = std::any_of(change.renames.begin(), change.renames.end(),
                                     [&](const ModelChange::Rename &r) { return r.element == element; });
    if (!renamed && removed.isEmpty() && added.isEmpty())
        return false; // the common case while dragging: rows stay as they are
    QScopedValueRollback replaying(m_replaying, true);
    for (const ModelChange::Rename &rename : change.renames) {
        if (rename.element != element)
            continue;
        const int row = int(m_ids.indexOf(rename.from));
        if (row < 0)
            continue;
        m_ids[row] = rename.to;
        emit dataChanged(index(row), index(row));
    }
    for (auto it = removed.rbegin(); it != removed.rend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_ids.removeAt(*it);
        endRemoveRows();
    }
    if (!added.isEmpty()) {
        const QStringList ids = documentIds();
        for (int row : added) {
            beginInsertRows({}, row, row);
            m_ids.insert(row, ids.at(row));
            endInsertRows();
        }
    }
    const bool shifted = !removed.isEmpty() || !added.isEmpty();
    if (shifted)
        emit countChanged();
    Q_ASSERT(m_ids == documentIds());
    return shifted;
}

void ElementListModel::resetRows()
{
    beginResetModel();
    m_ids = documentIds();
    endResetModel();
    emit countChanged();
}

void ElementListModel::rowsChanged(QList<int> rows, const QList<int> &roles)
{
    rows.removeIf([](int row) { return row < 0; }); // ids that are not rows (any more)
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
            ++j;
        if (rows[j] < rowCount())
            emit dataChanged(index(rows[i]), index(rows[j]), roles);
        i = j + 1;
    }
}

void ElementListModel::allRowsChanged(const QList<int> &roles)
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), roles);
}

} // namespace seam
