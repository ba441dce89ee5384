import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

Rectangle {
    id: bar
    property Document document
    property Item canvas
    property Selection selection
    property AutoLayoutController autoLayout

    implicitHeight: 26
    color: Theme.panel

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.panelBorder
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 16

        Repeater {
            model: [
                { sev: "error", n: bar.document ? bar.document.problems.errorCount : 0 },
                { sev: "warning", n: bar.document ? bar.document.problems.warningCount : 0 },
                { sev: "info", n: bar.document ? bar.document.problems.infoCount : 0 }
            ]
            delegate: Row {
                required property var modelData
                objectName: "status-" + modelData.sev
                spacing: 5
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 8
                    height: 8
                    radius: 4
                    color: Theme.severityColor(parent.modelData.sev)
                }
                Label {
                    text: parent.modelData.n
                    font.pixelSize: 11
                    color: Theme.mutedText
                }
            }
        }
        Label {
            font.pixelSize: 11
            color: Theme.mutedText
            objectName: "status-counts"
            text: bar.document ? Wording.count(bar.document.componentCount, qsTr("component"), qsTr("components")) + " · "
                                 + Wording.count(bar.document.integrationCount, qsTr("integration"), qsTr("integrations")) : ""
        }
        Label {
            visible: bar.selection && bar.selection.count > 0
            font.pixelSize: 11
            color: Theme.mutedText
            text: bar.selection ? qsTr("%1 selected").arg(bar.selection.count) : ""
        }
        Label {
            // The edits are not protected against a crash until an autosave succeeds again.
            id: autosaveErrorLabel
            objectName: "status-autosave-error"
            visible: text.length > 0
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.pixelSize: 11
            color: Theme.severityColor("error")
            text: bar.document && bar.document.recovery.autosaveError.length > 0
                  ? qsTr("Autosave failed: %1. Save to keep your changes.").arg(bar.document.recovery.autosaveError) : ""
        }
        Item { Layout.fillWidth: true; visible: !autosaveErrorLabel.visible }
        RowLayout {
            visible: bar.autoLayout && bar.autoLayout.running
            spacing: 6
            Label { text: qsTr("Laying out (%1)…").arg(bar.autoLayout ? bar.autoLayout.engine : ""); font.pixelSize: 11; color: Theme.mutedText }
            ProgressBar {
                Layout.preferredWidth: 100
                indeterminate: !bar.autoLayout || bar.autoLayout.progress < 0
                value: bar.autoLayout ? Math.max(0, bar.autoLayout.progress) : 0
            }
            ToolButton { text: qsTr("Cancel"); font.pixelSize: 11; onClicked: bar.autoLayout.cancel() }
        }
        Label {
            font.pixelSize: 11
            color: Theme.faintText
            text: bar.document && bar.document.lint.running ? qsTr("Linting…") : ""
        }
        Label {
            font.pixelSize: 11
            color: Theme.mutedText
            text: bar.canvas ? Math.round(bar.canvas.zoom * 100) + "%" : ""
        }
    }
}
