#include "AppModules.h"

#include "session/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <dlfcn.h>

namespace tvpair {

void *openAppModule(const QString &fileName, QString *error)
{
    const QString exeDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
    QStringList tried;
    for (const QString &dir : {exeDir, exeDir + QStringLiteral("/" TVPAIR_MODULE_DIR)}) {
        const QString path = QDir::cleanPath(dir + QLatin1Char('/') + fileName);
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        // Never closed: what a module makes (the application object, a store) lives until exit.
        void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            *error = QString::fromLocal8Bit(dlerror());
        return handle;
    }
    *error = QStringLiteral("%1 not found (looked for %2)").arg(fileName, tried.join(QStringLiteral(", ")));
    return nullptr;
}

#ifdef TVPAIR_KEYCHAIN_MODULE
std::unique_ptr<SecretStore> openKeychainModule(QString *why)
{
    const QString name = QStringLiteral("libtvpair_keychain.so");
    void *handle = openAppModule(name, why);
    if (!handle)
        return nullptr;
    auto open = reinterpret_cast<SecretStore *(*)(QString *)>(dlsym(handle, "tvpair_keychain_open"));
    if (!open) {
        *why = name + QStringLiteral(": not a tvpair keychain module");
        return nullptr;
    }
    return std::unique_ptr<SecretStore>(open(why));
}
#endif

}  // namespace tvpair
