#pragma once
// Trust zones as boxes on the canvas: each zone's boundary is the bounding box of its
// members' cards (effective zone, as the exports cluster them) plus geometry::zonePadding,
// with room above for the label. The canvas draws these boxes, and a card dropped in one
// joins that zone (dropZone): one computation for what is drawn and what a drop does.

#include "model/enums.h"

#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace seam {

class Document;

struct ZoneBoxes {
    std::array<QRectF, enumCount<Zone>> rect {}; // empty (null) for a zone without members
    std::array<int, enumCount<Zone>> members {};

    const QRectF &of(Zone zone) const { return rect[size_t(zone)]; }
};

// The boxes of the document's zones, leaving out the components in `leaveOut`.
ZoneBoxes zoneBoxes(const Document &document, const QSet<QString> &leaveOut = {});

// The zone a card of zone `current` joins when dropped with its centre at `centre`: the
// zone whose box contains the centre; `current` when its own box does or none does; the
// smallest box when several other zones' boxes overlap there.
Zone dropZone(const ZoneBoxes &boxes, QPointF centre, Zone current);

// The cards among `ids` that a drop where they now are moves to another zone, with that
// zone: boundaries from the cards not in `ids`, dropZone() for each card's centre.
struct ZoneMove {
    QString id;
    Zone zone;
};
std::vector<ZoneMove> dropZones(const Document &document, const QStringList &ids);

} // namespace seam
