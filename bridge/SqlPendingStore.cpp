#include "SqlPendingStore.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tvpair::bridge {

namespace {
const char *const kColumns =
    "device_code_hash, user_code, client_id, scope, created_at_ms, expires_at_ms, interval_s, last_poll_at_ms, "
    "status, state_hash, binding_hash, sealed_verifier, nonce, sealed_result";

// Fewer columns, less work per row (Qt SQL describes every column of a result on each exec).
const char *const kPollColumns = "device_code_hash, client_id, expires_at_ms, interval_s, last_poll_at_ms, status, sealed_result";

QVariant textOrNull(const QByteArray &v) { return v.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(v)); }
QVariant textOrNull(const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); }
}  // namespace

const char *pendingStatusName(PendingStatus s)
{
    switch (s) {
    case PendingStatus::Pending: return "pending";
    case PendingStatus::Authorizing: return "authorizing";
    case PendingStatus::Exchanging: return "exchanging";
    case PendingStatus::Approved: return "approved";
    case PendingStatus::Denied: return "denied";
    }
    return "pending";
}

std::optional<PendingStatus> pendingStatusFromName(const QString &name)
{
    for (PendingStatus s : {PendingStatus::Pending, PendingStatus::Authorizing, PendingStatus::Exchanging,
                            PendingStatus::Approved, PendingStatus::Denied}) {
        if (name == QLatin1String(pendingStatusName(s)))
            return s;
    }
    return std::nullopt;
}

SqlPendingStore::SqlPendingStore(QString where)
    : m_where(std::move(where)), m_connection(QStringLiteral("bridge-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqlPendingStore::~SqlPendingStore()
{
    m_statements.clear();  // before the connection they belong to goes
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SqlPendingStore::open(QString *error)
{
    if (!connectDatabase(error))
        return false;
    QSqlQuery q(database());
    for (const QString &sql : sessionSetup()) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("store: %1: %2").arg(m_where, q.lastError().text());
            return false;
        }
    }
    if (!lockSchema(error))
        return false;
    const bool ok = migrate(error);
    unlockSchema();
    return ok;
}

bool SqlPendingStore::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        || !q.exec(QStringLiteral("SELECT version FROM schema_version"))) {
        *error = QStringLiteral("store: %1: %2").arg(m_where, q.lastError().text());
        return false;
    }
    int version = 0;
    if (q.next())
        version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion) {
        *error = QStringLiteral("store: %1 has schema version %2, newer than this bridge (%3)")
                     .arg(m_where).arg(version).arg(kSchemaVersion);
        return false;
    }
    // Migration N lifts the schema from version N-1 to N, in one transaction with the version.
    // The types are the common ground of SQLite and PostgreSQL (BIGINT is INTEGER to SQLite).
    const QList<QStringList> migrations = {
        {QStringLiteral("CREATE TABLE pending ("
                        " device_code_hash TEXT PRIMARY KEY, user_code TEXT NOT NULL UNIQUE,"
                        " client_id TEXT NOT NULL, scope TEXT NOT NULL, created_at_ms BIGINT NOT NULL,"
                        " expires_at_ms BIGINT NOT NULL, interval_s INTEGER NOT NULL,"
                        " last_poll_at_ms BIGINT NOT NULL DEFAULT 0, status TEXT NOT NULL,"
                        " state_hash TEXT UNIQUE, binding_hash TEXT, sealed_verifier TEXT, nonce TEXT,"
                        " sealed_result TEXT)"),
         QStringLiteral("CREATE INDEX pending_expiry ON pending (expires_at_ms)")},
    };
    static_assert(kSchemaVersion == 1, "one migration per schema version");
    for (int to = version + 1; to <= kSchemaVersion; ++to) {
        db.transaction();
        bool ok = true;
        for (const QString &sql : migrations.at(to - 1))
            ok = ok && q.exec(sql);
        ok = ok && q.exec(QStringLiteral("DELETE FROM schema_version"))
            && q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(to));
        if (!ok || !db.commit()) {
            *error = QStringLiteral("store: %1: cannot migrate the schema to version %2: %3")
                         .arg(m_where).arg(to).arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

bool SqlPendingStore::reconnectIfLost()
{
    QSqlDatabase db = database();
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false;  // the connection works: the statement itself failed
    }
    m_statements.clear();  // prepared on the connection that is gone
    db.close();
    if (!db.open()) {
        m_error = db.lastError().text().simplified();
        return false;
    }
    QSqlQuery q(db);
    for (const QString &sql : sessionSetup())
        q.exec(sql);
    return true;
}

