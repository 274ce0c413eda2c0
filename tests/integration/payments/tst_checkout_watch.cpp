// The details screen's "Buy on your phone" watch (CheckoutWatch) over the real SessionController
// and a private sandbox: the QR's URL is the tenant's template for this viewer; the provider is
// asked only while the screen is open (none after it is left, counted in the sandbox's request
// log); when the scripted phone buys, `granted` turns true by itself, the watch stops and the
// lists are fetched again so the product is held.
#include "CheckoutWatch.h"
#include "Sandbox.h"
#include "ScriptedBrowser.h"
#include "TvSession.h"

#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"
#include "session/SessionController.h"

#include <QtTest>

using namespace tvpair;
using tvpair::test::Page;
using tvpair::test::Sandbox;
using tvpair::test::ScriptedBrowser;

namespace {
constexpr int kFirstMs = 200;  // the watch's first delay here; the interval doubles to 2 s
const QString kOffer = QStringLiteral("S100000006_NL");
}

class TestCheckoutWatch : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<MemorySecretStore> store;
    std::unique_ptr<SessionController> session;
    int finished = 0;
    bool held = false;

    int questions() const
    {
        int n = 0;
        for (const auto &v : sandbox->requestLog())
            n += v.toObject().value("path").toString() == "/payments/cleeng/entitlements/" + kOffer;
        return n;
    }

private slots:
    void initTestCase()
    {
        qputenv("TVPAIR_PURCHASE_WATCH_INTERVAL_MS", QByteArray::number(kFirstMs));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        sandbox = Sandbox::startPrivate({"--checkout-delay", "300"});
        QVERIFY(sandbox);
        QString err;
        const QByteArray json = QJsonDocument(QJsonObject{
            {"issuer", sandbox->issuer}, {"client_id", "tv-app"}, {"scope", "openid offline_access profile products"},
            {"allow_insecure_loopback", true},
            {"payment", QJsonObject{{"provider", "cleeng"}, {"publisher_id", "123456789"},
                                    {"base_url", sandbox->issuer + "/payments/cleeng"},
                                    {"checkout_url", sandbox->issuer + "/checkout/cleeng?offer={offer_id}&customer={customer_id}&lang={locale}"}}}})
                                    .toJson();
        const auto config = TenantConfig::fromJson(json, "test.json", &err);
        QVERIFY2(config, qPrintable(err));
        http = std::make_unique<net::HttpClient>(net::UrlPolicy{true});
        store = std::make_unique<MemorySecretStore>();
        session = std::make_unique<SessionController>(*config, store.get(), http.get());
        connect(session.get(), &SessionController::userCodeReady, this, [this](const UserCodeInfo &info) {
            QTimer::singleShot(0, this, [this, code = info.userCode]() {
                sandbox->post("/test/approve", {{"user_code", code}, {"account", "alice"}});
            });
        });
        connect(session.get(), &SessionController::paymentsFinished, this, [this]() { ++finished; });
        connect(session.get(), &SessionController::entitlementsLoaded, this,
                [this](const QString &, const QList<Entitlement> &items, bool stale) {
                    for (const auto &e : items)
                        held = held || (!stale && e.productId == kOffer && e.grantsAccess());
                });
        TvSession::setController(session.get());
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished == 1, 60000);
        QVERIFY(!held);
    }

    void watchesOnlyWhileOpenThenSeesThePurchase()
    {
        CheckoutWatch watch;
        watch.setProvider("cleeng");
        watch.setProductId(kOffer);
        const QString url = sandbox->issuer + "/checkout/cleeng?offer=" + kOffer + "&customer=700000001&lang=de-DE";
        QCOMPARE(watch.url(), url);
        QCOMPARE(watch.shortUrl(), url.mid(QStringLiteral("http://").size()));
        QTest::qWait(kFirstMs * 3);
        QCOMPARE(questions(), 0);  // not open yet: nothing asked

        watch.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(questions() >= 2, 60000);
        watch.setActive(false);  // the screen is left
        const int asked = questions();
        QTest::qWait(kFirstMs * 10 * 3);  // three of the longest intervals
        QCOMPARE(questions(), asked);

        watch.setActive(true);  // open again; the phone buys
        QTRY_VERIFY_WITH_TIMEOUT(questions() > asked, 60000);
        ScriptedBrowser phone;
        const Page offer = phone.request("GET", QUrl(watch.url()));
        QCOMPARE(offer.status, 200);
        const Page bought = phone.request("POST", ScriptedBrowser::formAction(offer, "buy"),
                                          "offer=" + kOffer.toUtf8() + "&account=alice");
        QCOMPARE(bought.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(watch.granted(), 60000);
        QVERIFY(!watch.ended());
        // The lists are fetched again by themselves: the product is held now.
        QTRY_VERIFY_WITH_TIMEOUT(finished == 2 && held, 60000);
        const int atGrant = questions();
        QTest::qWait(kFirstMs * 10 * 3);
        QCOMPARE(questions(), atGrant);  // the watch stopped with the grant
    }

    void cleanupTestCase()
    {
        TvSession::setController(nullptr);
        session.reset();
    }
};

QTEST_GUILESS_MAIN(TestCheckoutWatch)
#include "tst_checkout_watch.moc"
