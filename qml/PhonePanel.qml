import QtQuick
import TvPair

// A page to open on the phone, at the end edge of a details screen: a heading, the page as a QR
// code (dark on light, quiet zone inside the white square) and its short URL, whole, for a
// viewer without a camera; an optional note under it. `name` prefixes the parts' objectNames
// (<name>QrCode, <name>Url) for tests and screen readers' tools.
Column {
    id: panel
    property string name: "phone"
    property string heading: ""
    property string url: ""
    property string shortUrl: ""
    property string note: ""
    width: Theme.px(520)
    spacing: Theme.px(20)

    Text {
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: panel.heading
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }
    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        width: Theme.px(400); height: width
        radius: Theme.radius
        color: "white"
        QrCode {
            objectName: panel.name + "QrCode"
            anchors.centerIn: parent
            width: Theme.px(370); height: width
            text: panel.url
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code for %1").arg(panel.shortUrl)
        }
    }
    Text {
        objectName: panel.name + "Url"
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        text: panel.shortUrl
        // Whole, never elided: a viewer without a camera types it. Long operator URLs wrap (a
        // loopback sandbox URL with a customer id and a locale takes four lines).
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        maximumLineCount: 4
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSecondary
        color: Theme.textSecondary
    }
    Text {
        visible: panel.note !== ""
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: panel.note
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSecondary
        color: Theme.textSecondary
    }
}