QSqlQuery *SqlPendingStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(database());
    if (!q->prepare(sql)) {
        m_error = q->lastError().text().simplified();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

void SqlPendingStore::forgetStatement(const QString &sql)
{
    m_statements.erase(sql);
}

bool SqlPendingStore::execute(const QString &sql, const QVariantList &values, QSqlQuery **query)
{
    // A statement whose connection was lost runs once more on a new connection. Retrying a
    // conditional write is safe: when the lost attempt had committed, the retry matches no row
    // and reports a loss, never a second win.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery *q = statement(sql);
        if (q) {
            for (int i = 0; i < values.size(); ++i)
                q->bindValue(i, values.at(i));
            if (q->exec()) {
                *query = q;
                return true;
            }
            m_error = q->lastError().text().simplified();
        }
        forgetStatement(sql);
        if (attempt == 0 && !reconnectIfLost())
            break;
    }
    return false;
}

int SqlPendingStore::write(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = nullptr;
    if (!execute(sql, values, &q))
        return -1;
    const int n = q->numRowsAffected();
    q->finish();
    return n;
}

bool SqlPendingStore::insert(const PendingAuthorization &r)
{
    return write(QStringLiteral("INSERT INTO pending (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                     .arg(QLatin1String(kColumns)),
                 {QString::fromLatin1(r.deviceCodeHash), r.userCode, r.clientId, r.scope.isNull() ? QStringLiteral("") : r.scope, r.createdAtMs,
                  r.expiresAtMs, r.intervalSeconds, r.lastPollAtMs, QLatin1String(pendingStatusName(r.status)),
                  textOrNull(r.stateHash), textOrNull(r.bindingHash), textOrNull(r.sealedVerifier),
                  textOrNull(r.nonce), textOrNull(r.sealedResult)})
        == 1;
}

std::optional<PendingAuthorization> SqlPendingStore::findBy(const char *column, const QVariant &value, bool pollOnly)
{
    const QString sql = QStringLiteral("SELECT %1 FROM pending WHERE %2 = ?")
                            .arg(QLatin1String(pollOnly ? kPollColumns : kColumns), QLatin1String(column));
    QSqlQuery *found = nullptr;
    if (!execute(sql, {value}, &found))
        return std::nullopt;
    QSqlQuery &q = *found;
    // Done with the statement when this returns (SQLite: no read transaction left open).
    const auto finish = qScopeGuard([&q] { q.finish(); });
    if (!q.next())
        return std::nullopt;
    PendingAuthorization r;
    if (pollOnly) {
        r.deviceCodeHash = q.value(0).toString().toLatin1();
        r.clientId = q.value(1).toString();
        r.expiresAtMs = q.value(2).toLongLong();
        r.intervalSeconds = q.value(3).toInt();
        r.lastPollAtMs = q.value(4).toLongLong();
        const auto status = pendingStatusFromName(q.value(5).toString());
        if (!status)
            return std::nullopt;
        r.status = *status;
        r.sealedResult = q.value(6).toString();
        return r;
    }
    r.deviceCodeHash = q.value(0).toString().toLatin1();
    r.userCode = q.value(1).toString();
    r.clientId = q.value(2).toString();
    r.scope = q.value(3).toString();
    r.createdAtMs = q.value(4).toLongLong();
    r.expiresAtMs = q.value(5).toLongLong();
    r.intervalSeconds = q.value(6).toInt();
    r.lastPollAtMs = q.value(7).toLongLong();
    const auto status = pendingStatusFromName(q.value(8).toString());
    if (!status)
        return std::nullopt;
    r.status = *status;
    r.stateHash = q.value(9).toString().toLatin1();
    r.bindingHash = q.value(10).toString().toLatin1();
    r.sealedVerifier = q.value(11).toString();
    r.nonce = q.value(12).toString();
    r.sealedResult = q.value(13).toString();
    return r;
}

std::optional<PendingAuthorization> SqlPendingStore::findByDeviceCodeHash(const QByteArray &hash)
{
    return findBy("device_code_hash", QString::fromLatin1(hash));
}

std::optional<PendingAuthorization> SqlPendingStore::findForPoll(const QByteArray &deviceCodeHash)
{
    return findBy("device_code_hash", QString::fromLatin1(deviceCodeHash), true);
}

std::optional<PendingAuthorization> SqlPendingStore::findByUserCode(const QString &userCode)
{
    return findBy("user_code", userCode);
}

std::optional<PendingAuthorization> SqlPendingStore::findByStateHash(const QByteArray &hash)
{
    if (hash.isEmpty())
        return std::nullopt;
    return findBy("state_hash", QString::fromLatin1(hash));
}

bool SqlPendingStore::beginAuthorization(const QByteArray &deviceCodeHash, const QByteArray &stateHash,
                                            const QByteArray &bindingHash, const QString &sealedVerifier,
                                            const QString &nonce, qint64 nowMs)
{
    return write(QStringLiteral("UPDATE pending SET status = 'authorizing', state_hash = ?, binding_hash = ?,"
                                " sealed_verifier = ?, nonce = ? WHERE device_code_hash = ?"
                                " AND status IN ('pending', 'authorizing') AND expires_at_ms > ?"),
                 {QString::fromLatin1(stateHash), QString::fromLatin1(bindingHash), sealedVerifier, textOrNull(nonce),
                  QString::fromLatin1(deviceCodeHash), nowMs})
        == 1;
}

bool SqlPendingStore::claimCallback(const QByteArray &deviceCodeHash, const QByteArray &stateHash, qint64 nowMs)
{
    return write(QStringLiteral("UPDATE pending SET status = 'exchanging', state_hash = NULL"
                                " WHERE device_code_hash = ? AND state_hash = ? AND status = 'authorizing'"
                                " AND expires_at_ms > ?"),
                 {QString::fromLatin1(deviceCodeHash), QString::fromLatin1(stateHash), nowMs})
        == 1;
}

bool SqlPendingStore::approve(const QByteArray &deviceCodeHash, const QString &sealedResult)
{
    return write(QStringLiteral("UPDATE pending SET status = 'approved', sealed_result = ?, sealed_verifier = NULL"
                                " WHERE device_code_hash = ? AND status = 'exchanging'"),
                 {sealedResult, QString::fromLatin1(deviceCodeHash)})
        == 1;
}

bool SqlPendingStore::deny(const QByteArray &deviceCodeHash)
{
    return write(QStringLiteral("UPDATE pending SET status = 'denied', state_hash = NULL, sealed_verifier = NULL"
                                " WHERE device_code_hash = ? AND status IN ('pending', 'authorizing', 'exchanging')"),
                 {QString::fromLatin1(deviceCodeHash)})
        == 1;
}

bool SqlPendingStore::reopen(const QByteArray &deviceCodeHash)
{
    return write(QStringLiteral("UPDATE pending SET status = 'pending', state_hash = NULL, sealed_verifier = NULL"
                                " WHERE device_code_hash = ? AND status = 'exchanging'"),
                 {QString::fromLatin1(deviceCodeHash)})
        == 1;
}

bool SqlPendingStore::recordPoll(const QByteArray &deviceCodeHash, qint64 nowMs, qint64 toleranceMs,
                                    int penaltySeconds, bool *tooSoon)
{
    // Each statement decides and records at once, so two concurrent polls cannot both look on
    // time. The usual case, a poll on time, is one statement; a poll too soon is recorded (with
    // the penalty) by the second, whose condition is the first one's negation.
    const QString hash = QString::fromLatin1(deviceCodeHash);
    const int onTime = write(QStringLiteral("UPDATE pending SET last_poll_at_ms = ? WHERE device_code_hash = ?"
                                            " AND NOT (last_poll_at_ms > 0 AND ? - last_poll_at_ms + ? < interval_s * 1000)"),
                             {nowMs, hash, nowMs, toleranceMs});
    if (onTime < 0)
        return false;
    *tooSoon = false;
    if (onTime == 1)
        return true;
    const int soon = write(QStringLiteral("UPDATE pending SET interval_s = interval_s + ?, last_poll_at_ms = ?"
                                          " WHERE device_code_hash = ? AND last_poll_at_ms > 0"
                                          " AND ? - last_poll_at_ms + ? < interval_s * 1000"),
                           {penaltySeconds, nowMs, hash, nowMs, toleranceMs});
    if (soon < 0)
        return false;
    *tooSoon = soon == 1;  // 0: the row is gone (collected or purged meanwhile)
    return true;
}

bool SqlPendingStore::takeApproved(const QByteArray &deviceCodeHash)
{
    return write(QStringLiteral("DELETE FROM pending WHERE device_code_hash = ? AND status = 'approved'"),
                 {QString::fromLatin1(deviceCodeHash)})
        == 1;
}

bool SqlPendingStore::remove(const QByteArray &deviceCodeHash)
{
    return write(QStringLiteral("DELETE FROM pending WHERE device_code_hash = ?"), {QString::fromLatin1(deviceCodeHash)})
        == 1;
}

int SqlPendingStore::purgeExpired(qint64 nowMs)
{
    return write(QStringLiteral("DELETE FROM pending WHERE expires_at_ms <= ?"), {nowMs});
}

int SqlPendingStore::count()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM pending")) && q.next())
            return q.value(0).toInt();
        m_error = q.lastError().text().simplified();
        q.finish();
        if (attempt == 0 && !reconnectIfLost())
            break;
    }
    return -1;
}

}  // namespace tvpair::bridge
