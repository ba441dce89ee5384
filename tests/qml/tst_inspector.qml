import QtQuick
import QtQuick.Controls
import QtTest
import Seam.Ui

// Editing through the Inspector's controls reaches the core as undoable
// commands; refused values show their reason inline and change nothing.
Item {
    id: root
    width: 420
    height: 1400

    Document { id: doc }
    Selection { id: sel; document: doc }

    Inspector {
        id: inspector
        anchors.fill: parent
        document: doc
        selection: sel
    }

    TestCase {
        name: "Inspector"
        when: windowShown

        function init() {
            verify(doc.load(examplesDir + "/checkout.seam.yaml"), doc.lastError)
            sel.clear()
        }

        function field(key) {
            tryVerify(() => findChild(inspector, "field-" + key) !== null, 2000, "field " + key)
            const f = findChild(inspector, "field-" + key)
            verify(f, "field " + key)
            return f
        }
        function control(key) {
            tryVerify(() => findChild(inspector, "editor-" + key) !== null, 2000, "control " + key)
            const c = findChild(inspector, "editor-" + key)
            verify(c, "control " + key)
            return c
        }
        function typeInto(c, text) {
            c.forceActiveFocus()
            c.selectAll()
            for (const ch of text)
                keyClick(ch)
            keyClick(Qt.Key_Return)
        }
        function nameOf(id) {
            return doc.components.get(doc.components.indexOf(id)).name
        }

        function test_showsSelectedComponent() {
            sel.select("orders")
            tryCompare(inspector.editor, "elementType", "component")
            compare(control("name").text, "Order Service")
            compare(control("kind").currentText, "service")
            compare(control("owner").text, "team-orders")
        }

        function test_textEditIsUndoable() {
            sel.select("orders")
            tryCompare(inspector.editor, "elementId", "orders")
            typeInto(control("name"), "Orders API")
            compare(nameOf("orders"), "Orders API")
            verify(doc.modified)
            doc.undo()
            compare(nameOf("orders"), "Order Service")
            tryCompare(control("name"), "text", "Order Service")
        }

        function test_enumIsComboBox() {
            sel.select("orders")
            tryCompare(inspector.editor, "elementId", "orders")
            const combo = control("kind")
            const i = combo.model.indexOf("gateway")
            verify(i >= 0)
            combo.activated(i)
            compare(doc.components.get(doc.components.indexOf("orders")).kind, "gateway")
            doc.undo()
            compare(doc.components.get(doc.components.indexOf("orders")).kind, "service")
        }

        function test_invalidNumberShowsErrorAndChangesNothing() {
            sel.select("orders")
            tryCompare(inspector.editor, "elementId", "orders")
            const before = doc.revision
            typeInto(control("sla.availability"), "250")
            const err = findChild(field("sla.availability"), "fieldError")
            verify(err.visible, "error shown")
            verify(err.text.length > 0)
            compare(doc.revision, before)
            compare(inspector.editor.value("sla.availability"), "99.95")
            typeInto(control("sla.availability"), "99.5")
            verify(!findChild(field("sla.availability"), "fieldError").visible)
            compare(inspector.editor.value("sla.availability"), "99.5")
        }

        function test_integrationFieldsAndLists() {
            sel.select("web-gateway")
            tryCompare(inspector.editor, "elementType", "integration")
            compare(control("pattern").currentText, "rest")
            compare(control("timeout_ms").text, "3000")
            const ops = inspector.editor.value("operations")
            compare(ops.length, 2)
            const add = findChild(inspector, "add-operations")
            verify(add)
            mouseClick(add)
            compare(inspector.editor.value("operations").length, 3)
            doc.undo()
            compare(inspector.editor.value("operations").length, 2)
        }

        function labelsIn(item, text) {
            let n = item instanceof Label && item.text === text && item.visible ? 1 : 0
            for (let i = 0; i < item.children.length; ++i)
                n += labelsIn(item.children[i], text)
            return n
        }

        // method/path show for REST operations, kind for GraphQL ones; set values always show.
        function test_operationFieldsFollowThePattern() {
            sel.select("web-gateway")
            tryCompare(inspector.editor, "elementType", "integration")
            const ops = field("operations")
            tryVerify(() => labelsIn(ops, "method") === 2, 2000, "method on both REST operations")
            compare(labelsIn(ops, "path"), 2)
            compare(labelsIn(ops, "kind"), 0)
            verify(inspector.editor.setValue("pattern", "graphql"))
            // The boxes are laid out again when the list changes.
            mouseClick(findChild(inspector, "add-operations"))
            tryVerify(() => labelsIn(ops, "kind") === 3, 2000, "kind on every GraphQL operation")
            compare(labelsIn(ops, "method"), 2) // written in the file: not hidden; the new one has none
            compare(labelsIn(ops, "path"), 2)
            doc.undo()
            doc.undo()
        }

        // Tab leaves a multi-line field (it used to type a tab and keep the keyboard), and
        // what was typed is kept.
        function test_tabMovesOutOfTheDescription() {
            const area = findChild(inspector, "modelDescriptionField")
            const name = findChild(inspector, "modelNameField")
            verify(area.visible)
            area.forceActiveFocus()
            area.cursorPosition = area.length
            keyClick("x")
            keyClick(Qt.Key_Tab)
            verify(!area.activeFocus, "Tab stayed in the description")
            verify(area.text.indexOf("\t") < 0, "Tab typed a tab character")
            compare(doc.modelDescription.slice(-1), "x")
            area.forceActiveFocus()
            keyClick(Qt.Key_Backtab)
            verify(!area.activeFocus, "Shift+Tab stayed in the description")
            verify(name.activeFocus, "Shift+Tab goes back to the name")
            doc.undo()
        }

        function test_tabMovesOutOfAMultiLineField() {
            sel.select("orders")
            tryCompare(inspector.editor, "elementType", "component")
            const area = control("description")
            area.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            verify(!area.activeFocus, "Tab stayed in the description")
            compare(area.text.indexOf("\t"), -1)
        }

        // Several elements selected: a summary of them, not the model's fields under
        // "Select a card".
        function test_severalSelectedShowsASummary() {
            sel.selectMany(["orders", "payments", "charge"])
            compare(sel.count, 3)
            const title = findChild(inspector, "inspectorTitle")
            tryCompare(title, "text", "2 components, 1 integration selected")
            verify(!findChild(inspector, "modelFields").visible, "the model's fields are shown")
            verify(findChild(inspector, "multiSelection").visible)
            sel.selectMany(["orders", "payments"])
            tryCompare(title, "text", "2 components selected")
            sel.clear()
            tryCompare(title, "text", "Model")
            verify(findChild(inspector, "modelFields").visible)
        }

        // "1 component", never "1 components".
        function test_modelCountsAreSingularForOne() {
            doc.newModel()
            verify(doc.addComponent("service", 0, 0).length > 0)
            const f = findChild(inspector, "modelFields")
            let found = false
            for (let i = 0; i < f.children.length; ++i)
                if (f.children[i].text === "1 component · 0 integrations")
                    found = true
            verify(found, "no \"1 component · 0 integrations\" label")
        }

        function test_nothingSelectedEditsModelName() {
            const f = findChild(inspector, "modelNameField")
            verify(f.visible)
            compare(f.text, "Checkout platform")
            typeInto(f, "Shop")
            compare(doc.modelName, "Shop")
            doc.undo()
            compare(doc.modelName, "Checkout platform")
        }
    }
}
