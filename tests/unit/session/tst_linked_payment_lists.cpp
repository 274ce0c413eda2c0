// Several providers in one round (LinkedPaymentLists) with scripted providers: each provider's
// lists come with its name, the round finishes once when all have answered (a provider with
// nothing linked included), a refresh that renewed the tokens brings a new round with the new
// tokens (not while a round runs), and the slow timer runs only while the lists are on screen
// for a signed-in viewer.
#include "FakePaymentProvider.h"
#include "session/LinkedPaymentLists.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {

PaymentConfig config(const QString &provider)
{
    PaymentConfig c;
    c.provider = provider;
    return c;
}

Product product(const QString &provider, const QString &id)
{
    Product p;
    p.id = id;
    p.title = id;
    p.provider = provider;
    return p;
}

Entitlement entitlement(const QString &provider, const QString &id, const QDateTime &expires)
{
    Entitlement e;
    e.productId = id;
    e.title = id;
    e.provider = provider;
    e.expiresAt = expires;
    return e;
}

}  // namespace

class TestLinkedPaymentLists : public QObject {
    Q_OBJECT

    // One script per provider; the tokens the session holds now, per provider.
    QHash<QString, std::shared_ptr<FakeProviderScript>> scripts;
    QHash<QString, QString> tokens;
    int refreshes = 0;
    QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(19, 0), Qt::UTC);

    std::unique_ptr<LinkedPaymentLists> make(const QStringList &providers)
    {
        QList<PaymentConfig> configs;
        for (const QString &p : providers) {
            configs << config(p);
            if (!scripts.contains(p))
                scripts.insert(p, std::make_shared<FakeProviderScript>());
        }
        auto lists = std::make_unique<LinkedPaymentLists>(
            configs, "https://id.example", "tv",
            [this](const PaymentConfig &c, const PaymentCredentials &cred, QString *error) {
                PaymentCredentials given = cred;
                if (c.provider == "userinfo")  // the codes come in `extra`, with no token
                    given.token = given.extra.value("products").toArray().first().toString();
                return FakePaymentProvider::factory(scripts.value(c.provider))(given, error);
            },
            [this](const QString &provider) -> std::optional<PaymentCredentials> {
                if (!tokens.contains(provider))
                    return std::nullopt;
                return PaymentCredentials{provider, tokens.value(provider), {}};
            },
            [this](std::function<void(bool)> done) {
                ++refreshes;
                QTimer::singleShot(0, [done]() { done(true); });
            },
            [](std::function<void(const QJsonValue &)> done) { done(QJsonArray{"premium"}); });
        lists->expiry().setClock([this]() { return now; });
        return lists;
    }

