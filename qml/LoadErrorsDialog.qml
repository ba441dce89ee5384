import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// What went wrong reading a model file, line by line, instead of a crash.
Dialog {
    id: dialog
    objectName: "loadErrorsDialog"
    property Document document
    property bool importing: false // the diagnostics are File ▸ Import's, not File ▸ Open's
    readonly property var diagnostics: document ? document.loadDiagnostics : []
    readonly property bool failed: diagnostics.some(d => d.severity === "error")

    anchors.centerIn: Overlay.overlay
    modal: true
    width: 640
    title: importing ? (failed ? qsTr("Nothing was imported") : qsTr("Imported with warnings"))
                     : (failed ? qsTr("Could not open the model") : qsTr("Opened with warnings"))
    standardButtons: Dialog.Ok

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: dialog.importing
                  ? (dialog.failed ? qsTr("Fix these problems in the imported files. The model is unchanged.")
                                   : qsTr("The contracts were added as one step (Undo takes it back). These parts were kept as extension fields or could not be held:"))
                  : (dialog.failed ? qsTr("Fix these problems in the file and open it again. The model shown before is unchanged.")
                                   : qsTr("The model was opened; these keys or values were not understood."))
        }
        Label {
            visible: dialog.diagnostics.length === 0 && dialog.document && dialog.document.lastError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: dialog.document ? dialog.document.lastError : ""
            color: Theme.error
        }
        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(320, contentHeight)
            clip: true
            model: dialog.diagnostics
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                spacing: 10
                Label {
                    Layout.preferredWidth: 70
                    Layout.alignment: Qt.AlignTop
                    // Line 0: the problem is the file itself (missing, unreadable), not a place in it.
                    text: modelData.line > 0 ? qsTr("line %1").arg(modelData.line) + (modelData.column > 0 ? ":" + modelData.column : "")
                                             : qsTr("file")
                    font.family: "monospace"
                    font.pixelSize: 11
                    color: Theme.faintText
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: modelData.message
                    color: modelData.severity === "error" ? Theme.error : Theme.warning
                }
            }
        }
        Label {
            visible: dialog.diagnostics.length > 0
            text: dialog.diagnostics.length > 0 ? dialog.diagnostics[0].file : ""
            color: Theme.faintText
            font.pixelSize: 11
        }
    }
}
