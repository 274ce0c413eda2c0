#include "EntitlementExpiry.h"

namespace tvpair {

EntitlementExpiry::EntitlementExpiry(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    // One timer for every list; precise, since "ended at 20:00" should not read as active at 20:05.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EntitlementExpiry::recheck);
}

QDateTime EntitlementExpiry::nowUtc() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool EntitlementExpiry::clockIsSet(const QDateTime &nowUtc)
{
    return nowUtc.isValid() && nowUtc.date().year() >= 2024;
}

QList<Entitlement> EntitlementExpiry::asOf(const QList<Entitlement> &items, const QDateTime &nowUtc)
{
    if (!clockIsSet(nowUtc))
        return items;
    QList<Entitlement> out = items;
    for (Entitlement &e : out) {
        if (e.grantsAccess() && e.expiresAt.isValid() && e.expiresAt <= nowUtc)
            e.status = Entitlement::Status::Expired;
    }
    return out;
}

QList<Entitlement> EntitlementExpiry::track(const QString &provider, const QList<Entitlement> &items, bool stale)
{
    const QList<Entitlement> now = asOf(items, nowUtc());
    m_lists.insert(provider, Tracked{now, stale});
    arm();
    return now;
}

void EntitlementExpiry::clear()
{
    m_lists.clear();
    m_timer.stop();
}

QDateTime EntitlementExpiry::nextEnd() const
{
    QDateTime next;
    for (const Tracked &t : m_lists) {
        for (const Entitlement &e : t.items) {
            if (e.grantsAccess() && e.expiresAt.isValid() && (!next.isValid() || e.expiresAt < next))
                next = e.expiresAt;
        }
    }
    return next;
}

void EntitlementExpiry::recheck()
{
    const QDateTime now = nowUtc();
    QList<QPair<QString, Tracked>> changed;
    for (auto it = m_lists.begin(); it != m_lists.end(); ++it) {
        const QList<Entitlement> later = asOf(it->items, now);
        if (later == it->items)
            continue;
        it->items = later;
        changed.append({it.key(), *it});
    }
    arm();
    // Emitted after the walk: a receiver may clear() or track() meanwhile.
    for (const auto &c : changed)
        emit ended(c.first, c.second.items, c.second.stale);
}

void EntitlementExpiry::arm()
{
    m_timer.stop();
    const QDateTime now = nowUtc();
    const QDateTime next = nextEnd();
    if (!next.isValid() || !clockIsSet(now))
        return;
    // The next end, rounded up to whole ms so it has passed when the timer fires.
    const qint64 wait = qBound<qint64>(0, now.msecsTo(next) + 1, kMaxWaitMs);
    m_timer.start(int(wait));
}

}  // namespace tvpair
