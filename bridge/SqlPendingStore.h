#pragma once
// PendingStore over one Qt SQL connection: the schema, its migrations and every transition as
// one conditional statement, shared by the back ends. A back end only opens the connection
// (driver, session settings) and, where several processes share the database, serialises
// the migrations between them.
#include "PendingStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <unordered_map>

namespace tvpair::bridge {

class SqlPendingStore : public PendingStore {
public:
    ~SqlPendingStore() override;

    // The schema this bridge writes; a database with a newer one is refused at open.
    static constexpr int kSchemaVersion = 1;

    bool open(QString *error) override;
    QString lastError() const override { return m_error; }
    bool insert(const PendingAuthorization &row) override;
    std::optional<PendingAuthorization> findByDeviceCodeHash(const QByteArray &hash) override;
    std::optional<PendingAuthorization> findForPoll(const QByteArray &deviceCodeHash) override;
    std::optional<PendingAuthorization> findByUserCode(const QString &userCode) override;
    std::optional<PendingAuthorization> findByStateHash(const QByteArray &hash) override;
    bool beginAuthorization(const QByteArray &deviceCodeHash, const QByteArray &stateHash,
                            const QByteArray &bindingHash, const QString &sealedVerifier, const QString &nonce,
                            qint64 nowMs) override;
    bool claimCallback(const QByteArray &deviceCodeHash, const QByteArray &stateHash, qint64 nowMs) override;
    bool approve(const QByteArray &deviceCodeHash, const QString &sealedResult) override;
    bool deny(const QByteArray &deviceCodeHash) override;
    bool reopen(const QByteArray &deviceCodeHash) override;
    bool recordPoll(const QByteArray &deviceCodeHash, qint64 nowMs, qint64 toleranceMs, int penaltySeconds,
                    bool *tooSoon) override;
    bool takeApproved(const QByteArray &deviceCodeHash) override;
    bool remove(const QByteArray &deviceCodeHash) override;
    int purgeExpired(qint64 nowMs) override;
    int count() override;

protected:
    // `where` names the database in error messages (a path, or host and database name; never
    // a password).
    explicit SqlPendingStore(QString where);

    // Adds the connection named connectionName() with the back end's driver and opens it.
    virtual bool connectDatabase(QString *error) = 0;
    // Statements run on every open before the migrations (journal mode, session settings).
    virtual QStringList sessionSetup() const { return {}; }
    // Held around reading and migrating the schema, so instances starting together on one
    // database migrate it once.
    virtual bool lockSchema(QString *) { return true; }
    virtual void unlockSchema() {}

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    const QString &connectionName() const { return m_connection; }
    const QString &where() const { return m_where; }

    // Runs the cached statement with these values; false on failure (m_error set).
    bool execute(const QString &sql, const QVariantList &values, QSqlQuery **query);

private:
    bool migrate(QString *error);
    // After a failed statement: when the connection itself is gone (the database server
    // restarted, a network cut), opens a new one. True when it did.
    bool reconnectIfLost();
    // The row whose `column` equals value: every column, or (pollOnly) those findForPoll names.
    std::optional<PendingAuthorization> findBy(const char *column, const QVariant &value, bool pollOnly = false);
    // Runs a write; returns the affected row count, -1 on failure (m_error set).
    int write(const QString &sql, const QVariantList &values);
    // The statement for sql, prepared once per connection and kept: SQLite parses it once,
    // PostgreSQL runs one EXECUTE per use instead of PREPARE, EXECUTE and DEALLOCATE. Null
    // when it cannot be prepared (m_error set). A statement that failed is dropped
    // (forgetStatement), so the next use prepares it anew.
    QSqlQuery *statement(const QString &sql);
    void forgetStatement(const QString &sql);

    QString m_where;
    QString m_connection;
    QString m_error;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

}  // namespace tvpair::bridge
