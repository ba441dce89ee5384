import QtQuick
import QtQuick.Controls
import QtTest
import Seam.Ui

// Load errors are listed with line numbers (no crash, model unchanged), and the
// export dialog's controller writes the chosen formats and reports the files.
Item {
    width: 900
    height: 700

    Document { id: doc }
    ExportController { id: exporter; document: doc }
    SignalSpy { id: exportDone; target: exporter; signalName: "finished" }
    LoadErrorsDialog { id: errors; document: doc }
    ExportDialog { id: exportDialog; controller: exporter; document: doc }

    TestCase {
        name: "Dialogs"
        when: windowShown

        function test_loadErrorsHaveLineNumbers() {
            verify(doc.load(examplesDir + "/checkout.seam.yaml"))
            const components = doc.componentCount
            verify(!doc.load(dataDir + "/broken.seam.yaml"))
            compare(doc.componentCount, components, "the open model is kept")
            const d = errors.diagnostics
            verify(d.length >= 2, JSON.stringify(d))
            verify(errors.failed)
            const lines = d.map(x => x.line)
            verify(lines.indexOf(5) >= 0, "kind: servise is on line 5: " + lines)
            verify(lines.indexOf(11) >= 0, "to: nowhere is on line 11: " + lines)
            verify(d.some(x => x.message.indexOf("service") >= 0), "suggests the closest spelling")
            errors.open()
            tryCompare(errors, "opened", true)
            errors.close()
        }

        function test_exportWritesChosenFormats() {
            verify(doc.load(examplesDir + "/checkout.seam.yaml"))
            const formats = exporter.formats.map(f => f.id)
            verify(formats.length > 0)
            verify(formats.indexOf("markdown") >= 0, formats)
            exportDone.clear()
            verify(exporter.start(["markdown"], scratchDir + "/export"))
            verify(exporter.busy, "the export runs in the background")
            verify(!exporter.start(["markdown"], scratchDir + "/export"), "one export at a time")
            exportDone.wait(20000)
            verify(!exporter.busy)
            const results = exportDone.signalArguments[0][0]
            compare(results.length, 1)
            verify(results[0].ok, results[0].error)
            verify(results[0].files.length > 0)
            verify(results[0].files[0].indexOf(scratchDir + "/export/") === 0)
            exportDone.clear()
            verify(exporter.start(["no-such-format"], scratchDir + "/export"))
            exportDone.wait(20000)
            const bad = exportDone.signalArguments[0][0]
            verify(!bad[0].ok)
            verify(bad[0].error.length > 0)
            // The dialog lists every format with a checkbox.
            exportDialog.open()
            tryCompare(exportDialog, "opened", true)
            verify(findChild(exportDialog.contentItem, "format-markdown"))
            exportDialog.close()
        }

        function rightEdgeIn(item, container) {
            return item.mapToItem(container, item.width, 0).x
        }

        // Everything fits inside the dialog (long descriptions wrap), and the folder
        // proposed is a per-user one named after the model, then the last one used.
        function test_exportDialogFitsAndProposesAUserFolder() {
            verify(doc.load(examplesDir + "/checkout.seam.yaml"))
            exporter.lastFolder = ""
            const proposed = exporter.suggestedFolder()
            verify(proposed.endsWith("/Seam exports/checkout"), proposed)
            verify(proposed.indexOf(examplesDir) !== 0, "inside the model's folder: " + proposed)
            exportDialog.open()
            tryCompare(exportDialog, "opened", true)
            const content = exportDialog.contentItem
            wait(50)
            compare(findChild(content, "exportFolder").text, proposed)
            for (const f of exporter.formats) {
                const check = findChild(content, "format-" + f.id)
                verify(rightEdgeIn(check, content) <= content.width + 0.5,
                       f.id + " runs past the dialog: " + rightEdgeIn(check, content) + " > " + content.width)
                verify(check.contentItem.contentWidth <= check.contentItem.width + 0.5, f.id + " text overflows")
            }
            const browse = findChild(content, "exportBrowse")
            verify(browse.visible)
            verify(rightEdgeIn(browse, content) <= content.width + 0.5, "Browse runs past the dialog")
            exportDialog.close()

            exportDone.clear()
            verify(exporter.start(["dot"], scratchDir + "/chosen"))
            exportDone.wait(20000)
            compare(exporter.lastFolder, scratchDir + "/chosen")
            compare(exporter.suggestedFolder(), scratchDir + "/chosen")
            exportDialog.open()
            tryCompare(exportDialog, "opened", true)
            compare(findChild(content, "exportFolder").text, scratchDir + "/chosen")
            exportDialog.close()
            exporter.lastFolder = ""
        }
    }
}
