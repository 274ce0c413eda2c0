import QtQuick
import TvPair

// The app window. Navigation, Back and the colour keys live in AppShell. The app places it on its
// screen (x, y, width, height and visibility as initial properties: WindowPlacement); 1920x1080
// is for hosts that do not.
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

    // The design is 16:9 and scales with the height: the largest 16:9 area of the window, centred
    // (a 16:10 or 4:3 screen gets bands of background, never a cut-off layout).
    AppShell {
        id: shell
        anchors.centerIn: parent
        width: Math.min(window.width, Math.round(window.height * 16 / 9))
        height: Math.min(window.height, Math.round(window.width * 9 / 16))
        focus: true
        // Right-to-left languages (Arabic) mirror the whole layout: anchors, rows, lists.
        LayoutMirroring.enabled: LanguageChoice.rightToLeft
        LayoutMirroring.childrenInherit: true
    }

    // Loaded by URL only when asked for: the desktop remote costs the TV's first frame nothing.
    Loader {
        active: window.remoteEmulator
        source: active ? "RemoteEmulator.qml" : ""
        onLoaded: item.target = window
    }
}
