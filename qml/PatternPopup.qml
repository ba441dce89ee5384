import QtQuick
import QtQuick.Controls
import Seam.Ui

// Asks which pattern a new integration uses, at the point where the link was dropped.
Popup {
    id: popup
    objectName: "patternPopup"
    property var patterns: []
    property EdgeLayer edgeLayer
    property string from: ""
    property string to: ""
    signal chosen(string from, string to, string pattern)

    function ask(f, t, vx, vy) {
        from = f
        to = t
        x = Math.min(vx, parent.width - width - 8)
        y = Math.min(vy, parent.height - height - 8)
        open()
        list.forceActiveFocus()
    }

    padding: 6
    modal: false
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    contentItem: Column {
        spacing: 2
        Label {
            text: qsTr("%1 → %2").arg(popup.from).arg(popup.to)
            font.pixelSize: 11
            color: Theme.mutedText
            leftPadding: 6
            bottomPadding: 4
        }
        ListView {
            id: list
            width: 200
            height: contentHeight
            interactive: false
            model: popup.patterns
            keyNavigationEnabled: true
            Keys.onReturnPressed: popup.pick(popup.patterns[currentIndex])
            delegate: ItemDelegate {
                id: item
                required property string modelData
                required property int index
                objectName: "pattern-" + modelData
                width: 200
                height: 28
                highlighted: ListView.isCurrentItem
                onClicked: popup.pick(modelData)
                contentItem: Row {
                    spacing: 8
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 22
                        height: 3
                        radius: 1.5
                        color: popup.edgeLayer ? popup.edgeLayer.patternColor(item.modelData) : Theme.text
                        opacity: popup.edgeLayer && popup.edgeLayer.isAsyncPattern(item.modelData) ? 0.6 : 1
                    }
                    Label {
                        text: item.modelData
                        color: Theme.text
                    }
                    Label {
                        text: popup.edgeLayer && popup.edgeLayer.isAsyncPattern(item.modelData) ? qsTr("async") : qsTr("sync")
                        color: Theme.faintText
                        font.pixelSize: 10
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
        }
    }

    function pick(pattern) {
        close()
        chosen(from, to, pattern)
    }
}
