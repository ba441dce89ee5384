#pragma once
// What the component and integration list models share: rows keyed by element
// id, lint counts per element, and a `get(row)` for QML. The models follow the
// document by replaying its ModelChange events (Document::changed): rows
// inserted and removed as the event says, renames, and dataChanged per run of
// consecutive rows. Subclasses provide data, roles and which roles an event touches.

#include "modelchange.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace seam {

class ElementListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_ids.size()); }
    int count() const { return rowCount(); }
    // The document's row of `id` (the same as this model's once an event is applied), -1 if absent.
    Q_INVOKABLE virtual int indexOf(const QString &id) const = 0;
    Q_INVOKABLE QVariantMap get(int row) const; // all roles by name, for QML convenience

    // Lint counts (errors, warnings) per element id, set by LintRunner.
    void setProblemCounts(const QHash<QString, QPair<int, int>> &errorsAndWarnings);

signals:
    void countChanged();

protected:
    // The element ids of the document's rows, in order, and how many there are.
    virtual QStringList documentIds() const = 0;
    virtual int documentCount() const = 0;
    // Takes the document's rows as they are (construction).
    void initRows() { m_ids = documentIds(); }
    // The document row shown in `row`. While an event is being replayed the document already
    // holds its new rows, so rows are looked up by id then (-1: a row being removed). Before
    // this model has seen an event, a view told by another model (the edge layer, on the
    // component list's reset) may still ask for rows the document no longer has: -1 too.
    int documentRow(int row) const { return m_replaying ? indexOf(m_ids.at(row)) : (row < documentCount() ? row : -1); }

    // Replays an event's rows of this list: renames of `element`, then `removed` (rows before the
    // edit), then `added` (rows after it). Returns whether rows were inserted or removed.
    bool replayRows(const ModelChange &change, ModelChange::Element element, const QList<int> &removed,
                    const QList<int> &added);
    void resetRows();
    // One dataChanged per run of consecutive rows, so a view re-reads only what changed.
    void rowsChanged(QList<int> rows, const QList<int> &roles = {});
    void allRowsChanged(const QList<int> &roles);

    QPair<int, int> problemCounts(const QString &id) const { return m_counts.value(id); }
    virtual QList<int> problemCountRoles() const = 0;

private:
    QStringList m_ids; // element id of each row: what the views have been told
    bool m_replaying = false;
    QHash<QString, QPair<int, int>> m_counts;
};

} // namespace seam
