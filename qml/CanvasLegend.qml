import QtQuick
import QtQuick.Controls
import Seam.Ui

// The key to the diagram, in a corner of the canvas: the kinds of component and the
// integration patterns this model uses, drawn as the cards and arrows draw them
// (badge colour and icon; arrow colour, solid for sync and dashed for async). Which
// ones are used comes from ModelLegend, how they look from the Vocabulary table.
// The header collapses it to one line.
Rectangle {
    id: root
    objectName: "canvasLegend"

    required property Document document
    property bool expanded: true
    readonly property alias kinds: legend.kinds
    readonly property alias patterns: legend.patterns

    implicitWidth: column.implicitWidth + 20
    implicitHeight: column.implicitHeight + 14
    width: implicitWidth
    height: implicitHeight
    radius: 6
    color: Theme.panel
    border.color: Theme.panelBorder
    opacity: 0.96

    ModelLegend { id: legend; document: root.document }

    // Clicks and wheel turns on the legend are not the canvas's (no pan, no deselect).
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: (ev) => ev.accepted = true
    }

    Column {
        id: column
        x: 10
        y: 7
        spacing: 4

        Item {
            id: header
            objectName: "legendHeader"
            width: Math.max(headerText.implicitWidth + 18, root.expanded ? column.bodyWidth : 0)
            height: headerText.implicitHeight
            Text {
                id: headerText
                text: qsTr("Legend")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
            Text {
                anchors.right: parent.right
                text: root.expanded ? "▾" : "▸"
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: root.expanded = !root.expanded
            }
        }

        readonly property real bodyWidth: Math.max(kindColumn.implicitWidth, patternColumn.implicitWidth)

        Column {
            id: kindColumn
            objectName: "legendKinds"
            visible: root.expanded && kindRepeater.count > 0
            spacing: 3
            Repeater {
                id: kindRepeater
                model: legend.kinds
                delegate: Row {
                    id: kindRow
                    required property string modelData
                    objectName: "legendKind-" + modelData
                    spacing: 6
                    Rectangle {
                        width: 16
                        height: 16
                        radius: Theme.kindBadgeRadius(kindRow.modelData, width)
                        color: Theme.kindColor(kindRow.modelData)
                        Image {
                            anchors.centerIn: parent
                            width: 10
                            height: 10
                            sourceSize: Qt.size(20, 20)
                            source: Theme.kindIcon(kindRow.modelData)
                        }
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: Vocabulary.kindTitle(kindRow.modelData)
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        Column {
            id: patternColumn
            objectName: "legendPatterns"
            visible: root.expanded && patternRepeater.count > 0
            spacing: 3
            topPadding: kindColumn.visible ? 3 : 0
            Repeater {
                id: patternRepeater
                model: legend.patterns
                delegate: Row {
                    id: patternRow
                    required property string modelData
                    readonly property bool sync: Vocabulary.isSyncPattern(modelData)
                    readonly property color stroke: Vocabulary.patternColor(modelData, Theme.dark)
                    objectName: "legendPattern-" + modelData
                    spacing: 6
                    // The arrow as the edge layer draws it: a solid line, or dashes for async.
                    Item {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 26
                        height: 8
                        Row {
                            anchors.verticalCenter: parent.verticalCenter
                            spacing: patternRow.sync ? 0 : 3
                            Repeater {
                                model: patternRow.sync ? 1 : 3
                                Rectangle {
                                    width: patternRow.sync ? 20 : 5
                                    height: 2
                                    color: patternRow.stroke
                                }
                            }
                        }
                        Text {
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: "▶"
                            color: patternRow.stroke
                            font.pixelSize: 8
                        }
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        // Lower-case titles are for use mid-sentence ("3 database"); a list entry starts a line
                        // ("gRPC" keeps its own capitals).
                        readonly property string title: Vocabulary.patternTitle(patternRow.modelData)
                        text: (title === title.toLowerCase() ? title.charAt(0).toUpperCase() + title.slice(1) : title)
                              + (patternRow.sync ? "" : qsTr(" (async)"))
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
}
