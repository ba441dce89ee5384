import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

ApplicationWindow {
    id: window
    objectName: "mainWindow"

    // Set by main.cpp from the command line.
    property string initialFile: ""
    // Element to select after opening (used for the README screenshot).
    property string initialSelection: ""
    // True once a close was confirmed (saved or discarded).
    property bool closeConfirmed: false
    property var pendingAction: null

    readonly property alias document: doc
    readonly property alias selection: selection
    readonly property alias canvas: canvas
    readonly property alias inspector: inspector
    readonly property alias autoLayout: autoLayout

    width: 1440
    height: 900
    minimumWidth: 800
    minimumHeight: 500
    visible: true
    color: Theme.window
    title: doc.title + " — Seam"

    Document { id: doc }
    Selection { id: selection; document: doc }
    AutoLayoutController {
        id: autoLayout
        document: doc
        // Positions arrive as one undo step when the run finishes: let them glide in.
        onRunningChanged: if (running) canvas.animateNextLayout()
        onFinished: (applied) => {
            // A failed run applies nothing: say why (the error was never shown before).
            if (!applied)
                canvas.stopLayoutAnimation()
            if (lastError.length > 0)
                errorDialog.show(qsTr("Auto layout failed"), lastError)
            else if (applied)
                canvas.fitWhenLaidOut()
            else
                canvas.fit() // nothing to place: still show every card, as a layout would
        }
    }
    RecentFiles { id: recent }
    FlowListModel { id: flowList; document: doc }
    ExportController { id: exporter; document: doc }

    // One undo step; the importers' warnings (what the model cannot hold) are shown, not lost.
    function importFiles(paths) {
        const ok = doc.importFiles(paths)
        if (!ok || doc.loadDiagnostics.length > 0) {
            loadErrors.importing = true
            loadErrors.open()
        }
        return ok
    }

    function openFile(path) {
        loadErrors.importing = false
        if (doc.load(path)) {
            recent.add(doc.filePath)
            selection.clear()
            canvas.requestFit()
            if (doc.loadDiagnostics.length > 0)
                loadErrors.open() // warnings only
            if (doc.recovery.available)
                recoveryDialog.offer(null)
            return true
        }
        loadErrors.open()
        return false
    }

    // Runs `action` once unsaved changes are saved or discarded (or at once when there are none).
    function confirmDiscard(action) {
        if (!doc.modified) {
            action()
            return
        }
        pendingAction = action
        unsavedDialog.open()
    }
    function runPending() {
        const a = pendingAction
        pendingAction = null
        if (a)
            a()
    }
    function save(then) {
        if (doc.untitled) {
            saveDialog.then = then || null
            saveDialog.open()
            return
        }
        if (doc.save()) {
            recent.add(doc.filePath)
            if (then)
                then()
        } else {
            errorDialog.show(qsTr("Could not save"), doc.lastError)
        }
    }

    onClosing: (close) => {
        if (closeConfirmed || !doc.modified)
            return
        close.accepted = false
        confirmDiscard(() => { closeConfirmed = true; window.close() })
    }

    Component.onCompleted: {
        if (initialFile.length > 0 && openFile(initialFile) && initialSelection.length > 0)
            selection.select(initialSelection, Selection.Replace)
        else
            recoveryDialog.offerNextCrashed()
    }

    // --- Actions ---------------------------------------------------------------------------
    // Shortcuts are spelled out, not StandardKey: without a desktop theme (plain X11) some
    // standard keys, Save As among them, have no binding at all. "Ctrl" is Command on macOS.
    Action { id: newAction; text: qsTr("&New"); shortcut: "Ctrl+N"
        onTriggered: confirmDiscard(() => { doc.newModel(); selection.clear(); canvas.requestFit() }) }
    Action { id: newFromTemplateAction; text: qsTr("New from &Template…"); shortcut: "Ctrl+Shift+N"
        onTriggered: confirmDiscard(() => templateDialog.open()) }
    Action { id: openAction; text: qsTr("&Open…"); shortcut: "Ctrl+O"
        onTriggered: confirmDiscard(() => openDialog.open()) }
    Action { id: saveAction; text: qsTr("&Save"); shortcut: "Ctrl+S"; onTriggered: save() }
    Action { id: saveAsAction; text: qsTr("Save &As…"); shortcut: "Ctrl+Shift+S"
        onTriggered: { saveDialog.then = null; saveDialog.open() } }
    Action { id: importAction; text: qsTr("&Import…"); shortcut: "Ctrl+Shift+I"; onTriggered: importDialog.open() }
    Action { id: exportAction; text: qsTr("&Export…"); shortcut: "Ctrl+E"; onTriggered: exportDialog.open() }
    Action { id: quitAction; text: qsTr("&Quit"); shortcut: "Ctrl+Q"; onTriggered: window.close() }

    Action { id: undoAction; text: doc.undoText ? qsTr("&Undo %1").arg(doc.undoText) : qsTr("&Undo")
        shortcut: "Ctrl+Z"; enabled: doc.canUndo; onTriggered: doc.undo() }
    Action { id: redoAction; text: doc.redoText ? qsTr("&Redo %1").arg(doc.redoText) : qsTr("&Redo")
        shortcut: "Ctrl+Shift+Z"; enabled: doc.canRedo; onTriggered: doc.redo() }
    Action { id: cutAction; text: qsTr("Cu&t"); shortcut: "Ctrl+X"
        enabled: selection.componentIds.length > 0; onTriggered: selection.cut() }
    Action { id: copyAction; text: qsTr("&Copy"); shortcut: "Ctrl+C"
        enabled: selection.componentIds.length > 0; onTriggered: selection.copy() }
    Action { id: pasteAction; text: qsTr("&Paste"); shortcut: "Ctrl+V"; onTriggered: selection.paste() }
    Action { id: duplicateAction; text: qsTr("D&uplicate"); shortcut: "Ctrl+D"
        enabled: selection.componentIds.length > 0; onTriggered: selection.duplicate() }
    Action { id: deleteAction; text: qsTr("&Delete"); shortcut: "Del"
        enabled: selection.count > 0; onTriggered: selection.removeSelected() }
    Action { id: renameAction; text: qsTr("Re&name"); shortcut: "F2"
        enabled: selection.componentIds.length === 1; onTriggered: canvas.beginRename(selection.componentIds[0]) }
    Action { id: selectAllAction; text: qsTr("Select &All"); shortcut: "Ctrl+A"
        onTriggered: selection.selectAll() }
    Action { id: findAction; text: qsTr("&Find…"); shortcut: "Ctrl+F"; onTriggered: findBar.activate() }
    // Edit ▸ Align: two or more cards line up, three or more spread evenly (one undo step each).
    Action { id: alignLeftAction; text: qsTr("&Left Edges"); enabled: selection.componentIds.length > 1
        onTriggered: selection.align("left") }
    Action { id: alignCentreAction; text: qsTr("&Centres"); enabled: selection.componentIds.length > 1
        onTriggered: selection.align("centre") }
    Action { id: alignRightAction; text: qsTr("&Right Edges"); enabled: selection.componentIds.length > 1
        onTriggered: selection.align("right") }
    Action { id: alignTopAction; text: qsTr("&Top Edges"); enabled: selection.componentIds.length > 1
        onTriggered: selection.align("top") }
    Action { id: alignMiddleAction; text: qsTr("&Middles"); enabled: selection.componentIds.length > 1
        onTriggered: selection.align("middle") }
    Action { id: alignBottomAction; text: qsTr("&Bottom Edges"); enabled: selection.componentIds.length > 1
        onTriggered: selection.align("bottom") }
    Action { id: distributeHAction; text: qsTr("Distribute &Horizontally"); enabled: selection.componentIds.length > 2
        onTriggered: selection.distribute(Qt.Horizontal) }
    Action { id: distributeVAction; text: qsTr("Distribute &Vertically"); enabled: selection.componentIds.length > 2
        onTriggered: selection.distribute(Qt.Vertical) }

    Action { id: zoomInAction; text: qsTr("Zoom &In"); shortcut: "Ctrl++"; onTriggered: canvas.zoomIn() }
    Action { id: zoomOutAction; text: qsTr("Zoom &Out"); shortcut: "Ctrl+-"; onTriggered: canvas.zoomOut() }
    Action { id: zoomResetAction; text: qsTr("Actual &Size"); shortcut: "Ctrl+0"; onTriggered: canvas.resetZoom() }
    Action { id: fitAction; text: qsTr("&Fit to Window"); shortcut: "Ctrl+1"; onTriggered: canvas.fit() }
    // Auto Layout places the cards that have no place yet; Re-layout All moves every unpinned card.
    Action { id: layoutAction; text: qsTr("&Auto Layout"); shortcut: "Ctrl+L"
        enabled: !autoLayout.running && doc.componentCount > 0; onTriggered: autoLayout.placeNew() }
    Action { id: relayoutAction; text: qsTr("&Re-layout All"); shortcut: "Ctrl+Shift+L"
        enabled: !autoLayout.running && doc.componentCount > 0; onTriggered: autoLayout.run() }
    Action { id: paletteToggle; text: qsTr("&Palette"); checkable: true; checked: true }
    Action { id: inspectorToggle; text: qsTr("&Inspector"); checkable: true; checked: true; shortcut: "Ctrl+I" }
    Action { id: problemsToggle; text: qsTr("P&roblems"); checkable: true; checked: true; shortcut: "Ctrl+Shift+M" }
    Action { id: flowsToggle; text: qsTr("F&lows"); checkable: true; checked: true; shortcut: "Ctrl+Shift+F" }
    // On by default: a reviewer new to the diagram needs the key; it is small and collapses.
    Action { id: legendToggle; text: qsTr("&Legend"); checkable: true; checked: true }
    Action { id: rulesAction; text: qsTr("&Lint Rules"); onTriggered: rulesDialog.open() }
    Action { id: aboutAction; text: qsTr("&About Seam"); onTriggered: aboutDialog.open() }

    // Backspace deletes too (macOS habit), but not while typing in a field.
    Shortcut { sequence: "Backspace"; enabled: canvas.activeFocus && selection.count > 0
        onActivated: selection.removeSelected() }
    Shortcut { sequence: "Ctrl+="; onActivated: canvas.zoomIn() }
    Shortcut { sequence: "Ctrl+Y"; enabled: doc.canRedo; onActivated: doc.redo() }

    menuBar: MenuBar {
        id: menuBar
        objectName: "menuBar"
        readonly property bool menuOpen: {
            for (let i = 0; i < count; ++i)
                if (menuAt(i) && menuAt(i).visible)
                    return true
            return false
        }
        // Qt 6.4's menu bar keeps a title that is under the mouse highlighted when Escape
        // closes its menu, still in "open on hover" mode: the next hover opened the other
        // menu and the click on it closed it again (swallowed). The titles take no hover
        // of their own; hovering another title while a menu is open switches to it, as a
        // click does.
        delegate: MenuBarItem {
            id: title
            objectName: "menuTitle-" + text.replace("&", "")
            hoverEnabled: false
            HoverHandler {
                onHoveredChanged: if (hovered && menuBar.menuOpen && !title.highlighted) title.triggered()
            }
        }
        FittedMenu {
            title: qsTr("&File")
            ActionMenuItem { action: newAction }
            ActionMenuItem { action: newFromTemplateAction }
            ActionMenuItem { action: openAction }
            FittedMenu {
                id: recentMenu
                objectName: "recentMenu"
                title: qsTr("Open &Recent")
                enabled: recent.files.length > 0
                Instantiator {
                    model: recent.files
                    delegate: MenuItem {
                        required property string modelData
                        required property int index
                        objectName: "recent-" + index
                        // The file's name first: it is what tells the entries apart.
                        readonly property string fileName: modelData.substring(modelData.lastIndexOf("/") + 1)
                        readonly property string folder: modelData.substring(0, modelData.lastIndexOf("/"))
                        text: (index < 9 ? "&" + (index + 1) + "  " : "") + fileName + "  —  " + folder
                        // Opening reorders the list, which destroys this item while the menus
                        // are still closing and left both drawn: close them all first, then open.
                        onTriggered: {
                            const path = modelData
                            recentMenu.dismiss()
                            Qt.callLater(() => confirmDiscard(() => openFile(path)))
                        }
                    }
                    onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                }
                MenuSeparator {}
                MenuItem { text: qsTr("Clear List"); onTriggered: recent.clear() }
            }
            MenuSeparator {}
            ActionMenuItem { action: saveAction }
            ActionMenuItem { action: saveAsAction }
            MenuSeparator {}
            ActionMenuItem { action: importAction }
            ActionMenuItem { action: exportAction }
            MenuSeparator {}
            ActionMenuItem { action: quitAction }
        }
        FittedMenu {
            title: qsTr("&Edit")
            ActionMenuItem { action: undoAction }
            ActionMenuItem { action: redoAction }
            MenuSeparator {}
            ActionMenuItem { action: cutAction }
            ActionMenuItem { action: copyAction }
            ActionMenuItem { action: pasteAction }
            ActionMenuItem { action: duplicateAction }
            ActionMenuItem { action: renameAction }
            ActionMenuItem { action: deleteAction }
            MenuSeparator {}
            ActionMenuItem { action: selectAllAction }
            ActionMenuItem { action: findAction }
            MenuSeparator {}
            FittedMenu {
                objectName: "alignMenu"
                title: qsTr("Ali&gn")
                ActionMenuItem { action: alignLeftAction }
                ActionMenuItem { action: alignCentreAction }
                ActionMenuItem { action: alignRightAction }
                MenuSeparator {}
                ActionMenuItem { action: alignTopAction }
                ActionMenuItem { action: alignMiddleAction }
                ActionMenuItem { action: alignBottomAction }
                MenuSeparator {}
                ActionMenuItem { action: distributeHAction }
                ActionMenuItem { action: distributeVAction }
            }
        }
        FittedMenu {
            title: qsTr("&View")
            ActionMenuItem { action: zoomInAction }
            ActionMenuItem { action: zoomOutAction }
            ActionMenuItem { action: zoomResetAction }
            ActionMenuItem { action: fitAction }
            MenuSeparator {}
            ActionMenuItem { action: layoutAction }
            ActionMenuItem { action: relayoutAction }
            MenuSeparator {}
            ActionMenuItem { action: paletteToggle }
            ActionMenuItem { action: inspectorToggle }
            ActionMenuItem { action: problemsToggle }
            ActionMenuItem { action: flowsToggle }
            ActionMenuItem { action: legendToggle }
        }
        FittedMenu {
            title: qsTr("&Help")
            ActionMenuItem { action: rulesAction }
            ActionMenuItem { action: aboutAction }
        }
    }

    component SplitHandle: Rectangle {
        id: splitHandle
        implicitWidth: 1
        implicitHeight: 1
        color: Theme.panelBorder
        // The line is thin; the area that grabs the mouse is not.
        containmentMask: Item {
            x: -4
            y: -4
            width: splitHandle.width + 8
            height: splitHandle.height + 8
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal
        handle: SplitHandle {}

        ComponentPalette {
            id: componentPalette
            visible: paletteToggle.checked
            SplitView.preferredWidth: 168
            SplitView.minimumWidth: 130
            kinds: doc.componentKinds
            onAddRequested: (kind) => canvas.addComponent(kind)
            onDropRequested: (kind, windowX, windowY) => {
                const p = canvas.mapFromItem(null, windowX, windowY)
                if (p.x >= 0 && p.y >= 0 && p.x < canvas.width && p.y < canvas.height) {
                    const s = canvas.toScene(p.x, p.y)
                    canvas.addComponent(kind, s.x, s.y)
                }
            }
        }

        SplitView {
            orientation: Qt.Vertical
            SplitView.fillWidth: true
            handle: SplitHandle {}

            EditorCanvas {
                id: canvas
                objectName: "canvas"
                SplitView.fillHeight: true
                document: doc
                selection: selection
                focus: true
                legendVisible: legendToggle.checked
                onElementActivated: (id) => { selection.select(id, Selection.Replace); inspectorToggle.checked = true }
                onLinkRequested: (from, to, vx, vy) => patternPopup.ask(from, to, vx, vy)
                flows: flowList
                onCardMenuRequested: (id, vx, vy) => canvasMenus.openCardMenu(id, vx, vy)
                onEdgeMenuRequested: (id, vx, vy) => canvasMenus.openEdgeMenu(id, vx, vy)
                onBackgroundMenuRequested: (vx, vy) => canvasMenus.openBackgroundMenu(vx, vy)

                CanvasMenus {
                    id: canvasMenus
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

                FindBar {
                    id: findBar
                    anchors.top: parent.top
                    anchors.right: parent.right
                    anchors.margins: 10
                    canvas: canvas
                    document: doc
                    selection: selection
                }

                PatternPopup {
                    id: patternPopup
                    patterns: doc.patterns
                    edgeLayer: canvas.edgeLayer
                    onChosen: (from, to, pattern) => {
                        const id = doc.addIntegration(from, to, pattern)
                        if (id.length > 0)
                            selection.select(id, Selection.Replace)
                    }
                }

                // Zoom controls in the corner, for people without a wheel. Not in the Tab chain:
                // the keyboard has their shortcuts, and Tab from the canvas goes to the panels.
                Row {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: 10
                    spacing: 4
                    ToolButton { focusPolicy: Qt.NoFocus; text: "−"; onClicked: canvas.zoomOut(); ToolTip.visible: hovered; ToolTip.text: zoomOutAction.text.replace("&", "") }
                    ToolButton { focusPolicy: Qt.NoFocus; text: Math.round(canvas.zoom * 100) + "%"; onClicked: canvas.resetZoom(); ToolTip.visible: hovered; ToolTip.text: qsTr("Actual size") }
                    ToolButton { focusPolicy: Qt.NoFocus; text: "+"; onClicked: canvas.zoomIn(); ToolTip.visible: hovered; ToolTip.text: zoomInAction.text.replace("&", "") }
                    ToolButton { focusPolicy: Qt.NoFocus; text: "⤢"; onClicked: canvas.fit(); ToolTip.visible: hovered; ToolTip.text: qsTr("Fit to window") }
                }
            }

            // Problems and flows side by side under the canvas.
            SplitView {
                orientation: Qt.Horizontal
                visible: problemsToggle.checked || flowsToggle.checked
                SplitView.preferredHeight: 180
                SplitView.minimumHeight: 80
                handle: SplitHandle {}

                ProblemsPanel {
                    id: problems
                    visible: problemsToggle.checked
                    SplitView.fillWidth: true
                    SplitView.minimumWidth: 200
                    document: doc
                    onActivated: (element) => {
                        if (doc.hasComponent(element) || doc.hasIntegration(element)) {
                            selection.select(element, Selection.Replace)
                            canvas.centerOnElement(element)
                        }
                    }
                }

                FlowsPanel {
                    id: flowsPanel
                    visible: flowsToggle.checked
                    SplitView.preferredWidth: 520
                    SplitView.minimumWidth: 260
                    flows: flowList
                    currentFlowId: canvas.flowId
                    steps: canvas.flowSteps
                    onFlowClicked: (id) => canvas.flowId = canvas.flowId === id ? "" : id
                    onStepActivated: (integration) => canvas.centerOnElement(integration)
                    onCleared: canvas.clearFlow()
                }
            }
        }

        Inspector {
            id: inspector
            visible: inspectorToggle.checked
            SplitView.preferredWidth: 340
            SplitView.minimumWidth: 260
            document: doc
            selection: selection
        }
    }

    footer: StatusBar {
        document: doc
        canvas: canvas
        selection: selection
        autoLayout: autoLayout
    }

    // --- Dialogs ---------------------------------------------------------------------------
    // The folder of the model shown, else of the last file opened, else the dialog's default.
    function startFolder() {
        const p = doc.filePath.length > 0 ? doc.filePath : (recent.files.length > 0 ? recent.files[0] : "")
        return p.length > 0 ? p.substring(0, p.lastIndexOf("/")) : ""
    }
    FileChooser {
        id: openDialog
        objectName: "openDialog"
        title: qsTr("Open model")
        mode: FileChooser.OpenFile
        startPath: window.startFolder()
        nameFilters: [qsTr("Seam models (*.seam.yaml *.seam.yml *.seam.json *.yaml *.yml *.json)"), qsTr("All files (*)")]
        onAccepted: openFile(selectedFile)
    }
    FileChooser {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import contracts (.proto, OpenAPI, AsyncAPI)")
        mode: FileChooser.OpenFiles
        startPath: window.startFolder()
        nameFilters: [qsTr("Contracts (*.proto *.yaml *.yml *.json)"), qsTr("All files (*)")]
        onAccepted: importFiles(selectedFiles)
    }
    FileChooser {
        id: saveDialog
        objectName: "saveDialog"
        property var then: null
        title: qsTr("Save model as")
        mode: FileChooser.SaveFile
        startPath: doc.filePath.length > 0 ? doc.filePath : window.startFolder()
        defaultSuffix: "seam.yaml"
        nameFilters: [qsTr("Seam YAML (*.seam.yaml)"), qsTr("Seam JSON (*.seam.json)")]
        onAccepted: {
            if (doc.saveAs(selectedFile)) {
                recent.add(doc.filePath)
                const t = then
                then = null
                if (t)
                    t()
            } else {
                errorDialog.show(qsTr("Could not save"), doc.lastError)
            }
        }
    }

    Dialog {
        id: unsavedDialog
        objectName: "unsavedDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Save changes to “%1”?").arg(doc.fileName || qsTr("Untitled"))
        standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
        Label {
            text: qsTr("Your changes will be lost if you don't save them.")
            color: Theme.mutedText
        }
        onAccepted: save(runPending)
        onDiscarded: { close(); runPending() }
        onRejected: pendingAction = null
    }

    Dialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Recover unsaved changes?")
        standardButtons: Dialog.Yes | Dialog.No
        width: 480
        // null: the crashed changes to the file just opened; else one of doc.recovery.crashed,
        // offered at start-up (untitled work too), one after another until one is recovered.
        property var entry: null
        function offer(e) { entry = e; open() }
        function offerNextCrashed() {
            if (doc.recovery.crashed.length > 0)
                offer(doc.recovery.crashed[0])
        }
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Seam found changes to “%1” that were not saved before it last closed unexpectedly. Recover them? You can undo the recovery.")
                  .arg(recoveryDialog.entry ? recoveryDialog.entry.title : (doc.fileName || qsTr("Untitled")))
        }
        onAccepted: {
            if (!entry) {
                doc.recovery.recover()
            } else if (doc.recovery.restore(entry.id)) {
                if (!doc.untitled)
                    recent.add(doc.filePath)
                selection.clear()
                canvas.requestFit()
            } else {
                errorDialog.show(qsTr("Could not recover"), doc.lastError)
            }
        }
        onRejected: {
            if (!entry) {
                doc.recovery.discard()
                return
            }
            doc.recovery.discardCrashed(entry.id)
            Qt.callLater(offerNextCrashed)
        }
    }

    Dialog {
        id: errorDialog
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Ok
        property alias message: errorLabel.text
        function show(t, m) { title = t; message = m; open() }
        width: 520
        Label { id: errorLabel; wrapMode: Text.WordWrap; width: parent.width }
    }

    LoadErrorsDialog { id: loadErrors; document: doc }
    ExportDialog { id: exportDialog; controller: exporter; document: doc }
    LintRulesDialog { id: rulesDialog }
    // An untitled model: Save asks for a file name.
    NewFromTemplateDialog {
        id: templateDialog
        onChosen: (name) => {
            if (doc.newFromTemplate(name)) {
                selection.clear()
                canvas.requestFit()
            } else {
                errorDialog.show(qsTr("Could not open the template"), doc.lastError)
            }
        }
    }

    Dialog {
        id: aboutDialog
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("About Seam")
        standardButtons: Dialog.Close
        ColumnLayout {
            spacing: 6
            Label { text: "Seam " + Qt.application.version; font.pixelSize: 18; font.bold: true }
            Label {
                Layout.preferredWidth: 400
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("Model the components of a system and the integrations between them, lint the model against integration anti-patterns, and export documents and specifications.")
            }
            Label { text: qsTr("Model format version 1"); color: Theme.faintText }
        }
    }
}
