import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// Help ▸ Lint Rules: the rule catalog, so users know what the ids mean.
Dialog {
    id: dialog
    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(760, (parent ? parent.width : 800) - 80)
    height: Math.min(620, (parent ? parent.height : 700) - 80)
    title: qsTr("Lint rules")
    standardButtons: Dialog.Close

    LintRules { id: catalog }

    ListView {
        anchors.fill: parent
        clip: true
        spacing: 12
        model: catalog.rules
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            required property var modelData
            width: ListView.view.width - 16
            spacing: 2
            RowLayout {
                spacing: 8
                Rectangle {
                    width: 8; height: 8; radius: 4
                    color: Theme.severityColor(modelData.severity)
                }
                Label { text: modelData.id; font.family: "monospace"; font.weight: Font.DemiBold; color: Theme.text }
                Label { text: modelData.severity; color: Theme.faintText; font.pixelSize: 11 }
            }
            Label { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: modelData.title; color: Theme.text }
            Label { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: modelData.rationale; color: Theme.mutedText; font.pixelSize: 11 }
            Label { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: qsTr("Fix: ") + modelData.hint; color: Theme.mutedText; font.pixelSize: 11 }
        }
    }
}
