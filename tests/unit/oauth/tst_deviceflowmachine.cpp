// RFC 8628 polling rules (§3.4, §3.5, expires_in), driven through the pure state machine with a
// fake monotonic clock: a whole 10-minute code lifetime runs in microseconds.
#include "oauth/DeviceFlowMachine.h"

#include <QtTest>

using namespace tvpair::oauth;
using M = DeviceFlowMachine;

class DeviceFlowMachineTest : public QObject {
    Q_OBJECT

    // Starts a machine and issues a code at t=0.
    static M::Step issue(M &m, int expiresIn, int interval)
    {
        m.handle({M::Input::Start, 0});
        return m.handle({M::Input::CodeIssued, 0, expiresIn, interval});
    }

private slots:
    void firstPollWaitsOneInterval()
    {
        M m;
        const auto s = issue(m, 600, 3);
        QCOMPARE(s.action, M::Action::StartTimer);
        QCOMPARE(s.delayMs, 3000);
        QCOMPARE(m.state(), M::State::WaitingToPoll);
    }

    void missingIntervalMeansFiveSeconds()
    {
        M m;
        QCOMPARE(issue(m, 600, 0).delayMs, 5000);
    }

    void pendingKeepsInterval()
    {
        M m;
        issue(m, 600, 5);
        QCOMPARE(m.handle({M::Input::TimerFired, 5000}).action, M::Action::SendPoll);
        // A second TimerFired while a poll is in flight must not send another (one in flight: RFC 8628 §3.5).
        QCOMPARE(m.handle({M::Input::TimerFired, 5001}).action, M::Action::None);
        const auto s = m.handle({M::Input::Pending, 5100});
        QCOMPARE(s.action, M::Action::StartTimer);
        QCOMPARE(s.delayMs, 5000);
    }

    void slowDownAddsFiveSecondsForGood()
    {
        M m;
        issue(m, 600, 5);
        m.handle({M::Input::TimerFired, 5000});
        QCOMPARE(m.handle({M::Input::SlowDown, 5050}).delayMs, 10000);
        m.handle({M::Input::TimerFired, 15050});
        QCOMPARE(m.handle({M::Input::SlowDown, 15100}).delayMs, 15000);
        m.handle({M::Input::TimerFired, 30100});
        // Later pending answers keep the increased interval.
        QCOMPARE(m.handle({M::Input::Pending, 30150}).delayMs, 15000);
    }

    void slowDownIsBounded()
    {
        M m;
        issue(m, 86400, 5);
        qint64 t = 0;
        for (int i = 0; i < 200; ++i) {
            t += m.intervalMs();
            m.handle({M::Input::TimerFired, t});
            m.handle({M::Input::SlowDown, t});
        }
        QCOMPARE(m.intervalMs(), M::kMaxIntervalSec * 1000);
    }

    void terminalAnswers_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("state");
        QTest::newRow("denied") << int(M::Input::AccessDenied) << int(M::State::Denied);
        QTest::newRow("expired_token") << int(M::Input::ExpiredToken) << int(M::State::Expired);
        QTest::newRow("success") << int(M::Input::Success) << int(M::State::Approved);
        QTest::newRow("other error") << int(M::Input::PollFailedFatal) << int(M::State::Failed);
    }
    void terminalAnswers()
    {
        QFETCH(int, input);
        QFETCH(int, state);
        M m;
        issue(m, 600, 5);
        m.handle({M::Input::TimerFired, 5000});
        QCOMPARE(m.handle({M::Input(input), 5100}).action, M::Action::Finish);
        QCOMPARE(int(m.state()), state);
        // Nothing moves a finished machine but Start.
        QCOMPARE(m.handle({M::Input::TimerFired, 9000}).action, M::Action::None);
    }

    void transientErrorsBackOffButNeverGiveUpWhileValid()
    {
        M m(0, 42);
        issue(m, 600, 5);
        qint64 t = 5000;
        m.handle({M::Input::TimerFired, t});
        int polls = 0, prev = 0;
        bool grew = false;
        // Network failures for the whole lifetime: the machine keeps polling until expiry.
        while (m.state() != M::State::Expired) {
            auto s = m.handle({M::Input::PollFailedTransient, t});
            if (s.action == M::Action::Finish)
                break;
            QCOMPARE(s.action, M::Action::StartTimer);
            QVERIFY(s.delayMs >= 5000 || t + s.delayMs >= m.deadlineMs());  // never sooner than the interval
            grew = grew || s.delayMs > prev;
            prev = s.delayMs;
            t += s.delayMs;
            s = m.handle({M::Input::TimerFired, t});
            if (s.action == M::Action::Finish)
                break;
            QCOMPARE(s.action, M::Action::SendPoll);
            ++polls;
            QVERIFY(polls < 1000);
        }
        QCOMPARE(m.state(), M::State::Expired);
        QVERIFY(grew);
        QVERIFY(polls > 3);
        QVERIFY(t <= 600000 + 1);
    }

    void retryAfterIsHonoured()
    {
        M m(0, 7);
        issue(m, 600, 5);
        m.handle({M::Input::TimerFired, 5000});
        const auto s = m.handle({M::Input::PollFailedTransient, 5100, 0, 0, 30});
        QVERIFY(s.delayMs >= 30000);
    }

    void backToNormalIntervalAfterRecovery()
    {
        M m(0, 3);
        issue(m, 600, 5);
        qint64 t = 5000;
        m.handle({M::Input::TimerFired, t});
        for (int i = 0; i < 4; ++i) {
            t += m.handle({M::Input::PollFailedTransient, t}).delayMs;
            m.handle({M::Input::TimerFired, t});
        }
        QCOMPARE(m.handle({M::Input::Pending, t}).delayMs, 5000);
    }

    void expiryUsesTheMonotonicDeadline()
    {
        M m;
        issue(m, 10, 4);
        m.handle({M::Input::TimerFired, 4000});
        m.handle({M::Input::Pending, 4000});
        m.handle({M::Input::TimerFired, 8000});
        // Only 2 s are left: the timer is cut to the deadline, then the code counts as expired.
        const auto s = m.handle({M::Input::Pending, 8000});
        QCOMPARE(s.delayMs, 2000);
        QCOMPARE(m.handle({M::Input::TimerFired, 10000}).action, M::Action::Finish);
        QCOMPARE(m.state(), M::State::Expired);
    }

    void codeRequestBudget()
    {
        M m(3, 1);
        m.handle({M::Input::Start, 0});
        qint64 t = 0;
        for (int i = 0; i < 2; ++i) {
            const auto s = m.handle({M::Input::CodeFailedTransient, t});
            QCOMPARE(s.action, M::Action::StartTimer);
            t += s.delayMs;
            QCOMPARE(m.handle({M::Input::TimerFired, t}).action, M::Action::RequestCode);
        }
        QCOMPARE(m.handle({M::Input::CodeFailedTransient, t}).action, M::Action::Finish);
        QCOMPARE(m.state(), M::State::Failed);
    }

    void cancelStops()
    {
        M m;
        issue(m, 600, 5);
        QCOMPARE(m.handle({M::Input::Cancel, 100}).action, M::Action::Finish);
        QCOMPARE(m.state(), M::State::Cancelled);
        QCOMPARE(m.handle({M::Input::TimerFired, 5000}).action, M::Action::None);
        // A new start after cancel works (screen entered again).
        QCOMPARE(m.handle({M::Input::Start, 6000}).action, M::Action::RequestCode);
    }
};

QTEST_GUILESS_MAIN(DeviceFlowMachineTest)
#include "tst_deviceflowmachine.moc"
