#pragma once
// The 10-foot UI: the QML engine with the TvPair module, the remote-key normaliser on the
// application, translations, the window on its screen, and the session handed to QML through the
// TvSession singleton.
#include "WindowPlacement.h"
#include "input/RemoteKeyFilter.h"

#include <QObject>
#include <QQmlApplicationEngine>

class QQmlComponent;

namespace tvpair {
class SessionController;

class UiShell : public QObject {
    Q_OBJECT
public:
    UiShell(SessionController *session, bool remoteEmulator, QObject *parent = nullptr);
    // Starts the session, then loads Main.qml from the event loop; the loop exits with -1 (and a
    // log line) when QML failed to load.
    void start();

private:
    static QUrl mainQml();
    void preloaded();
    bool loadWindow();

    SessionController *m_session;
    bool m_remoteEmulator;
    WindowPlacement m_placement;
    input::RemoteKeyFilter m_keys;
    QQmlApplicationEngine m_engine;
    QQmlComponent *m_preload = nullptr;  // Main.qml loading asynchronously, until the window is made
};

}  // namespace tvpair
