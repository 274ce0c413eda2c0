import QtQuick
import QtQuick.Window
import TvPair

// The app window. Navigation, Back and the colour keys live in AppShell.
Window {
    id: window
    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: TvSession.appName
    // Set by the app with --remote-emulator (QQmlApplicationEngine::setInitialProperties).
    property bool remoteEmulator: false
    readonly property alias shell: shell

    AppShell {
        id: shell
        anchors.fill: parent
        focus: true
    }

    Loader {
        active: window.remoteEmulator
        sourceComponent: RemoteEmulator { target: window }
    }
}
