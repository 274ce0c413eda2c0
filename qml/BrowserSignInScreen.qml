pragma ComponentBehavior: Bound
import QtQuick
import TvPair

// Sign-in with the authorization code flow (config `flow: authorization_code`): the sign-in
// page opens in this device's browser; the TV continues by itself once the browser returns to
// it. No QR code: the answer comes back to 127.0.0.1, which a phone cannot reach.
FocusScope {
    id: screen
    objectName: "browserSignInScreen"
    property string screenTitle: qsTr("Sign in")

    readonly property int phase: TvSession.phase
    readonly property bool failed: phase === SessionState.Failed
    readonly property string statusLine: {
        if (phase === SessionState.Restoring) return qsTr("Signing you in…")
        if (phase === SessionState.SignedOut)
            return qsTr("Signed out. Confirm the sign-out in the browser, then press OK to sign in again.")
        if (phase === SessionState.Discovering || (TvSession.browserUrl === "" && !failed)) return qsTr("Preparing the sign-in…")
        if (failed)
            return TvSession.errorMessage !== "" ? qsTr("%1 Press Green to start again.").arg(TvSession.errorMessage)
                                                : qsTr("Something went wrong. Press Green to start again.")
        if (TvSession.errorMessage !== "") return TvSession.errorMessage
        return qsTr("Waiting for the browser…")
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Green) {
            TvSession.startSignIn()
            event.accepted = true
        }
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.safeX; anchors.rightMargin: Theme.safeX; anchors.topMargin: Theme.safeY
        trailing: qsTr("Sign in")
    }

    Column {
        anchors {
            left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
            leftMargin: Theme.safeX; rightMargin: Theme.safeX
        }
        spacing: Theme.px(30)

        Text {
            width: parent.width
            text: qsTr("Continue in the browser")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "instruction"
            width: parent.width
            wrapMode: Text.WordWrap
            lineHeight: 1.15
            text: screen.phase === SessionState.SignedOut
                  ? qsTr("The sign-out page has opened in the browser on this TV, so the next viewer starts from a signed-out browser.")
                  : qsTr("A browser window has opened on this TV. Sign in there and allow access; this screen continues by itself.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Text {
            objectName: "browserUrl"
            width: parent.width
            visible: TvSession.browserUrl !== ""
            text: TvSession.browserUrl
            elide: Text.ElideMiddle
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSecondary
            color: Theme.textSecondary
        }
        Row {
            width: parent.width
            spacing: Theme.px(18)
            Rectangle {
                id: statusDot
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(18); height: width; radius: width / 2
                color: screen.failed || TvSession.errorMessage !== "" ? Theme.danger : Theme.accent
                // Blinks once a second (one frame per second) instead of an endless animation,
                // which would render 60 frames a second for the whole wait in the browser.
                property bool dim: false
                opacity: dim ? 0.4 : 1
                Timer {
                    interval: 1000
                    repeat: true
                    running: !screen.failed && screen.phase !== SessionState.SignedOut && screen.visible
                    onTriggered: statusDot.dim = !statusDot.dim
                    onRunningChanged: if (!running) statusDot.dim = false
                }
            }
            Text {
                objectName: "statusLine"
                width: parent.width - statusDot.width - parent.spacing
                text: screen.statusLine
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: screen.failed ? Theme.danger : Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        Row {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            leftPadding: Theme.ringGap + Theme.ringWidth
            rightPadding: Theme.ringGap + Theme.ringWidth  // the start edge when mirrored
            // Room for the focused button's scale and ring: at 30 px the ring touched its neighbour.
            spacing: Theme.px(56)
            TvButton {
                objectName: "openBrowserButton"
                focus: true
                enabled: screen.phase === SessionState.SignedOut || (TvSession.browserUrl !== "" && !screen.failed)
                text: screen.phase === SessionState.SignedOut ? qsTr("Sign in again") : qsTr("Open the browser again")
                onClicked: screen.phase === SessionState.SignedOut ? TvSession.startSignIn() : TvSession.openBrowser()
                KeyNavigation.right: restart
            }
            TvButton {
                id: restart
                objectName: "restartButton"
                text: qsTr("Start over")
                keyColor: Theme.keyGreen
                onClicked: TvSession.startSignIn()
            }
        }
    }

    KeyLegend {
        anchors { left: parent.left; bottom: parent.bottom; leftMargin: Theme.safeX; bottomMargin: Theme.safeY }
        items: [
            { key: "ok", label: screen.phase === SessionState.SignedOut ? qsTr("Sign in again") : qsTr("Open browser") },
            { key: "green", label: qsTr("Start over") },
            { key: "yellow", label: qsTr("Help") },
            { key: "back", label: qsTr("Exit") }
        ]
    }
}
