// The list logic of the session without Node or a network: a scripted provider
// (FakePaymentProvider) behind PaymentLists. A 401 gets one token renewal shared by both lists
// and one retry each; a second 401 is an error; a failure shows the last good list, marked
// stale; a session that ends drops what was in flight.
#include "FakePaymentProvider.h"
#include "session/PaymentLists.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {

PaymentCredentials creds(const QString &token) { return PaymentCredentials{QStringLiteral("cleeng"), token, {}}; }

Product product(const QString &id, double price)
{
    Product p;
    p.id = id;
    p.title = id + QStringLiteral(" title");
    p.price = price;
    p.hasPrice = true;
    p.currency = QStringLiteral("EUR");
    p.provider = QStringLiteral("cleeng");
    return p;
}

Entitlement entitlement(const QString &id)
{
    Entitlement e;
    e.productId = id;
    e.title = id + QStringLiteral(" title");
    e.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
    e.expiresAt.setTime(QTime(12, 0));  // whole seconds survive the cache's ISO round trip
    e.provider = QStringLiteral("cleeng");
    return e;
}

// The session side of a renewal: counted, and answered on the next turn (or held by the test).
struct Renewal {
    int asked = 0;
    std::optional<PaymentCredentials> next = creds(QStringLiteral("new"));
    bool hold = false;
    std::function<void(const std::optional<PaymentCredentials> &)> pending;

    PaymentLists::CredentialRenewal fn()
    {
        return [this](std::function<void(const std::optional<PaymentCredentials> &)> done) {
            asked++;
            if (hold) {
                pending = done;
                return;
            }
            QTimer::singleShot(0, [this, done]() { done(next); });
        };
    }
};

}  // namespace

class TestPaymentLists : public QObject {
    Q_OBJECT

    std::shared_ptr<FakeProviderScript> script;
    Renewal renewal;
    std::unique_ptr<PaymentLists> lists;
    QTemporaryDir tmp;

    struct Spies {
        QSignalSpy products, entitlements, finished, failed;
        explicit Spies(PaymentLists *l)
            : products(l, &PaymentLists::productsLoaded), entitlements(l, &PaymentLists::entitlementsLoaded),
              finished(l, &PaymentLists::finished), failed(l, &PaymentLists::failed)
        {
        }
    };

    std::unique_ptr<PaymentLists> make()
    {
        auto l = std::make_unique<PaymentLists>(QStringLiteral("cleeng"), QStringLiteral("https://id.example"),
                                                QStringLiteral("tv"), FakePaymentProvider::factory(script), renewal.fn());
        l->setCacheDir(tmp.path() + QLatin1Char('/') + QTest::currentTestFunction());
        return l;
    }

private slots:
    void init()
    {
        qRegisterMetaType<ViewerError>();
        script = std::make_shared<FakeProviderScript>();
        script->products = {product("P1", 9.99), product("P2", 99.0)};
        script->entitlements = {entitlement("P1")};
        renewal = Renewal{};
        lists = make();
    }

    void goodAnswersAreShownAndKept()
    {
        Spies s(lists.get());
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QVERIFY(lists->busy());
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(s.products.at(0).at(1).value<QList<Product>>(), script->products);
        QCOMPARE(s.products.at(0).at(2).toBool(), false);
        QCOMPARE(s.entitlements.at(0).at(1).value<QList<Entitlement>>(), script->entitlements);
        QCOMPARE(s.failed.size(), 0);
        QCOMPARE(renewal.asked, 0);
        // The next start shows the same lists at once, marked stale.
        auto next = make();
        Spies n(next.get());
        next->showCached(QStringLiteral("alice"));
        QCOMPARE(n.products.size(), 1);
        QCOMPARE(n.products.at(0).at(1).value<QList<Product>>(), script->products);
        QCOMPARE(n.products.at(0).at(2).toBool(), true);
        QCOMPARE(n.entitlements.at(0).at(1).value<QList<Entitlement>>(), script->entitlements);
        next->showCached(QStringLiteral("bob"));  // another viewer has no lists here
        QCOMPARE(n.products.size(), 1);
    }

    void unauthorizedOnceSharesOneRenewalAndRetriesOnce()
    {
        script->unauthorizedTokens = {QStringLiteral("old")};
        Spies s(lists.get());
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(renewal.asked, 1);  // both lists got a 401: one renewal for both
        QCOMPARE(script->calls, (QStringList{"products:old", "entitlements:old", "products:new", "entitlements:new"}));
        QCOMPARE(s.failed.size(), 0);
        QCOMPARE(s.products.size(), 1);
        QCOMPARE(s.products.at(0).at(1).value<QList<Product>>(), script->products);
        QCOMPARE(s.entitlements.at(0).at(1).value<QList<Entitlement>>(), script->entitlements);
        QCOMPARE(script->adaptersMade, 2);
    }

    void aLate401OnTheOldAdapterIsRetriedWithoutASecondRenewal()
    {
        script->unauthorizedTokens = {QStringLiteral("old")};
        script->hold = true;
        Spies s(lists.get());
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QCOMPARE(script->held.size(), size_t(2));
        // The products' 401 alone first: its renewal completes and the adapter is swapped.
        auto entitlementsAnswer = script->held.back();
        script->held.pop_back();
        script->release();
        QTRY_COMPARE_WITH_TIMEOUT(script->calls.size(), 3, 10000);  // products retried on "new"
        QCOMPARE(renewal.asked, 1);
        // Now the entitlements' 401, sent before the renewal: retried on the new adapter.
        entitlementsAnswer();
        QCOMPARE(renewal.asked, 1);
        QCOMPARE(script->calls.last(), QStringLiteral("entitlements:new"));
        script->hold = false;
        script->release();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(s.failed.size(), 0);
    }

