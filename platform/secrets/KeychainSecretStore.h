#pragma once
// SecretStore in the OS keychain (Secret Service on Linux desktops) through QtKeychain.
// QtKeychain's jobs are asynchronous; SecretStore is synchronous, so each call runs a local
// event loop until the job finishes or the timeout passes. Needs a QCoreApplication.
// Built only when CMake finds Qt6Keychain (library tvpair_keychain, TVPAIR_HAVE_KEYCHAIN; in the
// app the module libtvpair_keychain.so).
#include "session/SecretStore.h"

#include <memory>

namespace tvpair {

class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("tvpair"), int timeoutMs = 10000);

    // The keychain when a Secret Service is reachable and answers a probe read; else nullptr and
    // *why. A KeychainBackend for setKeychainBackend() (SecretStoreFactory.h).
    static std::unique_ptr<SecretStore> open(QString *why);
    // True when org.freedesktop.secrets is running or activatable on the session bus.
    static bool secretServiceReachable(QString *why);
    // A read that must answer "found" or "not found"; false with the reason when the
    // keychain is missing, locked or does not answer in time.
    bool probe(QString *error);

    QString description() const override;
    SecretRead read(const QString &name) override;
    bool write(const QString &name, const QByteArray &value, QString *error) override;
    bool remove(const QString &name, QString *error) override;

private:
    QString m_service;
    int m_timeoutMs;
};

}  // namespace tvpair
