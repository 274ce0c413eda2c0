import QtQuick
import TvPair

// A remote-friendly button: focus = white fill, ring and scale; Ok presses it.
Rectangle {
    id: button
    property string text
    property color keyColor: "transparent"   // colour key that does the same, shown as a dot
    signal clicked()

    activeFocusOnTab: true
    implicitWidth: row.implicitWidth + Theme.px(72)
    implicitHeight: Theme.px(84)
    radius: height / 2
    color: activeFocus ? Theme.focusFill : Theme.surface
    border.width: activeFocus ? 0 : Theme.px(2)
    border.color: Theme.border
    // Grows away from the start edge so a button there stays inside the safe area (the right
    // edge when the layout is mirrored for a right-to-left language).
    transformOrigin: LayoutMirroring.enabled ? Item.Right : Item.Left
    scale: activeFocus ? Theme.focusScale : 1
    Behavior on scale { NumberAnimation { duration: Theme.animationMs } }

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.focusable: true
    Accessible.onPressAction: button.clicked()
    // Spoken when it takes focus (speech on), so every screen can be found by ear.
    onActiveFocusChanged: if (activeFocus) Speech.describe([text])
    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.px(16)
        Rectangle {
            visible: button.keyColor.a > 0
            width: Theme.px(26); height: width; radius: width / 2
            anchors.verticalCenter: parent.verticalCenter
            color: button.keyColor
            border.width: Theme.px(2)
            border.color: button.activeFocus ? Theme.textOnLight : Theme.text
        }
        Text {
            text: button.text
            font: Theme.bodyBold
            color: button.activeFocus ? Theme.textOnLight : Theme.text
        }
    }
    FocusRing {}
    MouseArea {
        anchors.fill: parent
        onClicked: { button.forceActiveFocus(); button.clicked() }
    }
}
