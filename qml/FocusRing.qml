import QtQuick
import TvPair

// The focus ring: a white outline just outside its target, shown with a scale-up by the target
// (never colour alone). Visible when `shown`; by default when the parent has active focus.
Rectangle {
    objectName: "focusRing"
    property Item target: parent
    property bool shown: target ? target.activeFocus : false
    anchors.fill: target
    anchors.margins: -(Theme.ringGap + Theme.ringWidth)
    // Just under half the height: the software renderer draws a seam when radius == height / 2.
    radius: Math.min((target && target.radius !== undefined ? target.radius : 0) + Theme.ringGap + Theme.ringWidth,
                     height / 2 - 1)
    color: "transparent"
    border.width: Theme.ringWidth
    border.color: Theme.focusRing
    visible: shown
    z: 10
}
