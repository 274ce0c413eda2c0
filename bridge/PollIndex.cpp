#include "PollIndex.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace tvpair::bridge {

namespace {
bool isOpen(PendingStatus s)
{
    return s == PendingStatus::Pending || s == PendingStatus::Authorizing || s == PendingStatus::Exchanging;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
}  // namespace

PollIndex::Key PollIndex::keyOf(const QByteArray &hash)
{
    Key k{};
    if (hash.size() == 64) {
        bool hex = true;
        for (int i = 0; i < 32 && hex; ++i) {
            const int hi = hexDigit(hash[2 * i]);
            const int lo = hexDigit(hash[2 * i + 1]);
            hex = hi >= 0 && lo >= 0;
            k[size_t(i)] = static_cast<unsigned char>(hi << 4 | lo);
        }
        if (hex)
            return k;
    }
    const QByteArray d = QCryptographicHash::hash(hash, QCryptographicHash::Sha256);
    std::memcpy(k.data(), d.constData(), k.size());
    return k;
}

int PollIndex::clientIndexLocked(const QString &clientId)
{
    int i = int(m_clients.indexOf(clientId));
    if (i < 0) {
        m_clients.append(clientId);
        i = int(m_clients.size()) - 1;
    }
    return i;
}

void PollIndex::put(const PendingAuthorization &row)
{
    const Key k = keyOf(row.deviceCodeHash);
    QMutexLocker lock(&m_mutex);
    if (!isOpen(row.status)) {
        m_entries.erase(k);
        return;
    }
    const int client = clientIndexLocked(row.clientId);
    if (client > 255) {  // more TV clients than a config has: keep to the store
        m_entries.erase(k);
        return;
    }
    Entry &e = m_entries[k];
    e.expiresAtMs = row.expiresAtMs;
    e.lastPollAtMs = row.lastPollAtMs;
    e.intervalSeconds = row.intervalSeconds;
    e.status = quint8(row.status);
    e.client = quint8(client);
}

void PollIndex::setStatus(const QByteArray &deviceCodeHash, PendingStatus status)
{
    const Key k = keyOf(deviceCodeHash);
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(k);
    if (it == m_entries.end())
        return;
    if (isOpen(status))
        it->second.status = quint8(status);
    else
        m_entries.erase(it);
}

void PollIndex::drop(const QByteArray &deviceCodeHash)
{
    const Key k = keyOf(deviceCodeHash);
    QMutexLocker lock(&m_mutex);
    m_entries.erase(k);
}

int PollIndex::dropExpired(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.expiresAtMs <= nowMs) {
            it = m_entries.erase(it);
            ++n;
        } else {
            ++it;
        }
    }
    return n;
}

void PollIndex::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

int PollIndex::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

bool PollIndex::recordLocked(Entry &e, qint64 nowMs, qint64 toleranceMs, int penaltySeconds)
{
    // The same rule as the store's statements (SqlPendingStore::recordPoll).
    const bool tooSoon = e.lastPollAtMs > 0 && nowMs - e.lastPollAtMs + toleranceMs < qint64(e.intervalSeconds) * 1000;
    if (tooSoon)
        e.intervalSeconds += penaltySeconds;
    e.lastPollAtMs = nowMs;
    return tooSoon;
}

PollIndex::Answer PollIndex::poll(const QByteArray &deviceCodeHash, const QString &clientId, qint64 nowMs,
                                  qint64 toleranceMs, int penaltySeconds)
{
    const Key k = keyOf(deviceCodeHash);
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(k);
    // A code of another client, or expired, goes the store's way (invalid_grant, expired_token).
    if (it == m_entries.end() || it->second.expiresAtMs <= nowMs || m_clients.at(it->second.client) != clientId)
        return Answer::Unknown;
    return recordLocked(it->second, nowMs, toleranceMs, penaltySeconds) ? Answer::SlowDown : Answer::Pending;
}

std::optional<PendingAuthorization> PollIndex::find(const QByteArray &deviceCodeHash) const
{
    const Key k = keyOf(deviceCodeHash);
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(k);
    if (it == m_entries.end())
        return std::nullopt;
    PendingAuthorization r;
    r.deviceCodeHash = deviceCodeHash;
    r.clientId = m_clients.at(it->second.client);
    r.expiresAtMs = it->second.expiresAtMs;
    r.intervalSeconds = it->second.intervalSeconds;
    r.lastPollAtMs = it->second.lastPollAtMs;
    r.status = PendingStatus(it->second.status);
    return r;
}

bool PollIndex::recordPoll(const QByteArray &deviceCodeHash, qint64 nowMs, qint64 toleranceMs, int penaltySeconds,
                           bool *tooSoon)
{
    const Key k = keyOf(deviceCodeHash);
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(k);
    if (it == m_entries.end())
        return false;
    *tooSoon = recordLocked(it->second, nowMs, toleranceMs, penaltySeconds);
    return true;
}

}  // namespace tvpair::bridge
