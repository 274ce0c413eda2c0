import QtQuick
import TvPair

// One product or entitlement: title, then price + period or status + expiry.
// `focused` comes from the list (the ListView holds focus, not the delegate).
Rectangle {
    id: card
    property string heading
    property string primary      // "€9.99" or "Active"
    property string secondary    // "per month" or "Until 3 Mar 2026"
    property string badge        // "Free trial", "7 days free"
    property bool dimmed: false  // ended entitlements
    property bool held: false    // a product the viewer already has: a tick, in green
    property bool focused: false

    width: Theme.cardWidth
    height: Theme.px(236)
    radius: Theme.radius
    color: focused ? Theme.surfaceFocus : Theme.surface
    border.width: Theme.px(2)
    border.color: focused ? "transparent" : Theme.borderMuted
    scale: focused ? Theme.focusScale : 1
    z: focused ? 2 : 1
    Behavior on scale { NumberAnimation { duration: Theme.animationMs } }

    Accessible.role: Accessible.ListItem
    Accessible.name: [heading, primary, secondary, badge].filter(s => s !== "").join(", ")
    Accessible.focusable: true
    Accessible.focused: focused
    // Spoken when it takes focus (speech on): its title, status or price, period or expiry.
    onFocusedChanged: if (focused) Speech.describe([heading, primary, secondary, badge])

    Rectangle {
        // A band of colour on the left: what kind of card it is, at a glance.
        objectName: "band"
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.px(20) }
        width: Theme.px(6)
        radius: width / 2
        color: card.dimmed ? "#55627D" : card.held ? Theme.success : Theme.accent
    }
    Column {
        anchors { fill: parent; leftMargin: Theme.px(48); rightMargin: Theme.px(28); topMargin: Theme.px(26) }
        spacing: Theme.px(10)
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignLeft  // the start edge, also for a Latin title in Arabic
            text: card.heading
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.tx(36)
            font.bold: true
            color: Theme.text
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignLeft  // the start edge, also for a Latin title in Arabic
            visible: text !== ""
            text: card.held ? "\u2713 " + card.primary : card.primary
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: card.dimmed ? Theme.textSecondary : card.held ? Theme.success : Theme.accent
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignLeft  // the start edge, also for a Latin title in Arabic
            visible: text !== ""
            text: card.secondary
            elide: Text.ElideRight
            // Large text: the last line ends before the badge instead of under it.
            rightPadding: Theme.textScale > 1 && badgeBox.visible ? badgeBox.width : 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSecondary
            color: Theme.textSecondary
        }
    }
    Rectangle {
        id: badgeBox
        objectName: "badge"
        visible: card.badge !== ""
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.px(20) }
        // At most as wide as the text column, never over the band: a long badge ("14 jours d'essai
        // gratuit") is drawn smaller, down to 3/4 of the size, before anything would be elided.
        width: Math.min(badgeMetrics.advanceWidth + Theme.px(24), card.width - Theme.px(48) - Theme.px(20))
        height: badgeMetrics.height + Theme.px(8)
        radius: height / 2
        color: Theme.success
        TextMetrics {
            id: badgeMetrics
            font: badgeText.font
            text: card.badge
        }
        Text {
            id: badgeText
            anchors.centerIn: parent
            width: parent.width - Theme.px(24)
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(Theme.tx(28) * 0.75)
            elide: Text.ElideRight
            text: card.badge
            font.family: Theme.fontFamily
            font.pixelSize: Theme.tx(28)
            font.bold: true
            color: Theme.textOnLight
        }
    }
    FocusRing { shown: card.focused }
}
