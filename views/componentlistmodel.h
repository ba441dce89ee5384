#pragma once
// Components of a Document as a flat list for the canvas and outline.
// Row order is the model's component order. Role names avoid QML's reserved
// `id` and Item's own x/y/width/height (a delegate can declare
// `required property real posX` without clashing with Item.x). Follows the
// document's ModelChange events (see ElementListModel).

#include "elementlistmodel.h"
#include <QHash>
#include <QPointF>

namespace seam {

class Document;

class ComponentListModel : public ElementListModel {
    Q_OBJECT

public:
    enum Role {
        ElementIdRole = Qt::UserRole + 1, // "elementId": component id
        NameRole, // "name": display name (name, else id)
        KindRole, // "kind": client|gateway|service|database|cache|queue|topic|external
        OwnerRole, // "owner": "" when unset
        TechnologyRole, // "technology"
        ZoneRole, // "zone": effective zone spelling (public|dmz|internal|third-party)
        DescriptionRole, // "description"
        PosXRole, // "posX": left edge on the canvas (pixels)
        PosYRole, // "posY": top edge
        CardWidthRole, // "cardWidth"
        CardHeightRole, // "cardHeight"
        SlaBadgeRole, // "slaBadge": e.g. "99.95% · p95 250 ms", "" without SLA
        ErrorCountRole, // "errorCount": lint errors whose primary element is this component
        WarningCountRole, // "warningCount"
        PinnedRole, // "pinned": auto layout keeps it in place
        HasPositionRole, // "hasPosition": a layout entry exists (false = fallback grid slot)
    };
    Q_ENUM(Role)

    explicit ComponentListModel(Document *document);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int indexOf(const QString &id) const override;

protected:
    QStringList documentIds() const override;
    int documentCount() const override;
    QList<int> problemCountRoles() const override;

private:
    void apply(const ModelChange &change);

    Document *m_document;
};

} // namespace seam
