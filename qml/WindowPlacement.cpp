#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>

WindowPlacement::Mode WindowPlacement::modeFor(const QString &platformName, bool desktopSession, bool remoteEmulator)
{
    const bool windowSystem = platformName == QLatin1String("xcb") || platformName.startsWith(QLatin1String("wayland"));
    return windowSystem && (desktopSession || remoteEmulator) ? Mode::Desktop : Mode::FullScreen;
}

WindowPlacement::Mode WindowPlacement::currentMode(bool remoteEmulator)
{
    return modeFor(QGuiApplication::platformName(), !qEnvironmentVariableIsEmpty("XDG_CURRENT_DESKTOP"),
                   remoteEmulator);
}

WindowPlacement::WindowPlacement(Mode mode, QObject *parent) : QObject(parent), m_mode(mode) {}

QRect WindowPlacement::geometry(const QScreen *screen) const
{
    if (!screen)
        return QRect(0, 0, 1920, 1080);
    return m_mode == Mode::FullScreen ? screen->geometry() : screen->availableGeometry();
}

QWindow::Visibility WindowPlacement::visibility() const
{
    return m_mode == Mode::FullScreen ? QWindow::FullScreen : QWindow::Maximized;
}

QVariantMap WindowPlacement::initialProperties(const QScreen *screen) const
{
    const QRect r = geometry(screen);
    return {{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}, {QStringLiteral("width"), r.width()},
            {QStringLiteral("height"), r.height()}, {QStringLiteral("visibility"), int(visibility())}};
}

void WindowPlacement::follow(QWindow *window)
{
    m_window = window;
    if (!window || m_mode != Mode::FullScreen)
        return;
    connect(window, &QWindow::screenChanged, this, &WindowPlacement::place);
    place();
}

// Without a window manager (a bare X server, eglfs, linuxfb) nobody else resizes a full-screen
// window, so it takes its screen's geometry itself.
void WindowPlacement::place()
{
    if (!m_window)
        return;
    disconnect(m_screenGeometry);
    QScreen *screen = m_window->screen();
    if (!screen)
        return;
    m_screenGeometry = connect(screen, &QScreen::geometryChanged, this, &WindowPlacement::place);
    const QRect r = geometry(screen);
    if (m_window->geometry() != r)
        m_window->setGeometry(r);
    if (m_window->visibility() != QWindow::FullScreen && m_window->isVisible())
        m_window->showFullScreen();
}
