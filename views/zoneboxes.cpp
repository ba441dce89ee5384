#include "zoneboxes.h"

#include "model/geometry.h"
#include "views/document.h"

namespace seam {

ZoneBoxes zoneBoxes(const Document &document, const QSet<QString> &leaveOut)
{
    ZoneBoxes boxes;
    std::array<QRectF, enumCount<Zone>> cards {};
    const std::vector<Component> &components = document.model().components;
    for (size_t i = 0; i < components.size(); ++i) {
        const Component &c = components[i];
        if (!leaveOut.isEmpty() && leaveOut.contains(QString::fromStdString(c.id)))
            continue;
        const size_t zone = size_t(c.effectiveZone());
        const QRectF card(document.position(int(i)), QSizeF(geometry::cardWidth, geometry::cardHeight));
        cards[zone] = boxes.members[zone] == 0 ? card : cards[zone].united(card);
        ++boxes.members[zone];
    }
    for (size_t zone = 0; zone < cards.size(); ++zone)
        if (boxes.members[zone] > 0)
            boxes.rect[zone]
                = cards[zone].adjusted(-geometry::zonePadding, -geometry::zonePadding - geometry::zoneLabelHeight,
                                       geometry::zonePadding, geometry::zonePadding);
    return boxes;
}

Zone dropZone(const ZoneBoxes &boxes, QPointF centre, Zone current)
{
    if (boxes.members[size_t(current)] > 0 && boxes.of(current).contains(centre))
        return current;
    std::optional<Zone> best;
    qreal bestArea = 0;
    for (size_t zone = 0; zone < boxes.rect.size(); ++zone) {
        const QRectF &r = boxes.rect[zone];
        if (boxes.members[zone] == 0 || !r.contains(centre))
            continue;
        const qreal area = r.width() * r.height();
        if (!best || area < bestArea) {
            best = Zone(zone);
            bestArea = area;
        }
    }
    return best.value_or(current);
}

std::vector<ZoneMove> dropZones(const Document &document, const QStringList &ids)
{
    const ZoneBoxes boxes = zoneBoxes(document, QSet<QString>(ids.begin(), ids.end()));
    std::vector<ZoneMove> moves;
    for (const QString &id : ids) {
        const int index = document.componentIndex(id);
        if (index < 0)
            continue;
        const Zone current = document.model().components[size_t(index)].effectiveZone();
        const QPointF centre = document.position(index) + QPointF(geometry::cardWidth / 2, geometry::cardHeight / 2);
        const Zone zone = dropZone(boxes, centre, current);
        if (zone != current)
            moves.push_back({id, zone});
    }
    return moves;
}

} // namespace seam
