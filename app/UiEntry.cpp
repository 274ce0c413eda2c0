// The 10-foot UI as a module (libtvpair_ui.so) that the tvpair executable loads only when it
// opens a window: a headless run then never maps Qt Gui, Qt Quick, Qt Qml and their
// dependencies (X11, EGL/GL, fontconfig, freetype, harfbuzz, ...). Measured: dynamic linking of
// those libraries was ~6.5 ms of the ~16 ms process start-up of every headless run.
//
// The module keeps no session state and no copy of the core: the core symbols it uses resolve to
// the executable's, which exports exactly those (a linker dynamic list made from this module's
// undefined symbols, app/cmake/ui-dynamic-list.cmake), so the one SessionController made in
// main() is the one the UI shows.
#include "SceneGraphChoice.h"
#include "UiShell.h"

#include <QGuiApplication>

extern "C" {

// The application object of a UI run (a QGuiApplication), made before the session exists.
Q_DECL_EXPORT QCoreApplication *tvpair_ui_create_app(int *argc, char **argv)
{
    // Before the application object: Qt reads the scene graph switches while it is made.
    tvpair::SceneGraphChoice::apply();
    return new QGuiApplication(*argc, argv);
}

// Starts the session, loads Main.qml over it and runs the event loop. -1: QML did not load.
Q_DECL_EXPORT int tvpair_ui_run(tvpair::SessionController *session, bool remoteEmulator)
{
    tvpair::UiShell shell(session, remoteEmulator);
    shell.start();
    return QCoreApplication::exec();
}

}  // extern "C"
