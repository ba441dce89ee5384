#pragma once
// The model's flows as a list for the Flows panel: one row per flow, and the
// numbered steps of a flow (views/flowsteps.h) for the panel's step list and
// the canvas's step badges. Follows the document's ModelChange events; a row
// set that stays the same is refreshed in place, so a view keeps its place.

#include "flowsteps.h"
#include "modelchange.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

namespace seam {

class Document;

class FlowListModel : public QAbstractListModel {
    Q_OBJECT
    Q_MOC_INCLUDE("views/document.h")
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // +1 whenever any flow's rows or steps may have changed: QML re-reads steps() on it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    enum Role {
        FlowIdRole = Qt::UserRole + 1, // "flowId"
        NameRole, // "name": name, else id
        StepCountRole, // "stepCount": call steps, branches included
        SlaRole, // "sla": "p95 2000 ms", or "" when the flow has no latency budget
        DescriptionRole, // "description"
        DriverRole, // "driver": component id, or ""
    };
    Q_ENUM(Role)

    explicit FlowListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    int count() const { return rowCount(); }
    int revision() const { return m_revision; }

    Q_INVOKABLE int indexOf(const QString &flowId) const;
    // The numbered steps of a flow, in order; each a map: kind ("call" | "group" |
    // "compensation"), number, depth, integration, from, to, fromName, toName, operation, event,
    // title, when, undoes, viaStep, irreversible. Empty for an unknown flow.
    Q_INVOKABLE QVariantList steps(const QString &flowId) const;
    // What a flow touches, for highlighting: its integrations (compensations included) and
    // the components at their ends plus the driver.
    Q_INVOKABLE QStringList integrationIds(const QString &flowId) const;
    Q_INVOKABLE QStringList componentIds(const QString &flowId) const;

signals:
    void documentChanged();
    void countChanged();
    void revisionChanged();

private:
    void follow(const ModelChange &change);
    void rebuild();
    const Flow *flow(const QString &flowId) const;

    QPointer<Document> m_document;
    QStringList m_ids; // flow id of each row
    int m_revision = 0;
};

} // namespace seam
