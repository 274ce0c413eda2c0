#include "MemorySecretStore.h"

namespace tvpair {

QString MemorySecretStore::description() const
{
    return QStringLiteral("memory");
}

SecretRead MemorySecretStore::read(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    SecretRead r;
    if (auto it = m_unreadable.constFind(name); it != m_unreadable.constEnd()) {
        r.status = SecretRead::Unreadable;
        r.error = it.value();
        return r;
    }
    if (auto it = m_entries.constFind(name); it != m_entries.constEnd()) {
        r.status = SecretRead::Found;
        r.value = it.value();
    }
    return r;
}

bool MemorySecretStore::write(const QString &name, const QByteArray &value, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_writeFailure.isEmpty()) {
        if (error)
            *error = m_writeFailure;
        return false;
    }
    m_unreadable.remove(name);
    m_entries.insert(name, value);
    return true;
}

bool MemorySecretStore::remove(const QString &name, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_writeFailure.isEmpty()) {
        if (error)
            *error = m_writeFailure;
        return false;
    }
    m_unreadable.remove(name);
    m_entries.remove(name);
    return true;
}

void MemorySecretStore::setUnreadable(const QString &name, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    m_unreadable.insert(name, reason);
}

void MemorySecretStore::setFailWrites(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    m_writeFailure = reason;
}

}  // namespace tvpair
