pragma ComponentBehavior: Bound
import QtQuick
import TvPair

// The on-screen remote of the desktop demo (--remote-emulator): its buttons post the same
// normalised keys the RemoteKeyFilter delivers (Ok = Return, Back = Key_Back, colours = Key_Red...).
Window {
    id: remote
    property Window target
    title: qsTr("Remote")
    width: 360
    height: 620
    visible: true
    color: "#15171C"
    flags: Qt.Tool | Qt.WindowDoesNotAcceptFocus

    RemoteKeySender { id: sender; target: remote.target }

    component Key: Rectangle {
        id: key
        property string label
        property int qtKey
        property color fill: "#2B2F38"
        width: 84; height: 64; radius: 14
        color: area.pressed ? Qt.lighter(fill, 1.4) : fill
        Accessible.role: Accessible.Button
        Accessible.name: label
        Text { anchors.centerIn: parent; text: key.label; color: "white"; font.pixelSize: 20; font.bold: true }
        MouseArea { id: area; anchors.fill: parent; onClicked: sender.press(key.qtKey) }
    }

    Column {
        anchors.centerIn: parent
        spacing: 14
        Row {
            spacing: 12
            anchors.horizontalCenter: parent.horizontalCenter
            Key { label: qsTr("Back"); qtKey: Qt.Key_Back }
            Key { label: qsTr("Menu"); qtKey: Qt.Key_Menu }
        }
        Key { label: "▲"; qtKey: Qt.Key_Up; anchors.horizontalCenter: parent.horizontalCenter }
        Row {
            spacing: 12
            anchors.horizontalCenter: parent.horizontalCenter
            Key { label: "◀"; qtKey: Qt.Key_Left }
            Key { label: qsTr("OK"); qtKey: Qt.Key_Return; fill: "#3E7BFA" }
            Key { label: "▶"; qtKey: Qt.Key_Right }
        }
        Key { label: "▼"; qtKey: Qt.Key_Down; anchors.horizontalCenter: parent.horizontalCenter }
        Row {
            spacing: 8
            anchors.horizontalCenter: parent.horizontalCenter
            Key { width: 70; label: ""; qtKey: Qt.Key_Red; fill: "#E5484D"; Accessible.name: qsTr("Red") }
            Key { width: 70; label: ""; qtKey: Qt.Key_Green; fill: "#2FA86A"; Accessible.name: qsTr("Green") }
            Key { width: 70; label: ""; qtKey: Qt.Key_Yellow; fill: "#C9A800"; Accessible.name: qsTr("Yellow") }
            Key { width: 70; label: ""; qtKey: Qt.Key_Blue; fill: "#3E7BFA"; Accessible.name: qsTr("Blue") }
        }
    }
}
