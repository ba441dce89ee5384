import QtQuick
import QtQuick.Controls

// A menu as wide as its widest item (Qt Quick Controls 6.4 keeps the style's fixed
// width, which cut off long entries such as the files in Open Recent), but never wider
// than the window.
Menu {
    id: menu
    readonly property real widestItem: {
        let w = 0
        for (let i = 0; i < count; ++i) {
            const item = itemAt(i)
            if (item)
                w = Math.max(w, item.implicitWidth)
        }
        return w
    }
    width: Math.min(Math.max(implicitWidth, widestItem + leftPadding + rightPadding),
                    parent && parent.Window.window ? parent.Window.window.width - 20 : implicitWidth)
}
