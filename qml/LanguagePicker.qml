import QtQuick
import TvPair

// The language list over the Account screen, each language in its own name. Focus starts on the
// language in effect; OK switches to the focused one at once (and keeps the list open, so the
// viewer sees the result and can go on); Back closes and focus returns where it was.
FocusScope {
    id: picker
    property Item returnFocusTo: null
    readonly property bool opened: visible

    anchors.fill: parent
    visible: false
    z: 100

    function open() {
        returnFocusTo = picker.Window.activeFocusItem
        body.active = true
        visible = true
        body.item.list.currentIndex = body.item.list.indexOf(LanguageChoice.language)
        body.item.list.forceActiveFocus()
    }
    function close() {
        visible = false
        if (returnFocusTo)
            returnFocusTo.forceActiveFocus()
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Back || event.key === Qt.Key_Escape)
            picker.close()
        event.accepted = true
    }

    Loader {
        id: body
        anchors.fill: parent
        active: false
        sourceComponent: Item {
            readonly property ListView list: list
            Rectangle {
                anchors.fill: parent
                color: "#D9050810"
                MouseArea { anchors.fill: parent }
            }
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.safeX, Theme.px(900))
                height: parent.height - 2 * Theme.safeY
                radius: Theme.radius * 1.5
                color: Theme.surface
                border.width: Theme.px(2)
                border.color: Theme.border
                Accessible.role: Accessible.Dialog
                Accessible.name: title.text

                Text {
                    id: title
                    objectName: "languageTitle"
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(48) }
                    text: qsTr("Language")
                    font: Theme.title
                    color: Theme.text
                    elide: Text.ElideRight
                }
                ListView {
                    id: list
                    objectName: "languageList"
                    function indexOf(code) {
                        for (let i = 0; i < model.length; ++i)
                            if (model[i].code === code)
                                return i
                        return 0
                    }
                    anchors { left: parent.left; right: parent.right; top: title.bottom; bottom: hint.top
                              leftMargin: Theme.px(48); rightMargin: Theme.px(48)
                              topMargin: Theme.px(24); bottomMargin: Theme.px(24) }
                    clip: true
                    spacing: 0
                    model: LanguageChoice.languages
                    highlightMoveDuration: Theme.animationMs
                    preferredHighlightBegin: height / 2 - Theme.px(40)
                    preferredHighlightEnd: height / 2 + Theme.px(40)
                    highlightRangeMode: ListView.ApplyRange
                    keyNavigationWraps: false
                    Keys.onReturnPressed: LanguageChoice.choose(model[currentIndex].code)
                    Keys.onEnterPressed: LanguageChoice.choose(model[currentIndex].code)
                    delegate: Item {
                        id: row
                        required property var modelData
                        required property int index
                        readonly property bool current: ListView.isCurrentItem && list.activeFocus
                        readonly property bool chosen: modelData.code === LanguageChoice.language
                        width: ListView.view.width
                        height: Theme.px(80) + 2 * (Theme.ringGap + Theme.ringWidth)
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: modelData.name
                        Accessible.checked: chosen
                        Rectangle {
                            id: pill
                            anchors { fill: parent; margins: Theme.ringGap + Theme.ringWidth }
                            radius: height / 2
                            color: row.current ? Theme.focusFill : "transparent"
                            Text {
                                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                                          leftMargin: Theme.px(32); rightMargin: Theme.px(32) }
                                horizontalAlignment: Text.AlignLeft  // the start edge for every name, mirrored in Arabic
                                text: (row.chosen ? "✓ " : "") + row.modelData.name
                                font: row.chosen ? Theme.bodyBold : Theme.body
                                color: row.current ? Theme.textOnLight : Theme.text
                                elide: Text.ElideRight
                            }
                            FocusRing { shown: row.current }
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: { list.currentIndex = row.index; LanguageChoice.choose(row.modelData.code) }
                        }
                    }
                }
                Text {
                    id: hint
                    anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.px(48) }
                    horizontalAlignment: Text.AlignLeft  // Arabic starts with the key's Latin "OK"
                    text: qsTr("OK chooses · Back closes")
                    font: Theme.secondary
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
