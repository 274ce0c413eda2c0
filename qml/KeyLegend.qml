import QtQuick
import TvPair

// What the keys do on this screen, and on a desktop how the keyboard maps to the remote.
// Built lean (it is on the sign-in screen's first frame): one Text per entry, its key
// chip drawn in the Text's padding at the start, the chip's colour and label worked out once per entry.
Column {
    id: legend
    // [{ key: "ok"|"back"|"arrows"|"red"|"green"|"yellow"|"blue", label: "..." }]
    property var items: []
    // A desktop's keyboard hint; not with large text, which needs the room (Help has it too).
    property bool showKeyboard: Qt.platform.pluginName !== "eglfs" && Qt.platform.pluginName !== "linuxfb"
                                && !DisplayOptions.largeText
    spacing: Theme.px(10)

    function chipColor(key) {
        switch (key) {
        case "red": return Theme.keyRed
        case "green": return Theme.keyGreen
        case "yellow": return Theme.keyYellow
        case "blue": return Theme.keyBlue
        }
        return "transparent"
    }
    function chipText(key) {
        switch (key) {
        case "ok": return qsTr("OK")
        case "back": return qsTr("Back")
        case "arrows": return "◀ ▲ ▼ ▶"
        }
        return ""
    }

    Row {
        anchors.left: parent.left  // the start edge: the right one when mirrored
        spacing: Theme.px(40)
        Repeater {
            model: legend.items
            delegate: Text {
                id: entry
                required property var modelData
                readonly property color keyColour: legend.chipColor(modelData.key)
                readonly property bool colourKey: keyColour.a > 0
                // The chip before the label in reading order: on the right when mirrored.
                leftPadding: LayoutMirroring.enabled ? 0 : chip.width + Theme.px(12)
                rightPadding: LayoutMirroring.enabled ? chip.width + Theme.px(12) : 0
                text: modelData.label
                font: Theme.secondary
                color: Theme.textSecondary
                Rectangle {
                    id: chip
                    x: LayoutMirroring.enabled ? entry.width - width : 0
                    anchors.verticalCenter: parent.verticalCenter
                    width: entry.colourKey ? Theme.px(30) : chipLabel.implicitWidth + Theme.px(24)
                    height: entry.colourKey ? Theme.px(30) : Theme.px(40)
                    radius: entry.colourKey ? width / 2 : Theme.px(8)
                    color: entry.keyColour
                    border.width: entry.colourKey ? 0 : Theme.px(2)
                    border.color: Theme.textSecondary
                    Text {
                        id: chipLabel
                        anchors.centerIn: parent
                        text: legend.chipText(entry.modelData.key)
                        font: Theme.secondary
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }
    Text {
        anchors.left: parent.left  // the start edge: the right one when mirrored
        // A long line (Finnish, French at 720p) wraps inside the safe area instead of leaving it.
        width: Math.min(implicitWidth, legend.parent ? legend.parent.width - 2 * Theme.safeX : implicitWidth)
        wrapMode: Text.WordWrap
        visible: legend.showKeyboard
        text: legend.showKeyboard ? qsTr("Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue") : ""
        font: Theme.secondary
        color: Theme.textSecondary
    }
}
