import QtQuick
import QtQuick.Controls
import Seam.Ui

// The canvas's right-click menus: on a card, on an arrow, on the background. They run the
// window's actions (so the shortcuts shown are the ones that work) or one edit of their own
// through an ElementEditor, each one undo step. A menu closes on Escape or a click elsewhere.
Item {
    id: menus

    required property EditorCanvas canvas
    required property Document document
    // The window's actions, shown with their shortcuts.
    required property Action renameAction
    required property Action cutAction
    required property Action copyAction
    required property Action pasteAction
    required property Action duplicateAction
    required property Action deleteAction
    required property Action selectAllAction
    required property Action fitAction

    // The element the open menu is about, and where (scene) the background menu was asked for.
    property string elementId: ""
    property point scenePoint: Qt.point(0, 0)
    readonly property bool open: cardMenu.visible || edgeMenu.visible || backgroundMenu.visible
    readonly property alias cardMenu: cardMenu
    readonly property alias edgeMenu: edgeMenu
    readonly property alias backgroundMenu: backgroundMenu

    function openCardMenu(id, vx, vy) {
        elementId = id
        editor.setElement("component", id)
        cardMenu.popup(canvas, vx, vy)
    }
    function openEdgeMenu(id, vx, vy) {
        elementId = id
        editor.setElement("integration", id)
        edgeMenu.popup(canvas, vx, vy)
    }
    function openBackgroundMenu(vx, vy) {
        elementId = ""
        scenePoint = canvas.toScene(vx, vy)
        backgroundMenu.popup(canvas, vx, vy)
    }

    // Writes one field of the element the menu is about: one undo step, never merged.
    ElementEditor { id: editor; document: menus.document }

    // A submenu of choices, one checkable item per choice (the current one checked).
    component ChoiceMenu: FittedMenu {
        id: choiceMenu
        property string key
        property var choices: []
        property var current
        property var label: (c) => c
        property bool checkable: true
        signal chosen(string choice)
        Instantiator {
            model: choiceMenu.choices
            delegate: MenuItem {
                required property string modelData
                objectName: choiceMenu.key + "-" + (modelData.length > 0 ? modelData : "none")
                text: choiceMenu.label(modelData)
                checkable: choiceMenu.checkable
                checked: checkable && modelData === choiceMenu.current
                onTriggered: choiceMenu.chosen(modelData)
            }
            onObjectAdded: (index, object) => choiceMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => choiceMenu.removeItem(object)
        }
    }

    FittedMenu {
        id: cardMenu
        objectName: "cardMenu"
        ActionMenuItem { objectName: "cardMenu-rename"; action: menus.renameAction }
        ActionMenuItem { objectName: "cardMenu-duplicate"; action: menus.duplicateAction }
        ActionMenuItem { objectName: "cardMenu-delete"; action: menus.deleteAction }
        MenuSeparator {}
        ActionMenuItem { action: menus.cutAction }
        ActionMenuItem { action: menus.copyAction }
        MenuSeparator {}
        MenuItem {
            objectName: "cardMenu-connect"
            text: qsTr("Co&nnect from Here")
            onTriggered: menus.canvas.beginConnect(menus.elementId)
        }
        ChoiceMenu {
            title: qsTr("&Zone")
            key: "zone"
            choices: cardMenu.visible ? editor.choices("zone") : []
            current: cardMenu.visible ? editor.value("zone") : ""
            label: (c) => c.length > 0 ? c : qsTr("Default")
            onChosen: (choice) => editor.commitValue("zone", choice)
        }
        ChoiceMenu {
            title: qsTr("&Kind")
            key: "kind"
            choices: menus.document.componentKinds
            current: cardMenu.visible ? editor.value("kind") : ""
            label: (c) => Vocabulary.kindTitle(c)
            onChosen: (choice) => editor.commitValue("kind", choice)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("&Inspect")
            onTriggered: menus.canvas.elementActivated(menus.elementId)
        }
    }

    FittedMenu {
        id: edgeMenu
        objectName: "edgeMenu"
        MenuItem {
            objectName: "edgeMenu-edit"
            text: qsTr("&Edit…")
            onTriggered: menus.canvas.elementActivated(menus.elementId)
        }
        ChoiceMenu {
            title: qsTr("&Pattern")
            key: "pattern"
            choices: menus.document.patterns
            current: edgeMenu.visible ? editor.value("pattern") : ""
            label: (c) => Vocabulary.patternTitle(c)
            onChosen: (choice) => editor.commitValue("pattern", choice)
        }
        MenuSeparator {}
        ActionMenuItem { objectName: "edgeMenu-delete"; action: menus.deleteAction }
    }

    FittedMenu {
        id: backgroundMenu
        objectName: "backgroundMenu"
        ChoiceMenu {
            title: qsTr("&Add Component")
            key: "add"
            choices: menus.document.componentKinds
            checkable: false
            label: (c) => Vocabulary.kindTitle(c)
            onChosen: (kind) => menus.canvas.addComponent(kind, menus.scenePoint.x, menus.scenePoint.y)
        }
        MenuSeparator {}
        ActionMenuItem { action: menus.pasteAction }
        ActionMenuItem { action: menus.selectAllAction }
        ActionMenuItem { action: menus.fitAction }
    }
}
