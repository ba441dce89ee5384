import QtQuick
import QtQuick.Controls
import Seam.Ui

// A menu item that shows its action's shortcut at the right, as desktop menus do:
// Qt Quick Controls 6.4 draws none.
MenuItem {
    id: item
    // The platform's spelling of the shortcut ("Ctrl+Shift+S"); "" when there is none.
    readonly property string shortcutText: keys.nativeText

    // Never enabled: it only turns the action's sequence (text or StandardKey) into text.
    Shortcut {
        id: keys
        enabled: false
        sequence: item.action && item.action.shortcut ? item.action.shortcut : ""
    }

    rightPadding: padding + (shortcutText.length > 0 ? shortcutLabel.implicitWidth + 28 : 0)

    Label {
        id: shortcutLabel
        objectName: "shortcutLabel"
        anchors.right: parent.right
        anchors.rightMargin: item.padding + 4
        anchors.verticalCenter: parent.verticalCenter
        text: item.shortcutText
        font: item.font
        color: item.highlighted ? item.palette.highlightedText : Theme.mutedText
        opacity: item.enabled ? 1 : 0.5
    }
}
