import QtQuick
import TvPair

// App name on the left, an optional line on the right (who is signed in).
Item {
    id: header
    property string title: TvSession.appName
    property string subtitle
    property string trailing
    implicitHeight: Math.max(titleColumn.implicitHeight, Theme.px(112))  // room for a focused button with its ring

    Column {
        id: titleColumn
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(4)
        Row {
            spacing: Theme.px(18)
            // The operator's logo (checked at start), scaled to the title's height; the built-in
            // tile whenever there is none or it did not load.
            Image {
                id: logo
                objectName: "brandLogo"
                anchors.verticalCenter: parent.verticalCenter
                visible: status === Image.Ready
                source: OperatorBrand.logo
                height: Theme.px(64)
                width: Math.min(Theme.px(320), implicitHeight > 0 ? Math.round(implicitWidth * height / implicitHeight) : height)
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                smooth: true
                asynchronous: false
                cache: false
            }
            Rectangle {
                objectName: "builtinLogo"
                visible: !logo.visible
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(44); height: width; radius: Theme.px(12)
                gradient: Gradient {
                    GradientStop { position: 0; color: "#7CC0FF" }
                    GradientStop { position: 1; color: "#3E7BFA" }
                }
                Text {
                    anchors.centerIn: parent
                    text: "▶"
                    color: "white"
                    font: Theme.secondary
                }
            }
            Text {
                text: header.title
                font: Theme.title
                color: Theme.text
            }
        }
        Text {
            visible: text !== ""
            text: header.subtitle
            font: Theme.secondary
            color: Theme.textSecondary
        }
    }
    Text {
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, parent.width - titleColumn.width - Theme.px(48))
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideMiddle
        text: header.trailing
        font: Theme.secondary
        color: Theme.textSecondary
    }
}
