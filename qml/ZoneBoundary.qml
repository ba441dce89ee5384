import QtQuick
import Seam.Ui

// One trust zone behind the cards: a rounded, tinted box around its members with the
// zone's name at the top-left. The box comes from C++ (ZoneBoundaries, views/zoneboxes.h),
// the colours and name from the vocabulary table; hidden while the zone has no members.
Rectangle {
    id: boundary
    objectName: "zone-" + zone

    required property string modelData // the zone's spelling, from Vocabulary.zones
    required property ZoneBoundaries boundaries
    // Glide with the cards while auto layout is applied (same duration and easing).
    property bool animate: false
    // A card dragged here would join this zone.
    property bool dropTarget: false
    // The canvas's zoom: zoomed out, the label grows so that it stays readable.
    property real zoom: 1

    readonly property string zone: modelData
    readonly property rect box: boundaries.revision, boundaries.boundsOf(zone)
    readonly property string title: Vocabulary.zoneTitle(zone)

    visible: box.width > 0
    z: dropTarget ? 1 : 0 // over an overlapping boundary (the dragged card's own, stretched)
    x: box.x
    y: box.y
    width: box.width
    height: box.height
    Behavior on x { enabled: boundary.animate; NumberAnimation { duration: 350; easing.type: Easing.OutCubic } }
    Behavior on y { enabled: boundary.animate; NumberAnimation { duration: 350; easing.type: Easing.OutCubic } }
    Behavior on width { enabled: boundary.animate; NumberAnimation { duration: 350; easing.type: Easing.OutCubic } }
    Behavior on height { enabled: boundary.animate; NumberAnimation { duration: 350; easing.type: Easing.OutCubic } }

    // Zoomed out, as the cards do: a plain rectangle, which the renderer draws opaque and
    // almost for free, instead of an antialiased rounded one that is blended.
    readonly property bool detailed: zoom > 0.35
    radius: detailed ? 14 : 0
    antialiasing: detailed
    color: Theme.zoneFill(zone, dropTarget)
    border.color: Theme.zoneColor(zone)
    border.width: dropTarget ? 3 : 1.5

    Text {
        objectName: "zoneLabel"
        x: 12
        y: 6
        width: (parent.width - 24) / scale
        scale: Math.min(Math.max(1, 0.8 / boundary.zoom), 8)
        transformOrigin: Item.TopLeft
        text: boundary.title
        color: boundary.border.color
        font.pixelSize: 12
        font.weight: Font.DemiBold
        font.letterSpacing: 0.4
        elide: Text.ElideRight
    }
}
