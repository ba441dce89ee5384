import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// Component kinds to add: click adds one in the middle of the view, dragging
// onto the canvas drops it where the mouse is released.
Rectangle {
    id: kindPalette
    property var kinds: []
    signal addRequested(string kind)
    signal dropRequested(string kind, real windowX, real windowY)

    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4
        Label {
            text: qsTr("COMPONENTS")
            font.pixelSize: 10
            font.weight: Font.DemiBold
            font.letterSpacing: 0.8
            color: Theme.faintText
            Layout.bottomMargin: 4
        }
        Repeater {
            model: kindPalette.kinds
            delegate: Rectangle {
                id: entry
                required property string modelData
                objectName: "palette-" + modelData
                Layout.fillWidth: true
                height: 34
                radius: 6
                color: area.containsMouse ? Theme.rowHover : "transparent"
                Rectangle {
                    id: badge
                    objectName: "badge"
                    x: 6
                    anchors.verticalCenter: parent.verticalCenter
                    width: 22
                    height: 22
                    radius: Theme.kindBadgeRadius(entry.modelData, width)
                    color: Theme.kindColor(entry.modelData)
                    Image {
                        anchors.centerIn: parent
                        width: 14
                        height: 14
                        sourceSize: Qt.size(28, 28)
                        source: Theme.kindIcon(entry.modelData)
                    }
                }
                Label {
                    objectName: "title"
                    anchors.left: badge.right
                    anchors.leftMargin: 9
                    anchors.verticalCenter: parent.verticalCenter
                    text: Vocabulary.kindTitle(entry.modelData)
                    color: Theme.text
                }
                MouseArea {
                    id: area
                    anchors.fill: parent
                    hoverEnabled: true
                    preventStealing: true
                    property bool dragging: false
                    onPressed: dragging = false
                    onPositionChanged: (ev) => {
                        if (!pressed)
                            return
                        dragging = true
                        const p = mapToItem(null, ev.x, ev.y)
                        ghost.x = p.x - ghost.width / 2
                        ghost.y = p.y - ghost.height / 2
                        ghost.visible = !contains(Qt.point(ev.x, ev.y))
                        ghost.kind = entry.modelData
                    }
                    onReleased: (ev) => {
                        ghost.visible = false
                        const p = mapToItem(null, ev.x, ev.y)
                        if (!dragging || contains(Qt.point(ev.x, ev.y)))
                            kindPalette.addRequested(entry.modelData)
                        else
                            kindPalette.dropRequested(entry.modelData, p.x, p.y)
                    }
                    ToolTip.visible: containsMouse && !pressed
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Click to add a %1, or drag it onto the canvas").arg(entry.modelData)
                }
            }
        }
        Item { Layout.fillHeight: true }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: 10
            color: Theme.faintText
            text: qsTr("Drag a card's right handle onto another card to connect them.")
        }
    }

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.panelBorder
    }

    // The card being dragged out of the palette, drawn above everything.
    Rectangle {
        id: ghost
        property string kind: ""
        parent: Overlay.overlay
        visible: false
        width: Geometry.cardWidth
        height: Geometry.cardHeight
        radius: Theme.cardRadius
        color: Theme.card
        opacity: 0.85
        border.color: Theme.accent
        border.width: 2
        Label {
            anchors.centerIn: parent
            text: ghost.kind
            color: Theme.mutedText
        }
    }
}
