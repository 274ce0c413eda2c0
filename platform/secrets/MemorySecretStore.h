#pragma once
// SecretStore that keeps entries in process memory only: for tests and for a session that
// must leave nothing behind. Nothing survives the process.
#include "session/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace tvpair {

class MemorySecretStore final : public SecretStore
{
public:
    QString description() const override;
    SecretRead read(const QString &name) override;
    bool write(const QString &name, const QByteArray &value, QString *error) override;
    bool remove(const QString &name, QString *error) override;

    // Test hooks: make the next reads report Unreadable / the next writes fail.
    void setUnreadable(const QString &name, const QString &reason);
    void setFailWrites(const QString &reason);

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_entries;
    QHash<QString, QString> m_unreadable;
    QString m_writeFailure;
};

}  // namespace tvpair
