#include "UiShell.h"

#include "TvSession.h"
#include "net/Log.h"
#include "session/SessionController.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

namespace tvpair {

UiShell::UiShell(SessionController *session, bool remoteEmulator, QObject *parent)
    : QObject(parent), m_session(session), m_remoteEmulator(remoteEmulator)
{
}

bool UiShell::load()
{
    // A device map file can add or change remote mappings without a rebuild (ui-10foot.md).
    QString keymap = qEnvironmentVariable("TVPAIR_KEYMAP");
    if (keymap.isEmpty() && QFileInfo::exists(QStringLiteral("/etc/tvpair/keymap.json")))
        keymap = QStringLiteral("/etc/tvpair/keymap.json");
    if (!keymap.isEmpty()) {
        QString err;
        if (!m_keys.loadOverride(keymap, &err))
            qCWarning(lcApp).noquote() << "key map not used:" << err;
    }
    qApp->installEventFilter(&m_keys);

    if (m_translator.load(QLocale(), QStringLiteral("tvpair"), QStringLiteral("_"), QStringLiteral(":/tvpair/i18n")))
        QCoreApplication::installTranslator(&m_translator);

    TvSession::setController(m_session);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine.setInitialProperties({{QStringLiteral("remoteEmulator"), m_remoteEmulator}});
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/TvPair/Main.qml")));
    if (m_engine.rootObjects().isEmpty()) {
        qCCritical(lcApp) << "Main.qml did not load";
        return false;
    }
    m_session->start();
    return true;
}

}  // namespace tvpair
