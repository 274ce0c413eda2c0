#pragma once
// PendingStore in one SQLite file through Qt SQL's QSQLITE driver: WAL journal (readers do not
// block the writer), synchronous=NORMAL (a committed row survives the process being killed).
// One bridge instance per file, so this process's memory may answer for the file: the poll
// state of open codes is kept in a PollIndex (polls of a pending code touch no file; the last
// poll's time and a slow_down's interval are not written, a restart forgets them harmlessly).
// Every transition is written to the file first, then to the index.
#include "PollIndex.h"
#include "SqlPendingStore.h"

#include <QTimer>
#include <functional>
#include <vector>

namespace tvpair::bridge {

class SqlitePendingStore : public SqlPendingStore {
public:
    explicit SqlitePendingStore(QString path);

    PollIndex *pollIndex() override { return &m_index; }

    ~SqlitePendingStore() override;

    bool insert(const PendingAuthorization &row) override;
    // Group commit: the first insert opens a transaction, the inserts that arrive while the Qt
    // event loop is busy join it, and it is committed when the loop has nothing else to do
    // (a zero timer), so a burst of TV starts costs one WAL commit instead of one each. The
    // answers wait for the commit: a code shown on a TV is in the file (survives SIGKILL).
    bool insertGrouped(const PendingAuthorization &row, std::function<void(bool committed)> durable) override;
    std::optional<PendingAuthorization> findByDeviceCodeHash(const QByteArray &hash) override;
    std::optional<PendingAuthorization> findForPoll(const QByteArray &deviceCodeHash) override;
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

protected:
    bool connectDatabase(QString *error) override;
    QStringList sessionSetup() const override;

private:
    // Commits the open group (if any) and tells its waiting answers (unless !answer).
    void commitGroup(bool answer = true);

    QString m_path;
    PollIndex m_index;
    bool m_groupOpen = false;
    std::vector<std::pair<QByteArray, std::function<void(bool)>>> m_group;  // device code hash, answer
    QTimer m_groupTimer;
};

}  // namespace tvpair::bridge
