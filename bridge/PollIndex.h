#pragma once
// The poll state of open device authorizations (pending, authorizing, exchanging) in memory,
// for a store that one process owns alone (SQLite: one bridge instance per file). A TV's poll
// of a code nobody has approved yet is then answered without touching the database: the
// answer is authorization_pending or slow_down, decided from the interval and the time of the
// last poll kept here. Every transition out of the open states is written to the database
// first and then dropped from here, so a poll that finds no entry asks the database (which
// holds the approved result). What is only here (the last poll's time and a slow_down's longer
// interval) is forgotten by a restart: the next poll is then taken as the first.
//
// Thread-safe: the HTTP listener's thread answers polls from it while the Qt thread writes.
#include "PendingStore.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <array>
#include <cstring>
#include <unordered_map>

namespace tvpair::bridge {

class PollIndex {
public:
    enum class Answer {
        Unknown,   // no open entry for this code and client, or expired: the store decides
        Pending,   // authorization_pending (the poll is recorded)
        SlowDown,  // slow_down (recorded, the interval grew by the penalty)
    };

    // An open row (Pending, Authorizing, Exchanging) as read or written; other statuses drop it.
    void put(const PendingAuthorization &row);
    void setStatus(const QByteArray &deviceCodeHash, PendingStatus status);
    void drop(const QByteArray &deviceCodeHash);
    int dropExpired(qint64 nowMs);
    void clear();
    int size() const;

    // What a poll of this code by this client at nowMs is answered; records it (RFC 8628 §3.5:
    // sooner than the interval minus toleranceMs is slow_down and `penaltySeconds` more).
    Answer poll(const QByteArray &deviceCodeHash, const QString &clientId, qint64 nowMs, qint64 toleranceMs,
                int penaltySeconds);
    // The row as findForPoll returns it, when this index holds it open.
    std::optional<PendingAuthorization> find(const QByteArray &deviceCodeHash) const;
    // Records a poll of an entry this index holds (false: not here, the store records it).
    bool recordPoll(const QByteArray &deviceCodeHash, qint64 nowMs, qint64 toleranceMs, int penaltySeconds,
                    bool *tooSoon);

private:
    // The SHA-256 of a device code (64 hex digits) as 32 bytes; any other text (tests) is hashed.
    using Key = std::array<unsigned char, 32>;
    struct KeyHash {
        size_t operator()(const Key &k) const
        {
            size_t h;
            std::memcpy(&h, k.data(), sizeof h);  // a SHA-256 is uniform already
            return h;
        }
    };
    struct Entry {
        qint64 expiresAtMs = 0;
        qint64 lastPollAtMs = 0;
        qint32 intervalSeconds = 5;
        quint8 status = 0;  // PendingStatus
        quint8 client = 0;  // index into m_clients (a few configured TV clients)
    };
    static Key keyOf(const QByteArray &deviceCodeHash);
    bool recordLocked(Entry &e, qint64 nowMs, qint64 toleranceMs, int penaltySeconds);
    int clientIndexLocked(const QString &clientId);

    mutable QMutex m_mutex;
    std::unordered_map<Key, Entry, KeyHash> m_entries;
    QStringList m_clients;
};

}  // namespace tvpair::bridge
