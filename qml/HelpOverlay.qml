import QtQuick
import TvPair

// Yellow: what every key does. Any of Back, Ok or Yellow closes it. Its content is created the
// first time it opens.
FocusScope {
    id: help
    anchors.fill: parent
    visible: false
    z: 90
    property Item returnFocusTo: null

    function open() {
        returnFocusTo = help.Window.activeFocusItem
        body.active = true
        visible = true
        help.forceActiveFocus()
    }
    function close() {
        visible = false
        if (returnFocusTo)
            returnFocusTo.forceActiveFocus()
    }
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Back || event.key === Qt.Key_Escape || event.key === Qt.Key_Return
                || event.key === Qt.Key_Enter || event.key === Qt.Key_Yellow)
            help.close()
        event.accepted = true
    }

    Loader {
        id: body
        anchors.fill: parent
        active: false
        sourceComponent: Item {
            Rectangle { anchors.fill: parent; color: "#E6050810" }
            Row {
                anchors.centerIn: parent
                spacing: Theme.px(64)
                Column {
                    id: keys
                    width: Math.min(parent.parent.width - 2 * Theme.safeX - (support.visible ? support.width + parent.spacing : 0),
                                    Theme.px(1200))
                    spacing: Theme.px(22)
                    Accessible.role: Accessible.Dialog
                    Accessible.name: qsTr("Help")
                    Text {
                        text: qsTr("Keys")
                        font.family: Theme.fontFamily; font.pixelSize: Theme.fontTitle; font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: [
                            { chip: "◀ ▲ ▼ ▶", colour: "transparent", label: qsTr("Move between items") },
                            { chip: qsTr("OK"), colour: "transparent", label: qsTr("Open or press the focused item") },
                            { chip: qsTr("Back"), colour: "transparent", label: qsTr("One screen back; on the first screen, asks before leaving") },
                            { chip: "", colour: Theme.keyRed, label: qsTr("Red: sign out (on Account), else Account") },
                            { chip: "", colour: Theme.keyGreen, label: qsTr("Green: reload, or a new code while signing in") },
                            { chip: "", colour: Theme.keyYellow, label: qsTr("Yellow: this help") },
                            { chip: "", colour: Theme.keyBlue, label: qsTr("Blue: Account, or hear the code on sign-in") }
                        ]
                        delegate: Row {
                            required property var modelData
                            spacing: Theme.px(24)
                            Item {
                                width: Theme.px(190); height: Theme.px(44)
                                Rectangle {
                                    anchors.verticalCenter: parent.verticalCenter
                                    visible: modelData.chip === ""
                                    width: Theme.px(36); height: width; radius: width / 2
                                    color: modelData.colour
                                }
                                Text {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: modelData.chip
                                    font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; font.bold: true
                                    color: Theme.accent
                                }
                            }
                            Text {
                                anchors.verticalCenter: parent.verticalCenter
                                width: Math.min(implicitWidth, keys.width - Theme.px(190) - parent.spacing)
                                wrapMode: Text.WordWrap
                                text: modelData.label
                                font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                        }
                    }
                    Text {
                        topPadding: Theme.px(20)
                        text: qsTr("Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue")
                        font.family: Theme.fontFamily; font.pixelSize: Theme.fontSecondary
                        color: Theme.textSecondary
                        width: parent.width
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        text: qsTr("Press OK or Back to close")
                        font.family: Theme.fontFamily; font.pixelSize: Theme.fontSecondary
                        color: Theme.textSecondary
                    }
                }
                // The operator's support page, to open on a phone.
                Column {
                    id: support
                    objectName: "supportPanel"
                    visible: OperatorBrand.supportUrl !== ""
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(340)
                    spacing: Theme.px(20)
                    Text {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        text: qsTr("Support")
                        font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; font.bold: true
                        color: Theme.text
                    }
                    Rectangle {
                        width: parent.width; height: width
                        radius: Theme.radius
                        color: "white"
                        QrCode {
                            objectName: "supportQrCode"
                            anchors.centerIn: parent
                            width: Theme.px(316); height: width
                            text: support.visible ? OperatorBrand.supportUrl : ""
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code for %1").arg(OperatorBrand.supportUrl)
                        }
                    }
                    Text {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        text: qsTr("Scan for help on your phone")
                        font.family: Theme.fontFamily; font.pixelSize: Theme.fontSecondary
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }
}
