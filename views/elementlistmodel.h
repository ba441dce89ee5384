#pragma once
// What the component and integration list models share: rows keyed by element
// id, lint counts per element, the insert/remove/reset protocol Document drives,
// and a `get(row)` for QML. Subclasses provide data, roles and their own follow-ups.

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPair>

namespace seam {

class ElementListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    Q_INVOKABLE virtual int indexOf(const QString &id) const = 0;
    Q_INVOKABLE QVariantMap get(int row) const; // all roles by name, for QML convenience

    // Lint counts (errors, warnings) per element id, set by LintRunner.
    void setProblemCounts(const QHash<QString, QPair<int, int>> &errorsAndWarnings);

    // Called by Document around model mutations.
    void beginInsert(int row);
    void endInsert();
    void beginRemove(int row);
    void endRemove();
    void beginReset();
    void endReset();
    virtual void rowChanged(int row);

signals:
    void countChanged();

protected:
    QPair<int, int> problemCounts(const QString &id) const { return m_counts.value(id); }
    virtual QList<int> problemCountRoles() const = 0;
    // After rows were inserted, removed or reset: what else the subclass must announce.
    virtual void rowsRearranged() { }

private:
    QHash<QString, QPair<int, int>> m_counts;
};

} // namespace seam
