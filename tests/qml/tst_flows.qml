import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Seam.Ui

// Flows on the canvas (the panel shows a flow: the rest dims, steps get numbers), the
// canvas's right-click menus, and renaming a card in place, on the real core.
Item {
    id: root
    width: 1100
    height: 760

    Document { id: doc }
    Selection { id: sel; document: doc }
    FlowListModel { id: flowList; document: doc }

    // The window's actions, as Main.qml defines them.
    Action { id: renameAction; text: qsTr("Re&name"); shortcut: "F2"
        enabled: sel.componentIds.length === 1; onTriggered: canvas.beginRename(sel.componentIds[0]) }
    Action { id: cutAction; text: qsTr("Cu&t"); shortcut: "Ctrl+X"; onTriggered: sel.cut() }
    Action { id: copyAction; text: qsTr("&Copy"); shortcut: "Ctrl+C"; onTriggered: sel.copy() }
    Action { id: pasteAction; text: qsTr("&Paste"); shortcut: "Ctrl+V"; onTriggered: sel.paste() }
    Action { id: duplicateAction; text: qsTr("D&uplicate"); shortcut: "Ctrl+D"; onTriggered: sel.duplicate() }
    Action { id: deleteAction; text: qsTr("&Delete"); shortcut: "Del"
        enabled: sel.count > 0; onTriggered: sel.removeSelected() }
    Action { id: selectAllAction; text: qsTr("Select &All"); shortcut: "Ctrl+A"; onTriggered: sel.selectAll() }
    Action { id: fitAction; text: qsTr("&Fit to Window"); shortcut: "Ctrl+1"; onTriggered: canvas.fit() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        EditorCanvas {
            id: canvas
            Layout.fillWidth: true
            Layout.fillHeight: true
            document: doc
            selection: sel
            flows: flowList
            focus: true
            onCardMenuRequested: (id, vx, vy) => menus.openCardMenu(id, vx, vy)
            onEdgeMenuRequested: (id, vx, vy) => menus.openEdgeMenu(id, vx, vy)
            onBackgroundMenuRequested: (vx, vy) => menus.openBackgroundMenu(vx, vy)
            CanvasMenus {
                id: menus
                canvas: canvas
                document: doc
                renameAction: renameAction
                cutAction: cutAction
                copyAction: copyAction
                pasteAction: pasteAction
                duplicateAction: duplicateAction
                deleteAction: deleteAction
                selectAllAction: selectAllAction
                fitAction: fitAction
            }
        }
        FlowsPanel {
            id: panel
            Layout.fillWidth: true
            Layout.preferredHeight: 200
            flows: flowList
            currentFlowId: canvas.flowId
            steps: canvas.flowSteps
            onFlowClicked: (id) => canvas.flowId = canvas.flowId === id ? "" : id
            onStepActivated: (integration) => canvas.centerOnElement(integration)
            onCleared: canvas.clearFlow()
        }
    }

    SignalSpy { id: activated; target: canvas; signalName: "elementActivated" }
    SignalSpy { id: linkSpy; target: canvas; signalName: "linkRequested" }

    TestCase {
        name: "Flows"
        when: windowShown

        function init() {
            verify(doc.load(dataDir + "/flows.seam.yaml"), doc.lastError)
            sel.clear()
            canvas.flowId = ""
            canvas.renamingId = ""
            canvas.zoomAt(1, 0, 0)
            canvas.panX = 0
            canvas.panY = 0
            activated.clear()
            linkSpy.clear()
            canvas.forceActiveFocus()
            wait(0)
        }

        function card(id) { return findChild(canvas, "card-" + id) }
        function viewOf(id) {
            const c = canvas.edgeLayer.centerOf(id)
            return canvas.toView(c.x, c.y)
        }
        function nameOf(id) { return doc.components.get(doc.components.indexOf(id)).name }
        function menuItem(menu, name) {
            for (let i = 0; i < menu.count; ++i)
                if (menu.itemAt(i) && menu.itemAt(i).objectName === name)
                    return menu.itemAt(i)
            return null
        }
        function showCheckout() {
            const row = findChild(panel, "flow-checkout")
            verify(row, "the panel lists the flow")
            mouseClick(row)
            compare(canvas.flowId, "checkout")
        }

        function test_panelListsFlows() {
            const view = findChild(panel, "flowList")
            compare(view.count, 2)
            const row = findChild(panel, "flow-checkout")
            compare(row.name, "Check out")
            compare(row.stepCount, 9)
            compare(row.sla, "p95 1500 ms")
        }

        function test_selectingAFlowDimsTheRestAndEscapeRestores() {
            verify(!canvas.edgeLayer.isDimmed("shop-unrelated"))
            compare(card("unrelated").opacity, 1)
            // (Offscreen, Qt Quick renders with the software backend, which draws no arrows: what
            // the layer built is checked instead of pixels.) Dimmed arrows lose their labels.
            tryVerify(() => canvas.edgeLayer.labelCount > 0)
            const labels = canvas.edgeLayer.labelCount
            showCheckout()
            tryVerify(() => canvas.edgeLayer.labelCount < labels, 2000, "no label on the arrow outside the flow")
            // Cards and arrows outside the flow are dimmed, those in it are not.
            compare(card("unrelated").opacity, 0.3)
            compare(card("shop").opacity, 1)
            compare(card("stock").opacity, 1)
            verify(canvas.edgeLayer.isDimmed("shop-unrelated"))
            verify(!canvas.edgeLayer.isDimmed("shop-payments"))
            compare(canvas.edgeLayer.emphasizedIds.length, 6)
            // Each step's arrow carries its number; the compensation's is marked.
            const badge = findChild(canvas, "flowBadge-shop-payments")
            verify(badge && badge.visible)
            compare(badge.modelData.labels.map(l => l.text), ["3", "↺3"])
            compare(badge.modelData.labels.map(l => l.compensation), [false, true])
            compare(findChild(canvas, "flowBadge-shop-unrelated"), null)
            // The panel lists the steps in order.
            const steps = findChild(panel, "flowStepList")
            compare(steps.count, 14)

            keyClick(Qt.Key_Escape)
            compare(canvas.flowId, "")
            compare(card("unrelated").opacity, 1)
            verify(!canvas.edgeLayer.isDimmed("shop-unrelated"))
            compare(canvas.edgeLayer.emphasizedIds.length, 0)
            compare(findChild(canvas, "flowBadge-shop-payments"), null)
            tryCompare(canvas.edgeLayer, "labelCount", labels)
        }

        function test_clickingTheFlowAgainClears() {
            showCheckout()
            mouseClick(findChild(panel, "flow-checkout"))
            compare(canvas.flowId, "")
            compare(card("unrelated").opacity, 1)
        }

        function test_clickingAStepCentresItsArrow() {
            showCheckout()
            const row = findChild(panel, "flowStep-2") // 3: shop → payments
            compare(row.step.number, "3")
            mouseClick(row)
            tryVerify(() => {
                const v = viewOf("shop-payments")
                return Math.abs(v.x - canvas.width / 2) < 1 && Math.abs(v.y - canvas.height / 2) < 1
            }, 2000)
        }

        function test_removedFlowRestoresTheView() {
            showCheckout()
            verify(doc.load(examplesDir + "/checkout.seam.yaml"))
            compare(canvas.flowId, "")
            verify(!canvas.flowActive)
        }

        function test_cardMenuDeleteIsOneUndoStep() {
            const v = viewOf("unrelated")
            const undoBefore = doc.undoText
            mouseClick(canvas, v.x, v.y, Qt.RightButton)
            tryCompare(menus.cardMenu, "opened", true)
            compare(sel.componentIds, ["unrelated"], "right-click selects the card")
            const del = menuItem(menus.cardMenu, "cardMenu-delete")
            verify(del)
            compare(del.shortcutText, "Del")
            mouseClick(del)
            tryCompare(menus.cardMenu, "visible", false)
            verify(!doc.hasComponent("unrelated"))
            verify(!doc.hasIntegration("shop-unrelated"))
            doc.undo()
            verify(doc.hasComponent("unrelated"))
            verify(doc.hasIntegration("shop-unrelated"))
            compare(doc.undoText, undoBefore)
        }

        function test_menusCloseOnEscapeAndClickElsewhere() {
            const v = viewOf("unrelated")
            mouseClick(canvas, v.x, v.y, Qt.RightButton)
            tryCompare(menus.cardMenu, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(menus.cardMenu, "visible", false)
            verify(doc.hasComponent("unrelated"))

            mouseClick(canvas, 5, 5, Qt.RightButton)
            tryCompare(menus.backgroundMenu, "opened", true)
            mouseClick(canvas, canvas.width - 20, canvas.height - 20)
            tryCompare(menus.backgroundMenu, "visible", false)
        }

        function test_connectFromHereLinksToTheNextCardClicked() {
            const v = viewOf("cart")
            mouseClick(canvas, v.x, v.y, Qt.RightButton)
            tryCompare(menus.cardMenu, "opened", true)
            menuItem(menus.cardMenu, "cardMenu-connect").triggered()
            menus.cardMenu.close()
            verify(canvas.connecting)
            const t = viewOf("stock")
            mouseMove(canvas, (v.x + t.x) / 2, (v.y + t.y) / 2)
            mouseMove(canvas, t.x, t.y)
            compare(canvas.linkTarget, "stock", "the link follows the mouse")
            mouseClick(canvas, t.x, t.y)
            verify(!canvas.connecting)
            compare(linkSpy.count, 1)
            compare(linkSpy.signalArguments[0][0], "cart")
            compare(linkSpy.signalArguments[0][1], "stock")
        }

        function test_connectFromHereIsCalledOffByEscape() {
            canvas.beginConnect("cart")
            verify(canvas.connecting)
            keyClick(Qt.Key_Escape)
            verify(!canvas.connecting)
            compare(canvas.linkFrom, "")
            const t = viewOf("stock")
            mouseClick(canvas, t.x, t.y)
            compare(linkSpy.count, 0)
            compare(sel.current, "stock", "a click selects again")
        }

        function test_backgroundMenuAddsAtTheClick() {
            const n = doc.componentCount
            mouseClick(canvas, 900, 60, Qt.RightButton)
            tryCompare(menus.backgroundMenu, "opened", true)
            const s = canvas.toScene(900, 60)
            const add = menus.backgroundMenu.menuAt(0)
            verify(add, "Add Component submenu")
            const item = menuItem(add, "add-cache")
            verify(item)
            item.triggered()
            compare(doc.componentCount, n + 1)
            const id = sel.current
            const p = doc.componentPosition(id)
            compare(p.x, canvas.snap(s.x - canvas.cardWidth / 2))
            compare(p.y, canvas.snap(s.y - canvas.cardHeight / 2))
            menus.backgroundMenu.close()
        }

        function test_edgeMenuSetsPatternInOneStep() {
            const v = viewOf("shop-unrelated")
            mouseClick(canvas, v.x, v.y, Qt.RightButton)
            tryCompare(menus.edgeMenu, "opened", true)
            compare(sel.integrationIds, ["shop-unrelated"])
            const patterns = menus.edgeMenu.menuAt(1)
            verify(patterns)
            menuItem(patterns, "pattern-grpc").triggered()
            menus.edgeMenu.close()
            compare(doc.integrations.get(doc.integrations.indexOf("shop-unrelated")).pattern, "grpc")
            doc.undo()
            compare(doc.integrations.get(doc.integrations.indexOf("shop-unrelated")).pattern, "rest")
        }

        function test_doubleClickOnNameRenamesInPlace() {
            const c = card("cart")
            const undoBefore = doc.undoText
            mouseDoubleClickSequence(c, 80, 16)
            const field = findChild(canvas, "renameField")
            tryCompare(field, "visible", true)
            compare(activated.count, 0, "the name row renames instead of activating")
            verify(field.activeFocus)
            compare(field.text, "cart")
            field.selectAll()
            keyClick(Qt.Key_B); keyClick(Qt.Key_A); keyClick(Qt.Key_G)
            keyClick(Qt.Key_Return)
            compare(field.visible, false)
            compare(nameOf("cart"), "bag")
            verify(doc.hasComponent("cart"), "the id stays: the name is what the card shows")
            doc.undo()
            compare(nameOf("cart"), "cart")
            compare(doc.undoText, undoBefore)
        }

        function test_escapeLeavesTheName() {
            const c = card("shop")
            mouseDoubleClickSequence(c, 80, 16)
            const field = findChild(canvas, "renameField")
            tryCompare(field, "visible", true)
            compare(field.text, "Shop")
            keyClick(Qt.Key_X)
            keyClick(Qt.Key_Escape)
            compare(field.visible, false)
            compare(nameOf("shop"), "Shop")
            verify(!doc.modified)
        }

        function test_twoRenamesAreTwoUndoSteps() {
            verify(canvas.beginRename("cart"))
            const field = findChild(canvas, "renameField")
            tryCompare(field, "activeFocus", true)
            field.text = "one"
            keyClick(Qt.Key_Return)
            verify(canvas.beginRename("cart"))
            tryCompare(field, "activeFocus", true)
            field.text = "two"
            keyClick(Qt.Key_Return)
            compare(nameOf("cart"), "two")
            doc.undo()
            compare(nameOf("cart"), "one")
        }

        function test_doubleClickBelowTheNameActivates() {
            mouseDoubleClickSequence(card("cart"), 80, canvas.cardHeight - 6)
            compare(activated.count, 1)
            compare(activated.signalArguments[0][0], "cart")
            compare(findChild(canvas, "renameField").visible, false)
        }

        function test_zoomedOutDoubleClickActivates() {
            canvas.zoomAt(0.3, 0, 0) // cards show no name
            const p = doc.componentPosition("cart")
            const nameRow = canvas.toView(p.x + 80, p.y + 16)
            mouseDoubleClickSequence(canvas, nameRow.x, nameRow.y)
            compare(activated.count, 1)
            compare(findChild(canvas, "renameField").visible, false)
        }
    }
}
