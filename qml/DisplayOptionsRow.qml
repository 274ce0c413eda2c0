import QtQuick
import TvPair

// Account: the viewer's display options, each a button that switches it at once (and is
// remembered): read aloud, high contrast and large text. A Flow: where the three do not fit
// on one line (long words, large text at 720p) the last ones wrap below.
Flow {
    id: options
    property alias first: speechButton
    property Item upTarget  // Up from either button
    spacing: Theme.px(40)
    leftPadding: Theme.ringGap + Theme.ringWidth
    rightPadding: Theme.ringGap + Theme.ringWidth  // the start edge when mirrored

    TvButton {
        id: speechButton
        objectName: "speechButton"
        text: !Speech.available ? qsTr("Read aloud: not available")
            : Speech.enabled ? qsTr("Read aloud: On") : qsTr("Read aloud: Off")
        onClicked: {
            if (!Speech.available)
                return
            Speech.enabled = !Speech.enabled
            Speech.readAloud([text])
        }
        KeyNavigation.right: contrastButton
        KeyNavigation.up: options.upTarget
    }
    TvButton {
        id: contrastButton
        objectName: "highContrastButton"
        text: DisplayOptions.highContrast ? qsTr("High contrast: On") : qsTr("High contrast: Off")
        onClicked: DisplayOptions.highContrast = !DisplayOptions.highContrast
        KeyNavigation.left: speechButton
        KeyNavigation.right: largeTextButton
        KeyNavigation.up: options.upTarget
    }
    TvButton {
        id: largeTextButton
        objectName: "largeTextButton"
        text: DisplayOptions.largeText ? qsTr("Large text: On") : qsTr("Large text: Off")
        onClicked: DisplayOptions.largeText = !DisplayOptions.largeText
        KeyNavigation.left: contrastButton
        KeyNavigation.up: options.upTarget
    }
}
