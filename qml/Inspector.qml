import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// Every field of the selected component or integration (views/ElementEditor):
// each edit is one undo step; refused values show their reason under the field.
Rectangle {
    id: inspector
    objectName: "inspector"
    property Document document
    property Selection selection
    readonly property alias editor: editor

    color: Theme.panel

    readonly property int selectedCount: selection ? selection.count : 0
    // "2 components, 1 integration" for a selection of several elements.
    function selectionSummary() {
        if (!selection)
            return ""
        const parts = []
        if (selection.componentIds.length > 0)
            parts.push(Wording.count(selection.componentIds.length, qsTr("component"), qsTr("components")))
        if (selection.integrationIds.length > 0)
            parts.push(Wording.count(selection.integrationIds.length, qsTr("integration"), qsTr("integrations")))
        return parts.join(", ")
    }

    ElementEditor {
        id: editor
        document: inspector.document
        elementId: inspector.selection ? inspector.selection.current : ""
    }

    Rectangle {
        anchors.left: parent.left
        width: 1
        height: parent.height
        color: Theme.panelBorder
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 1
        spacing: 0

        // Header: what is being inspected.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            color: "transparent"
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 14
                anchors.rightMargin: 14
                spacing: 10
                Rectangle {
                    visible: editor.elementType === "component"
                    width: 26
                    height: 26
                    radius: 6
                    readonly property string kind: editor.elementType === "component" ? String(editor.value("kind")) : ""
                    color: Theme.kindColor(kind)
                    Image {
                        anchors.centerIn: parent
                        width: 16
                        height: 16
                        sourceSize: Qt.size(32, 32)
                        source: parent.kind ? Theme.kindIcon(parent.kind) : ""
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 14
                        font.weight: Font.DemiBold
                        color: Theme.text
                        objectName: "inspectorTitle"
                        text: editor.elementType === "" ? (inspector.selectedCount > 1
                                                           ? qsTr("%1 selected").arg(inspector.selectionSummary())
                                                           : qsTr("Model"))
                                                        : editor.elementId
                    }
                    Label {
                        Layout.fillWidth: true
                        font.pixelSize: 11
                        color: Theme.mutedText
                        text: editor.elementType === "component" ? qsTr("Component")
                            : editor.elementType === "integration" ? qsTr("Integration · %1 → %2").arg(editor.value("from")).arg(editor.value("to"))
                            : inspector.selectedCount > 1 ? qsTr("Select just one to edit its fields")
                            : qsTr("Select a card or an arrow to edit it")
                    }
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.panelBorder
            }
        }

        // Several elements selected: what they are, not the model's fields.
        ColumnLayout {
            objectName: "multiSelection"
            visible: editor.elementType === "" && inspector.selectedCount > 1
            Layout.fillWidth: true
            Layout.margins: 14
            spacing: 4
            Repeater {
                // The first few by id; the count in the title says how many there are.
                model: inspector.selection ? inspector.selection.componentIds.concat(inspector.selection.integrationIds).slice(0, 20) : []
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: modelData
                    color: Theme.text
                }
            }
            Label {
                visible: inspector.selectedCount > 20
                text: qsTr("and %1 more").arg(inspector.selectedCount - 20)
                color: Theme.mutedText
                font.pixelSize: 11
            }
        }

        // The model's own fields when nothing is selected.
        ColumnLayout {
            objectName: "modelFields"
            visible: editor.elementType === "" && inspector.selectedCount === 0
            Layout.fillWidth: true
            Layout.margins: 14
            spacing: 6
            Label { text: qsTr("Name"); color: Theme.mutedText; font.pixelSize: 11 }
            TextField {
                id: modelName
                objectName: "modelNameField"
                Layout.fillWidth: true
                text: inspector.document ? inspector.document.modelName : ""
                onEditingFinished: if (text !== inspector.document.modelName) inspector.document.setModelName(text)
            }
            Label { text: qsTr("Description"); color: Theme.mutedText; font.pixelSize: 11 }
            FormTextArea {
                objectName: "modelDescriptionField"
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.card; border.color: Theme.panelBorder; radius: 3 }
                text: inspector.document ? inspector.document.modelDescription : ""
                onEditingFinished: if (text !== inspector.document.modelDescription) inspector.document.setModelDescription(text)
            }
            Label {
                Layout.topMargin: 8
                color: Theme.faintText
                font.pixelSize: 11
                text: inspector.document ? Wording.count(inspector.document.componentCount, qsTr("component"), qsTr("components"))
                                           + " · " + Wording.count(inspector.document.integrationCount, qsTr("integration"), qsTr("integrations")) : ""
            }
        }

        ListView {
            id: fields
            objectName: "inspectorFields"
            visible: editor.elementType !== ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: editor
            spacing: 2
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            reuseItems: false
            section.property: "group"
            section.delegate: Item {
                required property string section
                width: ListView.view.width
                height: section.length > 0 ? 34 : 6
                Label {
                    visible: parent.section.length > 0
                    x: 14
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 4
                    text: parent.section.toUpperCase()
                    font.pixelSize: 10
                    font.weight: Font.DemiBold
                    font.letterSpacing: 0.8
                    color: Theme.faintText
                }
            }
            delegate: InspectorField {
                width: ListView.view.width
                editor: inspector.editor
            }
            footer: Item { width: 1; height: 16 }
        }
        Item {
            visible: editor.elementType === ""
            Layout.fillHeight: true
        }
    }
}
