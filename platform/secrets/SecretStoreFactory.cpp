#include "SecretStoreFactory.h"

#include "KeyProvider.h"
#include "SealedFileStore.h"
#include "net/Log.h"

#include <QDir>

namespace tvpair {

namespace {
KeychainBackend g_keychain = nullptr;
}

void setKeychainBackend(KeychainBackend backend)
{
    g_keychain = backend;
}

QString defaultSealedStoreDirectory()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    // The XDG spec says relative values are invalid and must be ignored.
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/tvpair");
}

static std::unique_ptr<SecretStore> openSealed(const QString &dir, const StoreOptions &options, QString *error,
                                               QString *repaired)
{
    QString err;
    auto store = SealedFileStore::open(dir, defaultKeyProviders(dir, options.keyFile, options.machineIdPath), &err);
    if (!store) {
        if (error)
            *error = QStringLiteral("secure store unusable: %1").arg(err);
        return nullptr;
    }
    qCInfo(lcStore).noquote() << QStringLiteral("using %1 with the %2").arg(store->description(), store->key().provider);
    if (repaired)
        *repaired = store->repaired();
    return store;
}

std::unique_ptr<SecretStore> openSecretStore(const StoreOptions &options, QString *error, QString *repaired)
{
    if (repaired)
        repaired->clear();
    if (!options.dir.isEmpty())
        return openSealed(options.dir, options, error, repaired);

    const QString fallbackDir = defaultSealedStoreDirectory();
    if (options.preferKeychain) {
        if (g_keychain) {
            QString why;
            if (auto keychain = g_keychain(&why))
                return keychain;
            qCWarning(lcStore).noquote() << QStringLiteral("OS keychain unavailable (%1); using the sealed file store in %2")
                                                .arg(why, fallbackDir);
        } else {
            qCInfo(lcStore).noquote() << "built without QtKeychain; using the sealed file store";
        }
    }
    return openSealed(fallbackDir, options, error, repaired);
}

}  // namespace tvpair
