import QtQuick
import QtQuick.Controls
import Seam.Ui

// The model as a zoomable, pannable diagram. Scene coordinates are the model's
// layout pixels; the view maps them as view = scene * zoom + pan.
//
// Mouse: drag the background (or middle button) to pan, Shift/Ctrl+drag for a
// rubber band, Ctrl+wheel or pinch to zoom around the cursor, wheel to scroll.
FocusScope {
    id: canvas

    required property Document document
    required property Selection selection

    property real zoom: 1
    property real panX: 0
    property real panY: 0
    readonly property real minZoom: 0.05
    readonly property real maxZoom: 4
    readonly property real cardWidth: Geometry.cardWidth
    readonly property real cardHeight: Geometry.cardHeight
    readonly property alias contentItem: content
    readonly property alias edgeLayer: edges
    readonly property alias zoneBoundaries: zoneBounds
    readonly property alias legend: legendOverlay
    property bool legendVisible: true // View ▸ Legend
    readonly property alias routes: router
    readonly property int gridSize: Geometry.grid

    // Find: cards matching the text get a highlight.
    property string findText: ""
    property int findRevision: 0

    // The rubber band, in scene coordinates (for tests and drawing).
    property rect band: Qt.rect(0, 0, 0, 0)
    property bool banding: false
    // Link creation in progress.
    property string linkFrom: ""
    property point linkEnd: Qt.point(0, 0)
    property string linkTarget: ""

    // Cards glide (instead of jumping) while this is set: auto layout being applied.
    property bool layoutAnimating: false
    function animateNextLayout() {
        layoutAnimating = true
        edges.animateNextMove(350)
    }
    function stopLayoutAnimation() {
        edges.cancelMoveAnimation()
        layoutAnimating = false
    }
    // A new layout can spread the cards far past the old view: fit once they have arrived.
    property bool fitAfterLayout: false
    function fitWhenLaidOut() {
        if (layoutAnimating)
            fitAfterLayout = true
        else
            fit()
    }
    onLayoutAnimatingChanged: if (!layoutAnimating && fitAfterLayout) {
        fitAfterLayout = false
        fit()
    }

    signal elementActivated(string elementId)
    // A link was dropped on a card: the window asks for the pattern at (viewX, viewY).
    signal linkRequested(string from, string to, real viewX, real viewY)
    // Right-clicks: the window opens the menu at (viewX, viewY) of the canvas.
    signal cardMenuRequested(string elementId, real viewX, real viewY)
    signal edgeMenuRequested(string elementId, real viewX, real viewY)
    signal backgroundMenuRequested(real viewX, real viewY)

    // --- A flow shown on the canvas (the Flows panel) ----------------------------------------
    // Its steps' arrows carry their numbers; cards and arrows outside it are dimmed.
    property FlowListModel flows: null
    property string flowId: ""
    readonly property var flowSteps: flows && flowId.length > 0 && flows.revision >= 0 ? flows.steps(flowId) : []
    readonly property bool flowActive: flowSteps.length > 0
    readonly property var flowMembers: {
        const set = {}
        if (flowActive && flows.revision >= 0)
            for (const id of flows.componentIds(flowId))
                set[id] = true
        return set
    }
    // One badge row per arrow of the flow: the numbers of the steps that use it.
    readonly property var flowBadges: {
        const rows = [], at = {}
        for (const s of flowSteps) {
            if (s.integration.length === 0)
                continue
            if (at[s.integration] === undefined) {
                at[s.integration] = rows.length
                rows.push({ integration: s.integration, labels: [] })
            }
            rows[at[s.integration]].labels.push({ text: s.number, compensation: s.kind === "compensation" })
        }
        return rows
    }
    function isDimmed(componentId) { return flowActive && flowMembers[componentId] !== true }
    function clearFlow() { flowId = "" }
    // Bumped when the arrows were redrawn (cards moved, zoom): badges follow their arrows.
    property int edgeRevision: 0
    Connections {
        target: canvas.flows
        // The flow went (removed, or its id renamed): back to the normal view.
        function onRevisionChanged() {
            if (canvas.flowId.length > 0 && canvas.flows.indexOf(canvas.flowId) < 0)
                canvas.flowId = ""
        }
    }

    // --- Rename in place (double-click a card's name, or the card menu) ----------------------
    // Edits the display name, as the inspector's Name field does; Enter commits one undo step.
    property string renamingId: ""
    function beginRename(id) {
        if (!document || !document.hasComponent(id))
            return false
        renamer.setElement("component", id)
        renamingId = id
        return true
    }
    // The field gives its focus back, or the canvas's focus scope would hand it to the hidden field.
    function endRename() {
        renamingId = ""
        renameField.focus = false
        canvas.forceActiveFocus()
    }
    function commitRename(text) {
        const id = renamingId
        endRename()
        if (id.length > 0 && document.hasComponent(id)) {
            renamer.setElement("component", id)
            const shown = renamer.value("name") || id
            if (text !== shown)
                renamer.commitValue("name", text)
        }
    }
    function cancelRename() {
        endRename()
    }
    // A double-click on the name row renames, elsewhere on the card (or zoomed out so far that
    // cards show no name) it activates the card.
    function cardDoubleClicked(id, cardX, cardY) {
        if (zoom > 0.35 && cardX >= 40 && cardY < cardHeight * 0.6 && beginRename(id))
            return
        elementActivated(id)
    }
    ElementEditor { id: renamer; document: canvas.document }

    // --- Connect from here (card menu): the link follows the mouse until a card is clicked ---
    property bool connecting: false
    function beginConnect(from) {
        const c = edges.centerOf(from)
        beginLink(from, c.x, c.y)
        connecting = true
    }
    HoverHandler {
        enabled: canvas.connecting
        onPointChanged: {
            const s = canvas.toScene(point.position.x, point.position.y)
            canvas.updateLink(s.x, s.y)
        }
    }
    function cardContextMenu(id, sx, sy) {
        if (!selection.isSelected(id))
            selection.select(id, Selection.Replace)
        const v = toView(sx, sy)
        cardMenuRequested(id, v.x, v.y)
    }

    clip: true
    activeFocusOnTab: true

    function clampZoom(z) { return Math.max(minZoom, Math.min(maxZoom, z)) }
    function snap(v) { return Math.round(v / gridSize) * gridSize }
    function toScene(vx, vy) { return Qt.point((vx - panX) / zoom, (vy - panY) / zoom) }
    function toView(sx, sy) { return Qt.point(sx * zoom + panX, sy * zoom + panY) }

    // Zoom so that the scene point under (vx, vy) stays under it.
    function zoomAt(newZoom, vx, vy) {
        const z = clampZoom(newZoom)
        const s = toScene(vx, vy)
        zoom = z
        panX = vx - s.x * z
        panY = vy - s.y * z
    }
    function zoomBy(factor) { zoomAt(zoom * factor, width / 2, height / 2) }
    function zoomIn() { zoomBy(1.25) }
    function zoomOut() { zoomBy(0.8) }
    function resetZoom() { zoomAt(1, width / 2, height / 2) }

    function fitRect(r, margin) {
        if (r.width <= 0 || r.height <= 0 || width <= 0 || height <= 0) {
            zoom = 1; panX = 40; panY = 40
            return
        }
        const m = margin === undefined ? 40 : margin
        const z = clampZoom(Math.min((width - 2 * m) / r.width, (height - 2 * m) / r.height, 1.25))
        zoom = z
        panX = (width - r.width * z) / 2 - r.x * z
        panY = (height - r.height * z) / 2 - r.y * z
    }
    function fit() { fitRect(edges.contentBounds(), 40) }

    // Fit once the canvas has its final size (after a load the split view may still be
    // laying out): resizes within a short window re-fit.
    property bool fitPending: false
    function requestFit() {
        fitPending = true
        fitTimer.restart()
    }
    onWidthChanged: if (fitPending) fitTimer.restart()
    onHeightChanged: if (fitPending) fitTimer.restart()
    Timer {
        id: fitTimer
        interval: 50
        onTriggered: {
            if (canvas.width > 0 && canvas.height > 0) {
                canvas.fit()
                canvas.fitPending = false
            }
        }
    }

    function centerOn(sx, sy, animated) {
        const tx = width / 2 - sx * zoom
        const ty = height / 2 - sy * zoom
        if (animated) {
            panAnimX.to = tx; panAnimY.to = ty
            panAnim.restart()
        } else {
            panX = tx; panY = ty
        }
    }
    function centerOnElement(id) {
        const p = edges.centerOf(id)
        if (isNaN(p.x))
            return false
        // Zoom in enough to read the card when coming from an overview.
        if (zoom < 0.6)
            zoomAt(0.8, width / 2, height / 2)
        centerOn(p.x, p.y, true)
        return true
    }

    function matches(id, name) {
        const t = findText.toLowerCase()
        return t.length > 0 && (id.toLowerCase().indexOf(t) >= 0 || name.toLowerCase().indexOf(t) >= 0)
    }

    // A free spot near the centre of the view for a new card.
    function freeSpot() {
        const c = toScene(width / 2, height / 2)
        let x = snap(c.x - cardWidth / 2), y = snap(c.y - cardHeight / 2)
        for (let i = 0; i < 50 && edges.componentsIn(Qt.rect(x, y, cardWidth, cardHeight)).length > 0; ++i) {
            x += 2 * gridSize; y += 2 * gridSize
        }
        return Qt.point(x, y)
    }
    function addComponent(kind, sceneX, sceneY) {
        let p = sceneX === undefined ? freeSpot() : Qt.point(snap(sceneX - cardWidth / 2), snap(sceneY - cardHeight / 2))
        const id = document.addComponent(kind, p.x, p.y)
        if (id.length > 0)
            selection.select(id, Selection.Replace)
        return id
    }

    // --- Card dragging (called by ComponentCard) ---------------------------------------------
    property var dragIds: []
    property var dragStart: []
    property point dragOrigin
    property int dragId: 0
    property string pendingSingle: ""
    property var dropZones: [] // the zones the dragged cards would join here: highlighted

    function cardPressed(id, modifiers, sx, sy) {
        pendingSingle = ""
        if (connecting) {
            dragIds = []
            connecting = false
            endLink(sx, sy)
            return
        }
        if (modifiers & (Qt.ShiftModifier | Qt.ControlModifier)) {
            selection.select(id, Selection.Toggle)
            if (!selection.isSelected(id)) {
                dragIds = []
                return
            }
        } else if (!selection.isSelected(id)) {
            selection.select(id, Selection.Replace)
        } else {
            pendingSingle = id // a click (no drag) on a selected card selects it alone
        }
        dragIds = selection.componentIds
        dragStart = dragIds.map(i => document.componentPosition(i))
        dragOrigin = Qt.point(sx, sy)
        dragId = 0
    }
    function cardDragged(sx, sy) {
        if (dragIds.length === 0)
            return false
        const dx = sx - dragOrigin.x, dy = sy - dragOrigin.y
        if (dragId === 0 && Math.abs(dx) * zoom < 3 && Math.abs(dy) * zoom < 3)
            return false
        if (dragId === 0)
            dragId = document.beginDrag()
        const positions = dragStart.map(p => Qt.point(snap(p.x + dx), snap(p.y + dy)))
        document.moveComponents(dragIds, positions, dragId)
        dropZones = zoneBounds.joinedBy(dragIds)
        return true
    }
    function cardReleased(id, modifiers, moved) {
        if (!moved && pendingSingle === id)
            selection.select(id, Selection.Replace)
        // Dropped into another zone's boundary: the card joins it, in the drag's undo step.
        if (dragId !== 0)
            document.dropComponents(dragIds, dragId)
        pendingSingle = ""
        dragIds = []
        dragId = 0
        dropZones = []
    }

    // --- Link creation (called by the card handle) -------------------------------------------
    function beginLink(from, sx, sy) {
        linkFrom = from
        linkEnd = Qt.point(sx, sy)
        linkTarget = ""
    }
    function updateLink(sx, sy) {
        linkEnd = Qt.point(sx, sy)
        const t = edges.componentAt(linkEnd)
        linkTarget = t !== linkFrom ? t : ""
    }
    function cancelLink() {
        connecting = false
        linkFrom = ""
        linkTarget = ""
    }
    function endLink(sx, sy) {
        updateLink(sx, sy)
        const from = linkFrom, to = linkTarget
        linkFrom = ""
        linkTarget = ""
        if (from.length > 0 && to.length > 0) {
            const v = toView(sx, sy)
            linkRequested(from, to, v.x, v.y)
        }
    }

    // Graphviz routes for the arrows at the cards' current places (off the GUI thread).
    RouteController {
        id: router
        document: canvas.document
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.canvas
    }

    // Background: pan, rubber band, edge clicks, wheel.
    MouseArea {
        id: background
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.MiddleButton | Qt.RightButton
        property string mode: ""
        property point pressView
        property point pressPan
        property bool moved: false
        cursorShape: mode === "pan" && pressed ? Qt.ClosedHandCursor : Qt.ArrowCursor

        onPressed: (ev) => {
            canvas.forceActiveFocus()
            pressView = Qt.point(ev.x, ev.y)
            pressPan = Qt.point(canvas.panX, canvas.panY)
            moved = false
            if (ev.button === Qt.MiddleButton) {
                mode = "pan"
                return
            }
            const s = canvas.toScene(ev.x, ev.y)
            if (canvas.connecting) {
                mode = ""
                canvas.cancelLink() // connecting ends on a card; elsewhere it is called off
                return
            }
            if (ev.button === Qt.RightButton) {
                mode = ""
                const hit = canvas.edgeLayer.edgeAt(s, 6 / canvas.zoom)
                if (hit.length > 0) {
                    if (!canvas.selection.isSelected(hit))
                        canvas.selection.select(hit, Selection.Replace)
                    canvas.edgeMenuRequested(hit, ev.x, ev.y)
                } else {
                    canvas.backgroundMenuRequested(ev.x, ev.y)
                }
                return
            }
            const edge = canvas.edgeLayer.edgeAt(s, 6 / canvas.zoom)
            if (edge.length > 0) {
                canvas.selection.select(edge, (ev.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))
                                              ? Selection.Toggle : Selection.Replace)
                mode = ""
                return
            }
            if (ev.modifiers & (Qt.ShiftModifier | Qt.ControlModifier)) {
                mode = "band"
                canvas.band = Qt.rect(s.x, s.y, 0, 0)
                canvas.banding = true
            } else {
                mode = "pan"
            }
        }
        onPositionChanged: (ev) => {
            const dx = ev.x - pressView.x, dy = ev.y - pressView.y
            if (Math.abs(dx) + Math.abs(dy) > 3)
                moved = true
            if (mode === "pan") {
                canvas.panX = pressPan.x + dx
                canvas.panY = pressPan.y + dy
            } else if (mode === "band") {
                const a = canvas.toScene(pressView.x, pressView.y)
                const b = canvas.toScene(ev.x, ev.y)
                canvas.band = Qt.rect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(a.x - b.x), Math.abs(a.y - b.y))
            }
        }
        onReleased: (ev) => {
            if (mode === "band") {
                canvas.selection.selectInRect(canvas.band, (ev.modifiers & Qt.ShiftModifier) ? Selection.Add
                                                                                           : Selection.Replace)
                canvas.banding = false
            } else if (mode === "pan" && !moved && ev.button === Qt.LeftButton) {
                canvas.selection.clear()
            }
            mode = ""
        }
        onWheel: (ev) => {
            if (ev.modifiers & Qt.ControlModifier) {
                const steps = ev.angleDelta.y !== 0 ? ev.angleDelta.y : ev.pixelDelta.y
                canvas.zoomAt(canvas.zoom * Math.pow(1.0015, steps), ev.x, ev.y)
            } else {
                const dx = ev.pixelDelta.x !== 0 || ev.pixelDelta.y !== 0 ? ev.pixelDelta.x : ev.angleDelta.x / 2
                const dy = ev.pixelDelta.x !== 0 || ev.pixelDelta.y !== 0 ? ev.pixelDelta.y : ev.angleDelta.y / 2
                if (ev.modifiers & Qt.ShiftModifier) {
                    canvas.panX += dy
                } else {
                    canvas.panX += dx
                    canvas.panY += dy
                }
            }
        }
        onDoubleClicked: (ev) => {
            const edge = canvas.edgeLayer.edgeAt(canvas.toScene(ev.x, ev.y), 6 / canvas.zoom)
            if (edge.length > 0)
                canvas.elementActivated(edge)
        }
    }

    PinchHandler {
        id: pinch
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = canvas.zoom
        onActiveScaleChanged: canvas.zoomAt(startZoom * activeScale, centroid.position.x, centroid.position.y)
    }

    Item {
        id: content
        x: canvas.panX
        y: canvas.panY
        scale: canvas.zoom
        transformOrigin: Item.TopLeft

        readonly property rect viewport: Qt.rect(-canvas.panX / canvas.zoom, -canvas.panY / canvas.zoom,
                                                 canvas.width / canvas.zoom, canvas.height / canvas.zoom)

        // Trust zones under everything, the grid too: one item per zone, boxes computed in C++.
        ZoneBoundaries { id: zoneBounds; document: canvas.document }
        Repeater {
            model: Vocabulary.zones
            delegate: ZoneBoundary {
                boundaries: zoneBounds
                animate: canvas.layoutAnimating
                zoom: canvas.zoom
                dropTarget: canvas.dropZones.indexOf(zone) >= 0
            }
        }

        // Dot grid under everything, covering just the visible area.
        Image {
            visible: canvas.zoom >= 0.5
            source: Theme.dark ? "qrc:/seam/icons/grid-dark.svg" : "qrc:/seam/icons/grid-light.svg"
            fillMode: Image.Tile
            x: Math.floor(content.viewport.x / 20) * 20 - 20
            y: Math.floor(content.viewport.y / 20) * 20 - 20
            width: content.viewport.width + 40
            height: content.viewport.height + 40
            smooth: false
        }

        EdgeLayer {
            id: edges
            objectName: "edgeLayer"
            components: canvas.document ? canvas.document.components : null
            integrations: canvas.document ? canvas.document.integrations : null
            cardWidth: canvas.cardWidth
            cardHeight: canvas.cardHeight
            zoom: canvas.zoom
            viewport: content.viewport
            selectedIds: canvas.selection.integrationIds
            dark: Theme.dark
            labelBackground: Theme.canvas
            selectionColor: Theme.accent
            routes: router
            errorColor: Theme.error
            warningColor: Theme.warning
            onMoveAnimationFinished: canvas.layoutAnimating = false
            emphasizedIds: canvas.flowActive && canvas.flows.revision >= 0 ? canvas.flows.integrationIds(canvas.flowId) : []
            onEdgesRebuilt: canvas.edgeRevision++
        }

        Repeater {
            id: cards
            model: canvas.document ? canvas.document.components : null
            delegate: ComponentCard {
                canvas: content.parent
                opacity: canvas.isDimmed(elementId) ? 0.3 : 1
            }
        }

        // Step numbers of the flow shown, just above each of its arrows' labels.
        Repeater {
            model: canvas.flowBadges
            delegate: Row {
                required property var modelData
                objectName: "flowBadge-" + modelData.integration
                readonly property point at: canvas.edgeRevision >= 0 ? canvas.edgeLayer.centerOf(modelData.integration)
                                                                    : Qt.point(0, 0)
                visible: !isNaN(at.x)
                x: at.x - width / 2
                y: at.y - height - 10
                z: 3
                // Readable when zoomed out, never bigger than at 100 %.
                scale: 1 / Math.max(canvas.zoom, 0.6)
                transformOrigin: Item.Bottom
                spacing: 3
                Repeater {
                    model: parent.modelData.labels
                    delegate: Rectangle {
                        required property var modelData
                        height: 18
                        width: Math.max(18, badgeText.implicitWidth + 10)
                        radius: 9
                        // A compensation is outlined: it runs only when a later step fails.
                        color: modelData.compensation ? Theme.card : Theme.accent
                        border.color: modelData.compensation ? Theme.warning : Theme.canvas
                        border.width: 1.5
                        Text {
                            id: badgeText
                            anchors.centerIn: parent
                            text: parent.modelData.text
                            color: parent.modelData.compensation ? Theme.warning : Theme.badgeText
                            font.pixelSize: 10
                            font.bold: true
                        }
                    }
                }
            }
        }

        // Rename in place: over the card's name row, above the card.
        TextField {
            id: renameField
            objectName: "renameField"
            visible: canvas.renamingId.length > 0
            readonly property point topLeft: visible ? canvas.document.componentPosition(canvas.renamingId) : Qt.point(0, 0)
            x: topLeft.x + 41
            y: topLeft.y + 4
            z: 10
            width: canvas.cardWidth - 47
            height: 24
            padding: 3
            font.pixelSize: Theme.fontNormal
            font.weight: Font.DemiBold
            selectByMouse: true
            onVisibleChanged: if (visible) {
                text = renamer.value("name") || canvas.renamingId
                select(text.length, 0) // all of it, showing its start
                forceActiveFocus()
            }
            Keys.onReturnPressed: canvas.commitRename(text)
            Keys.onEnterPressed: canvas.commitRename(text)
            Keys.onEscapePressed: canvas.cancelRename()
            // Clicking elsewhere commits, as file managers do.
            onActiveFocusChanged: if (!activeFocus && canvas.renamingId.length > 0) canvas.commitRename(text)
        }

        // Link being drawn from a card's handle.
        Rectangle {
            id: linkLine
            visible: canvas.linkFrom.length > 0
            readonly property point start: visible ? canvas.edgeLayer.centerOf(canvas.linkFrom) : Qt.point(0, 0)
            readonly property real dx: canvas.linkEnd.x - start.x
            readonly property real dy: canvas.linkEnd.y - start.y
            x: start.x
            y: start.y - 1
            width: Math.sqrt(dx * dx + dy * dy)
            height: 2
            color: Theme.accent
            transformOrigin: Item.Left
            rotation: Math.atan2(dy, dx) * 180 / Math.PI
            antialiasing: true
        }
        Rectangle {
            visible: canvas.linkTarget.length > 0
            readonly property point c: visible ? canvas.edgeLayer.centerOf(canvas.linkTarget) : Qt.point(0, 0)
            x: c.x - canvas.cardWidth / 2 - 4
            y: c.y - canvas.cardHeight / 2 - 4
            width: canvas.cardWidth + 8
            height: canvas.cardHeight + 8
            radius: Theme.cardRadius + 3
            color: "transparent"
            border.color: Theme.accent
            border.width: 2
        }

        Rectangle {
            visible: canvas.banding
            x: canvas.band.x
            y: canvas.band.y
            width: canvas.band.width
            height: canvas.band.height
            color: Theme.selectionFill
            border.color: Theme.accent
            border.width: 1 / canvas.zoom
        }
    }

    ParallelAnimation {
        id: panAnim
        NumberAnimation { id: panAnimX; target: canvas; property: "panX"; duration: 220; easing.type: Easing.OutCubic }
        NumberAnimation { id: panAnimY; target: canvas; property: "panY"; duration: 220; easing.type: Easing.OutCubic }
    }

    Keys.onEscapePressed: {
        if (linkFrom.length > 0)
            cancelLink()
        else if (flowId.length > 0)
            clearFlow()
        else
            selection.clear()
    }

    CanvasLegend {
        id: legendOverlay
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 10
        document: canvas.document
        visible: canvas.legendVisible && canvas.document && canvas.document.componentCount > 0
    }

    // Empty model: say what to do instead of showing a blank area.
    Column {
        anchors.centerIn: parent
        visible: canvas.document && canvas.document.componentCount === 0
        spacing: 6
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("No components yet")
            font.pixelSize: 16
            color: Theme.mutedText
        }
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Add one from the palette on the left, open a model with Ctrl+O, or start from a template with Ctrl+Shift+N")
            color: Theme.faintText
        }
    }
}
