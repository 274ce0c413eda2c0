import QtQuick
import TvPair

// A question over the current screen. Focus starts on the safe answer (Cancel); Back cancels;
// no key reaches the screen below while it is open; focus returns where it was. Its content is
// created the first time it opens (nothing of it is built before the first frame).
FocusScope {
    id: dialog
    property string title
    property string message
    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")
    property Item returnFocusTo: null
    readonly property bool opened: visible
    signal accepted()
    signal rejected()

    anchors.fill: parent
    visible: false
    z: 100

    function open() {
        returnFocusTo = dialog.Window.activeFocusItem
        body.active = true
        visible = true
        body.item.rejectButton.forceActiveFocus()
    }
    function close() {
        visible = false
        if (returnFocusTo)
            returnFocusTo.forceActiveFocus()
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Back || event.key === Qt.Key_Escape) {
            dialog.close()
            dialog.rejected()
        }
        event.accepted = true
    }

    Loader {
        id: body
        anchors.fill: parent
        active: false
        sourceComponent: Item {
            readonly property Item rejectButton: rejectButton
            Rectangle {
                anchors.fill: parent
                color: "#D9050810"
                MouseArea { anchors.fill: parent }
            }
            Rectangle {
                id: panel
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.safeX, Theme.px(1100))
                height: content.implicitHeight + Theme.px(112)
                radius: Theme.radius * 1.5
                color: Theme.surface
                border.width: Theme.px(2)
                border.color: Theme.border
                Accessible.role: Accessible.Dialog
                Accessible.name: dialog.title

                Column {
                    id: content
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(56) }
                    spacing: Theme.px(28)
                    Text {
                        objectName: "dialogTitle"
                        width: parent.width
                        wrapMode: Text.WordWrap
                        text: dialog.title
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        width: parent.width
                        visible: text !== ""
                        wrapMode: Text.WordWrap
                        text: dialog.message
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        lineHeight: 1.15
                    }
                    Item { width: 1; height: Theme.px(8) }
                    Row {
                        spacing: Theme.px(40)
                        TvButton {
                            id: rejectButton
                            objectName: "dialogReject"
                            text: dialog.rejectText
                            KeyNavigation.right: acceptButton
                            onClicked: { dialog.close(); dialog.rejected() }
                        }
                        TvButton {
                            id: acceptButton
                            objectName: "dialogAccept"
                            text: dialog.acceptText
                            KeyNavigation.left: rejectButton
                            onClicked: { dialog.close(); dialog.accepted() }
                        }
                    }
                }
            }
        }
    }
}
