import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// Ctrl+F: finds components and integrations whose name or id contains the text and
// highlights the cards; Enter selects them all and centres the first, Escape closes.
Pane {
    id: bar
    property Item canvas
    property Document document
    property Selection selection
    property var results: []

    visible: false
    padding: 6
    background: Rectangle {
        color: Theme.panel
        border.color: Theme.panelBorder
        radius: 6
    }

    function activate() {
        visible = true
        field.forceActiveFocus()
        field.selectAll()
    }
    function deactivate() {
        // The canvas is a focus scope holding this bar: unless the field gives up its focus,
        // the canvas hands its active focus back to the hidden field, which then swallows
        // Escape, Delete and Backspace for the rest of the session.
        field.focus = false
        visible = false
        field.text = ""
        canvas.forceActiveFocus()
    }
    function refresh() {
        canvas.findText = field.text
        canvas.findRevision++
        const out = []
        if (field.text.length > 0)
            for (const model of [document.components, document.integrations])
                for (let i = 0; i < model.count; ++i) {
                    const row = model.get(i)
                    if (canvas.matches(row.elementId, row.name))
                        out.push(row.elementId)
                }
        results = out
    }

    RowLayout {
        spacing: 6
        TextField {
            id: field
            objectName: "findField"
            Layout.preferredWidth: 220
            placeholderText: qsTr("Find by name or id")
            onTextChanged: bar.refresh()
            Keys.onEscapePressed: bar.deactivate()
            onAccepted: {
                if (bar.results.length === 0)
                    return
                bar.selection.selectMany(bar.results, Selection.Replace)
                bar.canvas.centerOnElement(bar.results[0])
            }
        }
        Label {
            objectName: "findCount"
            text: field.text.length === 0 ? "" : Wording.count(bar.results.length, qsTr("match"), qsTr("matches"))
            color: bar.results.length === 0 && field.text.length > 0 ? Theme.error : Theme.mutedText
            font.pixelSize: 11
        }
        ToolButton {
            focusPolicy: Qt.NoFocus // Escape closes too
            text: "✕"
            onClicked: bar.deactivate()
        }
    }
}
