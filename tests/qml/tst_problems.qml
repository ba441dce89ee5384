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
            // A group row stands for its members: the severity counts are findings.
            let findings = 0
            for (let i = 0; i < doc.problems.count; ++i)
                findings += doc.problems.get(i).kind === "group" ? doc.problems.get(i).memberCount : 1
            compare(doc.problems.errorCount + doc.problems.warningCount + doc.problems.infoCount, findings)
            let rank = -1
            for (let i = 0; i < doc.problems.count; ++i) {
                const r = doc.problems.get(i).severityRank
                verify(r >= rank, "sorted by severity")
                rank = r
            }
            const first = doc.problems.get(0)
            activated.clear()
            list.positionViewAtBeginning()
            wait(0)
            mouseClick(list.itemAtIndex(0))
            compare(activated.count, 1)
            compare(activated.signalArguments[0][0], first.element)
        }

        function test_sharedCauseIsOneRowThatExpands() {
            activated.clear()
            verify(doc.load(examplesDir + "/online-boutique.seam.yaml"), doc.lastError)
            verify(doc.lint.waitForIdle(10000))
            const list = findChild(panel, "problemsList")
            tryVerify(() => list.count > 0)
            let row = -1
            for (let i = 0; i < doc.problems.count && row < 0; ++i)
                if (doc.problems.get(i).kind === "group")
                    row = i
            verify(row >= 0, "online-boutique has findings that share a cause")
            const group = doc.problems.get(row)
            verify(group.memberCount > 1)
            verify(!group.expanded, "groups start collapsed")
            verify(group.message.startsWith(group.memberCount + " findings, one cause: "), group.message)
            compare(group.related.length, group.memberCount)
            const rows = doc.problems.count

            list.positionViewAtIndex(row, ListView.Beginning)
            wait(0)
            mouseClick(list.itemAtIndex(row))
            compare(activated.count, 0) // a group row opens, it selects nothing
            compare(doc.problems.count, rows + group.memberCount)
            verify(doc.problems.get(row).expanded)
            const member = doc.problems.get(row + 1)
            compare(member.kind, "member")
            compare(member.rule, group.rule)
            compare(member.element, group.related[0])

            // A member jumps to its element like any finding.
            list.positionViewAtIndex(row + 1, ListView.Beginning)
            wait(0)
            mouseClick(list.itemAtIndex(row + 1))
            compare(activated.count, 1)
            compare(activated.signalArguments[0][0], member.element)

            // Clicking the group again folds it.
            list.positionViewAtIndex(row, ListView.Beginning)
            wait(0)
            mouseClick(list.itemAtIndex(row))
            compare(doc.problems.count, rows)
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
