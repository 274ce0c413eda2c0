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
#include <algorithm>
#include <utility>

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

    int questions(const QString &offer = kOffer) const { return int(askedAt(offer).size()); }
    // When the sandbox was asked about one offer (its monotonic t_ms), in order.
    QList<qint64> askedAt(const QString &offer) const
    {
        QList<qint64> at;
        for (const auto &v : sandbox->requestLog()) {
            if (v.toObject().value("path").toString() == "/payments/cleeng/entitlements/" + offer)
                at.append(qint64(v.toObject().value("t_ms").toDouble()));
        }
        return at;
    }
    // The most questions a watch may ask within `ms` of its start: the first after kFirstMs, then
    // waits of kFirstMs, twice that and so on up to ten times it, each at least (1 - jitter) of
    // its interval; and a coarse timer may fire up to 5 % early.
    static int mostQuestionsWithin(qint64 ms)
    {
        int n = 0;
        double at = 0.95 * kFirstMs, interval = kFirstMs;
        while (at <= ms) {
            ++n;
            at += 0.95 * 0.8 * interval;
            interval = std::min(interval * 2, 10.0 * kFirstMs);
        }
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

    // Politeness, counted in the sandbox's request log: while the screen is open the watch asks
    // no more often than its schedule allows (the questions per minute are printed); once the
    // screen is left it asks nothing more, while a second watch that stayed open asks three
    // more times at the longest interval (a bound in questions, not a time).
    void politeWhileOpenSilentOnceLeft()
    {
        const QString leftOffer = QStringLiteral("S100000007_NL"), openOffer = QStringLiteral("S100000008_NL");
        CheckoutWatch left, stays;
        for (auto [watch, offer] : {std::pair{&left, leftOffer}, std::pair{&stays, openOffer}}) {
            watch->setProvider("cleeng");
            watch->setProductId(offer);
        }
        QElapsedTimer open;
        open.start();
        left.setActive(true);
        stays.setActive(true);
        // Five questions: both watches are at their longest interval by then.
        QTRY_VERIFY_WITH_TIMEOUT(questions(leftOffer) >= 5 && questions(openOffer) >= 5, 120000);
        const QList<qint64> at = askedAt(leftOffer);  // first, then the time: never a question too many
        const qint64 openMs = open.elapsed();
        QVERIFY2(at.size() <= mostQuestionsWithin(openMs),
                 qPrintable(QStringLiteral("%1 questions in %2 ms").arg(at.size()).arg(openMs)));
        // Per minute, in the schedule's own time (first wait kFirstMs, longest ten times it) and
        // as that is at the default schedule (3 s doubling to 30 s): the same count of questions.
        const double spanMs = double(at.last() - at.first());
        const double perScheduleMinute = (at.size() - 1) / (spanMs / (60000.0 * kFirstMs / 3000.0));
        qInfo("politeness: %lld questions in %lld ms open (first wait %d ms, longest %d ms); at the default "
              "schedule that is %.1f questions a minute over its first %.0f s, then 2 a minute",
              qint64(at.size()), openMs, kFirstMs, 10 * kFirstMs, perScheduleMinute, spanMs * 3000.0 / kFirstMs / 1000.0);
        QVERIFY(perScheduleMinute <= 60.0 / (0.8 * 3.0));  // never faster than the first wait allows

        // Leave just after an answer (the next question is at least 0.8 of the longest interval
        // away), so that no question is in flight.
        const int before = questions(leftOffer);
        QTRY_VERIFY_WITH_TIMEOUT(questions(leftOffer) > before, 60000);
        left.setActive(false);  // this screen is left; the other stays
        const int leftAsked = questions(leftOffer);
        const int openAsked = questions(openOffer);
        QTRY_VERIFY_WITH_TIMEOUT(questions(openOffer) >= openAsked + 3, 120000);
        QCOMPARE(questions(leftOffer), leftAsked);
        stays.setActive(false);
    }

    void cleanupTestCase()
    {
        TvSession::setController(nullptr);
        session.reset();
    }
};

QTEST_GUILESS_MAIN(TestCheckoutWatch)
#include "tst_checkout_watch.moc"
