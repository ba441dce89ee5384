import QtQuick
import QtTest
import Seam.Ui

// Live lint reaches the Problems panel sorted by severity; clicking a finding
// reports its element.
Item {
    width: 900
    height: 400

    Document { id: doc }

    ProblemsPanel {
        id: panel
        anchors.fill: parent
        document: doc
    }

    SignalSpy { id: activated; target: panel; signalName: "activated" }

    TestCase {
        name: "Problems"
        when: windowShown

        function test_flawedModelListsFindingsBySeverity() {
            verify(doc.load(examplesDir + "/legacy-monolith.seam.yaml"), doc.lastError)
            verify(doc.lint.waitForIdle(10000))
            const list = findChild(panel, "problemsList")
            tryVerify(() => list.count > 0)
            compare(list.count, doc.problems.count)
            compare(doc.problems.errorCount + doc.problems.warningCount + doc.problems.infoCount, list.count)
            let rank = -1
            for (let i = 0; i < doc.problems.count; ++i) {
                const r = doc.problems.get(i).severityRank
                verify(r >= rank, "sorted by severity")
                rank = r
            }
            const first = doc.problems.get(0)
            list.positionViewAtBeginning()
            wait(0)
            mouseClick(list.itemAtIndex(0))
            compare(activated.count, 1)
            compare(activated.signalArguments[0][0], first.element)
        }

        function test_cleanModelHasNoErrors() {
            verify(doc.load(examplesDir + "/checkout.seam.yaml"), doc.lastError)
            verify(doc.lint.waitForIdle(10000))
            compare(doc.problems.errorCount, 0)
            compare(doc.problems.warningCount, 0)
            tryCompare(findChild(panel, "problems-count-error"), "text", "0 errors")
        }
    }
}
