#include "AttemptLimiter.h"

namespace tvpair::bridge {

AttemptLimiter::AttemptLimiter(int perAddress, int global, qint64 windowMs)
    : m_perAddress(perAddress), m_global(global), m_windowMs(windowMs)
{
    m_clock.start();
}

void AttemptLimiter::roll(Window &w, qint64 now) const
{
    if (now - w.startMs >= m_windowMs) {
        w.startMs = now;
        w.failures = 0;
    }
}

bool AttemptLimiter::allowed(const QString &address)
{
    const qint64 now = m_clock.elapsed();
    roll(m_all, now);
    if (m_all.failures >= m_global)
        return false;
    auto it = m_byAddress.find(address);
    if (it == m_byAddress.end())
        return true;
    roll(*it, now);
    return it->failures < m_perAddress;
}

void AttemptLimiter::recordFailure(const QString &address)
{
    const qint64 now = m_clock.elapsed();
    roll(m_all, now);
    ++m_all.failures;
    if (!m_byAddress.contains(address) && m_byAddress.size() >= kMaxTrackedAddresses) {
        // Drop windows that are over; if none is, the table is full of live attackers: start over.
        for (auto it = m_byAddress.begin(); it != m_byAddress.end();)
            it = now - it->startMs >= m_windowMs ? m_byAddress.erase(it) : std::next(it);
        if (m_byAddress.size() >= kMaxTrackedAddresses)
            m_byAddress.clear();
    }
    Window &w = m_byAddress[address];
    if (w.failures == 0 && w.startMs == 0)
        w.startMs = now;
    roll(w, now);
    ++w.failures;
}

}  // namespace tvpair::bridge
