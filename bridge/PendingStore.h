#pragma once
// The only state the bridge keeps: pending device authorizations, one row per device code,
// until the TV collects the result (once) or the row expires. Every transition is one
// conditional write whose affected-row count says whether it won, so two requests racing for
// the same row (a replayed callback, two polls, several bridge instances on one database)
// cannot both succeed. Times are Unix milliseconds: rows are shared between processes.
#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace tvpair::bridge {

enum class PendingStatus {
    Pending,      // code issued, nobody has confirmed it on a phone yet
    Authorizing,  // confirmed on a phone, the browser is at the identity server
    Exchanging,   // the callback arrived; the code is being exchanged upstream
    Approved,     // the sealed token result waits for the TV
    Denied,       // the viewer or the identity server said no
};

struct PendingAuthorization {
    QByteArray deviceCodeHash;  // SHA-256 of the device code, hex; the code itself is never stored
    QString userCode;           // 8 letters, normalised
    QString clientId;
    QString scope;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    int intervalSeconds = 5;
    qint64 lastPollAtMs = 0;  // 0: never polled
    PendingStatus status = PendingStatus::Pending;
    QByteArray stateHash;     // SHA-256 of the upstream `state`, hex
    QByteArray bindingHash;   // SHA-256 of the phone browser's binding cookie, hex
    QString sealedVerifier;   // the PKCE code_verifier, sealed
    QString nonce;
    QString sealedResult;     // the token answer for the TV, sealed
};

class PollIndex;

class PendingStore {
public:
    virtual ~PendingStore() = default;

    // The in-memory poll state of open codes, when this store is the only writer of its data
    // (SQLite); null when other processes write too (PostgreSQL: every poll reads the row).
    // Thread-safe: the HTTP listener's thread answers pending polls from it.
    virtual PollIndex *pollIndex() { return nullptr; }

    // False with error set when the store cannot be used (exit 6 at start-up).
    virtual bool open(QString *error) = 0;
    virtual QString lastError() const = 0;

    // False when the user code or device code already exists (the caller draws a new one) or
    // on a store failure; lastError() says which.
    virtual bool insert(const PendingAuthorization &row) = 0;
    // insert() for a new device authorization whose answer may wait for others: false as
    // insert() says; true when the row is written, and `durable` is called (once, maybe before
    // this returns) when it is committed (true) or was lost with its transaction (false). A back
    // end may commit several such inserts together (group commit); any other write commits
    // them first.
    virtual bool insertGrouped(const PendingAuthorization &row, std::function<void(bool committed)> durable)
    {
        if (!insert(row))
            return false;
        durable(true);
        return true;
    }
    virtual std::optional<PendingAuthorization> findByDeviceCodeHash(const QByteArray &hash) = 0;
    // What a TV's poll needs, and only that (the hot path: a fleet polls thousands of times a
    // second): deviceCodeHash, clientId, expiresAtMs, intervalSeconds, lastPollAtMs, status and
    // sealedResult; the other fields are left empty.
    virtual std::optional<PendingAuthorization> findForPoll(const QByteArray &deviceCodeHash) = 0;
    // A TV's poll in one step where the back end can: findForPoll, and when the row is open
    // (pending, authorizing, exchanging), not expired at nowMs and this client's, the poll
    // recorded as recordPoll does (*recorded true, *tooSoon its answer). Otherwise *recorded is
    // false and the caller records the poll itself if it still should.
    virtual std::optional<PendingAuthorization> findForPollRecording(const QByteArray &deviceCodeHash,
                                                                     const QString &clientId, qint64 nowMs,
                                                                     qint64 toleranceMs, int penaltySeconds,
                                                                     bool *recorded, bool *tooSoon)
    {
        Q_UNUSED(clientId) Q_UNUSED(nowMs) Q_UNUSED(toleranceMs) Q_UNUSED(penaltySeconds) Q_UNUSED(tooSoon)
        *recorded = false;
        return findForPoll(deviceCodeHash);
    }
    virtual std::optional<PendingAuthorization> findByUserCode(const QString &userCode) = 0;
    virtual std::optional<PendingAuthorization> findByStateHash(const QByteArray &hash) = 0;

    // Pending or Authorizing -> Authorizing with a new state, binding and verifier (Continue
    // pressed again replaces the previous attempt). False when the row is in another status.
    virtual bool beginAuthorization(const QByteArray &deviceCodeHash, const QByteArray &stateHash,
                                    const QByteArray &bindingHash, const QString &sealedVerifier,
                                    const QString &nonce, qint64 nowMs) = 0;
    // Authorizing -> Exchanging for exactly this state; clears the state so a replay finds nothing.
    virtual bool claimCallback(const QByteArray &deviceCodeHash, const QByteArray &stateHash, qint64 nowMs) = 0;
    virtual bool approve(const QByteArray &deviceCodeHash, const QString &sealedResult) = 0;  // Exchanging -> Approved
    virtual bool deny(const QByteArray &deviceCodeHash) = 0;                                   // any open status -> Denied
    virtual bool reopen(const QByteArray &deviceCodeHash) = 0;                                 // Exchanging -> Pending
    // Records a poll at nowMs; when it came sooner than the interval allows, adds `penalty`
    // seconds to the row's interval (RFC 8628 §3.5) and returns true in *tooSoon.
    virtual bool recordPoll(const QByteArray &deviceCodeHash, qint64 nowMs, qint64 toleranceMs,
                            int penaltySeconds, bool *tooSoon) = 0;
    // Deletes the row when it is Approved (the TV picks the result up once); false otherwise.
    virtual bool takeApproved(const QByteArray &deviceCodeHash) = 0;
    virtual bool remove(const QByteArray &deviceCodeHash) = 0;
    // Rows whose expiry is before nowMs; returns how many went, -1 on failure.
    virtual int purgeExpired(qint64 nowMs) = 0;
    virtual int count() = 0;
};

const char *pendingStatusName(PendingStatus s);
std::optional<PendingStatus> pendingStatusFromName(const QString &name);

}  // namespace tvpair::bridge
