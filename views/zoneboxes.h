#pragma once
// Trust zones as boxes on the canvas: each zone's boundary is the bounding box of its
// members' cards (effective zone, as the exports cluster them) plus geometry::zonePadding,
// with room above for the label. The canvas draws these boxes, and a card dropped in one
// joins that zone (dropZone): one computation for what is drawn and what a drop does.
//
// The boxes are computed from ZoneCards, a plain list a view can keep and update for the
// few cards a drag frame moves, so following a drag costs a walk over a flat array.

#include "model/enums.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <array>
#include <vector>

namespace seam {

class Document;

struct ZoneCard {
    QPointF topLeft;
    Zone zone;
};

struct ZoneBoxes {
    std::array<QRectF, enumCount<Zone>> rect {}; // empty (null) for a zone without members
    std::array<int, enumCount<Zone>> members {};

    const QRectF &of(Zone zone) const { return rect[size_t(zone)]; }
};

// One card per component, in model order.
std::vector<ZoneCard> zoneCards(const Document &document);
ZoneCard zoneCard(const Document &document, int componentIndex);

// The boxes of the cards' zones; a card whose `leaveOut` entry is true (when given) is ignored.
ZoneBoxes zoneBoxes(const std::vector<ZoneCard> &cards, const std::vector<bool> &leaveOut = {});
ZoneBoxes zoneBoxes(const Document &document);

// The zone a card of zone `current` joins when dropped with its centre at `centre`: the
// zone whose box contains the centre; `current` when its own box does or none does; the
// smallest box when several other zones' boxes overlap there.
Zone dropZone(const ZoneBoxes &boxes, QPointF centre, Zone current);

// The cards among `rows` that a drop where they now are moves to another zone, with that
// zone: boundaries from the cards not in `rows`, dropZone() for each card's centre.
struct ZoneMove {
    int row;
    Zone zone;
};
std::vector<ZoneMove> dropZones(const std::vector<ZoneCard> &cards, const std::vector<int> &rows);

} // namespace seam
