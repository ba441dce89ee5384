import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// File ▸ New from Template…: the starter models (templates/catalog.h), each with its title and
// what it holds. Create (or a double-click, or Enter) emits chosen(name); the window opens it.
Dialog {
    id: dialog
    objectName: "templateDialog"

    signal chosen(string name)
    readonly property var templates: catalog.templates
    readonly property string selectedName: list.currentIndex >= 0 && list.currentIndex < templates.length
                                           ? templates[list.currentIndex].name : ""

    anchors.centerIn: Overlay.overlay
    modal: true
    title: qsTr("New from template")
    width: Math.min(640, (parent ? parent.width : 720) - 80)
    height: Math.min(600, (parent ? parent.height : 680) - 80)
    standardButtons: Dialog.Ok | Dialog.Cancel

    TemplateCatalog { id: catalog }

    Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Create")
    onOpened: {
        list.currentIndex = 0
        list.positionViewAtBeginning()
        list.forceActiveFocus()
    }
    onAccepted: if (selectedName.length > 0) chosen(selectedName)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("A starting point with the usual components and integrations of a domain. Each leaves a few gaps on purpose: the Problems panel lists what a reviewer would ask first.")
        }
        ListView {
            id: list
            objectName: "templateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.templates
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { id: scrollBar }
            Keys.onReturnPressed: dialog.accept()
            Keys.onEnterPressed: dialog.accept()

            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                objectName: "template-" + modelData.name
                width: ListView.view.width - (scrollBar.visible ? scrollBar.width : 0)
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                onClicked: list.currentIndex = index
                onDoubleClicked: {
                    list.currentIndex = index
                    dialog.accept()
                }
                contentItem: Column {
                    spacing: 2
                    Label {
                        objectName: "templateTitle"
                        width: parent.width
                        text: row.modelData.title
                        font.weight: Font.DemiBold
                        color: row.highlighted ? row.palette.highlightedText : Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "templateDescription"
                        width: parent.width
                        text: row.modelData.description
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: row.highlighted ? row.palette.highlightedText : Theme.mutedText
                    }
                }
            }
        }
    }
}
