import QtQuick
import QtQuick.Controls
import QtTest
import Seam.Ui

// File ▸ New from Template…: the dialog lists every template with its title and description,
// fits them in its width, and Create / double-click / Enter hand the chosen name on; the
// document then holds that template, untitled.
Item {
    width: 1000
    height: 800

    Document { id: doc }
    TemplateCatalog { id: catalog }
    NewFromTemplateDialog { id: dialog }
    SignalSpy { id: chosen; target: dialog; signalName: "chosen" }

    TestCase {
        name: "Templates"
        when: windowShown

        function openDialog() {
            chosen.clear()
            dialog.open()
            tryCompare(dialog, "opened", true)
            wait(50)
        }

        function rightEdgeIn(item, container) {
            return item.mapToItem(container, item.width, 0).x
        }

        function test_listsEveryTemplateWithTitleAndDescription() {
            verify(catalog.templates.length >= 11, catalog.templates.length)
            openDialog()
            const content = dialog.contentItem
            const list = findChild(content, "templateList")
            verify(list)
            compare(list.count, catalog.templates.length)
            for (let i = 0; i < catalog.templates.length; ++i) {
                const t = catalog.templates[i]
                verify(t.name.length > 0 && t.title.length > 0 && t.description.length > 0, JSON.stringify(t))
                list.positionViewAtIndex(i, ListView.Contain)
                wait(0)
                const row = findChild(list, "template-" + t.name)
                verify(row, t.name)
                compare(findChild(row, "templateTitle").text, t.title)
                const description = findChild(row, "templateDescription")
                compare(description.text, t.description)
                verify(rightEdgeIn(row, content) <= content.width + 0.5, t.name + " runs past the dialog")
                verify(description.contentWidth <= description.width + 0.5, t.name + " description overflows")
            }
            compare(dialog.selectedName, catalog.templates[0].name, "the first one is chosen when it opens")
            dialog.reject()
            tryCompare(dialog, "opened", false)
            compare(chosen.count, 0, "Cancel opens nothing")
        }

        function test_createOpensTheChosenTemplateUntitled() {
            openDialog()
            const list = findChild(dialog.contentItem, "templateList")
            const name = catalog.templates[2].name
            const row = findChild(list, "template-" + name)
            mouseClick(row)
            compare(dialog.selectedName, name)
            dialog.accept()
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], name)
            verify(doc.newFromTemplate(name), doc.lastError)
            verify(doc.untitled)
            verify(!doc.modified)
            verify(doc.componentCount > 0)
            compare(doc.modelName, catalog.templates[2].title, "the template's model is named as its title")
        }

        function test_doubleClickAndEnterCreate() {
            openDialog()
            const list = findChild(dialog.contentItem, "templateList")
            const second = findChild(list, "template-" + catalog.templates[1].name)
            mouseDoubleClickSequence(second)
            tryCompare(dialog, "opened", false)
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], catalog.templates[1].name)

            openDialog()
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(dialog.selectedName, catalog.templates[2].name)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "opened", false)
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], catalog.templates[2].name)
        }

        function test_unknownNameKeepsTheModel() {
            verify(doc.newFromTemplate(catalog.templates[0].name))
            const count = doc.componentCount
            verify(!doc.newFromTemplate("no-such-template"))
            compare(doc.componentCount, count)
            verify(doc.lastError.indexOf(catalog.templates[0].name) >= 0, doc.lastError)
        }
    }
}
