#pragma once
// PendingStore in PostgreSQL through Qt SQL's QPSQL driver (libpq), for several bridge
// instances behind one load balancer: a code issued by one instance is approved through a
// second and collected from a third. Every transition is one conditional UPDATE or DELETE
// (row-level locking decides the single winner); migrations run under an advisory lock so
// instances starting together migrate once.
#include "SqlPendingStore.h"

#include <optional>

namespace tvpair::bridge {

// Where the database is: `postgresql://USER@HOST:PORT/DATABASE`, or a unix socket directory as
// `postgresql://USER@/DATABASE?host=/run/postgresql`. Also accepted in the query: sslmode,
// connect_timeout (seconds, default 10). A password is refused in the URL (it would sit in
// the config and in error messages): libpq reads it from PGPASSFILE or ~/.pgpass.
struct PostgresTarget {
    QString host;      // a host name, an address, or a socket directory (starts with '/')
    int port = 5432;
    QString user;
    QString database;
    QString sslMode;   // empty: libpq's default (prefer)
    int connectTimeoutSeconds = 10;

    static bool isPostgresUrl(const QString &store);
    // The target, or nullopt with *error one line naming what is wrong (never a password).
    static std::optional<PostgresTarget> fromUrl(const QString &url, QString *error);
    QString describe() const;  // "postgresql USER@HOST:PORT/DATABASE" for messages
};

class PostgresPendingStore : public SqlPendingStore {
public:
    explicit PostgresPendingStore(PostgresTarget target);

    // One statement instead of a SELECT and an UPDATE: the open row is locked, the poll
    // recorded and the row returned in one round trip (READ COMMITTED re-reads a row another
    // instance changed meanwhile, so two polls cannot both be on time).
    std::optional<PendingAuthorization> findForPollRecording(const QByteArray &deviceCodeHash, const QString &clientId,
                                                             qint64 nowMs, qint64 toleranceMs, int penaltySeconds,
                                                             bool *recorded, bool *tooSoon) override;

protected:
    bool connectDatabase(QString *error) override;
    QStringList sessionSetup() const override;
    bool lockSchema(QString *error) override;
    void unlockSchema() override;

private:
    PostgresTarget m_target;
};

}  // namespace tvpair::bridge
