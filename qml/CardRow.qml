pragma ComponentBehavior: Bound
import QtQuick
import TvPair

// A titled horizontal row of cards over a list model, plus its loading, empty and error states.
// Left/Right move inside the row, Ok emits activated(row). The view clips inside the safe area
// and keeps a margin so the focused card's ring and scale are never cut.
FocusScope {
    id: row
    property string title
    property string countText
    property alias model: list.model
    property Component cardDelegate
    property bool loading: false
    property string emptyText
    property string errorText
    readonly property int count: list.count
    readonly property bool hasItems: list.count > 0
    property alias currentIndex: list.currentIndex
    readonly property Item list: list
    signal activated(int index)

    readonly property int pad: Theme.px(30)
    implicitHeight: heading.height + Theme.px(8) + Theme.px(236) + 2 * pad
    activeFocusOnTab: true

    Row {
        id: heading
        anchors.left: parent.left  // the start edge: the right one when mirrored
        spacing: Theme.px(24)
        Text {
            text: row.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.tx(48)
            font.bold: true
            color: Theme.text
        }
        Text {
            anchors.baseline: parent.children[0].baseline
            visible: row.hasItems && row.countText !== ""
            text: row.countText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSecondary
            color: Theme.textSecondary
        }
    }

    ListView {
        id: list
        objectName: "cardList"
        anchors { left: parent.left; right: parent.right; top: heading.bottom; topMargin: Theme.px(8) }
        height: Theme.px(236) + 2 * row.pad
        orientation: ListView.Horizontal
        spacing: Theme.px(32)
        clip: true
        focus: true
        visible: row.hasItems
        // A list filled after it was created (the real session: cards arrive after the screen)
        // keeps currentIndex -1, and then no card shows focus. Start at the first card.
        onCountChanged: if (count > 0 && currentIndex < 0) currentIndex = 0
        leftMargin: row.pad; rightMargin: row.pad; topMargin: row.pad; bottomMargin: row.pad
        keyNavigationEnabled: true
        highlightRangeMode: ListView.ApplyRange
        preferredHighlightBegin: row.pad
        preferredHighlightEnd: width - row.pad
        highlightMoveDuration: 180
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        cacheBuffer: Theme.px(900)
        delegate: row.cardDelegate
        Keys.onReturnPressed: (event) => { row.activated(list.currentIndex); event.accepted = true }
        Keys.onEnterPressed: (event) => { row.activated(list.currentIndex); event.accepted = true }
        Accessible.role: Accessible.List
        Accessible.name: row.title
    }

    // Loading: the shape of the row that is coming, softly pulsing; never a blank area.
    Row {
        visible: !row.hasItems && row.loading
        anchors { left: parent.left; top: heading.bottom; topMargin: Theme.px(8) + row.pad; leftMargin: row.pad }
        spacing: Theme.px(32)
        Repeater {
            model: 3
            delegate: Rectangle {
                width: Theme.cardWidth; height: Theme.px(236); radius: Theme.radius
                color: Theme.surfaceMuted
                SequentialAnimation on opacity {
                    running: row.visible && row.loading
                    loops: Animation.Infinite
                    NumberAnimation { to: 0.45; duration: 700 }
                    NumberAnimation { to: 1; duration: 700 }
                }
            }
        }
    }
    Rectangle {
        id: message
        objectName: "rowMessage"
        visible: !row.hasItems && !row.loading
        anchors { left: parent.left; right: parent.right; top: heading.bottom; topMargin: Theme.px(8) + row.pad
                  leftMargin: row.pad; rightMargin: row.pad }
        height: Theme.px(236)
        radius: Theme.radius
        color: Theme.surfaceMuted
        border.width: Theme.px(2)
        border.color: row.errorText !== "" ? Theme.danger : Theme.borderMuted
        Column {
            anchors.left: parent.left
            anchors.leftMargin: Theme.px(48)
            anchors.right: parent.right
            anchors.rightMargin: Theme.px(48)
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(12)
            Text {
                width: parent.width
                wrapMode: Text.WordWrap
                text: row.errorText !== "" ? row.errorText : row.emptyText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Text {
                visible: row.errorText !== ""
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("Press Green to try again.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSecondary
                color: Theme.textSecondary
            }
        }
    }
}
