import QtQuick
import QtQuick.Controls

// A multi-line text field in a form: Tab and Shift+Tab move to the next and previous
// field, as in every other field, instead of typing a tab character and trapping the
// keyboard.
TextArea {
    id: area
    Keys.onTabPressed: (event) => area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onBacktabPressed: (event) => area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
}
