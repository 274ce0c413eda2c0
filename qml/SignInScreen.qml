pragma ComponentBehavior: Bound
import QtQuick
import TvPair

// Sign-in: the user code to type on a phone, the QR code to scan instead, how long the code
// lasts and what happens now. A new code replaces an expired one by itself.
FocusScope {
    id: screen
    objectName: "signInScreen"
    property string screenTitle: qsTr("Sign in")
    signal helpRequested()

    readonly property bool hasCode: TvSession.userCode !== ""
    // A declined or failed attempt leaves a used code behind: never offer it to be scanned or typed.
    readonly property bool codeUsable: hasCode && phase !== SessionState.Failed && TvSession.pollStatus !== SessionState.Denied
    readonly property int phase: TvSession.phase
    readonly property int statusKind: phase === SessionState.Failed ? SessionState.Ended : TvSession.pollStatus
    // OK never discards a code the viewer may be typing: it gets a new one only when there is no
    // live code left (declined, failed, or an error before any code). Green always does.
    readonly property bool offerNewCode: !codeUsable && (hasCode || statusKind === SessionState.Ended)
    readonly property string statusLine: {
        if (phase === SessionState.Restoring) return qsTr("Signing you in…")
        if (phase === SessionState.Discovering || (!hasCode && phase !== SessionState.Failed)) return qsTr("Getting a code…")
        if (phase === SessionState.Failed)
            return failureLine()
        return TvSession.statusText
    }
    function failureLine() {
        return TvSession.errorMessage !== "" ? qsTr("%1 Press OK to try again.").arg(TvSession.errorMessage)
                                            : qsTr("Something went wrong. Press OK to try again.")
    }
    readonly property color statusColor: {
        switch (statusKind) {
        case SessionState.NetworkRetry:
        case SessionState.Expired:
        case SessionState.SlowDown: return Theme.warning
        case SessionState.Denied:
        case SessionState.Ended: return Theme.danger
        }
        return Theme.text
    }

    function formatTime(s) {
        const m = Math.floor(s / 60)
        const r = s % 60
        return m + ":" + (r < 10 ? "0" : "") + r
    }

    // Spoken (when speech is on): the code as it appears (after "expired" when it replaced one)
    // and the endings: declined, failed. Blue reads the code again, even with speech off. Said
    // from the session's signals as they come (read from TvSession, not from this screen's
    // bindings, which may not have followed yet), so the status goes before the focus it moves.
    function codeSentences() {
        return [qsTr("Go to %1 on your phone and enter").arg(TvSession.verificationUri)].concat(Speech.spell(TvSession.userCode))
    }
    property string spokenKey: ""
    property string spokenCode: ""
    function speakStatus() {
        const failed = TvSession.phase === SessionState.Failed
        const usable = TvSession.userCode !== "" && !failed && TvSession.pollStatus !== SessionState.Denied
        let key, sentences
        if (usable) {
            const renewed = TvSession.pollStatus === SessionState.Expired
            // "Expired" comes before its new code: say both once the new one is here.
            if (renewed && TvSession.userCode === spokenCode)
                return
            key = "code " + TvSession.userCode
            sentences = (renewed ? [TvSession.statusText] : [])
                .concat(codeSentences(), [qsTr("Press Blue to hear the code again.")])
        } else if (failed || TvSession.pollStatus === SessionState.Denied || TvSession.pollStatus === SessionState.Ended) {
            sentences = [failed ? failureLine() : TvSession.statusText]
            key = "end " + sentences[0]
        } else {
            return
        }
        if (key === spokenKey)
            return
        spokenKey = key
        spokenCode = TvSession.userCode
        Speech.announce(sentences)
    }
    Component.onCompleted: speakStatus()
    Connections {
        target: TvSession
        function onCodeChanged() { screen.speakStatus() }
        function onStatusChanged() { screen.speakStatus() }
        function onPhaseChanged() { screen.speakStatus() }
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Green) {
            TvSession.startSignIn()
            event.accepted = true
        } else if (event.key === Qt.Key_Blue && screen.codeUsable) {
            Speech.readAloud(screen.codeSentences())
            event.accepted = true
        }
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.safeX; anchors.rightMargin: Theme.safeX; anchors.topMargin: Theme.safeY
        trailing: qsTr("Sign in")
    }

    Item {
        id: content
        anchors {
            left: parent.left; right: parent.right; top: header.bottom; bottom: legend.top
            leftMargin: Theme.safeX; rightMargin: Theme.safeX
            topMargin: Theme.px(24); bottomMargin: Theme.px(24)
        }

        Column {
            id: left
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - qrColumn.width - Theme.px(120)
            spacing: Theme.px(30)

            Text {
                width: parent.width
                text: qsTr("Sign in with your phone")
                font: Theme.display
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                id: instruction
                objectName: "instruction"
                width: parent.width
                textFormat: Text.StyledText
                wrapMode: Text.WordWrap
                lineHeight: 1.15
                text: qsTr("Go to %1 on your phone and enter")
                      .arg("<font color=\"" + Theme.accent + "\"><b>" + (TvSession.verificationUri || "…") + "</b></font>")
                font: Theme.body
                color: Theme.text
            }
            Rectangle {
                anchors.left: parent.left  // the start edge: the right one when mirrored
                id: codePanel
                width: Math.max(code.implicitWidth + Theme.px(96), Theme.px(760))
                height: Theme.px(188)
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.px(2)
                border.color: Theme.border
                Text {
                    id: code
                    objectName: "userCode"
                    anchors.centerIn: parent
                    text: screen.hasCode ? TvSession.userCode : "····-····"
                    opacity: screen.codeUsable ? 1 : 0.3
                    font: Theme.code
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Code %1").arg(TvSession.userCode.split("").join(" "))
                }
            }
            Column {
                anchors.left: parent.left  // the start edge: the right one when mirrored
                id: countdown
                visible: screen.codeUsable && TvSession.expiresIn > 0
                width: codePanel.width
                spacing: Theme.px(12)
                readonly property real fraction: TvSession.expiresIn > 0 ? TvSession.secondsLeft / TvSession.expiresIn : 0
                Rectangle {
                    objectName: "countdownBar"
                    width: parent.width
                    height: Theme.px(12)
                    radius: height / 2
                    color: Theme.track
                    Rectangle {
                        anchors.left: parent.left  // drains towards the start edge, mirrored too
                        width: parent.width * countdown.fraction
                        height: parent.height
                        radius: height / 2
                        color: TvSession.secondsLeft < 60 ? Theme.warning : Theme.accent
                    }
                }
                Text {
                    anchors.left: parent.left  // the start edge: the right one when mirrored
                    text: qsTr("Code valid for %1").arg(screen.formatTime(TvSession.secondsLeft))
                    font: Theme.secondary
                    color: Theme.textSecondary
                }
            }
            Row {
                width: parent.width
                spacing: Theme.px(18)
                Rectangle {
                    id: statusDot
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(18); height: width; radius: width / 2
                    color: screen.statusKind === SessionState.Waiting ? Theme.accent : screen.statusColor
                    // Blinks on the countdown's once-a-second tick instead of an endless animation:
                    // a waiting TV then draws about one frame a second, not sixty (less CPU).
                    opacity: screen.statusKind === SessionState.Waiting && TvSession.secondsLeft % 2 === 0 ? 0.4 : 1
                }
                Text {
                    objectName: "statusLine"
                    width: parent.width - statusDot.width - parent.spacing
                    text: screen.statusLine
                    wrapMode: Text.WordWrap
                    font: Theme.body
                    color: screen.statusColor
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            Row {
                anchors.left: parent.left  // the start edge: the right one when mirrored
                // room for the focus ring inside the safe area
                leftPadding: Theme.ringGap + Theme.ringWidth
                rightPadding: Theme.ringGap + Theme.ringWidth  // the start edge when mirrored
                spacing: Theme.px(36)
                // Shown (and focused) only when a new code is what OK should do.
                TvButton {
                    id: newCode
                    objectName: "newCodeButton"
                    visible: screen.offerNewCode
                    focus: screen.offerNewCode
                    text: qsTr("Get a new code")
                    keyColor: Theme.keyGreen
                    onClicked: TvSession.startSignIn()
                    KeyNavigation.right: helpButton
                }
                // While the code is live OK lands here: help, which Back or OK closes again.
                TvButton {
                    id: helpButton
                    objectName: "signInHelpButton"
                    focus: !screen.offerNewCode
                    text: qsTr("Help")
                    keyColor: Theme.keyYellow
                    onClicked: screen.helpRequested()
                    KeyNavigation.left: newCode.visible ? newCode : null
                }
            }
        }

        Column {
            id: qrColumn
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(20)
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("or scan")
                font: Theme.bodyBold
                color: Theme.text
            }
            Rectangle {
                width: Theme.px(480); height: width
                radius: Theme.radius
                color: "white"
                QrCode {
                    id: qr
                    objectName: "qrCode"
                    anchors.centerIn: parent
                    width: Theme.px(444); height: width
                    text: TvSession.qrText
                    visible: text !== "" && (screen.codeUsable || !screen.hasCode)
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code for %1").arg(TvSession.verificationUri)
                }
                Text {
                    visible: !qr.visible
                    anchors.centerIn: parent
                    width: parent.width - Theme.px(48)
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    // Empty while the QR is shown: no layout (and no glyphs) for text nobody sees.
                    text: qr.visible ? "" : screen.hasCode ? qsTr("Press OK for a new code") : qsTr("Preparing…")
                    font: Theme.body
                    color: Theme.textOnLight
                }
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Point your phone's camera here")
                font: Theme.secondary
                color: Theme.textSecondary
            }
        }
    }

    KeyLegend {
        id: legend
        anchors { left: parent.left; bottom: parent.bottom; leftMargin: Theme.safeX; bottomMargin: Theme.safeY }
        items: [
            { key: "ok", label: screen.offerNewCode ? qsTr("New code") : qsTr("Help") },
            { key: "green", label: qsTr("New code") },
            { key: "yellow", label: qsTr("Help") }
        ].concat(Speech.available ? [{ key: "blue", label: qsTr("Hear code") }] : [],
                 [{ key: "back", label: qsTr("Exit") }])
    }
}
