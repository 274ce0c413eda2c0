#include "SqlitePendingStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <utility>

#include "net/Log.h"

namespace tvpair::bridge {

SqlitePendingStore::SqlitePendingStore(QString path) : SqlPendingStore(path), m_path(std::move(path))
{
    m_groupTimer.setSingleShot(true);
    m_groupTimer.setInterval(0);
    QObject::connect(&m_groupTimer, &QTimer::timeout, [this] { commitGroup(); });
}

SqlitePendingStore::~SqlitePendingStore()
{
    commitGroup(false);  // the answers' handlers may be gone already
}

bool SqlitePendingStore::connectDatabase(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("store: the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)");
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("store: cannot create the directory of %1").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("store: cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return true;
}

QStringList SqlitePendingStore::sessionSetup() const
{
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")};
}

}  // namespace tvpair::bridge

namespace tvpair::bridge {

bool SqlitePendingStore::insert(const PendingAuthorization &row)
{
    commitGroup();
    if (!SqlPendingStore::insert(row))
        return false;
    m_index.put(row);
    return true;
}

bool SqlitePendingStore::insertGrouped(const PendingAuthorization &row, std::function<void(bool)> durable)
{
    if (!m_groupOpen) {
        if (!database().transaction())  // cannot group: this insert on its own
            return SqlPendingStore::insertGrouped(row, std::move(durable));
        m_groupOpen = true;
        m_groupTimer.start();
    }
    // A refused insert (a code drawn twice) undoes only its own statement, not the group.
    if (!SqlPendingStore::insert(row))
        return false;
    m_index.put(row);
    m_group.emplace_back(row.deviceCodeHash, std::move(durable));
    return true;
}

void SqlitePendingStore::commitGroup(bool answer)
{
    if (!m_groupOpen)
        return;
    m_groupTimer.stop();
    m_groupOpen = false;
    QSqlDatabase db = database();
    const bool committed = db.commit();
    if (!committed) {
        qCWarning(lcStore).noquote() << "bridge: cannot commit" << m_group.size() << "new device authorizations:"
                                     << db.lastError().text().simplified();
        db.rollback();
    }
    auto group = std::exchange(m_group, {});
    for (auto &[hash, durable] : group) {
        if (!committed)
            m_index.drop(hash);
        if (answer)
            durable(committed);
    }
}

std::optional<PendingAuthorization> SqlitePendingStore::findByDeviceCodeHash(const QByteArray &hash)
{
    auto row = SqlPendingStore::findByDeviceCodeHash(hash);
    if (row) {
        if (const auto mem = m_index.find(hash)) {  // the poll state lives here, not in the file
            row->intervalSeconds = mem->intervalSeconds;
            row->lastPollAtMs = mem->lastPollAtMs;
        }
    }
    return row;
}

std::optional<PendingAuthorization> SqlitePendingStore::findForPoll(const QByteArray &deviceCodeHash)
{
    if (auto mem = m_index.find(deviceCodeHash))
        return mem;
    // Not here: never polled since this process started, or no longer open (approved, denied).
    auto row = SqlPendingStore::findForPoll(deviceCodeHash);
    if (row)
        m_index.put(*row);  // keeps only open rows
    return row;
}

bool SqlitePendingStore::beginAuthorization(const QByteArray &deviceCodeHash, const QByteArray &stateHash,
                                            const QByteArray &bindingHash, const QString &sealedVerifier,
                                            const QString &nonce, qint64 nowMs)
{
    commitGroup();  // a write answered as done must be in the file
    if (!SqlPendingStore::beginAuthorization(deviceCodeHash, stateHash, bindingHash, sealedVerifier, nonce, nowMs))
        return false;
    m_index.setStatus(deviceCodeHash, PendingStatus::Authorizing);
    return true;
}

bool SqlitePendingStore::claimCallback(const QByteArray &deviceCodeHash, const QByteArray &stateHash, qint64 nowMs)
{
    commitGroup();  // a write answered as done must be in the file
    if (!SqlPendingStore::claimCallback(deviceCodeHash, stateHash, nowMs))
        return false;
    m_index.setStatus(deviceCodeHash, PendingStatus::Exchanging);
    return true;
}

bool SqlitePendingStore::approve(const QByteArray &deviceCodeHash, const QString &sealedResult)
{
    commitGroup();  // a write answered as done must be in the file
    // The file first: a poll that still finds the open entry is answered pending, the next one
    // finds none and reads the approved row.
    if (!SqlPendingStore::approve(deviceCodeHash, sealedResult))
        return false;
    m_index.drop(deviceCodeHash);
    return true;
}

bool SqlitePendingStore::deny(const QByteArray &deviceCodeHash)
{
    commitGroup();  // a write answered as done must be in the file
    if (!SqlPendingStore::deny(deviceCodeHash))
        return false;
    m_index.drop(deviceCodeHash);
    return true;
}

bool SqlitePendingStore::reopen(const QByteArray &deviceCodeHash)
{
    commitGroup();  // a write answered as done must be in the file
    if (!SqlPendingStore::reopen(deviceCodeHash))
        return false;
    m_index.setStatus(deviceCodeHash, PendingStatus::Pending);
    return true;
}

bool SqlitePendingStore::recordPoll(const QByteArray &deviceCodeHash, qint64 nowMs, qint64 toleranceMs,
                                    int penaltySeconds, bool *tooSoon)
{
    if (m_index.recordPoll(deviceCodeHash, nowMs, toleranceMs, penaltySeconds, tooSoon))
        return true;
    commitGroup();
    return SqlPendingStore::recordPoll(deviceCodeHash, nowMs, toleranceMs, penaltySeconds, tooSoon);
}

bool SqlitePendingStore::takeApproved(const QByteArray &deviceCodeHash)
{
    commitGroup();  // a write answered as done must be in the file
    const bool taken = SqlPendingStore::takeApproved(deviceCodeHash);
    if (taken)
        m_index.drop(deviceCodeHash);
    return taken;
}

bool SqlitePendingStore::remove(const QByteArray &deviceCodeHash)
{
    commitGroup();  // a write answered as done must be in the file
    const bool removed = SqlPendingStore::remove(deviceCodeHash);
    m_index.drop(deviceCodeHash);
    return removed;
}

int SqlitePendingStore::purgeExpired(qint64 nowMs)
{
    commitGroup();  // a write answered as done must be in the file
    const int n = SqlPendingStore::purgeExpired(nowMs);
    if (n >= 0)
        m_index.dropExpired(nowMs);
    return n;
}

}  // namespace tvpair::bridge
