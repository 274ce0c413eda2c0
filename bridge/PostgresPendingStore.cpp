#include "PostgresPendingStore.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace tvpair::bridge {

namespace {
// The advisory lock key that serialises schema migrations between bridge instances.
constexpr qint64 kMigrationLock = 0x7476627269646765;  // "tvbridge"
}  // namespace

bool PostgresTarget::isPostgresUrl(const QString &store)
{
    return store.startsWith(QLatin1String("postgresql://")) || store.startsWith(QLatin1String("postgres://"));
}

std::optional<PostgresTarget> PostgresTarget::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !isPostgresUrl(text)) {
        *error = QStringLiteral("expected postgresql://USER@HOST:PORT/DATABASE");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = QStringLiteral("no password in the URL: put it in PGPASSFILE or ~/.pgpass");
        return std::nullopt;
    }
    PostgresTarget t;
    t.host = url.host();
    t.port = url.port(5432);
    t.user = url.userName();
    t.database = url.path().mid(1);
    if (t.database.isEmpty() || t.database.contains('/')) {
        *error = QStringLiteral("expected the database name as the URL's path, e.g. postgresql://bridge@db:5432/bridge");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host") && value.startsWith('/') && t.host.isEmpty()) {
            t.host = value;
        } else if (key == QLatin1String("sslmode")
                   && QStringList{"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}.contains(value)) {
            t.sslMode = value;
        } else if (key == QLatin1String("connect_timeout") && value.toInt() > 0) {
            t.connectTimeoutSeconds = value.toInt();
        } else {
            *error = QStringLiteral("unsupported or bad URL parameter %1 (host=/SOCKET/DIR without a host in"
                                    " the URL, sslmode, connect_timeout)").arg(key);
            return std::nullopt;
        }
    }
    if (t.host.isEmpty()) {
        *error = QStringLiteral("expected a host, or ?host=/SOCKET/DIR for a unix socket");
        return std::nullopt;
    }
    return t;
}

QString PostgresTarget::describe() const
{
    return QStringLiteral("postgresql %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

PostgresPendingStore::PostgresPendingStore(PostgresTarget target)
    : SqlPendingStore(target.describe()), m_target(std::move(target))
{
}

bool PostgresPendingStore::connectDatabase(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("store: the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
    db.setHostName(m_target.host);
    db.setPort(m_target.port);
    db.setUserName(m_target.user);
    db.setDatabaseName(m_target.database);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(m_target.connectTimeoutSeconds),
                        QStringLiteral("application_name=tvpair-bridge")};
    if (!m_target.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_target.sslMode;
    db.setConnectOptions(options.join(';'));
    if (!db.open()) {
        *error = QStringLiteral("store: cannot open %1: %2").arg(where(), db.lastError().text().simplified());
        return false;
    }
    return true;
}

QStringList PostgresPendingStore::sessionSetup() const
{
    // Notices ("relation already exists, skipping") would land on stderr, outside the log.
    return {QStringLiteral("SET client_min_messages TO warning")};
}

bool PostgresPendingStore::lockSchema(QString *error)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock))) {
        *error = QStringLiteral("store: %1: %2").arg(where(), q.lastError().text().simplified());
        return false;
    }
    return true;
}

void PostgresPendingStore::unlockSchema()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
}

std::optional<PendingAuthorization> PostgresPendingStore::findForPollRecording(
    const QByteArray &deviceCodeHash, const QString &clientId, qint64 nowMs, qint64 toleranceMs, int penaltySeconds,
    bool *recorded, bool *tooSoon)
{
    // The same rule as SqlPendingStore::recordPoll, decided on the locked row's values.
    static const QString sql = QStringLiteral(
        "WITH cur AS (SELECT device_code_hash, last_poll_at_ms, interval_s FROM pending"
        " WHERE device_code_hash = ? AND client_id = ? AND expires_at_ms > ?"
        " AND status IN ('pending', 'authorizing', 'exchanging') FOR UPDATE)"
        " UPDATE pending p SET last_poll_at_ms = ?, interval_s = CASE WHEN cur.last_poll_at_ms > 0"
        " AND ? - cur.last_poll_at_ms + ? < cur.interval_s * 1000 THEN cur.interval_s + ? ELSE cur.interval_s END"
        " FROM cur WHERE p.device_code_hash = cur.device_code_hash"
        " RETURNING p.expires_at_ms, p.interval_s, p.status, p.interval_s <> cur.interval_s");
    *recorded = false;
    QSqlQuery *found = nullptr;
    if (execute(sql, {QString::fromLatin1(deviceCodeHash), clientId, nowMs, nowMs, nowMs, toleranceMs, penaltySeconds},
                &found)) {
        QSqlQuery &q = *found;
        const auto finish = qScopeGuard([&q] { q.finish(); });
        if (q.next()) {
            const auto status = pendingStatusFromName(q.value(2).toString());
            if (status) {
                PendingAuthorization r;
                r.deviceCodeHash = deviceCodeHash;
                r.clientId = clientId;
                r.expiresAtMs = q.value(0).toLongLong();
                r.intervalSeconds = q.value(1).toInt();
                r.lastPollAtMs = nowMs;
                r.status = *status;
                *tooSoon = q.value(3).toBool();
                *recorded = true;
                return r;
            }
        }
    }
    // Not open, not this client's, expired, unknown, or the statement failed: the plain read
    // (which reports a store failure as no row, as before).
    return findForPoll(deviceCodeHash);
}

}  // namespace tvpair::bridge
