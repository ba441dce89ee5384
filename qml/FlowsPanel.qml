import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// The model's flows (left) and the numbered steps of the one shown on the canvas (right).
// Clicking a flow shows it (the canvas dims everything else), clicking it again or Escape
// clears it; clicking a step centres the canvas on its arrow.
Rectangle {
    id: panel
    objectName: "flowsPanel"
    property FlowListModel flows
    // The flow shown on the canvas ("" = none): the canvas owns it, the panel follows.
    property string currentFlowId: ""
    property var steps: []
    signal flowClicked(string flowId)
    signal stepActivated(string integration)
    signal cleared()

    color: Theme.panel
    Keys.onEscapePressed: panel.cleared()

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.panelBorder
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 1
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 32
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            spacing: 14
            Label {
                text: qsTr("FLOWS")
                font.pixelSize: 10
                font.weight: Font.DemiBold
                font.letterSpacing: 0.8
                color: Theme.faintText
            }
            Label {
                text: panel.flows ? Wording.count(panel.flows.count, qsTr("flow"), qsTr("flows")) : ""
                color: Theme.mutedText
                font.pixelSize: 11
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: panel.currentFlowId.length > 0
                text: qsTr("Esc to clear")
                color: Theme.faintText
                font.pixelSize: 11
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ListView {
                id: flowList
                objectName: "flowList"
                Layout.preferredWidth: Math.max(180, panel.width * 0.38)
                Layout.fillHeight: true
                clip: true
                model: panel.flows
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: flowRow
                    objectName: "flow-" + flowId
                    required property string flowId
                    required property string name
                    required property int stepCount
                    required property string sla
                    readonly property bool current: flowId === panel.currentFlowId
                    width: ListView.view.width
                    height: 40
                    padding: 0
                    background: Rectangle {
                        color: flowRow.current ? Theme.accentSoft : flowRow.hovered ? Theme.rowHover : "transparent"
                    }
                    onClicked: panel.flowClicked(flowId)
                    // Name above, figures below: the column is narrow and names are long.
                    contentItem: ColumnLayout {
                        spacing: 1
                        Label {
                            Layout.leftMargin: 12
                            Layout.rightMargin: 12
                            Layout.fillWidth: true
                            text: flowRow.name
                            color: flowRow.current ? Theme.accent : Theme.text
                            font.weight: flowRow.current ? Font.DemiBold : Font.Normal
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.leftMargin: 12
                            Layout.rightMargin: 12
                            Layout.fillWidth: true
                            text: Wording.count(flowRow.stepCount, qsTr("step"), qsTr("steps"))
                                  + (flowRow.sla.length > 0 ? "  ·  " + qsTr("SLA %1").arg(flowRow.sla) : "")
                            color: Theme.faintText
                            font.pixelSize: 11
                            elide: Text.ElideRight
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: flowList.count === 0
                    text: qsTr("No flows in this model")
                    color: Theme.faintText
                }
            }

            Rectangle {
                Layout.fillHeight: true
                width: 1
                color: Theme.panelBorder
            }

            ListView {
                id: stepList
                objectName: "flowStepList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: panel.steps
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: stepRow
                    required property var modelData
                    required property int index
                    objectName: "flowStep-" + index
                    readonly property var step: modelData
                    readonly property bool group: step.kind === "group"
                    readonly property bool compensation: step.kind === "compensation"
                    width: ListView.view.width
                    height: 26
                    padding: 0
                    enabled: !group
                    background: Rectangle {
                        color: stepRow.hovered ? Theme.rowHover : "transparent"
                    }
                    onClicked: panel.stepActivated(step.integration)
                    contentItem: RowLayout {
                        spacing: 8
                        Rectangle {
                            Layout.leftMargin: 12 + stepRow.step.depth * 14
                            Layout.preferredWidth: Math.max(22, numberText.implicitWidth + 10)
                            Layout.preferredHeight: 18
                            radius: 9
                            // As on the canvas: steps filled, compensations outlined, groups hollow.
                            color: stepRow.group || stepRow.compensation ? "transparent" : Theme.accent
                            border.color: stepRow.group ? Theme.faintText : stepRow.compensation ? Theme.warning : "transparent"
                            border.width: stepRow.compensation ? 1.5 : 1
                            Text {
                                id: numberText
                                anchors.centerIn: parent
                                text: stepRow.step.number
                                color: stepRow.group ? Theme.mutedText : stepRow.compensation ? Theme.warning : Theme.badgeText
                                font.pixelSize: 10
                                font.bold: true
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            color: stepRow.compensation ? Theme.warning : Theme.text
                            text: {
                                const s = stepRow.step
                                const when = s.when.length > 0 ? qsTr("when %1: ").arg(s.when) : ""
                                if (stepRow.group)
                                    return when + (s.title === "parallel" ? qsTr("parallel — every branch runs")
                                                   : s.title === "alternative" ? qsTr("alternative — exactly one branch runs")
                                                   : qsTr("optional — runs or not"))
                                const ends = s.from.length > 0 ? s.fromName + " → " + s.toName : s.integration
                                const call = s.operation.length > 0 ? "  " + s.operation
                                           : s.event.length > 0 ? "  " + qsTr("event %1").arg(s.event) : ""
                                const undo = stepRow.compensation
                                           ? (s.viaStep.length > 0 ? qsTr("undoes %1 by step %2: ").arg(s.undoes).arg(s.viaStep)
                                                                   : qsTr("undoes %1: ").arg(s.undoes))
                                           : ""
                                return when + undo + ends + call
                            }
                        }
                        Label {
                            Layout.rightMargin: 12
                            visible: stepRow.step.irreversible
                            text: qsTr("irreversible")
                            color: Theme.error
                            font.pixelSize: 11
                        }
                    }
                    ToolTip.visible: hovered && !group
                    ToolTip.delay: 800
                    ToolTip.text: qsTr("%1: %2 → %3").arg(step.integration).arg(step.from).arg(step.to)
                }
                Label {
                    anchors.centerIn: parent
                    visible: stepList.count === 0 && flowList.count > 0
                    text: qsTr("Click a flow to show its steps on the canvas")
                    color: Theme.faintText
                }
            }
        }
    }
}
