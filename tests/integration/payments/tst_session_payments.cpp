// The payment part of the whole SessionController against a private sandbox (its faults must not
// disturb other tests): the lists cached on disk come at once on the next start, before any
// request reaches the provider; a provider's 401 triggers one session refresh (fresh
// storage_keys) and one retry; a provider that keeps answering 401 gives one clear
// payment_provider error after exactly one refresh, and the last good lists stay (stale).
#include "Sandbox.h"

#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"
#include "session/PaymentListCache.h"
#include "session/SessionController.h"
#include "session/SessionRecord.h"

#include <QDirIterator>
#include <QtTest>

#include <sys/stat.h>

using namespace tvpair;
using tvpair::test::Sandbox;

namespace {

// What the controller said, in order.
struct Event {
    QString kind;  // products | entitlements | signed_in | error | finished | signed_out
    bool stale = false;
    QStringList ids;
    QString code;  // error code, or the sign-in method
    bool fatal = false;
};

QStringList idsOf(const QList<Product> &items)
{
    QStringList out;
    for (const auto &p : items)
        out << p.id;
    return out;
}
QStringList idsOf(const QList<Entitlement> &items)
{
    QStringList out;
    for (const auto &e : items)
        out << e.productId + "=" + Entitlement::statusName(e.status);
    return out;
}

// The records of the sandbox's request log after `from`.
QList<QJsonObject> logSince(const Sandbox &s, int from)
{
    QList<QJsonObject> out;
    const QJsonArray log = s.requestLog();
    for (int i = from; i < log.size(); ++i)
        out << log.at(i).toObject();
    return out;
}
int refreshesIn(const QList<QJsonObject> &log)
{
    int n = 0;
    for (const auto &r : log)
        n += r.value("path").toString() == "/token" && r.value("grant_type").toString() == "refresh_token";
    return n;
}
QList<QJsonObject> paymentCallsIn(const QList<QJsonObject> &log)
{
    QList<QJsonObject> out;
    for (const auto &r : log) {
        if (r.value("path").toString().startsWith("/payments/"))
            out << r;
    }
    return out;
}

QStringList cacheFiles(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, {"payments-*"}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

unsigned modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0;
}

}  // namespace

