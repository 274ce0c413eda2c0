#pragma once
// Where the TV window goes and stays: the whole screen it is on (a TV: eglfs, linuxfb, an X11 or
// Wayland kiosk), or the screen's available area on a desktop (maximised, so the window manager
// keeps its panels and the window frame on screen). The layout inside keeps 16:9 (Main.qml) and
// scales by the height (Theme.px), so any screen size shows the whole design.
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QVariantMap>
#include <QWindow>

class QScreen;

class WindowPlacement : public QObject {
    Q_OBJECT
public:
    enum class Mode { FullScreen, Desktop };

    // Desktop on xcb or Wayland when a desktop session runs (XDG_CURRENT_DESKTOP) or the desktop
    // demo's remote is asked for; full screen everywhere else.
    static Mode modeFor(const QString &platformName, bool desktopSession, bool remoteEmulator);
    static Mode currentMode(bool remoteEmulator);

    explicit WindowPlacement(Mode mode, QObject *parent = nullptr);
    Mode mode() const { return m_mode; }

    QRect geometry(const QScreen *screen) const;
    QWindow::Visibility visibility() const;
    // x, y, width, height and visibility of a QML Window, for the screen the window will open on.
    QVariantMap initialProperties(const QScreen *screen) const;
    // Full screen: keeps `window` on the whole of its screen when the screen changes size (a TV
    // switching resolution) or the window moves to another screen. Desktop: the window manager's.
    void follow(QWindow *window);

private:
    void place();

    Mode m_mode;
    QPointer<QWindow> m_window;
    QMetaObject::Connection m_screenGeometry;
};
