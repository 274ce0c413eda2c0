import QtQuick
import QtTest
import TvPair
import TvPairTest

// Every screen driven with key events only: Up/Down/Left/Right, Return (Ok), Key_Back and the
// colour keys as the RemoteKeyFilter delivers them. TvSession is a preview (no controller).
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: shellComponent
        AppShell { width: root.width; height: root.height }
    }

    SignalSpy { id: signInSpy; target: TvSession; signalName: "signInRequested" }
    SignalSpy { id: signOutSpy; target: TvSession; signalName: "signOutRequested" }
    SignalSpy { id: reloadSpy; target: TvSession; signalName: "reloadRequested" }

    TestCase {
        id: tc
        name: "Navigation"
        when: windowShown
        property var shell: null

        function fillPreview(signedIn) {
            TvSession.setPreview({ appName: "tvpair" })
            TvSession.setPreview({ userCode: "WDJB-MJHT" })
            TvSession.setPreview({ verificationUri: "http://127.0.0.1:8787/device" })
            TvSession.setPreview({ verificationUriComplete: "http://127.0.0.1:8787/device?user_code=WDJB-MJHT" })
            TvSession.setPreview({ expiresIn: 900 })
            TvSession.setPreview({ pollStatus: SessionState.Waiting })
            TvSession.setPreview({ errorMessage: "" })
            TvSession.setPreview({ loading: false })
            TvSession.setPreview({ subject: signedIn ? "viewer@example.com" : "" })
            TvSession.setPreview({ linkedProviders: signedIn ? ["cleeng", "inplayer"] : [] })
            TvSession.setPreviewEntitlements(signedIn ? [
                { id: "E1", title: "Sports Pass", status: "active", expiresAt: "2031-03-01T00:00:00Z", provider: "cleeng" },
                { id: "E2", title: "Movies", status: "trial", trialEndsAt: "2031-01-10T00:00:00Z", provider: "inplayer" }
            ] : [])
            TvSession.setPreviewProducts(signedIn ? [
                { id: "P1", title: "Monthly", price: 9.99, currency: "EUR", period: "month", provider: "cleeng" },
                { id: "P2", title: "Yearly", price: 99, currency: "EUR", period: "year", trial: "7 days", provider: "cleeng" },
                { id: "P3", title: "Match day", price: 4.99, currency: "EUR", period: "48 hours", provider: "inplayer" }
            ] : [])
            TvSession.setPreview({ phase: signedIn ? SessionState.SignedIn : SessionState.WaitingForApproval })
        }

        function init() {
            signInSpy.clear(); signOutSpy.clear(); reloadSpy.clear()
        }
        function cleanup() {
            if (shell) { shell.destroy(); shell = null }
            wait(0)
        }
        function start(signedIn) {
            fillPreview(signedIn)
            shell = createTemporaryObject(shellComponent, root)
            verify(shell)
            shell.forceActiveFocus()
            waitForRendering(shell)
            tryVerify(() => shell.stack.currentItem !== null && !shell.stack.busy)
            return shell
        }
        function key(k) { RemoteKeys.click(root, k); wait(20) }
        function current() { return shell.stack.currentItem }
        function focused() { return shell.Window.activeFocusItem }

        function test_signIn_focusFromFirstFrame() {
            start(false)
            compare(current().objectName, "signInScreen")
            const help = findChild(current(), "signInHelpButton")
            tryVerify(() => help.activeFocus, 1000, "a harmless button has focus on arrival")
            verify(!findChild(current(), "newCodeButton").visible, "no OK-reachable new code while the code is live")
            compare(findChild(current(), "userCode").text, "WDJB-MJHT")
            verify(findChild(current(), "userCode").font.pixelSize >= 100)
            verify(findChild(current(), "qrCode").codeSize >= 360)
        }

        // OK is pressed by habit, or by accident while the viewer types the code on the phone:
        // on a live code it opens help and keeps the code. Green is the deliberate new code.
        function test_signIn_okKeepsLiveCode_greenGetsNewOne() {
            start(false)
            const help = findChild(current(), "signInHelpButton")
            tryVerify(() => help.activeFocus)
            key(Qt.Key_Return)
            compare(signInSpy.count, 0, "OK on a live code asks for no new code")
            verify(shell.help.visible, "OK opened help")
            key(Qt.Key_Return)       // OK closes help again
            verify(!shell.help.visible)
            tryVerify(() => help.activeFocus, 1000, "focus back on the sign-in screen")
            key(Qt.Key_Enter)
            compare(signInSpy.count, 0)
            key(Qt.Key_Back)         // close help (Back on help never asks to leave)
            verify(!shell.help.visible)
            key(Qt.Key_Left); key(Qt.Key_Right); key(Qt.Key_Down); key(Qt.Key_Up)
            tryVerify(() => help.activeFocus, 1000, "the arrows reach nothing that discards the code")
            key(Qt.Key_Return)
            key(Qt.Key_Return)
            compare(signInSpy.count, 0, "no key but Green discards a live code")
            compare(TvSession.userCode, "WDJB-MJHT")
            compare(findChild(current(), "userCode").text, "WDJB-MJHT")
            key(Qt.Key_Green)
            compare(signInSpy.count, 1, "Green gets a new code")
        }

        // A declined, failed or unreadable code is no longer live: OK gets a new one.
        function test_signIn_okAfterDeclinedOrFailedGetsNewCode() {
            start(false)
            const newCode = findChild(current(), "newCodeButton")
            TvSession.setPreview({ pollStatus: SessionState.Denied })
            tryVerify(() => newCode.visible && newCode.activeFocus, 1000, "declined: OK is on Get a new code")
            key(Qt.Key_Return)
            compare(signInSpy.count, 1)
            compare(TvSession.phase, SessionState.WaitingForApproval)
            TvSession.setPreview({ pollStatus: SessionState.Waiting })
            tryVerify(() => findChild(current(), "signInHelpButton").activeFocus, 1000, "live again: focus on help")
            verify(!newCode.visible)
            TvSession.setPreview({ phase: SessionState.Failed })
            tryVerify(() => newCode.activeFocus, 1000, "failed: OK is on Get a new code")
            key(Qt.Key_Return)
            compare(signInSpy.count, 2)
            TvSession.setPreview({ phase: SessionState.WaitingForApproval })
            // Left/Right between the two while a new code is offered; OK on help still helps.
            TvSession.setPreview({ pollStatus: SessionState.Denied })
            tryVerify(() => newCode.activeFocus)
            key(Qt.Key_Right)
            verify(findChild(current(), "signInHelpButton").activeFocus)
            key(Qt.Key_Return)
            verify(shell.help.visible)
            compare(signInSpy.count, 2)
            key(Qt.Key_Back)
            TvSession.setPreview({ pollStatus: SessionState.Waiting })
        }

        function test_signIn_statusLines() {
            start(false)
            const status = findChild(current(), "statusLine")
            TvSession.setPreview({ pollStatus: SessionState.NetworkRetry })
            TvSession.setPreview({ retryInSeconds: 8 })
            compare(status.text, "No network, retrying in 8 s")
            TvSession.setPreview({ pollStatus: SessionState.Expired })
            compare(status.text, "Code expired, here is a new one")
            TvSession.setPreview({ pollStatus: SessionState.Denied })
            verify(status.text.indexOf("declined") >= 0)
            TvSession.setPreview({ pollStatus: SessionState.SlowDown })
            verify(status.text.length > 0)
            TvSession.setPreview({ pollStatus: SessionState.Waiting })
            verify(status.text.indexOf("Waiting") === 0)
        }

        function test_backOnTopScreenAsksBeforeLeaving() {
            start(false)
            key(Qt.Key_Back)
            verify(shell.exitDialog.visible)
            tryVerify(() => findChild(shell.exitDialog, "dialogReject").activeFocus)
            key(Qt.Key_Back)          // Back in the dialog = stay
            verify(!shell.exitDialog.visible)
            tryVerify(() => findChild(current(), "signInHelpButton").activeFocus, 1000, "focus returns")
            compare(signOutSpy.count, 0)
        }

        function test_home_rowsAndDetails() {
            start(true)
            compare(current().objectName, "homeScreen")
            const owned = findChild(current(), "ownedRow")
            const available = findChild(current(), "availableRow")
            tryVerify(() => owned.list.activeFocus, 1000, "first row focused on arrival")
            key(Qt.Key_Right)
            compare(owned.currentIndex, 1)
            key(Qt.Key_Down)
            verify(available.list.activeFocus)
            key(Qt.Key_Right); key(Qt.Key_Right)
            compare(available.currentIndex, 2)
            key(Qt.Key_Return)       // Ok opens details
            tryVerify(() => current().objectName === "detailsScreen" && !shell.stack.busy)
            compare(findChild(current(), "detailsTitle").text, "Match day")
            tryVerify(() => findChild(current(), "backButton").activeFocus)
            key(Qt.Key_Back)         // Back returns to the same card
            tryVerify(() => current().objectName === "homeScreen" && !shell.stack.busy)
            tryVerify(() => available.list.activeFocus)
            compare(available.currentIndex, 2)
            compare(signOutSpy.count, 0, "Back never signs out")
            key(Qt.Key_Up); key(Qt.Key_Up)
            tryVerify(() => findChild(current(), "accountButton").activeFocus)
            key(Qt.Key_Green)
            compare(reloadSpy.count, 1)
        }

        // The screen under an open dialog is replaced (sign-in completes while "Leave?" is asked):
        // the dialog keeps the keys, and when it closes focus goes to the new screen, not nowhere.
        function test_dialogOverReplacedScreen() {
            start(false)
            key(Qt.Key_Back)
            verify(shell.exitDialog.visible)
            TvSession.setPreviewEntitlements([
                { id: "E1", title: "Sports Pass", status: "active", expiresAt: "2031-03-01T00:00:00Z", provider: "cleeng" }
            ])
            TvSession.setPreview({ phase: SessionState.SignedIn })
            tryVerify(() => current().objectName === "homeScreen" && !shell.stack.busy)
            verify(findChild(shell.exitDialog, "dialogReject").activeFocus, "the dialog keeps focus")
            key(Qt.Key_Back)         // Stay
            verify(!shell.exitDialog.visible)
            tryVerify(() => findChild(current(), "ownedRow").list.activeFocus, 1000, "focus on the new screen")
        }

        function test_details_backButton() {
            start(true)
            key(Qt.Key_Return)       // Ok on the first card of "You have"
            tryVerify(() => current().objectName === "detailsScreen" && !shell.stack.busy)
            compare(shell.stack.depth, 2)
            compare(findChild(current(), "detailsTitle").text, "Sports Pass")
            tryVerify(() => findChild(current(), "backButton").activeFocus, 1000, "Back button focused on arrival")
            key(Qt.Key_Return)       // Ok on the Back button
            tryVerify(() => current().objectName === "homeScreen" && !shell.stack.busy)
            compare(shell.stack.depth, 1)
            tryVerify(() => findChild(current(), "ownedRow").list.activeFocus, 1000, "back on the same row")
            verify(!shell.exitDialog.visible, "the Back button pops, it does not ask to leave")
        }

        // After sign-in the lists arrive one by one (products usually first): focus lands on the
        // first card of "You have" when the viewer owns something, and does not stop on Available.
        function test_home_landsOnYouHave_whenProductsAnswerFirst() {
            fillPreview(true)
            TvSession.setPreviewEntitlements([])
            TvSession.setPreviewProducts([])
            TvSession.setPreview({ loading: true })
            shell = createTemporaryObject(shellComponent, root)
            shell.forceActiveFocus()
            tryVerify(() => current() && current().objectName === "homeScreen")
            const owned = findChild(current(), "ownedRow")
            const available = findChild(current(), "availableRow")
            tryVerify(() => findChild(current(), "accountButton").activeFocus, 1000, "waits on Account while loading")
            TvSession.setPreviewProducts([
                { id: "P1", title: "Monthly", price: 9.99, currency: "EUR", period: "month", provider: "cleeng" },
                { id: "P2", title: "Yearly", price: 99, currency: "EUR", period: "year", provider: "cleeng" }
            ])
            compare(available.count, 2)
            wait(20); wait(20)       // the refocus after the products runs (Qt.callLater)
            verify(!available.list.activeFocus, "products first: focus does not stop on Available")
            verify(findChild(current(), "accountButton").activeFocus)
            TvSession.setPreviewEntitlements([
                { id: "E1", title: "Sports Pass", status: "active", expiresAt: "2031-03-01T00:00:00Z", provider: "cleeng" },
                { id: "E2", title: "Movies", status: "trial", trialEndsAt: "2031-01-10T00:00:00Z", provider: "inplayer" }
            ])
            tryVerify(() => owned.list.activeFocus, 1000, "lands on You have")
            compare(owned.currentIndex, 0)
            TvSession.setPreview({ loading: false })
            wait(20); wait(20)
            verify(owned.list.activeFocus, "stays on You have when loading ends")
        }

        function test_home_landsOnAvailable_whenNothingOwned() {
            fillPreview(true)
            TvSession.setPreviewEntitlements([])
            TvSession.setPreviewProducts([])
            TvSession.setPreview({ loading: true })
            shell = createTemporaryObject(shellComponent, root)
            shell.forceActiveFocus()
            tryVerify(() => current() && current().objectName === "homeScreen")
            const available = findChild(current(), "availableRow")
            TvSession.setPreviewProducts([
                { id: "P1", title: "Monthly", price: 9.99, currency: "EUR", period: "month", provider: "cleeng" },
                { id: "P2", title: "Yearly", price: 99, currency: "EUR", period: "year", provider: "cleeng" }
            ])
            wait(20); wait(20)
            verify(!available.list.activeFocus, "still loading: the entitlements may yet come")
            TvSession.setPreview({ loading: false })   // every list has answered; nothing owned
            tryVerify(() => available.list.activeFocus, 1000, "lands on Available")
            compare(available.currentIndex, 0)
        }

        // The viewer moved before the lists arrived: a late list does not take focus away.
        function test_home_lateListDoesNotMoveTheViewer() {
            fillPreview(true)
            TvSession.setPreviewEntitlements([])
            TvSession.setPreview({ loading: true })
            shell = createTemporaryObject(shellComponent, root)
            shell.forceActiveFocus()
            tryVerify(() => current() && current().objectName === "homeScreen")
            const available = findChild(current(), "availableRow")
            tryVerify(() => findChild(current(), "accountButton").activeFocus)
            key(Qt.Key_Down)            // the viewer goes to Available themselves
            verify(available.list.activeFocus)
            key(Qt.Key_Right)
            compare(available.currentIndex, 1)
            TvSession.setPreviewEntitlements([
                { id: "E1", title: "Sports Pass", status: "active", expiresAt: "2031-03-01T00:00:00Z", provider: "cleeng" }
            ])
            TvSession.setPreview({ loading: false })
            wait(20); wait(20)
            verify(available.list.activeFocus, "focus stays where the viewer put it")
            compare(available.currentIndex, 1)
        }

        // A product the viewer holds is shown as theirs, not for sale: matched by product id of the
        // same provider, where the two ids mean the same product (Cleeng offer ids; MPX Product URIs
        // or their number; InPlayer: the asset an access fee opens, never the fee id itself). Ended:
        // for sale again. Another provider's entitlement with the same id is not a match.
        function test_home_heldProductsShownAsHeld() {
            fillPreview(true)
            TvSession.setPreviewProducts([
                { id: "S1", title: "Monthly", price: 9.99, currency: "EUR", period: "month", provider: "cleeng" },
                { id: "S2", title: "Yearly", price: 99, currency: "EUR", period: "year", trial: "7 days", provider: "cleeng" },
                { id: "http://data.product.theplatform.com/product/data/Product/9001", title: "Premium",
                  price: 14.99, currency: "USD", period: "month", provider: "mpx" },
                { id: "77", title: "Match day", price: 4.99, currency: "EUR", period: "48 hours", provider: "inplayer",
                  grantsAccessTo: "1201" },
                { id: "S5", title: "Cinema", price: 5.49, currency: "EUR", period: "month", provider: "cleeng" },
                { id: "78", title: "Season", price: 49, currency: "EUR", period: "year", provider: "inplayer",
                  grantsAccessTo: "1202" }
            ])
            // Products first, entitlements later (as the real providers answer).
            TvSession.setPreviewEntitlements([])
            shell = createTemporaryObject(shellComponent, root)
            shell.forceActiveFocus()
            tryVerify(() => current() && current().objectName === "homeScreen" && !shell.stack.busy)
            const available = findChild(current(), "availableRow")
            tryVerify(() => available.list.activeFocus)
            key(Qt.Key_Right)
            compare(available.currentIndex, 1)
            verify(!TvSession.products.get(0).held)
            TvSession.setPreviewEntitlements([
                { id: "S1", title: "Monthly", status: "active", expiresAt: "2031-03-01T00:00:00Z", provider: "cleeng" },
                { id: "S2", title: "Yearly", status: "expired", expiresAt: "2020-03-01T00:00:00Z", provider: "cleeng" },
                { id: "9001", title: "Premium", status: "trial", trialEndsAt: "2031-01-10T00:00:00Z", provider: "mpx" },
                { id: "1201", title: "Match day", status: "active", provider: "inplayer" },
                { id: "78", title: "Season", status: "active", provider: "inplayer" },
                { id: "S5", title: "Cinema", status: "active", provider: "inplayer" }
            ])
            wait(20); wait(20)
            compare(available.currentIndex, 1, "cards keep their place when entitlements arrive")
            compare(available.count, 6)
            const expectHeld = [true, false, true, true, false, false]
            for (let i = 0; i < 6; ++i)
                compare(TvSession.products.get(i).held, expectHeld[i], "held " + TvSession.products.get(i).title)
            compare(TvSession.products.get(0).heldStatus, "active")
            compare(TvSession.products.get(2).heldStatus, "trial")
            compare(TvSession.products.get(2).heldStatusText, "Free trial")

            // On the card: "You have this" and the end date instead of the price and period.
            const held = available.list.itemAtIndex(0)
            const heldCard = findChild(held, "productCard")
            compare(heldCard.primary, "You have this")
            verify(heldCard.secondary.indexOf("Until") === 0, heldCard.secondary)
            compare(heldCard.badge, "")
            verify(heldCard.held)
            compare(findChild(available.list.itemAtIndex(2), "productCard").secondary.indexOf("Trial ends"), 0)
            const forSale = findChild(available.list.itemAtIndex(1), "productCard")
            verify(/99/.test(forSale.primary), "an ended one is for sale again: " + forSale.primary)
            compare(forSale.secondary, "per year")
            compare(forSale.badge, "7 days free")
            verify(!forSale.held)

            // Details of the held one: its status, never an invitation to buy.
            key(Qt.Key_Left)
            key(Qt.Key_Return)
            tryVerify(() => current().objectName === "detailsScreen" && !shell.stack.busy)
            compare(findChild(current(), "detailsPrimary").text, "Active")
            verify(findChild(current(), "detailsBody").text.indexOf("already have") >= 0)
            key(Qt.Key_Back)
            tryVerify(() => current().objectName === "homeScreen" && !shell.stack.busy)

            // The entitlement ends: the product is for sale again, on the same card.
            TvSession.setPreviewEntitlements([])
            wait(20)
            verify(!TvSession.products.get(0).held)
            const again = findChild(available.list.itemAtIndex(0), "productCard")
            verify(/9[.,]99/.test(again.primary) && !again.held, again.primary)
        }

        function test_account_signOutAsksFirst() {
            start(true)
            key(Qt.Key_Blue)
            tryVerify(() => current().objectName === "accountScreen" && !shell.stack.busy)
            compare(findChild(current(), "subject").text, "viewer@example.com")
            tryVerify(() => findChild(current(), "reloadButton").activeFocus)
            key(Qt.Key_Right)
            verify(findChild(current(), "signOutButton").activeFocus)
            key(Qt.Key_Return)
            verify(shell.signOutDialog.visible)
            tryVerify(() => findChild(shell.signOutDialog, "dialogReject").activeFocus, 1000, "Cancel is the default")
            key(Qt.Key_Return)       // Cancel
            verify(!shell.signOutDialog.visible)
            compare(signOutSpy.count, 0)
            tryVerify(() => findChild(current(), "signOutButton").activeFocus)
            key(Qt.Key_Red)          // Red on Account: sign out, asking first
            verify(shell.signOutDialog.visible)
            key(Qt.Key_Right)
            key(Qt.Key_Return)       // Sign out
            compare(signOutSpy.count, 1)
            tryVerify(() => current().objectName === "signInScreen" && !shell.stack.busy, 2000, "back to sign-in")
            compare(shell.stack.depth, 1)
        }

        function test_back_fromAccount() {
            start(true)
            key(Qt.Key_Blue)
            tryVerify(() => current().objectName === "accountScreen" && !shell.stack.busy)
            key(Qt.Key_Back)
            tryVerify(() => current().objectName === "homeScreen" && !shell.stack.busy)
            compare(TvSession.phase, SessionState.SignedIn)
            key(Qt.Key_Back)
            verify(shell.exitDialog.visible)
            key(Qt.Key_Back)
        }

        function test_help_yellow() {
            start(true)
            key(Qt.Key_Yellow)
            verify(shell.help.visible)
            key(Qt.Key_Back)
            verify(!shell.help.visible)
            compare(current().objectName, "homeScreen")
            tryVerify(() => findChild(current(), "ownedRow").list.activeFocus)
        }

        function test_home_loadingEmptyError() {
            fillPreview(true)
            TvSession.setPreviewEntitlements([])
            TvSession.setPreviewProducts([])
            TvSession.setPreview({ loading: true })
            shell = createTemporaryObject(shellComponent, root)
            shell.forceActiveFocus()
            tryVerify(() => current() && current().objectName === "homeScreen")
            const owned = findChild(current(), "ownedRow")
            verify(!findChild(owned, "rowMessage").visible, "loading shows placeholders, not a message")
            tryVerify(() => findChild(current(), "accountButton").activeFocus, 1000, "something has focus while loading")
            TvSession.setPreview({ loading: false })
            verify(findChild(owned, "rowMessage").visible, "empty state is designed")
            TvSession.setPreview({ errorMessage: "Your purchases could not be loaded." })
            verify(findChild(owned, "rowMessage").visible)
            key(Qt.Key_Green)
            compare(reloadSpy.count, 1)
            TvSession.setPreview({ errorMessage: "" })
            TvSession.setPreviewProducts([{ id: "P1", title: "Monthly", price: 9.99, currency: "EUR", period: "month" }])
            tryVerify(() => findChild(current(), "availableRow").list.activeFocus, 1000, "focus moves to the first content")
        }

        function test_longList_10000() {
            fillPreview(true)
            TvSession.fillPreviewProducts(10000)
            shell = createTemporaryObject(shellComponent, root)
            shell.forceActiveFocus()
            tryVerify(() => current() && current().objectName === "homeScreen")
            const available = findChild(current(), "availableRow")
            compare(available.count, 10000)
            tryVerify(() => findChild(current(), "ownedRow").list.activeFocus)
            key(Qt.Key_Down)
            verify(available.list.activeFocus)
            for (let i = 0; i < 40; ++i)
                key(Qt.Key_Right)
            compare(available.currentIndex, 40)
            key(Qt.Key_Return)
            tryVerify(() => current().objectName === "detailsScreen")
            compare(findChild(current(), "detailsTitle").text, "Product 41")
            key(Qt.Key_Back)
            tryVerify(() => current().objectName === "homeScreen" && !shell.stack.busy)
        }
    }
}
