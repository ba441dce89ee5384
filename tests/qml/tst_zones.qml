import QtQuick
import QtTest
import Seam.Ui

// Review aids on the canvas: trust-zone boundaries (drawn, following cards, joined by
// a drop as one undo step), names that wrap instead of being cut, and the legend.
Item {
    id: root
    width: 1300
    height: 800

    Document { id: doc }
    Selection { id: sel; document: doc }
    // What the inspector shows for a component.
    ElementEditor { id: editor; document: doc }

    EditorCanvas {
        id: canvas
        anchors.fill: parent
        document: doc
        selection: sel
        focus: true
    }

    TestCase {
        name: "Zones"
        when: windowShown

        function init() {
            // online-boutique: shopper (client: public), frontend (zone: dmz), the rest internal.
            verify(doc.load(examplesDir + "/online-boutique.seam.yaml"), doc.lastError)
            sel.clear()
            canvas.zoom = 1
            canvas.panX = 0
            canvas.panY = 0
            canvas.legend.expanded = true
            wait(0)
        }

        function boundary(zone) {
            const b = findChild(canvas.contentItem, "zone-" + zone)
            verify(b, "boundary item of " + zone)
            return b
        }
        function card(id) {
            const c = findChild(canvas.contentItem, "card-" + id)
            verify(c, "card " + id)
            return c
        }
        function zoneOf(id) {
            return doc.components.get(doc.components.indexOf(id)).zone
        }
        function contains(r, x, y) {
            return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height
        }
        // Drags card `id` with the mouse so that its centre lands on scene point (sx, sy).
        function dragCardTo(id, sx, sy) {
            const from = canvas.edgeLayer.centerOf(id)
            const a = canvas.toView(from.x, from.y), b = canvas.toView(sx, sy)
            mousePress(canvas, a.x, a.y)
            for (let i = 1; i <= 8; ++i)
                mouseMove(canvas, a.x + (b.x - a.x) * i / 8, a.y + (b.y - a.y) * i / 8, -1, Qt.LeftButton)
            mouseRelease(canvas, b.x, b.y)
        }

        function test_boundariesForZonesWithMembersOnly() {
            compare(canvas.zoneBoundaries.present, ["public", "dmz", "internal"])
            for (const zone of ["public", "dmz", "internal"]) {
                const b = boundary(zone)
                verify(b.visible, zone + " has members: drawn")
                verify(b.width > canvas.cardWidth && b.height > canvas.cardHeight, zone)
                compare(findChild(b, "zoneLabel").text, Vocabulary.zoneTitle(zone))
            }
            compare(findChild(boundary("dmz"), "zoneLabel").text, "DMZ")
            verify(!boundary("third-party").visible, "no third-party component: no boundary")
            // Each boundary holds its members' cards, label room above them.
            const dmz = boundary("dmz"), f = card("frontend")
            verify(dmz.x < f.x && dmz.x + dmz.width > f.x + f.width, "frontend inside DMZ horizontally")
            verify(dmz.y + 20 < f.y && dmz.y + dmz.height > f.y + f.height, "frontend inside DMZ vertically")
            // Colours are the vocabulary's, per theme.
            verify(Qt.colorEqual(dmz.border.color, Vocabulary.zoneColor("dmz", Theme.dark)))
            verify(!Qt.colorEqual(boundary("public").border.color, dmz.border.color))
            // Zoomed out, the label grows to stay readable (on screen about its normal size).
            const label = findChild(dmz, "zoneLabel")
            compare(label.scale, 1)
            canvas.zoom = 0.2
            compare(label.scale, 4)
        }

        function test_boundaryGrowsWhenAMemberMoves() {
            const internal = boundary("internal")
            const right = internal.x + internal.width, bottom = internal.y + internal.height
            doc.moveComponents(["cart-store"], [Qt.point(1500, 900)])
            tryVerify(() => internal.x + internal.width >= 1500 + canvas.cardWidth, 1000, "grew right")
            verify(internal.y + internal.height >= 900 + canvas.cardHeight, "grew down")
            verify(internal.x + internal.width > right && internal.y + internal.height > bottom)
            // The DMZ did not move with it.
            const dmz = boundary("dmz")
            verify(dmz.x + dmz.width < 500)
        }

        function test_dragIntoAnotherZoneJoinsIt_oneUndo() {
            const start = doc.componentPosition("payment")
            compare(zoneOf("payment"), "internal")
            editor.setElement("component", "payment")
            compare(editor.value("zone"), "") // no `zone:` in the file: internal by default
            // Below the frontend, inside the DMZ boundary (and no other).
            const dmz = canvas.zoneBoundaries.boundsOf("dmz")
            const target = Qt.point(dmz.x + dmz.width / 2, dmz.y + dmz.height - 14)
            verify(!contains(canvas.zoneBoundaries.boundsOf("internal"), target.x, target.y) ||
                   canvas.zoneBoundaries.membersOf("internal") === 0, "target outside the internal box")
            dragCardTo("payment", target.x, target.y)
            compare(zoneOf("payment"), "dmz")
            compare(editor.value("zone"), "dmz", "the inspector shows the new zone")
            compare(canvas.zoneBoundaries.membersOf("dmz"), 2)
            verify(contains(boundary("dmz"), target.x, target.y))
            verify(doc.componentPosition("payment").y !== start.y, "moved")
            compare(doc.undoText, "Move payment to DMZ")

            doc.undo()
            compare(zoneOf("payment"), "internal")
            compare(editor.value("zone"), "")
            compare(doc.componentPosition("payment"), start)
            compare(canvas.zoneBoundaries.membersOf("dmz"), 1)
            verify(!doc.canUndo, "one step held both the move and the zone")

            doc.redo()
            compare(zoneOf("payment"), "dmz")
            verify(doc.componentPosition("payment").y !== start.y)
        }

        function test_dragHighlightsTheZoneItWouldJoin() {
            const dmz = canvas.zoneBoundaries.boundsOf("dmz")
            const from = canvas.edgeLayer.centerOf("payment")
            const a = canvas.toView(from.x, from.y)
            const b = canvas.toView(dmz.x + dmz.width / 2, dmz.y + dmz.height - 14)
            mousePress(canvas, a.x, a.y)
            mouseMove(canvas, a.x - 20, a.y + 10, -1, Qt.LeftButton)
            verify(!boundary("dmz").dropTarget, "still among the internal services")
            for (let i = 1; i <= 8; ++i)
                mouseMove(canvas, a.x + (b.x - a.x) * i / 8, a.y + (b.y - a.y) * i / 8, -1, Qt.LeftButton)
            verify(boundary("dmz").dropTarget)
            verify(!boundary("internal").dropTarget && !boundary("public").dropTarget)
            compare(boundary("dmz").border.width, 3)
            mouseRelease(canvas, b.x, b.y)
            verify(!boundary("dmz").dropTarget)
            compare(zoneOf("payment"), "dmz")
        }

        function test_droppedOutsideEveryBoundaryKeepsItsZone() {
            const dmz = canvas.zoneBoundaries.boundsOf("dmz")
            dragCardTo("frontend", dmz.x + dmz.width / 2, dmz.y + dmz.height + 200) // far below
            compare(zoneOf("frontend"), "dmz")
            verify(doc.canUndo)
            doc.undo()
            verify(!doc.canUndo)
        }

        function test_lastMemberLeavingEmptiesTheZone() {
            // The frontend dropped in the middle of the internal services joins them; the
            // DMZ then has no member and no boundary.
            const c = canvas.edgeLayer.centerOf("catalog")
            const s = canvas.edgeLayer.centerOf("ads")
            dragCardTo("frontend", (c.x + s.x) / 2 - 120, (c.y + s.y) / 2)
            compare(zoneOf("frontend"), "internal")
            editor.setElement("component", "frontend")
            // Internal is a gateway's default zone: the `zone: dmz` goes rather than becoming `zone: internal`.
            compare(editor.value("zone"), "")
            tryVerify(() => !boundary("dmz").visible)
            compare(canvas.zoneBoundaries.present, ["public", "internal"])
            doc.undo()
            compare(zoneOf("frontend"), "dmz")
            tryVerify(() => boundary("dmz").visible)
        }

        function test_multiCardDragEachByTheRule() {
            // Checkout and payment dragged together: checkout's centre lands in the public
            // boundary, payment (225 px right of it) in the DMZ's: each joins its own.
            const pub = canvas.zoneBoundaries.boundsOf("public"), dmz = canvas.zoneBoundaries.boundsOf("dmz")
            sel.select("checkout")
            sel.select("payment", Selection.Add)
            dragCardTo("checkout", pub.x + pub.width / 2, pub.y + pub.height / 2)
            const np = canvas.edgeLayer.centerOf("payment")
            verify(contains(dmz, np.x, np.y), "payment's centre in the DMZ: " + np)
            compare(zoneOf("checkout"), "public")
            compare(zoneOf("payment"), "dmz")
            compare(doc.undoText, "Move 2 components to other zones")
            doc.undo()
            compare(zoneOf("checkout"), "internal")
            compare(zoneOf("payment"), "internal")
            verify(!doc.canUndo)
        }

        function test_longNamesWrapAndShowInTooltip() {
            const shopper = findChild(card("shopper"), "cardName")
            compare(shopper.text, "Shopper's browser")
            compare(shopper.lineCount, 2)
            verify(!shopper.truncated, "two lines hold it whole")
            // One word too wide for the line: a smaller font, not a break inside the word.
            const rec = findChild(card("recommendation"), "cardName")
            compare(rec.lineCount, 1, "Recommendation at " + rec.font.pixelSize + " px, widest " + card("recommendation").widestWord + " in " + rec.width)
            verify(!rec.truncated)
            verify(rec.font.pixelSize < Theme.fontNormal && rec.font.pixelSize >= 10)

            editor.setElement("component", "cart")
            const longName = "Shopping cart aggregation and reconciliation service for every region"
            verify(editor.setValue("name", longName))
            const name = findChild(card("cart"), "cardName")
            tryCompare(name, "text", longName)
            compare(name.lineCount, 2)
            verify(name.truncated, "elided after two lines")
            verify(card("cart").toolTipText.indexOf(longName) === 0, card("cart").toolTipText)
            verify(card("cart").toolTipText.indexOf("C# / .NET") > 0, "technology in the tooltip")
        }

        function test_legendListsExactlyWhatTheModelUses() {
            const legend = canvas.legend
            verify(legend.visible)
            compare(legend.kinds, ["client", "gateway", "service", "cache"])
            compare(legend.patterns, ["rest", "grpc", "database"])
            for (const k of Vocabulary.kinds)
                compare(findChild(legend, "legendKind-" + k) !== null, legend.kinds.indexOf(k) >= 0, k)
            for (const p of Vocabulary.patterns)
                compare(findChild(legend, "legendPattern-" + p) !== null, legend.patterns.indexOf(p) >= 0, p)
            // Arrow samples as the edge layer draws them: its colour, dashed when async.
            for (const p of legend.patterns) {
                const row = findChild(legend, "legendPattern-" + p)
                compare(row.sync, !canvas.edgeLayer.isAsyncPattern(p), p)
                verify(Qt.colorEqual(row.stroke, canvas.edgeLayer.patternColor(p)), p)
            }
            // Adding a topic and a pub/sub integration shows them; undo takes them away.
            const t = doc.addComponent("topic", 1200, 700)
            verify(doc.addIntegration("checkout", t, "pubsub").length > 0)
            compare(legend.kinds, ["client", "gateway", "service", "cache", "topic"])
            compare(legend.patterns, ["rest", "grpc", "pubsub", "database"])
            tryVerify(() => findChild(legend, "legendPattern-pubsub") !== null)
            doc.undo()
            doc.undo()
            compare(legend.kinds, ["client", "gateway", "service", "cache"])
            compare(legend.patterns, ["rest", "grpc", "database"])
            // View ▸ Legend turns it off.
            canvas.legendVisible = false
            verify(!legend.visible)
            canvas.legendVisible = true
            verify(legend.visible)
            // Collapsing hides the rows.
            legend.expanded = false
            verify(!findChild(legend, "legendKinds").visible)
            tryVerify(() => legend.height < 40, 1000, "collapsed: " + legend.height)
        }
    }
}
