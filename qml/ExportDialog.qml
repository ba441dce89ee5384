import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// File ▸ Export…: pick formats and a folder, then see every file written.
Dialog {
    id: dialog
    objectName: "exportDialog"
    property ExportController controller
    property Document document
    property var results: []

    anchors.centerIn: Overlay.overlay
    modal: true
    title: qsTr("Export")
    width: 560
    standardButtons: Dialog.Close

    function chosenFormats() {
        const out = []
        for (let i = 0; i < formatChecks.count; ++i)
            if (formatChecks.itemAt(i).checked)
                out.push(formatChecks.itemAt(i).formatId)
        return out
    }

    Connections {
        target: dialog.controller
        function onFinished(results) { dialog.results = results }
    }

    onOpened: {
        results = []
        folder.text = controller.suggestedFolder()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label { text: qsTr("Formats"); color: Theme.mutedText; font.pixelSize: 11 }
        // Each format's description wraps within the dialog instead of running past it.
        ColumnLayout {
            objectName: "formatList"
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                id: formatChecks
                model: dialog.controller ? dialog.controller.formats : []
                delegate: CheckBox {
                    id: check
                    required property var modelData
                    readonly property string formatId: modelData.id
                    objectName: "format-" + modelData.id
                    Layout.fillWidth: true
                    checked: true
                    text: modelData.id + " — " + modelData.description
                    contentItem: Label {
                        leftPadding: check.indicator.width + check.spacing
                        text: check.text
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
        Label { text: qsTr("Folder"); color: Theme.mutedText; font.pixelSize: 11 }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: folder
                objectName: "exportFolder"
                Layout.fillWidth: true
                placeholderText: qsTr("Folder to write into")
                selectByMouse: true
            }
            Button {
                objectName: "exportBrowse"
                text: qsTr("Browse…")
                onClicked: folderDialog.open()
            }
        }
        Button {
            objectName: "exportRun"
            highlighted: true
            text: dialog.controller && dialog.controller.busy ? qsTr("Exporting…") : qsTr("Export")
            enabled: folder.text.length > 0 && dialog.chosenFormats().length > 0
                     && !(dialog.controller && dialog.controller.busy)
            onClicked: {
                dialog.results = []
                dialog.controller.start(dialog.chosenFormats(), folder.text)
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            visible: dialog.results.length > 0
            clip: true
            model: dialog.results
            ScrollBar.vertical: ScrollBar {}
            delegate: Column {
                required property var modelData
                width: ListView.view.width
                spacing: 1
                Label {
                    text: (modelData.ok ? "✓ " : "✗ ") + modelData.format
                          + (modelData.ok ? " — " + Wording.count(modelData.files.length, qsTr("file"), qsTr("files")) : " — " + modelData.error)
                    color: modelData.ok ? Theme.text : Theme.error
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: modelData.files || []
                    delegate: Label {
                        required property string modelData
                        leftPadding: 16
                        text: modelData
                        color: Theme.mutedText
                        font.pixelSize: 11
                    }
                }
                Repeater {
                    model: modelData.warnings || []
                    delegate: Label {
                        required property string modelData
                        leftPadding: 16
                        text: "⚠ " + modelData
                        color: Theme.warning
                        font.pixelSize: 11
                    }
                }
            }
        }
    }

    FileChooser {
        id: folderDialog
        title: qsTr("Export into folder")
        mode: FileChooser.Folder
        startPath: folder.text
        onAccepted: folder.text = selectedFile
    }
}
