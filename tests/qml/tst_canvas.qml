import QtQuick
import QtTest
import Seam.Ui

// The canvas: zoom math, fit, selection by click / shift-click / rubber band,
// dragging (snapped, one undo step) and link creation, on the real core.
Item {
    id: root
    width: 1000
    height: 700

    Document { id: doc }
    Selection { id: sel; document: doc }

    EditorCanvas {
        id: canvas
        anchors.fill: parent
        document: doc
        selection: sel
        focus: true

        // Inside the canvas's focus scope, as in Main.qml.
        FindBar {
            id: findBar
            anchors.top: parent.top
            anchors.right: parent.right
            canvas: canvas
            document: doc
            selection: sel
        }
    }

    SignalSpy { id: linkSpy; target: canvas; signalName: "linkRequested" }

    AutoLayoutController {
        id: layout
        document: doc
        onRunningChanged: if (running) canvas.animateNextLayout()
    }

    TestCase {
        name: "Canvas"
        when: windowShown

        function init() {
            verify(doc.load(examplesDir + "/checkout.seam.yaml"), doc.lastError)
            sel.clear()
            canvas.zoom = 1
            canvas.panX = 0
            canvas.panY = 0
            linkSpy.clear()
            wait(0)
        }

        function viewOf(id) {
            const c = canvas.edgeLayer.centerOf(id)
            return canvas.toView(c.x, c.y)
        }

        function test_zoomKeepsPointUnderCursor() {
            canvas.panX = 37; canvas.panY = -12; canvas.zoom = 0.8
            const before = canvas.toScene(300, 200)
            canvas.zoomAt(1.7, 300, 200)
            compare(canvas.zoom, 1.7)
            const after = canvas.toScene(300, 200)
            fuzzyCompare(after.x, before.x, 1e-6)
            fuzzyCompare(after.y, before.y, 1e-6)
            const v = canvas.toView(after.x, after.y)
            fuzzyCompare(v.x, 300, 1e-6)
            fuzzyCompare(v.y, 200, 1e-6)
        }

        function test_zoomIsClamped() {
            canvas.zoomAt(100, 10, 10)
            compare(canvas.zoom, canvas.maxZoom)
            canvas.zoomAt(0.0001, 10, 10)
            compare(canvas.zoom, canvas.minZoom)
        }

        function test_ctrlWheelZoomsAroundCursor() {
            const before = canvas.toScene(400, 300)
            mouseWheel(canvas, 400, 300, 0, 120, Qt.NoButton, Qt.ControlModifier)
            verify(canvas.zoom > 1)
            const after = canvas.toScene(400, 300)
            fuzzyCompare(after.x, before.x, 1e-3)
            fuzzyCompare(after.y, before.y, 1e-3)
        }

        function test_fitShowsEveryCard() {
            canvas.zoom = 3
            canvas.fit()
            const b = canvas.edgeLayer.contentBounds()
            verify(b.width > 0)
            const tl = canvas.toView(b.x, b.y)
            const br = canvas.toView(b.x + b.width, b.y + b.height)
            verify(tl.x >= 0 && tl.y >= 0, "top-left inside")
            verify(br.x <= canvas.width && br.y <= canvas.height, "bottom-right inside")
            // Centred: equal margins on the tighter axis.
            verify(Math.abs(tl.x - (canvas.width - br.x)) < 1 || Math.abs(tl.y - (canvas.height - br.y)) < 1)
        }

        function test_clickAndShiftClickSelect() {
            canvas.fit()
            const a = viewOf("orders"), b = viewOf("payments")
            mouseClick(canvas, a.x, a.y)
            compare(sel.current, "orders")
            mouseClick(canvas, b.x, b.y, Qt.LeftButton, Qt.ShiftModifier)
            compare(sel.count, 2)
            verify(sel.isSelected("orders") && sel.isSelected("payments"))
            mouseClick(canvas, b.x, b.y, Qt.LeftButton, Qt.ShiftModifier)
            compare(sel.componentIds, ["orders"])
            // A click on empty canvas clears.
            mouseClick(canvas, 5, 5)
            compare(sel.count, 0)
        }

        function test_rubberBandSelects() {
            canvas.fit()
            const p = canvas.edgeLayer.centerOf("orders"), q = canvas.edgeLayer.centerOf("orders-db")
            const a = canvas.toView(Math.min(p.x, q.x) - 100, Math.min(p.y, q.y) - 60)
            const b = canvas.toView(Math.max(p.x, q.x) + 20, Math.max(p.y, q.y) + 20)
            // Start on empty canvas (check), drag with Shift for a band.
            compare(canvas.edgeLayer.componentAt(canvas.toScene(a.x, a.y)), "")
            mousePress(canvas, a.x, a.y, Qt.LeftButton, Qt.ShiftModifier)
            mouseMove(canvas, (a.x + b.x) / 2, (a.y + b.y) / 2, -1, Qt.LeftButton, Qt.ShiftModifier)
            mouseMove(canvas, b.x, b.y, -1, Qt.LeftButton, Qt.ShiftModifier)
            verify(canvas.banding)
            mouseRelease(canvas, b.x, b.y, Qt.LeftButton, Qt.ShiftModifier)
            verify(!canvas.banding)
            verify(sel.isSelected("orders"))
            verify(sel.isSelected("orders-db"))
            const expected = canvas.edgeLayer.componentsIn(canvas.band)
            compare(sel.componentIds.length, expected.length)
        }

        function test_dragPansBackground() {
            const x0 = canvas.panX, y0 = canvas.panY
            mousePress(canvas, 20, 20)
            mouseMove(canvas, 60, 50, -1, Qt.LeftButton)
            mouseMove(canvas, 120, 90, -1, Qt.LeftButton)
            mouseRelease(canvas, 120, 90)
            compare(canvas.panX - x0, 100)
            compare(canvas.panY - y0, 70)
        }

        function test_dragMovesSnappedInOneUndoStep() {
            canvas.fit()
            canvas.zoomAt(1, canvas.width / 2, canvas.height / 2)
            const start = doc.componentPosition("orders")
            const v = viewOf("orders")
            const undoBefore = doc.undoText
            mousePress(canvas, v.x, v.y)
            for (let i = 1; i <= 5; ++i)
                mouseMove(canvas, v.x + i * 13, v.y + i * 7, -1, Qt.LeftButton)
            mouseRelease(canvas, v.x + 65, v.y + 35)
            const end = doc.componentPosition("orders")
            compare(end.x % 10, 0)
            compare(end.y % 10, 0)
            compare(end.x, Math.round((start.x + 65) / 10) * 10)
            compare(end.y, Math.round((start.y + 35) / 10) * 10)
            verify(doc.modified)
            doc.undo()
            const back = doc.componentPosition("orders")
            compare(back.x, start.x)
            compare(back.y, start.y)
            compare(doc.undoText, undoBefore)
        }

        function test_linkFromHandleAsksForPattern() {
            canvas.fit()
            canvas.zoomAt(1, canvas.width / 2, canvas.height / 2)
            const from = doc.componentPosition("payments")
            const h = canvas.toView(from.x + canvas.cardWidth, from.y + canvas.cardHeight / 2)
            const t = viewOf("inventory")
            mouseMove(canvas, h.x - 30, h.y) // hover shows the handle
            mousePress(canvas, h.x, h.y)
            mouseMove(canvas, (h.x + t.x) / 2, (h.y + t.y) / 2, -1, Qt.LeftButton)
            mouseMove(canvas, t.x, t.y, -1, Qt.LeftButton)
            compare(canvas.linkTarget, "inventory")
            mouseRelease(canvas, t.x, t.y)
            compare(linkSpy.count, 1)
            compare(linkSpy.signalArguments[0][0], "payments")
            compare(linkSpy.signalArguments[0][1], "inventory")
        }

        function test_addComponentLandsOnGridAndSelects() {
            const n = doc.componentCount
            const id = canvas.addComponent("cache")
            verify(id.length > 0)
            compare(doc.componentCount, n + 1)
            compare(sel.current, id)
            const p = doc.componentPosition(id)
            compare(p.x % 10, 0)
            compare(p.y % 10, 0)
            doc.undo()
            compare(doc.componentCount, n)
            compare(sel.count, 0)
        }

        function test_autoLayoutGlidesInAsOneUndoStep() {
            const before = doc.componentPosition("orders")
            const undoCount = doc.undoText
            layout.run()
            verify(layout.waitForFinished(60000))
            compare(layout.lastError, "")
            const after = doc.componentPosition("orders")
            verify(after.x !== before.x || after.y !== before.y, "moved")
            // Mid-animation the arrows are drawn between the old and the new place …
            verify(canvas.layoutAnimating)
            const mid = canvas.edgeLayer.centerOf("orders")
            const end = Qt.point(after.x + canvas.cardWidth / 2, after.y + canvas.cardHeight / 2)
            verify(Math.abs(mid.x - end.x) + Math.abs(mid.y - end.y) > 0.5, "not yet at the end")
            // … and arrive with the cards.
            tryCompare(canvas, "layoutAnimating", false, 3000)
            const done = canvas.edgeLayer.centerOf("orders")
            fuzzyCompare(done.x, end.x, 0.01)
            fuzzyCompare(done.y, end.y, 0.01)
            doc.undo()
            const back = doc.componentPosition("orders")
            compare(back.x, before.x)
            compare(back.y, before.y)
            compare(doc.undoText, undoCount)
        }

        function test_findSelectsMatchesByNameOrId() {
            findBar.activate()
            verify(findBar.visible)
            for (const ch of "pay")
                keyClick(ch)
            // "Payment Service", "Payments DB", "payment-events" by name or id, and the
            // integrations whose ids say "pay"; nothing else.
            const components = ["payment-events", "payments", "payments-db"]
            const integrations = ["notify-payments", "payments-consume", "payments-publish", "payments-store"]
            compare(findBar.results.slice().sort(), components.concat(integrations).sort())
            compare(findChild(findBar, "findCount").text, "7 matches")
            keyClick(Qt.Key_Return)
            compare(sel.componentIds.slice().sort(), components)
            compare(sel.integrationIds.slice().sort(), integrations)
            keyClick(Qt.Key_Escape)
            verify(!findBar.visible)
            compare(canvas.findText, "")
        }

        // Find knows integrations too, and says "1 match", not "1 match(es)".
        function test_findMatchesIntegrations() {
            findBar.activate()
            for (const ch of "charge")
                keyClick(ch)
            compare(findBar.results, ["charge"])
            compare(findChild(findBar, "findCount").text, "1 match")
            keyClick(Qt.Key_Return)
            compare(sel.integrationIds, ["charge"])
            compare(sel.count, 1)
            keyClick(Qt.Key_Escape)
        }

        function test_countsSaySingularAndPlural() {
            compare(Wording.count(0, "file", "files"), "0 files")
            compare(Wording.count(1, "file", "files"), "1 file")
            compare(Wording.count(2, "file", "files"), "2 files")
        }

        // Closing Find gives the keyboard back to the canvas: the hidden field kept it, and
        // Escape (deselect) and Delete reached nothing for the rest of the session.
        function test_keyboardComesBackAfterFind() {
            findBar.activate()
            for (const ch of "pay")
                keyClick(ch)
            keyClick(Qt.Key_Escape)
            verify(!findBar.visible)
            const c = viewOf("orders")
            mouseClick(canvas, c.x, c.y)
            compare(sel.current, "orders")
            verify(canvas.activeFocus)
            const field = findChild(findBar, "findField")
            verify(!field.activeFocus, "the hidden find field still has the keyboard")
            keyClick(Qt.Key_Escape)
            compare(sel.count, 0)
        }

        function test_edgeLayerFollowsModel() {
            const n = canvas.edgeLayer.edgeCount
            verify(n > 0)
            const id = doc.addIntegration("payments", "inventory", "grpc")
            verify(id.length > 0)
            wait(0)
            tryCompare(canvas.edgeLayer, "edgeCount", n + 1)
            const c = canvas.edgeLayer.centerOf(id)
            compare(canvas.edgeLayer.edgeAt(c, 3), id)
            sel.select("payments")
            sel.removeSelected()
            tryVerify(() => canvas.edgeLayer.edgeCount < n)
            compare(canvas.edgeLayer.edgesTouching(["payments"]).length, 0)
        }
    }
}
