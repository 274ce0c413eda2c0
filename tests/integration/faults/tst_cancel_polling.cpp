// "Stop polling when the screen is left; cancel the request in flight", above the HTTP
// client: the real DeviceFlow (with TokenClient and HttpClient) and the real SessionController
// against FaultAuthServer on 127.0.0.1. The fake holds a poll open (it never answers), the
// test cancels, then approves the code at the fake and watches several polling intervals:
// the held connection is closed by the client, no further request reaches the server, and
// nothing (approved, failed, signed in, error, status) is emitted after the cancel.
#include "FaultServer.h"

#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "oauth/DeviceFlow.h"
#include "oauth/TokenClient.h"
#include "secrets/MemorySecretStore.h"
#include "session/SessionController.h"
#include "session/SessionRecord.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {
constexpr int kIntervalSec = 1;
constexpr int kQuietIntervals = 4;  // how long the test listens for a poll that must not come

// Every signal of an object, counted from mark() on.
class Emissions {
public:
    explicit Emissions(QObject *obj)
    {
        const QMetaObject *mo = obj->metaObject();
        for (int i = mo->methodOffset(); i < mo->methodCount(); ++i) {
            const QMetaMethod m = mo->method(i);
            if (m.methodType() == QMetaMethod::Signal)
                m_spies.insert(m.name(), std::make_shared<QSignalSpy>(obj, m));
        }
    }
    bool valid() const
    {
        for (const auto &s : m_spies)
            if (!s->isValid())
                return false;
        return !m_spies.isEmpty();
    }
    void mark()
    {
        for (auto it = m_spies.cbegin(); it != m_spies.cend(); ++it)
            m_marks[it.key()] = int(it.value()->count());
    }
    // name -> emissions since mark(), only the signals that were emitted
    QMap<QByteArray, QList<QVariantList>> since() const
    {
        QMap<QByteArray, QList<QVariantList>> out;
        for (auto it = m_spies.cbegin(); it != m_spies.cend(); ++it)
            for (qsizetype i = m_marks.value(it.key()); i < it.value()->count(); ++i)
                out[it.key()] << it.value()->at(i);
        return out;
    }
    static QString names(const QMap<QByteArray, QList<QVariantList>> &m)
    {
        QStringList l;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            l << QString::fromLatin1(it.key()) + " x" + QString::number(it.value().size());
        return l.join(", ");
    }

private:
    QHash<QByteArray, std::shared_ptr<QSignalSpy>> m_spies;
    QHash<QByteArray, int> m_marks;
};
}  // namespace

class CancelPollingTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    TenantConfig configFor(const FaultAuthServer &fake)
    {
        const QString d = m_dir.path() + QStringLiteral("/cfg%1").arg(++m_n);
        QString err;
        const auto c = TenantConfig::fromFile(fake.writeConfig(d), &err);
        if (!c)
            qFatal("fake config rejected: %s", qPrintable(err));
        return *c;
    }
    // inFlight: the first poll is held open by the fake (never answered) and `cancel` runs as
    // soon as it has reached the server. Otherwise polls answer authorization_pending and the
    // caller cancels when the flow reports it is waiting for its next poll.
    static void script(FaultAuthServer &fake, bool inFlight, QObject *context, std::function<void()> cancel)
    {
        fake.interval = kIntervalSec;
        fake.whilePending = [inFlight, context, cancel](const FaultRequest &) {
            if (!inFlight)
                return FaultReply::json(400, QJsonObject{{"error", "authorization_pending"}});
            QTimer::singleShot(0, context, cancel);
            return FaultReply::of(FaultReply::NeverAnswer);
        };
    }