private slots:
    void init()
    {
        scripts.clear();
        tokens.clear();
        refreshes = 0;
    }

    void oneRoundOverEveryProvider()
    {
        auto lists = make({"cleeng", "inplayer", "mpx", "userinfo"});
        scripts["cleeng"]->products = {product("cleeng", "S1")};
        scripts["cleeng"]->entitlements = {entitlement("cleeng", "S1", now.addDays(3))};
        scripts["mpx"]->products = {product("mpx", "9001"), product("mpx", "9002")};
        scripts["mpx"]->entitlements = {entitlement("mpx", "9001", now.addDays(9))};
        tokens = {{"cleeng", "c1"}, {"mpx", "m1"}};  // nothing linked at inplayer
        QSignalSpy products(lists.get(), &LinkedPaymentLists::productsLoaded);
        QSignalSpy entitlements(lists.get(), &LinkedPaymentLists::entitlementsLoaded);
        QSignalSpy finished(lists.get(), &LinkedPaymentLists::finished);
        QSignalSpy failed(lists.get(), &LinkedPaymentLists::failed);

        QCOMPARE(lists->providers(), QStringList({"cleeng", "inplayer", "mpx", "userinfo"}));
        lists->load("alice");
        QVERIFY(lists->busy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!lists->busy());
        QCOMPARE(failed.count(), 0);
        QHash<QString, int> productRows, entitlementEvents;
        for (const auto &args : products) {
            const QString provider = args.at(0).toString();
            productRows[provider] = int(args.at(1).value<QList<Product>>().size());
            for (const auto &p : args.at(1).value<QList<Product>>())
                QCOMPARE(p.provider, provider);
        }
        for (const auto &args : entitlements)
            entitlementEvents[args.at(0).toString()]++;
        QCOMPARE(productRows, (QHash<QString, int>{{"cleeng", 1}, {"mpx", 2}}));
        // One entitlements list per provider: inplayer's empty (nothing linked), userinfo's codes.
        QCOMPARE(entitlementEvents, (QHash<QString, int>{{"cleeng", 1}, {"inplayer", 1}, {"mpx", 1}, {"userinfo", 1}}));
        QCOMPARE(scripts["cleeng"]->calls, QStringList({"products:c1", "entitlements:c1"}));
        QCOMPARE(scripts["inplayer"]->calls, QStringList());
        QCOMPARE(scripts["userinfo"]->calls, QStringList({"entitlements:premium"}));  // the claim; nothing to buy
        QCOMPARE(finished.count(), 1);
    }

    void renewedTokensBringANewRound()
    {
        auto lists = make({"cleeng", "mpx"});
        tokens = {{"cleeng", "c1"}, {"mpx", "m1"}};
        QSignalSpy finished(lists.get(), &LinkedPaymentLists::finished);
        lists->tokensRenewed();  // nobody signed in yet: nothing
        QCOMPARE(scripts["cleeng"]->calls.size(), 0);

        lists->load("alice");
        lists->tokensRenewed();  // a round is under way: its answers are as fresh
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(scripts["cleeng"]->calls, QStringList({"products:c1", "entitlements:c1"}));

        tokens = {{"cleeng", "c2"}, {"mpx", "m2"}};
        lists->tokensRenewed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(scripts["cleeng"]->calls.mid(2), QStringList({"products:c2", "entitlements:c2"}));
        QCOMPARE(scripts["mpx"]->calls.mid(2), QStringList({"products:m2", "entitlements:m2"}));

        // A run that prints each list once: no round by itself.
        lists->setSelfRefreshing(false);
        lists->tokensRenewed();
        QTest::qWait(50);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(refreshes, 0);
    }

    void aProvidersUnauthorizedSharesOneRefresh()
    {
        auto lists = make({"cleeng", "mpx"});
        tokens = {{"cleeng", "c1"}, {"mpx", "m1"}};
        scripts["cleeng"]->unauthorizedTokens = {"c1"};
        QSignalSpy finished(lists.get(), &LinkedPaymentLists::finished);
        QSignalSpy failed(lists.get(), &LinkedPaymentLists::failed);
        lists->load("alice");
        // The refresh renews the tokens before the retry asks for them.
        QTimer::singleShot(0, [this]() { tokens = {{"cleeng", "c2"}, {"mpx", "m2"}}; });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(refreshes, 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(scripts["cleeng"]->calls, QStringList({"products:c1", "entitlements:c1", "products:c2", "entitlements:c2"}));
        QCOMPARE(scripts["mpx"]->calls, QStringList({"products:m1", "entitlements:m1"}));
    }

    void slowTimerOnlyOnScreen()
    {
        auto lists = make({"cleeng"});
        tokens = {{"cleeng", "c1"}};
        lists->setRefreshIntervalMs(1000);
        QCOMPARE(lists->refreshIntervalMs(), LinkedPaymentLists::kMinRefreshMs);  // never more often than a minute
        lists->setOnScreen(true);
        QVERIFY(!lists->ticking());  // nobody signed in
        lists->load("alice");
        QVERIFY(lists->ticking());
        lists->setOnScreen(false);  // Home left
        QVERIFY(!lists->ticking());
        lists->setOnScreen(true);
        QVERIFY(lists->ticking());
        lists->setSelfRefreshing(false);
        QVERIFY(!lists->ticking());
        lists->setSelfRefreshing(true);
        lists->end();  // signed out
        QVERIFY(!lists->ticking());
    }

    void expiryFlowsThroughTheRound()
    {
        auto lists = make({"cleeng"});
        tokens = {{"cleeng", "c1"}};
        scripts["cleeng"]->entitlements = {entitlement("cleeng", "S1", now.addSecs(3600))};
        QSignalSpy entitlements(lists.get(), &LinkedPaymentLists::entitlementsLoaded);
        QSignalSpy finished(lists.get(), &LinkedPaymentLists::finished);
        lists->load("alice");
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(entitlements.count(), 1);
        QCOMPARE(lists->expiry().pendingWaitMs(), 3600 * 1000 + 1);
        now = now.addSecs(3600);
        lists->expiry().recheck();
        QCOMPARE(entitlements.count(), 2);
        const auto items = entitlements.at(1).at(1).value<QList<Entitlement>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().status, Entitlement::Status::Expired);
        QCOMPARE(scripts["cleeng"]->calls.size(), 2);  // no request for it
        lists->end();
        QCOMPARE(lists->expiry().pendingWaitMs(), -1);
    }
};

QTEST_GUILESS_MAIN(TestLinkedPaymentLists)
#include "tst_linked_payment_lists.moc"
