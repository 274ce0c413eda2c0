import QtQuick
import TvPair

// What the keys do on this screen, and on a desktop how the keyboard maps to the remote.
Column {
    id: legend
    // [{ key: "ok"|"back"|"arrows"|"red"|"green"|"yellow"|"blue", label: "..." }]
    property var items: []
    property bool showKeyboard: Qt.platform.pluginName !== "eglfs" && Qt.platform.pluginName !== "linuxfb"
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
        spacing: Theme.px(40)
        Repeater {
            model: legend.items
            delegate: Row {
                required property var modelData
                spacing: Theme.px(12)
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    readonly property bool colourKey: legend.chipColor(modelData.key).a > 0
                    radius: colourKey ? width / 2 : Theme.px(8)
                    color: colourKey ? legend.chipColor(modelData.key) : "transparent"
                    border.width: Theme.px(2)
                    border.color: colourKey ? "transparent" : Theme.textSecondary
                    Text {
                        id: chip
                        anchors.centerIn: parent
                        text: legend.chipText(modelData.key)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.px(28)
                        font.bold: true
                        color: Theme.textSecondary
                    }
                    width: colourKey ? Theme.px(30) : chip.implicitWidth + Theme.px(24)
                    height: colourKey ? Theme.px(30) : Theme.px(40)
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: modelData.label
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSecondary
                    color: Theme.textSecondary
                }
            }
        }
    }
    Text {
        visible: legend.showKeyboard
        text: qsTr("Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.px(28)
        color: Theme.textSecondary
    }
}
