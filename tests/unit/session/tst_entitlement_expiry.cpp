// An entitlement shows as ended at its expires_at without a request: EntitlementExpiry with a
// fake clock (no waiting). One timer, set to the next end; moving the clock past it and letting
// the timer's slot run flips exactly that entitlement, and the timer moves on to the next end.
#include "session/EntitlementExpiry.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tvpair;
using S = Entitlement::Status;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 12, 2), QTime(19, 0), Qt::UTC);

Entitlement ent(const QString &id, S status, const QDateTime &expires, const QString &provider = "cleeng")
{
    Entitlement e;
    e.productId = id;
    e.title = id;
    e.status = status;
    e.expiresAt = expires;
    e.provider = provider;
    return e;
}

QStringList statuses(const QList<Entitlement> &items)
{
    QStringList out;
    for (const auto &e : items)
        out << e.productId + "=" + Entitlement::statusName(e.status);
    return out;
}

}  // namespace

class TestEntitlementExpiry : public QObject {
    Q_OBJECT

private slots:
    void endsAtItsInstant()
    {
        QDateTime now = kT0;
        EntitlementExpiry expiry;
        expiry.setClock([&now]() { return now; });
        QSignalSpy ended(&expiry, &EntitlementExpiry::ended);

        // Ends at 20:00; a cancelled plan ends at 21:30; a rental ended already; one never ends.
        const QList<Entitlement> cleeng{ent("S1", S::Active, kT0.addSecs(3600)),
                                        ent("R1", S::Active, kT0.addSecs(-60)),
                                        ent("S2", S::Active, QDateTime())};
        const QList<Entitlement> mpx{ent("9001", S::CancelledValid, kT0.addSecs(9000), "mpx"),
                                     ent("9003", S::Revoked, kT0.addSecs(600), "mpx")};
        // A list that comes in with a passed end shows it ended at once.
        QCOMPARE(statuses(expiry.track("cleeng", cleeng, false)), QStringList({"S1=active", "R1=expired", "S2=active"}));
        QCOMPARE(statuses(expiry.track("mpx", mpx, true)), QStringList({"9001=cancelled_valid", "9003=revoked"}));
        // One timer, to 20:00 (the revoked row at 19:10 grants nothing, so it is no end to wait for).
        QCOMPARE(expiry.nextEnd(), kT0.addSecs(3600));
        QCOMPARE(expiry.pendingWaitMs(), 3600 * 1000 + 1);

        // 19:59:59.999: nothing yet.
        now = kT0.addMSecs(3600 * 1000 - 1);
        expiry.recheck();
        QCOMPARE(ended.count(), 0);
        QCOMPARE(expiry.pendingWaitMs(), 2);

        // 20:00: S1 ends, nothing was asked of any provider, and the timer moves to 21:30.
        now = kT0.addSecs(3600);
        expiry.recheck();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.at(0).at(0).toString(), QString("cleeng"));
        QCOMPARE(statuses(ended.at(0).at(1).value<QList<Entitlement>>()), QStringList({"S1=expired", "R1=expired", "S2=active"}));
        QCOMPARE(ended.at(0).at(2).toBool(), false);
        QCOMPARE(expiry.nextEnd(), kT0.addSecs(9000));
        QCOMPARE(expiry.pendingWaitMs(), 5400 * 1000 + 1);

        // 21:30: the cancelled plan ends; its list keeps its stale mark; then nothing is left to wait for.
        now = kT0.addSecs(9000);
        expiry.recheck();
        QCOMPARE(ended.count(), 2);
        QCOMPARE(ended.at(1).at(0).toString(), QString("mpx"));
        QCOMPARE(statuses(ended.at(1).at(1).value<QList<Entitlement>>()), QStringList({"9001=expired", "9003=revoked"}));
        QCOMPARE(ended.at(1).at(2).toBool(), true);
        QVERIFY(!expiry.nextEnd().isValid());
        QCOMPARE(expiry.pendingWaitMs(), -1);

        // A fresh list from the provider replaces the tracked one.
        expiry.track("cleeng", {ent("S1", S::Active, now.addDays(30))}, false);
        QCOMPARE(expiry.nextEnd(), now.addDays(30));
        QCOMPARE(expiry.pendingWaitMs(), EntitlementExpiry::kMaxWaitMs);  // a month is waited for a day at a time
        expiry.clear();
        QCOMPARE(expiry.pendingWaitMs(), -1);
    }

    void theRealTimerFires()
    {
        // The timer itself, with the real clock: an end 50 ms away is shown within a generous deadline.
        EntitlementExpiry expiry;
        QSignalSpy ended(&expiry, &EntitlementExpiry::ended);
        expiry.track("inplayer", {ent("1003", S::Active, QDateTime::currentDateTimeUtc().addMSecs(50), "inplayer")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(statuses(ended.at(0).at(1).value<QList<Entitlement>>()), QStringList({"1003=expired"}));
    }

    void clockNotSet()
    {
        // A TV whose clock reads 1970 (before NTP): the list as the provider said, no timer.
        const QDateTime epoch = QDateTime::fromSecsSinceEpoch(3600, Qt::UTC);
        EntitlementExpiry expiry;
        expiry.setClock([epoch]() { return epoch; });
        const QList<Entitlement> items{ent("S1", S::Active, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC))};
        QCOMPARE(statuses(expiry.track("cleeng", items, false)), QStringList({"S1=active"}));
        QCOMPARE(expiry.pendingWaitMs(), -1);
        QVERIFY(!EntitlementExpiry::clockIsSet(epoch));
        QVERIFY(EntitlementExpiry::clockIsSet(kT0));
    }
};

QTEST_GUILESS_MAIN(TestEntitlementExpiry)
#include "tst_entitlement_expiry.moc"
