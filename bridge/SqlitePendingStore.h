#pragma once
// PendingStore in one SQLite file through Qt SQL's QSQLITE driver: WAL journal (readers do not
// block the writer), synchronous=NORMAL (a committed row survives the process being killed),
// a schema_version table checked at open.
#include "PendingStore.h"

#include <QString>

namespace tvpair::bridge {

class SqlitePendingStore : public PendingStore {
public:
    explicit SqlitePendingStore(QString path);
    ~SqlitePendingStore() override;

    static constexpr int kSchemaVersion = 1;

    bool open(QString *error) override;
    QString lastError() const override { return m_error; }
    bool insert(const PendingAuthorization &row) override;
    std::optional<PendingAuthorization> findByDeviceCodeHash(const QByteArray &hash) override;
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

private:
    std::optional<PendingAuthorization> findBy(const char *column, const QVariant &value);
    // Runs a write; returns the affected row count, -1 on failure (m_error set).
    int write(const QString &sql, const QVariantList &values);

    QString m_path;
    QString m_connection;
    QString m_error;
};

}  // namespace tvpair::bridge
