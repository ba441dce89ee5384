import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seam.Ui

// Live lint findings, errors first. Clicking one selects and centres its element.
// Findings that share one cause are one group row (chevron and count); clicking
// it lists its members indented under it, each selectable like any finding.
Rectangle {
    id: panel
    objectName: "problemsPanel"
    property Document document
    signal activated(string element)

    color: Theme.panel

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
                text: qsTr("PROBLEMS")
                font.pixelSize: 10
                font.weight: Font.DemiBold
                font.letterSpacing: 0.8
                color: Theme.faintText
            }
            Repeater {
                model: [
                    { sev: "error", n: panel.document ? panel.document.problems.errorCount : 0, one: qsTr("error"), many: qsTr("errors") },
                    { sev: "warning", n: panel.document ? panel.document.problems.warningCount : 0, one: qsTr("warning"), many: qsTr("warnings") },
                    { sev: "info", n: panel.document ? panel.document.problems.infoCount : 0, one: qsTr("info"), many: qsTr("info") }
                ]
                delegate: Row {
                    required property var modelData
                    spacing: 5
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 8
                        height: 8
                        radius: 4
                        color: Theme.severityColor(parent.modelData.sev)
                    }
                    Label {
                        objectName: "problems-count-" + parent.modelData.sev
                        text: Wording.count(parent.modelData.n, parent.modelData.one, parent.modelData.many)
                        color: Theme.mutedText
                        font.pixelSize: 11
                    }
                }
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: panel.document && panel.document.problems.suppressedCount > 0
                text: panel.document ? qsTr("%1 suppressed").arg(panel.document.problems.suppressedCount) : ""
                color: Theme.faintText
                font.pixelSize: 11
            }
            BusyIndicator {
                running: panel.document && panel.document.lint.running
                visible: running
                Layout.preferredWidth: 18
                Layout.preferredHeight: 18
            }
        }

        ListView {
            id: list
            objectName: "problemsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.document ? panel.document.problems : null
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string severity
                required property string rule
                required property string message
                required property string hint
                required property string element
                required property int line
                required property string kind
                required property int memberCount
                required property bool expanded
                readonly property bool isGroup: kind === "group"
                width: ListView.view.width
                height: 46
                padding: 0
                background: Rectangle {
                    color: row.hovered ? Theme.rowHover : "transparent"
                }
                onClicked: {
                    if (row.isGroup)
                        panel.document.problems.toggleGroup(row.index)
                    else
                        panel.activated(element)
                }
                contentItem: RowLayout {
                    spacing: 10
                    Label {
                        objectName: "groupChevron"
                        Layout.leftMargin: 12
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 8
                        Layout.preferredWidth: row.kind === "finding" ? 0 : 12
                        visible: row.kind !== "finding"
                        // Members sit one step in, under their group's chevron.
                        text: row.isGroup ? (row.expanded ? "\u25BE" : "\u25B8") : ""
                        color: Theme.mutedText
                    }
                    Rectangle {
                        Layout.leftMargin: row.kind === "group" ? 0 : 12
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 8
                        width: 16
                        height: 16
                        radius: row.severity === "error" ? 8 : 3
                        rotation: row.severity === "warning" ? 45 : 0
                        color: Theme.severityColor(row.severity)
                        Label {
                            anchors.centerIn: parent
                            rotation: -parent.rotation
                            text: row.severity === "error" ? "!" : row.severity === "warning" ? "!" : "i"
                            color: "white"
                            font.pixelSize: 10
                            font.bold: true
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 1
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: row.message
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                text: row.rule
                                color: Theme.faintText
                                font.family: "monospace"
                                font.pixelSize: 11
                            }
                            Label {
                                Layout.rightMargin: 12
                                text: row.isGroup ? Wording.count(row.memberCount, qsTr("finding"), qsTr("findings"))
                                                  : row.element + (row.line > 0 ? ":" + row.line : "")
                                color: Theme.faintText
                                font.pixelSize: 11
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.rightMargin: 12
                            text: row.hint
                            color: Theme.mutedText
                            font.pixelSize: 11
                            elide: Text.ElideRight
                        }
                    }
                }
                ToolTip.visible: hovered
                ToolTip.delay: 800
                ToolTip.text: row.message + "\n" + row.hint
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: panel.document && panel.document.lint.running ? qsTr("Linting…") : qsTr("No problems found")
                color: Theme.faintText
            }
        }
    }
}
