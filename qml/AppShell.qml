pragma ComponentBehavior: Bound
import QtQuick
import TvPair

// Everything inside the window (an Item, so Qt Quick Tests can host it). One ScreenStack holds the
// screens; Back is handled here and only here: it pops, and on the top screen it asks before
// leaving; it never signs out. Colour keys: Red = Account (sign out there), Green = reload / new
// code, Yellow = help, Blue = Account. Plain Qt Quick only: no Qt Quick Controls (a cheaper first frame).
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
    // "Available" marks what the viewer already holds, by the product ids of "You have".
    Binding { target: TvSession.products; property: "heldFrom"; value: TvSession.entitlements }
    // While Home is shown the core keeps its lists fresh on a slow timer.
    Binding {
        target: TvSession; property: "homeShown"
        value: stack.currentItem !== null && stack.currentItem.objectName === "homeScreen"
    }

    function screenName() { return stack.currentItem ? stack.currentItem.objectName : "" }
    // The sign-in screen depends on the flow: a code and QR (device flow), or "continue in the
    // browser" (authorization code flow, servers without the device flow).
    function signInScreenName() {
        return TvSession.browserUrl !== "" || TvSession.phase === SessionState.SignedOut ? "browserSignInScreen" : "signInScreen"
    }
    // Screens are created on demand from the module's compiled files: only the screen on the
    // first frame is loaded before it (the others cost nothing until they are opened).
    property var _components: ({})
    function screenComponent(file) {
        let c = _components[file]
        if (!c) {
            c = Qt.createComponent(file, Component.PreferSynchronous, shell)
            _components[file] = c
        }
        return c
    }
    function showScreenForPhase() {
        const signedIn = TvSession.phase === SessionState.SignedIn
        const current = screenName()
        const wanted = signInScreenName()
        if (signedIn && (current === "signInScreen" || current === "browserSignInScreen" || current === ""))
            wire(stack.replaceAll(screenComponent("HomeScreen.qml")))
        else if (!signedIn && (TvSession.phase !== SessionState.SigningOut || current === "") && current !== wanted)
            wire(stack.replaceAll(screenComponent(wanted === "browserSignInScreen" ? "BrowserSignInScreen.qml"
                                                                                 : "SignInScreen.qml")))
    }
    // What the screens ask for, connected where the screen is created.
    function wire(item) {
        if (!item)
            return
        switch (item.objectName) {
        case "signInScreen":
            item.helpRequested.connect(help.open)
            break
        case "homeScreen":
            item.detailsRequested.connect((it) => shell.wire(stack.push(shell.screenComponent("DetailsScreen.qml"),
                                                                        { item: it })))
            item.accountRequested.connect(shell.openAccount)
            break
        case "detailsScreen":
            item.backRequested.connect(shell.back)
            break
        case "accountScreen":
            item.signOutRequested.connect(signOutDialog.open)
            break
        }
    }
    function openAccount() {
        if (TvSession.phase !== SessionState.SignedIn || screenName() === "accountScreen")
            return
        wire(stack.push(screenComponent("AccountScreen.qml")))
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

    // The background: a gradient over the top 55 %, below it the window's own colour (the same
    // Theme.background); drawing the gradient over the whole window cost the software renderer a
    // full-screen gradient fill on every frame for a plain colour in its lower half.
    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Math.ceil(parent.height * 0.55)
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.backgroundTop }
            GradientStop { position: 1; color: Theme.background }
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

        ScreenStack {
            id: stack
            objectName: "stack"
            anchors.fill: parent
            focus: true
            onCurrentItemChanged: Qt.callLater(shell.focusCurrent)
            Component.onCompleted: shell.showScreenForPhase()
        }

        ConfirmDialog {
            id: exitDialog
            objectName: "exitDialog"
            title: qsTr("Leave %1?").arg(TvSession.appName)
            message: qsTr("You stay signed in and come back to the same place next time.")
            acceptText: qsTr("Leave")
            rejectText: qsTr("Stay")
            onAccepted: Qt.quit()
            // Focus went back where it was; if that screen was replaced meanwhile, to the current one.
            onVisibleChanged: if (!visible) Qt.callLater(shell.focusCurrent)
        }
        ConfirmDialog {
            id: signOutDialog
            objectName: "signOutDialog"
            title: qsTr("Sign out of this TV?")
            message: qsTr("Your subscriptions stay in your account. To use this TV again you sign in with your phone.")
            acceptText: qsTr("Sign out")
            rejectText: qsTr("Cancel")
            onAccepted: TvSession.signOut()
            onVisibleChanged: if (!visible) Qt.callLater(shell.focusCurrent)
        }
        HelpOverlay {
            id: help
            objectName: "help"
            onVisibleChanged: if (!visible) Qt.callLater(shell.focusCurrent)
        }
    }
}
