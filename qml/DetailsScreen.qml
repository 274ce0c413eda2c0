import QtQuick
import TvPair

// Everything about one product or entitlement. Back (the key or the button) returns to the row it
// came from; AppShell does the going back.
FocusScope {
    id: screen
    objectName: "detailsScreen"
    property var item: ({})
    signal backRequested()
    readonly property bool isEntitlement: item.kind === "entitlement"
    // A product the viewer already holds: its status, never an invitation to buy it again.
    readonly property bool isHeld: !isEntitlement && item.held === true
    // Buy on your phone: offered for a product the viewer does not hold, while this screen is shown.
    readonly property bool offersCheckout: !isEntitlement && !isHeld && checkout.url !== ""
    // The purchase went through while the screen was open.
    readonly property bool bought: checkout.granted
    // Manage on your phone: a held plan that renews by itself (to cancel or change it there).
    readonly property bool offersManage: manage.url !== ""
                                         && (isEntitlement ? item.renews === true : isHeld && item.heldRenews === true)
    readonly property bool showsPhonePanel: checkoutPanel.visible || managePanel.visible

    CheckoutWatch {
        id: checkout
        objectName: "checkoutWatch"
        productId: screen.isEntitlement ? "" : (screen.item.id || "")
        provider: screen.item.provider || ""
        grantsAccessTo: screen.item.grantsAccessTo || ""
        active: screen.visible && !screen.isEntitlement && !screen.isHeld
    }

    ManageLink {
        id: manage
        objectName: "manageLink"
        productId: screen.isEntitlement ? (screen.item.id || "") : (screen.item.heldId || "")
        provider: screen.item.provider || ""
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.safeX; anchors.rightMargin: Theme.safeX; anchors.topMargin: Theme.safeY
        trailing: screen.isEntitlement || screen.bought ? qsTr("You have") : qsTr("Available")
    }

    Column {
        anchors { left: parent.left; right: parent.right; top: header.bottom
                  leftMargin: Theme.safeX; rightMargin: Theme.safeX; topMargin: Theme.px(80) }
        spacing: Theme.px(28)

        Text {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            objectName: "detailsTitle"
            width: parent.width * (screen.showsPhonePanel ? 0.55 : 0.8)
            horizontalAlignment: Text.AlignLeft  // the start edge, also for a Latin title in Arabic
            text: screen.item.title || ""
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.tx(72)
            font.bold: true
            color: Theme.text
        }
        Row {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            spacing: Theme.px(24)
            Text {
                objectName: "detailsPrimary"
                text: screen.bought ? qsTr("It's yours")
                    : screen.isEntitlement ? (screen.item.statusText || "")
                    : screen.isHeld ? (screen.item.heldStatusText || "") : (screen.item.priceText || "")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.tx(56)
                font.bold: true
                color: screen.bought ? Theme.success
                    : screen.isEntitlement && !screen.item.active ? Theme.textSecondary : Theme.accent
            }
            Text {
                visible: !screen.bought
                anchors.baseline: parent.children[0].baseline
                text: screen.isEntitlement ? (screen.item.expiresText || "")
                    : screen.isHeld ? (screen.item.heldUntilText || "") : (screen.item.periodText || "")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
        Text {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            visible: !screen.isEntitlement && !screen.isHeld && !screen.bought && (screen.item.trialText || "") !== ""
            text: qsTr("Free trial: %1").arg(screen.item.trialText || "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.success
        }
        Text {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            width: parent.width * (screen.showsPhonePanel ? 0.55 : 0.7)
            wrapMode: Text.WordWrap
            objectName: "detailsBody"
            text: screen.bought
                  ? qsTr("Thank you. You can find it under You have now.")
                  : screen.offersCheckout
                  ? qsTr("Scan the code with your phone to buy it there. This screen updates by itself when the purchase is done; nothing is charged on the TV.")
                  : screen.offersManage
                  ? qsTr("Scan the code with your phone to cancel it or change your plan there.")
                  : screen.isEntitlement
                  ? qsTr("This is part of your account. Manage or cancel it on your phone or computer.")
                  : screen.isHeld
                  ? qsTr("You already have this. Manage or cancel it on your phone or computer.")
                  : qsTr("To buy, use the operator's website or app on your phone. It appears under You have when it is done.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            lineHeight: 1.15
        }
        Text {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            visible: (screen.item.provider || "") !== ""
            text: qsTr("Billed by %1 · ID %2").arg(screen.item.provider || "").arg(screen.item.id || "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSecondary
            color: Theme.textSecondary
        }
        Item { width: 1; height: Theme.px(12) }
        Row {
            anchors.left: parent.left  // the start edge: the right one when mirrored
            leftPadding: Theme.ringGap + Theme.ringWidth
            rightPadding: Theme.ringGap + Theme.ringWidth  // the start edge when mirrored
            TvButton {
                id: backButton
                objectName: "backButton"
                focus: true
                text: qsTr("Back")
                onClicked: screen.backRequested()
            }
        }
    }

    // Buy on your phone: the operator's checkout page as a QR code and a short URL.
    PhonePanel {
        id: checkoutPanel
        objectName: "checkoutPanel"
        name: "checkout"
        visible: screen.offersCheckout && !screen.bought
        anchors { right: parent.right; top: header.bottom; rightMargin: Theme.safeX; topMargin: Theme.px(80) }
        heading: qsTr("Buy on your phone")
        url: checkout.url
        shortUrl: checkout.shortUrl
        note: checkout.ended ? qsTr("Bought it? Go back and press Reload.") : ""
    }

    // Manage on your phone: the provider's or operator's page to cancel or change a renewing plan.
    PhonePanel {
        id: managePanel
        objectName: "managePanel"
        name: "manage"
        visible: screen.offersManage
        anchors { right: parent.right; top: header.bottom; rightMargin: Theme.safeX; topMargin: Theme.px(80) }
        heading: qsTr("Manage on your phone")
        url: manage.url
        shortUrl: manage.shortUrl
    }

    KeyLegend {
        anchors { left: parent.left; bottom: parent.bottom; leftMargin: Theme.safeX; bottomMargin: Theme.safeY }
        items: [
            { key: "back", label: qsTr("Back") },
            { key: "blue", label: qsTr("Account") },
            { key: "yellow", label: qsTr("Help") }
        ]
    }
}
