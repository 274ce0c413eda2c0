#include "Backoff.h"

#include <algorithm>

namespace tvpair::net {

Backoff::Backoff(int baseMs, int capMs, quint32 seed)
    : m_baseMs(baseMs), m_capMs(capMs), m_seed(seed)
{
}

int Backoff::next(std::optional<int> retryAfterSeconds)
{
    const int exp = std::min(m_attempt, 16);
    m_attempt++;
    const qint64 ceiling = std::min<qint64>(qint64(m_baseMs) << exp, m_capMs);
    // "Equal jitter": half fixed, half random, so a delay never collapses to ~0 ms.
    const qint64 half = ceiling / 2;
    if (!m_rng)
        m_rng.emplace(m_seed ? m_seed : QRandomGenerator::system()->generate());
    qint64 delay = half + qint64(m_rng->bounded(quint32(half + 1)));
    if (retryAfterSeconds)
        delay = std::max<qint64>(delay, qint64(*retryAfterSeconds) * 1000);
    return int(delay);
}

}  // namespace tvpair::net
