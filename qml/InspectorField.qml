import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// One row of the Inspector: label, the control its type calls for, the unit,
// and the reason a value was refused.
ColumnLayout {
    id: field
    required property string key
    required property string label
    required property string type
    required property var value
    required property var choices
    required property string defaultText
    required property string unit
    required property string error
    required property bool required
    required property bool isSet
    property ElementEditor editor

    objectName: "field-" + key
    spacing: 3

    function write(v) {
        return editor.setValue(key, v)
    }
    function choiceText(c) {
        if (c === "")
            return defaultText.length > 0 ? qsTr("default (%1)").arg(defaultText) : qsTr("— not set —")
        if (type === "bool")
            return c === "true" ? qsTr("yes") : qsTr("no")
        return c
    }

    Label {
        Layout.leftMargin: 14
        Layout.rightMargin: 14
        Layout.topMargin: 4
        text: field.label + (field.required ? " *" : "")
        color: Theme.mutedText
        font.pixelSize: 11
    }

    Loader {
        Layout.fillWidth: true
        Layout.leftMargin: 14
        Layout.rightMargin: 14
        sourceComponent: {
            switch (field.type) {
            case "multiline": return multilineEditor
            case "int": case "number": return numberEditor
            case "bool": case "enum": case "reference": return choiceEditor
            case "list": return tagsEditor
            case "operations": case "events": case "suppressions": return listEditor
            }
            return textEditor
        }
    }

    Label {
        visible: field.error.length > 0
        objectName: "fieldError"
        Layout.fillWidth: true
        Layout.leftMargin: 14
        Layout.rightMargin: 14
        text: field.error
        color: Theme.error
        font.pixelSize: 11
        wrapMode: Text.WordWrap
    }

    Component {
        id: textEditor
        TextField {
            objectName: "editor-" + field.key
            text: field.value === undefined ? "" : String(field.value)
            placeholderText: field.defaultText
            selectByMouse: true
            onEditingFinished: if (text !== String(field.value)) field.write(text)
            Connections {
                target: field
                function onValueChanged() { if (!parent.activeFocus) parent.text = String(field.value) }
            }
        }
    }
    Component {
        id: multilineEditor
        FormTextArea {
            objectName: "editor-" + field.key
            text: field.value === undefined ? "" : String(field.value)
            placeholderText: field.defaultText
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            implicitHeight: Math.max(64, contentHeight + 16)
            background: Rectangle { color: Theme.card; border.color: activeFocus ? Theme.accent : Theme.panelBorder; radius: 3 }
            onEditingFinished: if (text !== String(field.value)) field.write(text)
        }
    }
    Component {
        id: numberEditor
        RowLayout {
            spacing: 6
            TextField {
                id: num
                objectName: "editor-" + field.key
                Layout.fillWidth: true
                text: field.value === undefined ? "" : String(field.value)
                placeholderText: field.defaultText
                selectByMouse: true
                horizontalAlignment: TextInput.AlignRight
                validator: field.type === "int"
                           ? intValidator
                           : numberValidator
                property var intValidator: RegularExpressionValidator { regularExpression: /^(-?\d{0,12}|unbounded|)$/ }
                property var numberValidator: RegularExpressionValidator { regularExpression: /^(-?\d{0,12}(\.\d{0,6})?|)$/ }
                onEditingFinished: if (text !== String(field.value)) field.write(text)
                Connections {
                    target: field
                    function onValueChanged() { if (!num.activeFocus) num.text = String(field.value) }
                }
            }
            Label {
                visible: field.unit.length > 0
                text: field.unit
                color: Theme.faintText
                Layout.preferredWidth: 34
            }
        }
    }
    Component {
        id: choiceEditor
        ComboBox {
            objectName: "editor-" + field.key
            model: field.choices
            currentIndex: field.choices ? field.choices.indexOf(field.value === undefined ? "" : String(field.value)) : -1
            displayText: currentIndex >= 0 ? field.choiceText(field.choices[currentIndex]) : String(field.value)
            delegate: ItemDelegate {
                required property string modelData
                required property int index
                width: ListView.view ? ListView.view.width : 200
                text: field.choiceText(modelData)
                highlighted: ListView.isCurrentItem
            }
            onActivated: (index) => field.write(field.choices[index])
        }
    }
    Component {
        id: tagsEditor
        TextField {
            objectName: "editor-" + field.key
            text: field.value ? field.value.join(", ") : ""
            placeholderText: qsTr("comma-separated")
            selectByMouse: true
            onEditingFinished: {
                const list = text.split(",").map(s => s.trim()).filter(s => s.length > 0)
                if (list.join(",") !== (field.value ? field.value.join(",") : ""))
                    field.write(list)
            }
        }
    }
    Component {
        id: listEditor
        InspectorList {
            editor: field.editor
            key: field.key
            type: field.type
            items: field.value || []
        }
    }
}
