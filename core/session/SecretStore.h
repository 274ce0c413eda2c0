#pragma once
// Where the session keeps its secrets (refresh token, payment tokens). The interface lives in
// core so the session can use it; the back ends (keychain, sealed files, memory) live in
// platform/secrets. Calls are synchronous: entries are small and written rarely.
#include <QByteArray>
#include <QString>

namespace tvpair {

struct SecretRead {
    enum Status {
        Found,       // value holds the secret
        Absent,      // nothing stored under that name
        Unreadable,  // stored but cannot be read (corrupt, wrong key, foreign file, keychain locked); error says why
    };
    Status status = Absent;
    QByteArray value;
    QString error;  // one line, never contains the secret
};

class SecretStore {
public:
    virtual ~SecretStore() = default;
    // Short human name for messages: "sealed file store (/var/lib/tvpair)", "OS keychain", "memory".
    virtual QString description() const = 0;
    virtual SecretRead read(const QString &name) = 0;
    // Atomic: afterwards the entry holds either the old or the new value, never a mix.
    virtual bool write(const QString &name, const QByteArray &value, QString *error) = 0;
    // Removing an absent entry succeeds.
    virtual bool remove(const QString &name, QString *error) = 0;
};

}  // namespace tvpair
