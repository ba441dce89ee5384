#pragma once
// Integrations of a Document as a flat list (problems panel, outline, and the
// edge item of the canvas). Endpoint geometry is given both as component rows
// (fromIndex/toIndex) and as card centres, so an edge renderer can draw
// without looking components up; rows whose endpoints moved get dataChanged
// for the geometry roles only. Follows the document's ModelChange events (see
// ElementListModel).

#include "elementlistmodel.h"

#include <QHash>
#include <QLineF>

namespace seam {

class Document;

class IntegrationListModel : public ElementListModel {
    Q_OBJECT

public:
    enum Role {
        ElementIdRole = Qt::UserRole + 1, // "elementId": integration id
        FromRole, // "from": component id
        ToRole, // "to"
        PatternRole, // "pattern": rest|graphql|grpc|queue|pubsub|stream|webhook|database
        IsSyncRole, // "isSync": solid (true) or dashed (false) arrow
        LabelRole, // "label": the pattern spelling (what the arrow shows)
        NameRole, // "name": display name (name, else id)
        FromIndexRole, // "fromIndex": row of `from` in ComponentListModel
        ToIndexRole, // "toIndex"
        FromXRole, // "fromX": centre of the `from` card
        FromYRole, // "fromY"
        ToXRole, // "toX": centre of the `to` card
        ToYRole, // "toY"
        ErrorCountRole, // "errorCount"
        WarningCountRole, // "warningCount"
        SummaryRole, // "summary": the arrow's label, pattern then first operation/event: "grpc · GetCart +2"
    };
    Q_ENUM(Role)

    explicit IntegrationListModel(Document *document);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int indexOf(const QString &id) const override;
    // Centre-to-centre line of the integration in document row `row`, for C++ edge renderers.
    QLineF endpoints(int row) const;

protected:
    QStringList documentIds() const override;
    int documentCount() const override;
    QList<int> problemCountRoles() const override;

private:
    void apply(const ModelChange &change);

    Document *m_document;
};

} // namespace seam
