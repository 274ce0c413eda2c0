pragma ComponentBehavior: Bound
import QtQuick
import TvPair

// Home: "You have" (entitlements) over "Available" (products). Up/Down between rows and the
// header buttons, Left/Right inside a row, Ok opens details.
FocusScope {
    id: screen
    objectName: "homeScreen"
    signal detailsRequested(var item)
    signal accountRequested()

    readonly property var session: TvSession
    readonly property string rowError: TvSession.loading ? "" : TvSession.errorMessage

    // Focus lands once after sign-in: on the first card of "You have" when the viewer owns
    // something, else on "Available" -- but only when every list has answered (products usually
    // answer before entitlements, and focus must not jump rows under the viewer's eyes). Until
    // then it waits on the Account button. Moving with the keys also ends the landing.
    property bool landed: false
    // Focus within this screen; active focus only if the screen has it (never taken from a
    // dialog or the help shown over it).
    function give(item) {
        if (screen.activeFocus) item.forceActiveFocus()
        else item.focus = true
    }
    function land() {
        if (owned.hasItems) {
            owned.currentIndex = 0
            give(owned)
        } else if (available.hasItems && !TvSession.loading) {
            available.currentIndex = 0
            give(available)
        } else {
            return false
        }
        landed = true
        return true
    }
    // Where focus goes when it has nowhere to be: a row with something in it, else a button.
    function focusFirst() {
        if (!landed) {
            if (land()) return
        } else if (owned.hasItems) {
            give(owned); return
        } else if (available.hasItems) {
            give(available); return
        }
        give(rowError !== "" ? retryButton : accountButton)
    }
    function moveDown(from) {
        const order = [accountButton, owned, available]
        for (let i = order.indexOf(from) + 1; i < order.length; ++i)
            if (order[i] === accountButton || order[i].hasItems) { landed = true; order[i].forceActiveFocus(); return true }
        return false
    }
    function moveUp(from) {
        const order = [accountButton, owned, available]
        for (let i = order.indexOf(from) - 1; i >= 0; --i)
            if (order[i] === accountButton || order[i].hasItems) { landed = true; order[i].forceActiveFocus(); return true }
        return false
    }

    // When lists arrive, empty or fail, focus goes to what is there now; never to nothing. While
    // something is shown over the screen this waits until focus comes back.
    function refocus() {
        if (!screen.activeFocus)
            return
        const onEmptyRow = (owned.activeFocus && !owned.hasItems) || (available.activeFocus && !available.hasItems)
        const onRow = owned.activeFocus || available.activeFocus
        const onButton = accountButton.activeFocus || (retryButton.activeFocus && retryButton.visible)
        if (onEmptyRow || (!onRow && !onButton))
            focusFirst()
        else if (!landed)
            land()
    }
    Component.onCompleted: {
        // Spoken (speech on): who is signed in, before the focused card.
        Speech.announce([header.trailing])
        focusFirst()
    }
    onActiveFocusChanged: if (activeFocus) Qt.callLater(screen.refocus)
    Connections {
        target: TvSession.entitlements
        function onCountChanged() { Qt.callLater(screen.refocus) }
    }
    Connections {
        target: TvSession.products
        function onCountChanged() { Qt.callLater(screen.refocus) }
    }
    Connections {
        target: TvSession
        function onErrorChanged() { Qt.callLater(screen.refocus) }
        function onPaymentsStateChanged() { Qt.callLater(screen.refocus) }
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Green) {
            TvSession.reloadPayments()
            event.accepted = true
        }
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: buttons.left; top: parent.top }
        anchors.leftMargin: Theme.safeX; anchors.rightMargin: Theme.px(32); anchors.topMargin: Theme.safeY
        trailing: TvSession.displayName !== "" ? qsTr("Signed in as %1").arg(TvSession.displayName)
            : TvSession.subject !== "" ? qsTr("Signed in as %1").arg(TvSession.subject) : ""
    }
    Row {
        id: buttons
        anchors { right: parent.right; rightMargin: Theme.safeX + Theme.px(36); verticalCenter: header.verticalCenter }
        spacing: Theme.px(28)
        TvButton {
            id: retryButton
            visible: screen.rowError !== ""
            text: qsTr("Try again")
            keyColor: Theme.keyGreen
            onClicked: TvSession.reloadPayments()
            KeyNavigation.right: accountButton
            Keys.onDownPressed: screen.moveDown(accountButton)
        }
        TvButton {
            id: accountButton
            objectName: "accountButton"
            text: qsTr("Account")
            keyColor: Theme.keyBlue
            onClicked: screen.accountRequested()
            KeyNavigation.left: retryButton.visible ? retryButton : null
            Keys.onDownPressed: screen.moveDown(accountButton)
        }
    }

    Rectangle {
        id: staleBanner
        visible: TvSession.stale
        anchors { left: parent.left; right: parent.right; top: header.bottom; leftMargin: Theme.safeX; rightMargin: Theme.safeX
                  topMargin: Theme.px(16) }
        height: visible ? staleText.implicitHeight + Theme.px(20) : 0
        radius: Theme.px(10)
        color: "#3A3220"
        Text {
            id: staleText
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left; anchors.leftMargin: Theme.px(24)
            text: qsTr("Showing your last saved list. Press Green to refresh.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSecondary
            color: Theme.warning
        }
    }

    Column {
        anchors { left: parent.left; right: parent.right; top: staleBanner.visible ? staleBanner.bottom : header.bottom
                  leftMargin: Theme.safeX; rightMargin: Theme.safeX; topMargin: Theme.px(28) }
        spacing: Theme.px(12)

        CardRow {
            id: owned
            objectName: "ownedRow"
            width: parent.width
            title: qsTr("You have")
            countText: qsTr("%n item(s)", "", count)
            model: TvSession.entitlements
            loading: TvSession.loading
            errorText: screen.rowError
            emptyText: qsTr("Nothing yet. Pick a plan from Available below.")
            cardDelegate: Item {
                id: ownedCell
                required property int index
                required property string title
                required property string statusText
                required property string expiresText
                required property bool active
                required property string status
                readonly property bool focused: ListView.isCurrentItem && owned.list.activeFocus
                width: ownedCard.width
                height: owned.list.height
                z: focused ? 2 : 1
                Card {
                    id: ownedCard
                    anchors.centerIn: parent
                    focused: ownedCell.focused
                    heading: ownedCell.title
                    primary: ownedCell.statusText
                    secondary: ownedCell.expiresText
                    badge: ownedCell.status === "trial" ? qsTr("Trial") : ""
                    dimmed: !ownedCell.active
                }
            }
            onActivated: (i) => screen.detailsRequested(TvSession.entitlements.get(i))
            Keys.onUpPressed: screen.moveUp(owned)
            Keys.onDownPressed: screen.moveDown(owned)
        }

        CardRow {
            id: available
            objectName: "availableRow"
            width: parent.width
            title: qsTr("Available")
            countText: qsTr("%n product(s)", "", count)
            model: TvSession.products
            loading: TvSession.loading
            errorText: screen.rowError
            emptyText: qsTr("No products are offered to this account right now.")
            cardDelegate: Item {
                id: productCell
                required property int index
                required property string title
                required property string priceText
                required property string periodText
                required property string trialText
                // Already held (matched by product id): its status instead of a price to pay again.
                required property bool held
                required property string heldStatusText
                required property string heldUntilText
                readonly property bool focused: ListView.isCurrentItem && available.list.activeFocus
                width: productCard.width
                height: available.list.height
                z: focused ? 2 : 1
                Card {
                    id: productCard
                    objectName: "productCard"
                    anchors.centerIn: parent
                    focused: productCell.focused
                    held: productCell.held
                    heading: productCell.title
                    // Held: "You have this" and until when (the status in full is on You have
                    // and in the details); no badge, which a two-line title would run into.
                    primary: productCell.held ? qsTr("You have this") : productCell.priceText
                    secondary: productCell.held ? productCell.heldUntilText : productCell.periodText
                    badge: !productCell.held && productCell.trialText !== "" ? qsTr("%1 free").arg(productCell.trialText) : ""
                }
            }
            onActivated: (i) => screen.detailsRequested(TvSession.products.get(i))
            Keys.onUpPressed: screen.moveUp(available)
            Keys.onDownPressed: screen.moveDown(available)
        }
    }

    KeyLegend {
        id: legend
        anchors { left: parent.left; bottom: parent.bottom; leftMargin: Theme.safeX; bottomMargin: Theme.safeY }
        items: [
            { key: "ok", label: qsTr("Details") },
            { key: "green", label: qsTr("Reload") },
            { key: "blue", label: qsTr("Account") },
            { key: "yellow", label: qsTr("Help") },
            { key: "back", label: qsTr("Exit") }
        ]
    }
}
