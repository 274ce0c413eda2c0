pragma ComponentBehavior: Bound
import QtQuick
import TvPair

// Who is signed in, which payment providers are linked, and Sign out (which asks first).
FocusScope {
    id: screen
    objectName: "accountScreen"
    signal signOutRequested()

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.safeX; anchors.rightMargin: Theme.safeX; anchors.topMargin: Theme.safeY
        trailing: qsTr("Account")
    }

    Column {
        anchors { left: parent.left; right: parent.right; top: header.bottom
                  leftMargin: Theme.safeX; rightMargin: Theme.safeX; topMargin: Theme.px(40) }
        spacing: Theme.px(24)

        // The header names the screen ("Account"): the room goes to the display options.
        Text {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            text: qsTr("Signed in as")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSecondary
            color: Theme.textSecondary
        }
        // The name from the identity config when there is one, else the account id.
        Text {
            objectName: "subject"
            width: parent.width
            // The start edge, also for a Latin e-mail address in Arabic: an explicit alignment is
            // mirrored with the layout, the implicit one follows the text's own direction.
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideMiddle
            text: TvSession.displayName !== "" ? TvSession.displayName
                : TvSession.subject !== "" ? TvSession.subject : qsTr("Unknown account")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.tx(44)
            font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "customerNumber"
            visible: TvSession.customerNumber !== ""
            width: parent.width
            horizontalAlignment: Text.AlignLeft  // the start edge (see above)
            elide: Text.ElideMiddle
            text: qsTr("Customer number %1").arg(TvSession.customerNumber)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }
        Item { width: 1; height: Theme.px(16) }
        Text {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            text: qsTr("Linked payment providers")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSecondary
            color: Theme.textSecondary
        }
        Flow {
            width: parent.width
            spacing: Theme.px(16)
            Repeater {
                model: TvSession.linkedProviders
                delegate: Rectangle {
                    required property string modelData
                    width: providerText.implicitWidth + Theme.px(48)
                    height: providerText.implicitHeight + Theme.px(20)
                    radius: height / 2
                    color: Theme.surface
                    border.width: Theme.px(2)
                    border.color: Theme.accent
                    Text {
                        id: providerText
                        anchors.centerIn: parent
                        text: parent.modelData.charAt(0).toUpperCase() + parent.modelData.slice(1)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                }
            }
            Text {
                visible: TvSession.linkedProviders.length === 0
                text: qsTr("None linked")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
        Item { width: 1; height: Theme.px(8) }
        Row {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            spacing: Theme.px(40)
            leftPadding: Theme.ringGap + Theme.ringWidth
            rightPadding: Theme.ringGap + Theme.ringWidth  // the start edge when mirrored
            TvButton {
                id: reloadButton
                objectName: "reloadButton"
                focus: true
                text: qsTr("Reload lists")
                keyColor: Theme.keyGreen
                onClicked: TvSession.reloadPayments()
                KeyNavigation.right: signOutButton
            }
            TvButton {
                id: signOutButton
                objectName: "signOutButton"
                text: qsTr("Sign out")
                keyColor: Theme.keyRed
                onClicked: screen.signOutRequested()
                KeyNavigation.left: reloadButton
                KeyNavigation.right: languageButton
            }
            TvButton {
                id: languageButton
                objectName: "languageButton"
                text: qsTr("Language: %1").arg(LanguageChoice.languageName)
                onClicked: languagePicker.open()
                KeyNavigation.left: signOutButton
            }
        }
        DisplayOptionsRow {
            id: displayOptions
            objectName: "displayOptions"
            anchors.left: parent.left  // the start edge: the right one when mirrored
            width: parent.width
            upTarget: reloadButton
        }
    }
    // Down from the buttons to the display options (Up goes back: upTarget).
    Keys.onDownPressed: displayOptions.first.forceActiveFocus()

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Red) {
            screen.signOutRequested()
            event.accepted = true
        } else if (event.key === Qt.Key_Green) {
            TvSession.reloadPayments()
            event.accepted = true
        }
    }

    LanguagePicker {
        id: languagePicker
        objectName: "languagePicker"
    }

    KeyLegend {
        anchors { left: parent.left; bottom: parent.bottom; leftMargin: Theme.safeX; bottomMargin: Theme.safeY }
        items: [
            { key: "red", label: qsTr("Sign out") },
            { key: "green", label: qsTr("Reload") },
            { key: "yellow", label: qsTr("Help") },
            { key: "back", label: qsTr("Back") }
        ]
    }
}