class TestSessionPayments : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> sandbox;
    QTemporaryDir tmp;
    TenantConfig config;
    QString cacheDir;

    // One "process": an HttpClient and a SessionController over a store that outlives it.
    struct Run {
        std::unique_ptr<net::HttpClient> http;
        std::unique_ptr<SessionController> session;
        QList<Event> events;
        int count(const QString &kind) const
        {
            int n = 0;
            for (const auto &e : events)
                n += e.kind == kind;
            return n;
        }
        int indexOf(const QString &kind, bool stale) const
        {
            for (int i = 0; i < events.size(); ++i) {
                if (events[i].kind == kind && events[i].stale == stale)
                    return i;
            }
            return -1;
        }
    };

    std::unique_ptr<Run> makeRun(SecretStore *store, const QString &account,
                                 std::function<void(Run *, const Event &)> onList = {})
    {
        auto run = std::make_unique<Run>();
        run->http = std::make_unique<net::HttpClient>(net::UrlPolicy{true});
        run->session = std::make_unique<SessionController>(config, store, run->http.get());
        run->session->setCacheDir(cacheDir);
        run->session->setSignInAfterSignOut(false);  // userCodeReady approves: no second sign-in here
        Run *r = run.get();
        SessionController *s = r->session.get();
        connect(s, &SessionController::userCodeReady, this, [this, account](const UserCodeInfo &info) {
            // Approve outside the signal's emission.
            QTimer::singleShot(0, this, [this, account, code = info.userCode]() {
                sandbox->post("/test/approve", {{"user_code", code}, {"account", account}});
            });
        });
        connect(s, &SessionController::productsLoaded, this,
                [r, onList](const QString &, const QList<Product> &items, bool stale) {
                    r->events << Event{"products", stale, idsOf(items), {}, false};
                    if (onList)
                        onList(r, r->events.last());
                });
        connect(s, &SessionController::entitlementsLoaded, this,
                [r, onList](const QString &, const QList<Entitlement> &items, bool stale) {
                    r->events << Event{"entitlements", stale, idsOf(items), {}, false};
                    if (onList)
                        onList(r, r->events.last());
                });
        connect(s, &SessionController::signedIn, this,
                [r](const QString &, const QString &method) { r->events << Event{"signed_in", false, {}, method, false}; });
        connect(s, &SessionController::errorOccurred, this, [r](const ViewerError &error, bool fatal) {
            r->events << Event{"error", false, {error.message()}, error.eventCode(), fatal};
        });
        connect(s, &SessionController::paymentsFinished, this, [r]() { r->events << Event{"finished", false, {}, {}, false}; });
        connect(s, &SessionController::signedOut, this, [r]() { r->events << Event{"signed_out", false, {}, {}, false}; });
        return run;
    }

    static SessionRecord recordIn(SecretStore *store)
    {
        const SecretRead r = store->read(SessionRecord::kEntryName);
        return r.status == SecretRead::Found ? SessionRecord::fromBytes(r.value, nullptr).value_or(SessionRecord{})
                                             : SessionRecord{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        sandbox = Sandbox::startPrivate({"--interval", "1"});
        QVERIFY2(sandbox, "the private sandbox did not start");
        QString err;
        const auto c = TenantConfig::fromFile(sandbox->writeConfig(tmp.path()), &err);
        QVERIFY2(c, qPrintable(err));
        config = *c;
    }

    void init()
    {
        cacheDir = tmp.path() + "/cache-" + QTest::currentTestFunction();
        sandbox->post("/test/reset", {});
    }

    // On a restart the last good lists come at once, before any request reaches the
    // provider, marked stale; then the live lists replace them. Sign-out wipes them.
    void cachedListsComeBeforeAnyProviderRequest()
    {
        MemorySecretStore store;
        QStringList products, entitlements;
        {
            auto first = makeRun(&store, "alice");
            first->session->start();
            QTRY_VERIFY_WITH_TIMEOUT(first->count("finished") == 1, 60000);
            QCOMPARE(first->count("error"), 0);
            QCOMPARE(first->indexOf("products", true), -1);  // nothing cached yet: no stale list
            products = first->events.at(first->indexOf("products", false)).ids;
            entitlements = first->events.at(first->indexOf("entitlements", false)).ids;
            QCOMPARE(products.size(), 24);
            QCOMPARE(entitlements.size(), 5);  // alice: 3 on the first page of /customers/{id}/offers, 2 on the second
        }
        // On disk: two files, owner-only, holding no token of the session.
        const QStringList files = cacheFiles(cacheDir);
        QCOMPARE(files.size(), 2);
        const SessionRecord rec = recordIn(&store);
        QVERIFY(!rec.refreshToken.isEmpty());
        QVERIFY(rec.paymentTokens.contains("cleeng"));
        for (const QString &f : files) {
            QCOMPARE(modeOf(f), 0600u);
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(rec.refreshToken.toUtf8()));
            for (const auto &tok : rec.paymentTokens)
                QVERIFY(!bytes.contains(tok.token.toUtf8()));
        }

        // The restart. When a cached list arrives, the sandbox has seen no payment request yet.
        const int before = int(sandbox->requestLog().size());
        int paymentCallsAtCachedList = -1;
        auto second = makeRun(&store, "alice", [&](Run *, const Event &e) {
            if (e.stale && paymentCallsAtCachedList < 0)
                paymentCallsAtCachedList = int(paymentCallsIn(logSince(*sandbox, before)).size());
        });
        second->session->start();
        QTRY_VERIFY_WITH_TIMEOUT(second->count("finished") == 1, 60000);
        QCOMPARE(paymentCallsAtCachedList, 0);
        QVERIFY(!paymentCallsIn(logSince(*sandbox, before)).isEmpty());  // the live lists were fetched after
        const int cachedProducts = second->indexOf("products", true);
        const int cachedEntitlements = second->indexOf("entitlements", true);
        const int signedIn = second->indexOf("signed_in", false);
        QVERIFY(cachedProducts >= 0 && cachedEntitlements >= 0 && signedIn >= 0);
        QVERIFY(cachedProducts < signedIn && cachedEntitlements < signedIn);  // before the session is even restored
        QCOMPARE(second->events.at(signedIn).code, QStringLiteral("refresh_token"));
        QCOMPARE(second->events.at(cachedProducts).ids, products);
        QCOMPARE(second->events.at(cachedEntitlements).ids, entitlements);
        // Then the live lists, each once, replacing them.
        QCOMPARE(second->count("products"), 2);
        QCOMPARE(second->count("entitlements"), 2);
        QVERIFY(second->indexOf("products", false) > signedIn);
        QCOMPARE(second->events.at(second->indexOf("entitlements", false)).ids, entitlements);
        QCOMPARE(second->count("error"), 0);

        // Sign-out wipes the lists; the next start shows nothing cached.
        second->session->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(second->count("signed_out") == 1, 30000);
        QVERIFY2(cacheFiles(cacheDir).isEmpty(), qPrintable(cacheFiles(cacheDir).join(' ')));
    }

    // Another viewer signing in on the same TV never sees the first one's lists.
    void otherViewerSeesNoCachedList()
    {
        MemorySecretStore aliceStore;
        {
            auto run = makeRun(&aliceStore, "alice");
            run->session->start();
            QTRY_VERIFY_WITH_TIMEOUT(run->count("finished") == 1, 60000);
        }
        QCOMPARE(cacheFiles(cacheDir).size(), 2);
        // bob's session (alice's store gone without a sign-out, e.g. reset by the operator).
        MemorySecretStore bobStore;
        auto bob = makeRun(&bobStore, "bob");
        bob->session->start();
        QTRY_VERIFY_WITH_TIMEOUT(bob->count("finished") == 1, 60000);
        QCOMPARE(bob->indexOf("entitlements", true), -1);
        QCOMPARE(bob->indexOf("products", true), -1);
        const QStringList ent = bob->events.at(bob->indexOf("entitlements", false)).ids;
        QCOMPARE(ent, QStringList{"S100000005_NL=trial"});
        // Starting with no stored session dropped alice's lists.
        QVERIFY(!cacheFiles(cacheDir).isEmpty());
        for (const QString &f : cacheFiles(cacheDir)) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("\"subject\":\"alice\""));
        }
    }

    // A provider's 401 (its token expired) -> one session refresh, which brings fresh
    // payment tokens, and one retry of each list.
    void unauthorizedRefreshesOnceAndRetries()
    {
        MemorySecretStore store;
        auto run = makeRun(&store, "alice");
        run->session->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->count("finished") == 1, 60000);
        QCOMPARE(run->count("error"), 0);
        const QString cleengBefore = recordIn(&store).paymentTokens.value("cleeng").token;
        const QString refreshBefore = recordIn(&store).refreshToken;
        QVERIFY(!cleengBefore.isEmpty());

        int status = 0;
        sandbox->post("/test/expire-payment-tokens", {}, &status);
        QCOMPARE(status, 200);
        const int before = int(sandbox->requestLog().size());
        run->events.clear();
        run->session->reloadPayments();
        QTRY_VERIFY_WITH_TIMEOUT(run->count("finished") == 1, 60000);

        const auto log = logSince(*sandbox, before);
        QCOMPARE(refreshesIn(log), 1);
        const auto calls = paymentCallsIn(log);
        int unauthorized = 0, ok = 0;
        for (const auto &c : calls) {
            unauthorized += c.value("status").toInt() == 401;
            ok += c.value("status").toInt() == 200;
        }
        QVERIFY2(unauthorized >= 1, "the expired payment token was not refused");
        QVERIFY(ok >= 2);
        QCOMPARE(calls.last().value("status").toInt(), 200);
        // No error, each list once, live.
        QCOMPARE(run->count("error"), 0);
        QCOMPARE(run->count("products"), 1);
        QCOMPARE(run->count("entitlements"), 1);
        QCOMPARE(run->events.at(run->indexOf("products", false)).ids.size(), 24);
        QCOMPARE(run->events.at(run->indexOf("entitlements", false)).ids.size(), 5);
        // The refresh brought fresh storage_keys (and rotated the refresh token), stored.
        QVERIFY(recordIn(&store).paymentTokens.value("cleeng").token != cleengBefore);
        QVERIFY(recordIn(&store).refreshToken != refreshBefore);
        QCOMPARE(run->session->phase(), SessionController::Phase::SignedIn);
    }

    // A provider that keeps answering 401 after the refresh: exactly one refresh, one retry per
    // list, then one clear payment_provider error; the last good lists stay, marked stale.
    void unauthorizedAgainGivesOneClearError()
    {
        MemorySecretStore store;
        auto run = makeRun(&store, "alice");
        run->session->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->count("finished") == 1, 60000);
        const QStringList entitlements = run->events.at(run->indexOf("entitlements", false)).ids;

        int status = 0;
        sandbox->post("/test/fail", {{"path", "/payments/cleeng"}, {"status", 401}, {"count", 1000}}, &status);
        QCOMPARE(status, 200);
        const int before = int(sandbox->requestLog().size());
        run->events.clear();
        run->session->reloadPayments();
        QTRY_VERIFY_WITH_TIMEOUT(run->count("finished") == 1, 60000);
        sandbox->post("/test/reset", {});

        const auto log = logSince(*sandbox, before);
        QCOMPARE(refreshesIn(log), 1);
        for (const auto &c : paymentCallsIn(log))
            QCOMPARE(c.value("status").toInt(), 401);
        QCOMPARE(run->count("error"), 1);
        const Event error = run->events.at(run->indexOf("error", false));
        QCOMPARE(error.code, QStringLiteral("payment_provider"));
        QVERIFY(!error.fatal);
        QCOMPARE(error.ids.value(0), QStringLiteral("Your purchases could not be loaded."));
        // The last good lists, again, marked stale; no live list.
        QCOMPARE(run->indexOf("entitlements", false), -1);
        QCOMPARE(run->indexOf("products", false), -1);
        QCOMPARE(run->events.at(run->indexOf("entitlements", true)).ids, entitlements);
        QCOMPARE(run->events.at(run->indexOf("products", true)).ids.size(), 24);
        QCOMPARE(run->session->phase(), SessionController::Phase::SignedIn);

        // The provider back: the next reload works without another error.
        run->events.clear();
        run->session->reloadPayments();
        QTRY_VERIFY_WITH_TIMEOUT(run->count("finished") == 1, 60000);
        QCOMPARE(run->count("error"), 0);
        QCOMPARE(run->events.at(run->indexOf("entitlements", false)).ids, entitlements);
    }
};

QTEST_GUILESS_MAIN(TestSessionPayments)
#include "tst_session_payments.moc"
