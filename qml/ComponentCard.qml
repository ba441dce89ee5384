import QtQuick
import QtQuick.Controls
import Seam.Ui

// One component on the canvas. Geometry comes from the model (posX/posY); the
// card never moves itself: drags go through the canvas to Document.moveComponents.
Item {
    id: card
    objectName: "card-" + elementId

    required property int index
    required property string elementId
    required property string name
    required property string kind
    required property string owner
    required property string technology
    required property real posX
    required property real posY
    required property string slaBadge
    required property int errorCount
    required property int warningCount
    required property bool pinned

    required property Item canvas

    readonly property bool selected: canvas.selection.revision, canvas.selection.isSelected(elementId)
    readonly property bool matched: canvas.findText.length > 0 && canvas.findRevision >= 0
                                    && canvas.matches(elementId, name)
    readonly property bool detailed: canvas.zoom > 0.35
    // The name's widest word at the normal size (measured only when the name is shown).
    FontMetrics { id: nameMetrics; font.pixelSize: Theme.fontNormal; font.weight: Font.DemiBold }
    // (Reading nameMetrics.font makes the binding follow it: advanceWidth() alone would not.)
    readonly property real widestWord: detailed && nameMetrics.font.pixelSize > 0
                                       ? Math.max(0, ...name.split(/\s+/).map(w => nameMetrics.advanceWidth(w))) : 0
    // Hover text: the name uncut, then what the card's second line may have cut.
    readonly property string toolTipText: [card.name, [Vocabulary.kindTitle(card.kind), card.technology, card.owner]
                                                          .filter(s => s.length > 0).join(" · ")].join("\n")

    x: posX
    y: posY
    // Same duration and easing as the edge layer's animated move.
    Behavior on x { enabled: card.canvas.layoutAnimating; NumberAnimation { duration: 350; easing.type: Easing.OutCubic } }
    Behavior on y { enabled: card.canvas.layoutAnimating; NumberAnimation { duration: 350; easing.type: Easing.OutCubic } }
    width: canvas.cardWidth
    height: canvas.cardHeight
    z: selected ? 2 : 1

    Rectangle {
        id: frame
        anchors.fill: parent
        // Zoomed out, rounded antialiased outlines are invisible but cost the most to
        // rasterise: plain rectangles keep 2k cards cheap.
        radius: card.detailed ? Theme.cardRadius : 0
        antialiasing: card.detailed
        color: card.detailed || !card.selected ? Theme.card : Theme.accent
        border.width: card.detailed ? (card.selected ? 2 : 1) : 0
        border.color: card.selected ? Theme.accent
                                    : card.matched ? Theme.warning
                                                   : mouse.containsMouse ? Theme.cardHover : Theme.cardBorder
    }

    // Kind badge: colour and glyph tell the kind at a glance, even zoomed out.
    Rectangle {
        id: kindBadge
        objectName: "kindBadge"
        x: 9
        y: 9
        width: 28
        height: 28
        radius: card.detailed ? Theme.kindBadgeRadius(card.kind, width) : 0
        antialiasing: card.detailed
        color: Theme.kindColor(card.kind)
        Image {
            anchors.centerIn: parent
            width: 17
            height: 17
            sourceSize: Qt.size(34, 34)
            source: Theme.kindIcon(card.kind)
            visible: card.detailed
            asynchronous: false
        }
    }

    Column {
        visible: card.detailed
        anchors.left: kindBadge.right
        anchors.leftMargin: 8
        anchors.right: parent.right
        anchors.rightMargin: 8
        y: 8
        spacing: 1
        // Two lines before eliding. A word too wide for the line ("Recommendation") takes
        // a slightly smaller font rather than breaking in the middle; the tooltip has it all.
        Text {
            id: nameText
            objectName: "cardName"
            width: parent.width
            text: card.name
            color: Theme.text
            font.pixelSize: card.widestWord > width
                            ? Math.max(10, Math.floor(Theme.fontNormal * width / card.widestWord)) : Theme.fontNormal
            font.weight: Font.DemiBold
            lineHeight: 0.92
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            // The badge already shows the kind; say it in words only when nothing else is known.
            text: [card.owner, card.technology].filter(s => s.length > 0).join(" · ") || card.kind
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    Rectangle {
        visible: card.detailed && card.slaBadge.length > 0
        x: 10
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 5 // below a two-line name and the technology line
        height: 16
        width: Math.min(slaText.implicitWidth + 12, card.width - 20)
        radius: 4
        color: Theme.accentSoft
        Text {
            id: slaText
            anchors.centerIn: parent
            width: parent.width - 10
            horizontalAlignment: Text.AlignHCenter
            text: "SLA " + card.slaBadge
            color: Theme.accent
            font.pixelSize: 10
            elide: Text.ElideRight
        }
    }

    Text {
        visible: card.detailed && card.pinned
        anchors.right: parent.right
        anchors.rightMargin: 9
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 6
        text: "📌"
        font.pixelSize: 11
    }

    // Lint badges: errors win the corner, warnings sit beside them.
    Row {
        anchors.right: parent.right
        anchors.rightMargin: -7
        y: -7
        spacing: 3
        Rectangle {
            visible: card.warningCount > 0
            height: 18
            width: Math.max(18, warnText.implicitWidth + 10)
            radius: 9
            color: Theme.warning
            Text {
                id: warnText
                anchors.centerIn: parent
                text: card.warningCount
                color: Theme.badgeText
                font.pixelSize: 10
                font.bold: true
            }
        }
        Rectangle {
            visible: card.errorCount > 0
            height: 18
            width: Math.max(18, errText.implicitWidth + 10)
            radius: 9
            color: Theme.error
            Text {
                id: errText
                anchors.centerIn: parent
                text: card.errorCount
                color: Theme.badgeText
                font.pixelSize: 10
                font.bold: true
            }
        }
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        preventStealing: true
        property bool moved: false
        onPressed: (ev) => {
            moved = false
            card.canvas.forceActiveFocus()
            const p = mapToItem(card.canvas.contentItem, ev.x, ev.y)
            if (ev.button === Qt.RightButton)
                card.canvas.cardContextMenu(card.elementId, p.x, p.y)
            else
                card.canvas.cardPressed(card.elementId, ev.modifiers, p.x, p.y)
        }
        onPositionChanged: (ev) => {
            if (!pressed)
                return
            const p = mapToItem(card.canvas.contentItem, ev.x, ev.y)
            moved = card.canvas.cardDragged(p.x, p.y) || moved
        }
        onReleased: (ev) => card.canvas.cardReleased(card.elementId, ev.modifiers, moved)
        onCanceled: card.canvas.cardReleased(card.elementId, 0, moved)
        onDoubleClicked: (ev) => card.canvas.cardDoubleClicked(card.elementId, ev.x, ev.y)

        ToolTip.text: card.toolTipText
        ToolTip.delay: 600
        ToolTip.visible: containsMouse && !pressed && card.canvas.dragId === 0 && card.canvas.linkFrom.length === 0
    }

    // Drag this handle onto another card to connect them.
    Rectangle {
        id: handle
        objectName: "linkHandle"
        // While a link is drawn from here the handle must stay: hiding it would take the mouse
        // grab from its area, and the drag from a card that was only hovered would end silently.
        visible: card.detailed && (mouse.containsMouse || handleArea.containsMouse || handleArea.pressed
                                   || card.selected || card.canvas.linkFrom === card.elementId)
        width: 14
        height: 14
        radius: 7
        x: card.width - 7
        y: card.height / 2 - 7
        color: handleArea.containsMouse ? Theme.accent : Theme.card
        border.color: Theme.accent
        border.width: 2
        MouseArea {
            id: handleArea
            anchors.fill: parent
            anchors.margins: -4
            hoverEnabled: true
            preventStealing: true
            cursorShape: Qt.CrossCursor
            onPressed: (ev) => {
                const p = mapToItem(card.canvas.contentItem, ev.x, ev.y)
                card.canvas.beginLink(card.elementId, p.x, p.y)
            }
            onPositionChanged: (ev) => {
                if (!pressed)
                    return
                const p = mapToItem(card.canvas.contentItem, ev.x, ev.y)
                card.canvas.updateLink(p.x, p.y)
            }
            onReleased: (ev) => {
                const p = mapToItem(card.canvas.contentItem, ev.x, ev.y)
                card.canvas.endLink(p.x, p.y)
            }
            onCanceled: card.canvas.cancelLink()
        }
    }
}
