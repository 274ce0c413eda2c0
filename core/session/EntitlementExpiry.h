#pragma once
// Entitlements end at their expires_at without a request: the lists as the providers gave them,
// each shown as of "now", and one timer to the next end, when the provider's list is shown again
// with that entitlement expired. Nothing is decided while the clock is not set (a TV's wall clock
// may read 1970 until NTP syncs): the list is shown as the provider said.
#include "payments/Models.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace tvpair {

class EntitlementExpiry : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    // The longest single wait; a later end is reached in several (QTimer takes an int of ms).
    static constexpr qint64 kMaxWaitMs = 24LL * 3600 * 1000;

    explicit EntitlementExpiry(QObject *parent = nullptr);

    // Tests: a fake clock; then recheck() after moving it stands in for the timer.
    void setClock(Clock nowUtc) { m_clock = std::move(nowUtc); }
    QDateTime nowUtc() const;
    // The wall clock can be trusted (it reads a date after this code was written).
    static bool clockIsSet(const QDateTime &nowUtc);

    // A provider's list as it came: returned as of now, remembered for the next end.
    QList<Entitlement> track(const QString &provider, const QList<Entitlement> &items, bool stale);
    // Forgets every list (session over); the timer stops.
    void clear();
    // When the next entitlement that still grants access ends; invalid when none does.
    QDateTime nextEnd() const;
    // The timer's wait now, in ms; -1 when it is not running.
    qint64 pendingWaitMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }
    // Every list again as of now: a list in which something ended is emitted; the timer is set
    // to the next end.
    void recheck();

    // `items` as of `nowUtc`: what grants access but whose expiresAt has passed is Expired.
    static QList<Entitlement> asOf(const QList<Entitlement> &items, const QDateTime &nowUtc);

signals:
    // An entitlement of this provider's list ended: the whole list as of now.
    void ended(const QString &provider, const QList<tvpair::Entitlement> &items, bool stale);

private:
    struct Tracked {
        QList<Entitlement> items;  // as shown last
        bool stale = false;
    };
    void arm();

    Clock m_clock;
    QHash<QString, Tracked> m_lists;
    QTimer m_timer;
};

}  // namespace tvpair
