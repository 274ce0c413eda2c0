#include "KeychainSecretStore.h"

#include "net/Log.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace tvpair {

namespace {

const QString kSecretService = QStringLiteral("org.freedesktop.secrets");

// Runs job to completion. On timeout the job is left to delete itself when it finishes,
// because destroying a job with a D-Bus call in flight is not safe.
bool runJob(QKeychain::Job *job, int timeoutMs, QString *error)
{
    if (!QCoreApplication::instance()) {
        delete job;
        *error = QStringLiteral("OS keychain needs a running QCoreApplication");
        return false;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);  // never a plaintext QSettings fallback
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        *error = QStringLiteral("OS keychain did not answer within %1 ms").arg(timeoutMs);
        return false;
    }
    return true;
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

std::unique_ptr<SecretStore> KeychainSecretStore::open(QString *why)
{
    if (!secretServiceReachable(why))
        return nullptr;
    auto keychain = std::make_unique<KeychainSecretStore>();
    if (!keychain->probe(why))
        return nullptr;
    return keychain;
}

bool KeychainSecretStore::secretServiceReachable(QString *why)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *why = QStringLiteral("no D-Bus session bus");
        return false;
    }
    QDBusConnectionInterface *iface = bus.interface();
    if (iface && iface->isServiceRegistered(kSecretService).value())
        return true;
    QDBusReply<QStringList> activatable = iface ? iface->call(QStringLiteral("ListActivatableNames")) : QDBusReply<QStringList>();
    if (activatable.isValid() && activatable.value().contains(kSecretService))
        return true;
    *why = QStringLiteral("no Secret Service (%1) on the session bus").arg(kSecretService);
    return false;
}

bool KeychainSecretStore::probe(QString *error)
{
    SecretRead r = read(QStringLiteral(".tvpair-probe"));
    if (r.status == SecretRead::Unreadable) {
        *error = r.error;
        return false;
    }
    return true;
}

QString KeychainSecretStore::description() const
{
    return QStringLiteral("OS keychain");
}

SecretRead KeychainSecretStore::read(const QString &name)
{
    SecretRead r;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    QString err;
    if (!runJob(job, m_timeoutMs, &err)) {
        r.status = SecretRead::Unreadable;
        r.error = err;
        return r;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretRead::Found;
        r.value = job->binaryData();
        break;
    case QKeychain::EntryNotFound:
        break;
    default:
        r.status = SecretRead::Unreadable;
        r.error = QStringLiteral("OS keychain: %1").arg(job->errorString().simplified());
    }
    delete job;
    return r;
}

bool KeychainSecretStore::write(const QString &name, const QByteArray &value, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setBinaryData(value);
    QString err;
    if (!runJob(job, m_timeoutMs, &err)) {
        if (error)
            *error = err;
        return false;
    }
    const bool ok = job->error() == QKeychain::NoError;
    if (!ok && error)
        *error = QStringLiteral("OS keychain: %1").arg(job->errorString().simplified());
    delete job;
    return ok;
}

bool KeychainSecretStore::remove(const QString &name, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    QString err;
    if (!runJob(job, m_timeoutMs, &err)) {
        if (error)
            *error = err;
        return false;
    }
    const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
    if (!ok && error)
        *error = QStringLiteral("OS keychain: %1").arg(job->errorString().simplified());
    delete job;
    return ok;
}

}  // namespace tvpair
