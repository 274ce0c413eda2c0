#include "UiShell.h"

#include "BrandCheck.h"
#include "FrameStats.h"
#include "OperatorBrand.h"
#include "SceneGraphChoice.h"
#include "TvSession.h"
#include "UiLanguage.h"
#include "net/Log.h"
#include "session/SessionController.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

namespace tvpair {

UiShell::UiShell(SessionController *session, bool remoteEmulator, QObject *parent)
    : QObject(parent), m_session(session), m_remoteEmulator(remoteEmulator),
      m_placement(WindowPlacement::currentMode(remoteEmulator))
{
}

void UiShell::start()
{
    // A device map file can add or change remote mappings without a rebuild.
    QString keymap = qEnvironmentVariable("TVPAIR_KEYMAP");
    if (keymap.isEmpty() && QFileInfo::exists(QStringLiteral("/etc/tvpair/keymap.json")))
        keymap = QStringLiteral("/etc/tvpair/keymap.json");
    if (!keymap.isEmpty()) {
        QString err;
        if (!m_keys.loadOverride(keymap, &err))
            qCWarning(lcApp).noquote() << "key map not used:" << err;
    }
    qApp->installEventFilter(&m_keys);

    // The viewer's remembered language, else the system's; it also sets the default locale.
    qCInfo(lcApp).noquote() << "language" << UiLanguage::apply(UiLanguage::startLanguage());
    qCInfo(lcApp).noquote() << "scene graph:" << SceneGraphChoice::describe();

    // The operator's colours and logo, checked once; what fails keeps the built-in look (one line).
    OperatorBrand::setStartBrand(BrandCheck::check(m_session->config().branding));
    // The sign-in starts first: its requests go out (Qt's HTTP runs on its own thread) while
    // Main.qml loads, instead of after it. TvSession exists before the session's first signal.
    TvSession::setController(m_session);
    TvSession::prepare();
    m_session->start();
    // Main.qml and its types load on the QML loader thread while this thread goes on handling the
    // sign-in's replies: the device authorization goes out as soon as discovery answers and the
    // code is usually there before the window is made, so the first frame has it. (A synchronous
    // load held both replies behind the QML load and the first frame: on a real display the QR
    // came in a second full frame, ~0.2 s later on two busy cores.) The window is then made by
    // QQmlApplicationEngine::load() from the loaded types, as before.
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_preload = new QQmlComponent(&m_engine, &m_engine);  // as QQmlApplicationEngine does: ends with the engine
    connect(m_preload, &QQmlComponent::statusChanged, this, &UiShell::preloaded);
    m_preload->loadUrl(mainQml(), QQmlComponent::Asynchronous);
    if (!m_preload->isLoading())
        QTimer::singleShot(0, this, &UiShell::preloaded);
}

QUrl UiShell::mainQml()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/TvPair/Main.qml"));
}

void UiShell::preloaded()
{
    if (!m_preload || m_preload->isLoading())
        return;
    // Errors are reported by the load below, as before; the preload only warmed the type cache.
    m_preload->disconnect(this);
    m_preload->deleteLater();
    m_preload = nullptr;
    if (!loadWindow())
        QCoreApplication::exit(-1);
}

bool UiShell::loadWindow()
{
    // The window opens on the primary screen, already at that screen's size.
    QVariantMap properties = m_placement.initialProperties(QGuiApplication::primaryScreen());
    properties.insert(QStringLiteral("remoteEmulator"), m_remoteEmulator);
    m_engine.setInitialProperties(properties);
    m_engine.load(mainQml());
    if (m_engine.rootObjects().isEmpty()) {
        qCCritical(lcApp) << "Main.qml did not load";
        return false;
    }
    auto *window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    m_placement.follow(window);
    FrameStats::attachIfAsked(window);
    if (window)
        qCInfo(lcApp).noquote() << "window" << (m_placement.mode() == WindowPlacement::Mode::FullScreen
                                                ? "full screen" : "on the desktop")
                                << QStringLiteral("%1x%2").arg(window->width()).arg(window->height())
                                << "on" << QGuiApplication::platformName();
    return true;
}

}  // namespace tvpair
