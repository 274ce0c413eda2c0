#include "PostgresPendingStore.h"

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

}  // namespace tvpair::bridge
