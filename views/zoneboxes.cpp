#include "zoneboxes.h"

#include "model/geometry.h"
#include "views/document.h"

#include <optional>

namespace seam {

namespace {

QPointF centreOf(const ZoneCard &card)
{
    return card.topLeft + QPointF(geometry::cardWidth / 2, geometry::cardHeight / 2);
}

} // namespace

ZoneCard zoneCard(const Document &document, int componentIndex)
{
    return {document.position(componentIndex), document.model().components[size_t(componentIndex)].effectiveZone()};
}

std::vector<ZoneCard> zoneCards(const Document &document)
{
    std::vector<ZoneCard> cards;
    cards.reserve(size_t(document.componentCount()));
    for (int i = 0; i < document.componentCount(); ++i)
        cards.push_back(zoneCard(document, i));
    return cards;
}

ZoneBoxes zoneBoxes(const std::vector<ZoneCard> &cards, const std::vector<bool> &leaveOut)
{
    ZoneBoxes boxes;
    // Corners of the members' cards: min x/y, max x/y of the top-left corners.
    std::array<QRectF, enumCount<Zone>> span {};
    for (size_t i = 0; i < cards.size(); ++i) {
        if (i < leaveOut.size() && leaveOut[i])
            continue;
        const size_t zone = size_t(cards[i].zone);
        const QPointF p = cards[i].topLeft;
        QRectF &s = span[zone];
        if (boxes.members[zone]++ == 0) {
            s = QRectF(p, p);
            continue;
        }
        s.setLeft(std::min(s.left(), p.x()));
        s.setTop(std::min(s.top(), p.y()));
        s.setRight(std::max(s.right(), p.x()));
        s.setBottom(std::max(s.bottom(), p.y()));
    }
    for (size_t zone = 0; zone < span.size(); ++zone)
        if (boxes.members[zone] > 0)
            boxes.rect[zone] = span[zone].adjusted(
                -geometry::zonePadding, -geometry::zonePadding - geometry::zoneLabelHeight,
                geometry::cardWidth + geometry::zonePadding, geometry::cardHeight + geometry::zonePadding);
    return boxes;
}

ZoneBoxes zoneBoxes(const Document &document)
{
    return zoneBoxes(zoneCards(document));
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

std::vector<ZoneMove> dropZones(const std::vector<ZoneCard> &cards, const std::vector<int> &rows)
{
    std::vector<bool> dragged(cards.size(), false);
    for (int row : rows)
        if (row >= 0 && size_t(row) < cards.size())
            dragged[size_t(row)] = true;
    const ZoneBoxes boxes = zoneBoxes(cards, dragged);
    std::vector<ZoneMove> moves;
    for (int row : rows) {
        if (row < 0 || size_t(row) >= cards.size())
            continue;
        const ZoneCard &card = cards[size_t(row)];
        const Zone zone = dropZone(boxes, centreOf(card), card.zone);
        if (zone != card.zone)
            moves.push_back({row, zone});
    }
    return moves;
}

} // namespace seam
