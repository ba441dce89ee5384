import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// Operations, events or suppressions of an element: one box per entry, each
// field written through ElementEditor.setListItemField (one undo step each).
ColumnLayout {
    id: list
    property ElementEditor editor
    property string key
    property string type
    property var items: []

    // Which fields an item shows (and which a pattern uses) is the editor's to say.
    function fieldsOf(item) {
        return editor ? editor.itemFields(key, item) : []
    }
    readonly property string noun: type === "operations" ? qsTr("operation") : type === "events" ? qsTr("event") : qsTr("suppression")

    spacing: 6

    Repeater {
        model: list.items
        delegate: Rectangle {
            id: box
            required property var modelData
            required property int index
            readonly property var fields: list.fieldsOf(modelData)
            Layout.fillWidth: true
            implicitHeight: grid.implicitHeight + 16
            radius: 6
            color: "transparent"
            border.color: Theme.panelBorder

            GridLayout {
                id: grid
                anchors.fill: parent
                anchors.margins: 8
                columns: 2
                columnSpacing: 8
                rowSpacing: 4

                Repeater {
                    model: box.fields
                    delegate: Label {
                        required property string modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        text: modelData
                        color: Theme.faintText
                        font.pixelSize: 11
                    }
                }
                Repeater {
                    model: box.fields
                    delegate: Loader {
                        id: cell
                        required property string modelData
                        required property int index
                        readonly property string fieldName: modelData
                        readonly property var current: box.modelData[fieldName]
                        readonly property var choices: list.editor ? list.editor.itemChoices(list.key, fieldName) : []
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        sourceComponent: fieldName === "critical" ? boolCell : choices.length > 0 ? choiceCell : textCell
                        function write(v) { list.editor.setListItemField(list.key, box.index, fieldName, v) }

                        Component {
                            id: textCell
                            TextField {
                                font.pixelSize: 12
                                selectByMouse: true
                                text: cell.current === undefined || cell.current === null ? ""
                                      : Array.isArray(cell.current) ? cell.current.join(", ") : String(cell.current)
                                onEditingFinished: {
                                    if (cell.fieldName === "errors") {
                                        cell.write(text.split(",").map(s => s.trim()).filter(s => s.length > 0))
                                    } else if (text !== String(cell.current === undefined ? "" : cell.current)) {
                                        cell.write(text)
                                    }
                                }
                            }
                        }
                        Component {
                            id: choiceCell
                            ComboBox {
                                font.pixelSize: 12
                                model: cell.choices
                                currentIndex: cell.choices.indexOf(cell.current === undefined ? "" : String(cell.current))
                                onActivated: (i) => cell.write(cell.choices[i])
                            }
                        }
                        Component {
                            id: boolCell
                            CheckBox {
                                checked: cell.current === true || cell.current === "true"
                                onToggled: cell.write(checked)
                            }
                        }
                    }
                }
                ToolButton {
                    Layout.row: box.fields.length
                    Layout.column: 1
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Remove")
                    font.pixelSize: 11
                    onClicked: list.editor.removeListItem(list.key, box.index)
                }
            }
        }
    }

    Button {
        objectName: "add-" + list.key
        text: qsTr("Add %1").arg(list.noun)
        flat: true
        onClicked: list.editor.addListItem(list.key)
    }
}
