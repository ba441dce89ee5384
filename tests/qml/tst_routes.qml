import QtQuick
import QtTest
import Seam.Ui

// Arrows along Graphviz routes: an edge is hit on its curve (not on the straight
// line it replaced), goes straight while its cards are elsewhere than where it was
// routed, follows moves once the new routes arrive, and labels of parallel
// integrations do not sit on top of each other.
Item {
    id: root
    width: 1200
    height: 700

    Document { id: doc }
    Selection { id: sel; document: doc }

    EditorCanvas {
        id: canvas
        anchors.fill: parent
        document: doc
        selection: sel
    }

    TestCase {
        name: "Routes"
        when: windowShown

        function load(file) {
            verify(doc.load(dataDir + "/" + file), doc.lastError)
            canvas.routes.delay = 0
            canvas.zoom = 1
            canvas.panX = 100
            canvas.panY = 200
            verify(canvas.routes.waitForRoutes(30000), "routes arrive")
            compare(canvas.routes.lastError, "")
            wait(0)
        }

        // Largest distance of a path's points from the line y = lineY.
        function maxOffset(path, lineY) {
            let m = 0
            for (const p of path)
                m = Math.max(m, Math.abs(p.y - lineY))
            return m
        }

        function distanceToPath(pt, path) {
            let best = 1e9
            for (let i = 1; i < path.length; ++i) {
                const a = path[i - 1], b = path[i]
                const dx = b.x - a.x, dy = b.y - a.y
                const len2 = dx * dx + dy * dy
                let t = len2 > 0 ? ((pt.x - a.x) * dx + (pt.y - a.y) * dy) / len2 : 0
                t = Math.max(0, Math.min(1, t))
                best = Math.min(best, Math.hypot(pt.x - (a.x + t * dx), pt.y - (a.y + t * dy)))
            }
            return best
        }

        function test_routedEdgeIsHitOnItsCurve() {
            load("routes.seam.yaml")
            tryCompare(canvas.edgeLayer, "routedCount", 1)
            const path = canvas.edgeLayer.pathOf("left-right")
            verify(path.length > 4, "a curve, not a segment: " + path.length + " points")
            // The card centres are on y = 36: the route leaves that line to go round "middle".
            let far = path[0]
            for (const p of path)
                if (Math.abs(p.y - 36) > Math.abs(far.y - 36))
                    far = p
            verify(Math.abs(far.y - 36) > 36, "the route clears the middle card, at " + far.y)
            compare(canvas.edgeLayer.edgeAt(far, 3), "left-right")
            // Where the straight line would be (between the cards, off the route): nothing.
            compare(canvas.edgeLayer.edgeAt(Qt.point(300, 36), 6), "")
            compare(canvas.edgeLayer.edgeAt(Qt.point(680, 36), 6), "")
            // The arrow ends on the "right" card's border.
            const end = path[path.length - 1]
            verify(end.x >= 800 - 2 && end.x <= 960 + 2 && end.y >= -2 && end.y <= 72 + 2, end.x + "," + end.y)
        }

        function test_movedCardsGoStraightUntilRoutedAgain() {
            load("routes.seam.yaml")
            tryCompare(canvas.edgeLayer, "routedCount", 1)
            canvas.routes.delay = 100000 // hold the new routes back: the old one is stale now
            doc.moveComponents(["middle"], [Qt.point(400, 400)])
            verify(canvas.routes.pending)
            tryCompare(canvas.edgeLayer, "routedCount", 1) // its own cards did not move: still routed
            doc.moveComponents(["left"], [Qt.point(0, 20)])
            tryCompare(canvas.edgeLayer, "routedCount", 0)
            compare(canvas.edgeLayer.pathOf("left-right").length, 2)
            // Routed again for the new places: nothing is in the way, so it runs nearly straight.
            canvas.routes.refresh()
            verify(canvas.routes.waitForRoutes(30000))
            tryCompare(canvas.edgeLayer, "routedCount", 1)
            const path = canvas.edgeLayer.pathOf("left-right")
            verify(maxOffset(path, 46) < 20, "nearly straight now: " + maxOffset(path, 46))
        }

        // The label names the first operation where there is room, and falls back to the
        // pattern alone where there is not.
        function test_labelShowsFirstOperation() {
            load("routes.seam.yaml")
            tryCompare(canvas.edgeLayer, "routedCount", 1)
            compare(canvas.edgeLayer.labelTextOf("left-right"), "rest · GetCart +2")
            canvas.routes.delay = 100000 // keep it straight: the new route would arrive at once
            doc.moveComponents(["middle"], [Qt.point(400, 400)])
            doc.moveComponents(["right"], [Qt.point(250, 0)]) // a 90 px gap
            tryCompare(canvas.edgeLayer, "routedCount", 0)
            tryCompare(canvas.edgeLayer, "labelCount", 1)
            compare(canvas.edgeLayer.labelTextOf("left-right"), "rest")
        }

        function test_parallelLabelsDoNotOverlap() {
            load("parallel.seam.yaml")
            const ids = ["shop-stock-rest", "shop-stock-grpc"]
            for (const routed of [true, false]) {
                if (!routed) {
                    canvas.edgeLayer.routes = null // the straight, fanned-out arrows
                    tryCompare(canvas.edgeLayer, "routedCount", 0)
                } else {
                    tryCompare(canvas.edgeLayer, "routedCount", 2)
                }
                const a = canvas.edgeLayer.labelRectOf(ids[0])
                const b = canvas.edgeLayer.labelRectOf(ids[1])
                verify(a.width > 0 || b.width > 0, "at least one label is shown")
                compare(canvas.edgeLayer.labelCount, (a.width > 0 ? 1 : 0) + (b.width > 0 ? 1 : 0))
                if (a.width > 0 && b.width > 0) {
                    const apart = a.x + a.width <= b.x || b.x + b.width <= a.x
                                  || a.y + a.height <= b.y || b.y + b.height <= a.y
                    verify(apart, "labels overlap (routed: " + routed + "): " + JSON.stringify([a, b]))
                }
                // Each shown label sits on its own arrow.
                for (let i = 0; i < 2; ++i) {
                    const r = canvas.edgeLayer.labelRectOf(ids[i])
                    if (r.width === 0)
                        continue
                    const c = Qt.point(r.x + r.width / 2, r.y + r.height / 2)
                    verify(distanceToPath(c, canvas.edgeLayer.pathOf(ids[i])) < 1, ids[i] + " is off its arrow")
                }
            }
        }

        // Lint findings on an integration show as badges at its label, as on cards.
        function test_lintBadgesSitAtTheLabel() {
            verify(doc.load(examplesDir + "/online-boutique.seam.yaml"), doc.lastError)
            canvas.zoom = 1
            canvas.panX = 0
            canvas.panY = 0
            tryVerify(() => !doc.lint.running && doc.lint.lintedRevision === doc.revision
                      && canvas.edgeLayer.badgeCount > 0, 20000, "badges after lint")
            wait(50)
            const ids = doc.allIntegrationIds()
            let withBadge = [], without = []
            for (const id of ids)
                (canvas.edgeLayer.badgeRectOf(id).width > 0 ? withBadge : without).push(id)
            verify(withBadge.indexOf("shopper-frontend") >= 0, "the unauthenticated public call has a badge")
            const label = canvas.edgeLayer.labelRectOf("shopper-frontend")
            const badge = canvas.edgeLayer.badgeRectOf("shopper-frontend")
            if (label.width > 0) {
                verify(badge.x >= label.x + label.width, "right of the label")
                verify(Math.abs((badge.y + badge.height / 2) - (label.y + label.height / 2)) < 1, "level with it")
            }
            // No label or badge is drawn under a card, where nobody could read it.
            for (const id of ids) {
                for (const r of [canvas.edgeLayer.labelRectOf(id), canvas.edgeLayer.badgeRectOf(id)]) {
                    if (r.width === 0 || canvas.edgeLayer.labelRectOf(id).width === 0)
                        continue
                    for (const card of doc.allComponentIds()) {
                        const p = doc.componentPosition(card)
                        const apart = r.x + r.width <= p.x || p.x + canvas.cardWidth <= r.x
                                      || r.y + r.height <= p.y || p.y + canvas.cardHeight <= r.y
                        verify(apart, id + "'s label or badge is under " + card)
                    }
                }
            }
            // A model whose integrations lint finds nothing on: no badge at all.
            verify(doc.load(examplesDir + "/checkout.seam.yaml"), doc.lastError)
            tryVerify(() => !doc.lint.running && doc.lint.runCount > 0, 20000)
            wait(50)
            compare(canvas.edgeLayer.badgeCount, 0)
        }

        function cleanup() {
            canvas.edgeLayer.routes = canvas.routes
        }
    }
}
