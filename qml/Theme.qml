pragma Singleton
import QtQuick
import Seam.Ui

// Colours and metrics shared by every view. Light or dark follows the system
// palette (Qt 6.4 has no colorScheme property: the window colour's lightness
// tells which one the desktop uses).
QtObject {
    id: theme

    property SystemPalette palette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: palette.window.hslLightness < 0.5

    readonly property color window: palette.window
    readonly property color text: palette.windowText
    readonly property color mutedText: dark ? "#9aa4b2" : "#5b6472"
    readonly property color faintText: dark ? "#6b7480" : "#8a93a0"
    readonly property color canvas: dark ? "#1b1e23" : "#f4f5f7"
    readonly property color gridDot: dark ? "#2c3038" : "#dcdfe4"
    readonly property color panel: dark ? "#22252b" : "#fbfbfc"
    readonly property color panelBorder: dark ? "#33373f" : "#dde0e5"
    readonly property color card: dark ? "#2a2e35" : "#ffffff"
    readonly property color cardBorder: dark ? "#3c414a" : "#d3d7de"
    readonly property color cardHover: dark ? "#555c67" : "#aab2bf"
    readonly property color accent: dark ? "#5b9cff" : "#2f6fed"
    readonly property color accentSoft: dark ? "#1f3458" : "#e6efff"
    readonly property color selectionFill: Qt.rgba(accent.r, accent.g, accent.b, 0.12)
    readonly property color error: dark ? "#f87171" : "#d92d20"
    readonly property color warning: dark ? "#fbbf24" : "#c77700"
    readonly property color info: dark ? "#60a5fa" : "#2563eb"
    readonly property color badgeText: "#ffffff"
    readonly property color rowHover: dark ? "#2b3038" : "#eef1f5"

    readonly property int cardRadius: 8
    readonly property int fontSmall: 11
    readonly property int fontNormal: 13

    function severityColor(severity) {
        return severity === "error" ? error : severity === "warning" ? warning : info
    }

    // Kinds look as the vocabulary table says (model/vocabulary.cpp via Vocabulary).
    function kindColor(kind) {
        return Vocabulary.kindColor(kind, dark)
    }

    function kindIcon(kind) {
        return Vocabulary.kindIcon(kind)
    }

    // Trust zones: outline and label in the zone's hue, a faint tint of it inside. The tint
    // is mixed with the canvas colour, opaque: a see-through box as large as the view would
    // cost a blend of every pixel on every frame of a drag.
    function zoneColor(zone) {
        return Vocabulary.zoneColor(zone, dark)
    }

    function zoneFill(zone, strong) {
        const c = zoneColor(zone)
        return Qt.tint(canvas, Qt.rgba(c.r, c.g, c.b, strong ? 0.2 : dark ? 0.10 : 0.06))
    }

    function kindBadgeRadius(kind, side) {
        return Vocabulary.badgeRadius(kind, side)
    }
}
