import QtQuick
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
    // A TV has one window and it always takes the keys; without a window manager (eglfs, a bare
    // X server) nobody else would activate it, and items would have focus but no active focus.
    Component.onCompleted: requestActivate()

    AppShell {
        id: shell
        anchors.fill: parent
        focus: true
    }

    // Loaded by URL only when asked for: the desktop remote costs the TV's first frame nothing.
    Loader {
        active: window.remoteEmulator
        source: active ? "RemoteEmulator.qml" : ""
        onLoaded: item.target = window
    }
}