private slots:
    void deviceFlow_data()
    {
        QTest::addColumn<bool>("inFlight");
        QTest::newRow("cancel with a poll in flight") << true;
        QTest::newRow("cancel between polls") << false;
    }
    void deviceFlow()
    {
        QFETCH(bool, inFlight);
        FaultAuthServer fake;
        QVERIFY(fake.start());
        const TenantConfig config = configFor(fake);
        net::HttpClient http(net::UrlPolicy{true});
        oauth::TokenClient tokens(config, &http);
        oauth::ServerMetadata meta;
        meta.deviceAuthorizationEndpoint = fake.http.url("/device/auth");
        meta.tokenEndpoint = fake.http.url("/token");
        tokens.setMetadata(meta);
        oauth::DeviceFlow flow(&tokens, 0);
        Emissions emissions(&flow);
        QVERIFY(emissions.valid());
        int pollsAtCancel = -1;
        std::optional<oauth::DeviceFlowMachine::State> stateAtCancel;
        const auto cancel = [&]() {
            pollsAtCancel = int(fake.polls().size());
            stateAtCancel = flow.state();
            emissions.mark();
            flow.cancel();
            fake.approved = true;  // a poll that still went out would now get tokens
        };
        script(fake, inFlight, this, cancel);
        if (!inFlight)
            connect(&flow, &oauth::DeviceFlow::waiting, this, cancel);
        flow.start();
        QTRY_VERIFY_WITH_TIMEOUT(stateAtCancel.has_value(), 15000);
        QCOMPARE(*stateAtCancel, inFlight ? oauth::DeviceFlowMachine::State::Polling
                                          : oauth::DeviceFlowMachine::State::WaitingToPoll);
        QCOMPARE(flow.state(), oauth::DeviceFlowMachine::State::Cancelled);
        QCOMPARE(pollsAtCancel, 1);
        if (inFlight)
            QTRY_COMPARE_WITH_TIMEOUT(fake.http.clientHangUps, 1, 10000);  // the request in flight was dropped
        QTest::qWait(kQuietIntervals * kIntervalSec * 1000);
        QCOMPARE(fake.polls().size(), 1);
        QCOMPARE(fake.http.count("/device/auth"), 1);
        const auto after = emissions.since();
        QVERIFY2(after.isEmpty(), qPrintable(Emissions::names(after)));
        QCOMPARE(flow.state(), oauth::DeviceFlowMachine::State::Cancelled);
    }

    void sessionController_data() { deviceFlow_data(); }
    void sessionController()
    {
        QFETCH(bool, inFlight);
        FaultAuthServer fake;
        QVERIFY(fake.start());
        const TenantConfig config = configFor(fake);
        net::HttpClient http(net::UrlPolicy{config.allowInsecureLoopback});
        MemorySecretStore store;
        SessionController session(config, &store, &http);
        Emissions emissions(&session);
        QVERIFY(emissions.valid());
        int pollsAtCancel = -1;
        std::optional<SessionController::Phase> phaseAtCancel;
        const auto cancel = [&]() {
            pollsAtCancel = int(fake.polls().size());
            phaseAtCancel = session.phase();
            emissions.mark();
            session.cancelSignIn();
            fake.approved = true;  // a poll that still went out would now sign in
        };
        script(fake, inFlight, this, cancel);
        if (!inFlight) {
            connect(&session, &SessionController::pollStatusChanged, this,
                    [&](SessionController::PollStatus s, int) {
                        // Waiting is also the status shown with the code; cancel after the first pending answer.
                        if (s == SessionController::PollStatus::Waiting && !phaseAtCancel && fake.polls().size() == 1)
                            cancel();
                    });
        }
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(phaseAtCancel.has_value(), 20000);
        QCOMPARE(*phaseAtCancel, SessionController::Phase::WaitingForApproval);
        QCOMPARE(pollsAtCancel, 1);
        if (inFlight)
            QTRY_COMPARE_WITH_TIMEOUT(fake.http.clientHangUps, 1, 10000);  // the request in flight was dropped
        QTest::qWait(kQuietIntervals * kIntervalSec * 1000);
        QCOMPARE(fake.polls().size(), 1);
        QCOMPARE(fake.http.count("/device/auth"), 1);  // no new code asked for either
        // The only emission allowed after the cancel: the phase going to Idle, once.
        auto after = emissions.since();
        const auto phases = after.take("phaseChanged");
        QVERIFY2(after.isEmpty(), qPrintable(Emissions::names(after)));
        QVERIFY(phases.size() <= 1);
        if (!phases.isEmpty())
            QCOMPARE(phases.first().first().value<SessionController::Phase>(), SessionController::Phase::Idle);
        QCOMPARE(session.phase(), SessionController::Phase::Idle);
        QVERIFY(session.subject().isEmpty());
        QCOMPARE(store.read(SessionRecord::kEntryName).status, SecretRead::Absent);  // nothing was stored
    }
};

QTEST_GUILESS_MAIN(CancelPollingTest)
#include "tst_cancel_polling.moc"