    void aSecond401IsAnErrorAndTheLastGoodListsStay()
    {
        Spies s(lists.get());
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        script->unauthorizedTokens = {QStringLiteral("old"), QStringLiteral("new")};
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 2, 10000);
        QCOMPARE(renewal.asked, 1);  // one renewal, one retry each, then no more
        QCOMPARE(script->calls.mid(2),
                 (QStringList{"products:old", "entitlements:old", "products:new", "entitlements:new"}));
        QCOMPARE(s.failed.size(), 1);  // one error for both lists
        const auto error = s.failed.at(0).at(0).value<ViewerError>();
        QCOMPARE(error.code(), ViewerError::Code::PaymentProvider);
        QVERIFY2(error.detail().contains("token expired"), qPrintable(error.detail()));
        QCOMPARE(s.products.size(), 2);
        QCOMPARE(s.products.at(1).at(1).value<QList<Product>>(), script->products);
        QCOMPARE(s.products.at(1).at(2).toBool(), true);  // the last good list, marked stale
        QCOMPARE(s.entitlements.at(1).at(2).toBool(), true);
    }

    void aFailedRenewalIsAnError()
    {
        script->unauthorizedTokens = {QStringLiteral("old")};
        renewal.next = std::nullopt;
        Spies s(lists.get());
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(renewal.asked, 1);
        QCOMPARE(script->calls.size(), 2);  // no retry without new tokens
        QCOMPARE(s.failed.size(), 1);
        QCOMPARE(s.products.size(), 0);  // nothing good to show
    }

    void staleCacheFromDiskStandsInForAFailure()
    {
        {
            Spies s(lists.get());
            lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
            QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        }
        auto next = make();  // the next start: the lists come from disk
        Spies s(next.get());
        next->showCached(QStringLiteral("alice"));
        next->signedInAs(QStringLiteral("alice"));
        script->serverErrors = 2;
        next->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(s.failed.size(), 1);
        QCOMPARE(renewal.asked, 0);  // a 5xx is not a token problem
        QCOMPARE(s.products.size(), 2);  // from disk at start, then again in place of the failure
        QCOMPARE(s.products.at(1).at(1).value<QList<Product>>(), script->products);
        QCOMPARE(s.products.at(1).at(2).toBool(), true);
    }

    void listsOfAnotherViewerAreNotShownForAFailure()
    {
        {
            Spies s(lists.get());
            lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
            QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        }
        auto next = make();
        Spies s(next.get());
        next->showCached(QStringLiteral("alice"));
        next->signedInAs(QStringLiteral("bob"));  // the server says it is someone else
        script->serverErrors = 2;
        next->load(QStringLiteral("bob"), creds(QStringLiteral("old")));
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(s.products.size(), 1);  // alice's, at start only
        QCOMPARE(s.failed.size(), 1);
    }

    void endingTheSessionDropsAnswersInFlight()
    {
        script->hold = true;
        Spies s(lists.get());
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        lists->end();
        QVERIFY(!lists->busy());
        script->release();  // the adapters are gone: their answers never arrive
        QTest::qWait(50);
        QCOMPARE(s.products.size(), 0);
        QCOMPARE(s.entitlements.size(), 0);
        QCOMPARE(s.finished.size(), 0);
        QCOMPARE(s.failed.size(), 0);
    }

    void endingTheSessionDuringARenewalDropsTheRetries()
    {
        script->unauthorizedTokens = {QStringLiteral("old")};
        renewal.hold = true;
        Spies s(lists.get());
        lists->load(QStringLiteral("alice"), creds(QStringLiteral("old")));
        QTRY_VERIFY_WITH_TIMEOUT(bool(renewal.pending), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(script->calls.size(), 2, 10000);
        lists->end();  // the refresh was refused: the session is over
        renewal.pending(creds(QStringLiteral("new")));
        QTest::qWait(50);
        QCOMPARE(script->calls.size(), 2);  // no retry for an ended session
        QCOMPARE(s.finished.size(), 0);
        QCOMPARE(s.failed.size(), 0);
        QCOMPARE(renewal.asked, 1);
    }

    void nothingLinkedMeansNothingOwned()
    {
        Spies s(lists.get());
        lists->load(QStringLiteral("dave"), std::nullopt);
        QCOMPARE(s.finished.size(), 1);
        QCOMPARE(s.entitlements.size(), 1);
        QVERIFY(s.entitlements.at(0).at(1).value<QList<Entitlement>>().isEmpty());
        QCOMPARE(script->adaptersMade, 0);
    }

    void valueEquality()
    {
        const Product a = product("P1", 9.99);
        Product b = a;
        QCOMPARE(a, b);
        b.trial = QStringLiteral("7 days");
        QVERIFY(a != b);
        const Entitlement e = entitlement("P1");
        Entitlement f = e;
        QCOMPARE(e, f);
        f.status = Entitlement::Status::Revoked;
        QVERIFY(e != f);
    }
};

QTEST_GUILESS_MAIN(TestPaymentLists)
#include "tst_payment_lists.moc"
