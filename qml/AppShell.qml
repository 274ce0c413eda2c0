pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import TvPair

// Everything inside the window (an Item, so Qt Quick Tests can host it): one StackView owns navigation and Back. Back pops; on the top screen it asks
// before leaving; it never signs out. Colour keys: Red = Account (sign out there), Green =
// reload / new code, Yellow = help, Blue = Account.
Item {
    id: shell
    objectName: "shell"
    focus: true
    readonly property alias stack: stack
    readonly property alias exitDialog: exitDialog
    readonly property alias signOutDialog: signOutDialog
    readonly property alias help: help

    // Until the window has its size (before the first expose) keep the 1080p measures: with a
    // height of 0 every Theme.px() was 0, and a ListView created then (a quick session restore)
    // saw 0-wide delegates and instantiated every row of its model (10,000 cards: 13 s, 1 GB).
    Binding { target: Theme; property: "windowHeight"; value: shell.height > 0 ? shell.height : 1080 }

    function screenName() { return stack.currentItem ? stack.currentItem.objectName : "" }
    // The sign-in screen depends on the flow: a code and QR (device flow), or "continue in the
    // browser" (authorization code flow, servers without the device flow).
    function signInScreenName() { return TvSession.browserUrl !== "" ? "browserSignInScreen" : "signInScreen" }
    function showScreenForPhase() {
        const signedIn = TvSession.phase === "signedIn"
        const current = screenName()
        const wanted = signInScreenName()
        if (signedIn && (current === "signInScreen" || current === "browserSignInScreen" || current === ""))
            stack.replace(null, homeComponent, {}, StackView.Immediate)
        else if (!signedIn && TvSession.phase !== "signingOut" && current !== wanted)
            stack.replace(null, wanted === "browserSignInScreen" ? browserSignInComponent : signInComponent, {},
                          StackView.Immediate)
    }
    function openAccount() {
        if (TvSession.phase !== "signedIn" || screenName() === "accountScreen")
            return
        stack.push(accountComponent)
    }
    function back() {
        if (stack.depth > 1)
            stack.pop()
        else
            exitDialog.open()
    }
    function focusCurrent() {
        if (stack.currentItem && !exitDialog.visible && !signOutDialog.visible && !help.visible)
            stack.currentItem.forceActiveFocus()
    }

    Connections {
        target: TvSession
        function onPhaseChanged() { shell.showScreenForPhase() }
        function onSignedOut() { shell.showScreenForPhase() }
        function onBrowserUrlChanged() { shell.showScreenForPhase() }
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.backgroundTop }
            GradientStop { position: 0.55; color: Theme.background }
        }
    }

    Item {
        id: root
        anchors.fill: parent
        focus: true

        Keys.onPressed: (event) => {
            switch (event.key) {
            case Qt.Key_Back:
            case Qt.Key_Escape:
                shell.back()
                break
            case Qt.Key_Blue:
                shell.openAccount()
                break
            case Qt.Key_Red:
                shell.openAccount()
                break
            case Qt.Key_Yellow:
                help.open()
                break
            case Qt.Key_Green:
                TvSession.retry()
                break
            default:
                return
            }
            event.accepted = true
        }

        StackView {
            id: stack
            objectName: "stack"
            anchors.fill: parent
            focus: true
            initialItem: TvSession.phase === "signedIn" ? homeComponent : signInComponent
            onCurrentItemChanged: Qt.callLater(shell.focusCurrent)
            pushEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 160 } }
            pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 160 } }
            popEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 160 } }
            popExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 160 } }
            replaceEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 160 } }
            replaceExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 160 } }
        }

        ConfirmDialog {
            id: exitDialog
            objectName: "exitDialog"
            title: qsTr("Leave %1?").arg(TvSession.appName)
            message: qsTr("You stay signed in and come back to the same place next time.")
            acceptText: qsTr("Leave")
            rejectText: qsTr("Stay")
            onAccepted: Qt.quit()
        }
        ConfirmDialog {
            id: signOutDialog
            objectName: "signOutDialog"
            title: qsTr("Sign out of this TV?")
            message: qsTr("Your subscriptions stay in your account. To use this TV again you sign in with your phone.")
            acceptText: qsTr("Sign out")
            rejectText: qsTr("Cancel")
            onAccepted: TvSession.signOut()
        }
        HelpOverlay { id: help; objectName: "help" }
    }

    Component {
        id: signInComponent
        SignInScreen {}
    }
    Component {
        id: browserSignInComponent
        BrowserSignInScreen {}
    }
    Component {
        id: homeComponent
        HomeScreen {
            onDetailsRequested: (item) => stack.push(detailsComponent, { item: item })
            onAccountRequested: shell.openAccount()
        }
    }
    Component {
        id: detailsComponent
        DetailsScreen {}
    }
    Component {
        id: accountComponent
        AccountScreen {
            onSignOutRequested: signOutDialog.open()
        }
    }
}
