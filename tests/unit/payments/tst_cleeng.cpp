// CleengProvider against canned MediaStore answers (shapes of Cleeng's public API) on a real socket.
#include "FaultServer.h"
#include "PaymentTestSupport.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "payments/CleengProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {

const QString kBase = QStringLiteral("/payments/cleeng");

QString b64u(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString makeJwt(const QJsonObject &payload)
{
    return b64u(R"({"alg":"HS256","typ":"JWT"})") + "." + b64u(QJsonDocument(payload).toJson(QJsonDocument::Compact))
        + "." + b64u("signature-not-checked");
}

// Slices fixtures/cleeng/offers.json by pageLimit/pageOffset like the MediaStore API.
FaultReply offersPage(const FaultRequest &req, bool withTotal = true)
{
    const QJsonArray all = QJsonDocument::fromJson(paymentFixture("cleeng/offers.json"))
                               .object()
                               .value("responseData")
                               .toObject()
                               .value("items")
                               .toArray();
    const int limit = req.query.queryItemValue("pageLimit").toInt();
    const int offset = req.query.queryItemValue("pageOffset").toInt();
    QJsonArray page;
    for (int i = offset; i < qMin<int>(all.size(), offset + limit); ++i)
        page.append(all.at(i));
    const QJsonObject env{{"responseData", QJsonObject{{"items", page}}}, {"errors", QJsonArray()}};
    QList<QPair<QByteArray, QByteArray>> headers;
    if (withTotal)
        headers.append({"x-total-count", QByteArray::number(all.size())});
    return FaultReply::json(200, QJsonDocument(env).toJson(QJsonDocument::Compact), headers);
}

// Serves fixtures/cleeng/customer_offers_all.json like a MediaStore whose own page size is
// `serverSize`: pageLimit is capped, x-total-count says the whole list.
FaultServer::Handler cappedCustomerOffers(int serverSize)
{
    return [serverSize](const FaultRequest &req) {
        const QJsonArray all = QJsonDocument::fromJson(paymentFixture("cleeng/customer_offers_all.json"))
                                   .object().value("responseData").toObject().value("items").toArray();
        const int limit = qMin(serverSize, qMax(1, req.query.queryItemValue("pageLimit").toInt()));
        const int offset = req.query.queryItemValue("pageOffset").toInt();
        QJsonArray page;
        for (int i = offset; i < qMin<int>(all.size(), offset + limit); ++i)
            page.append(all.at(i));
        const QJsonObject env{{"responseData", QJsonObject{{"items", page}}}, {"errors", QJsonArray()}};
        return FaultReply::json(200, env, {{"x-total-count", QByteArray::number(all.size())}});
    };
}

}  // namespace

class TestCleeng : public QObject {
    Q_OBJECT

    FaultServer *server = nullptr;
    net::HttpClient *http = nullptr;
    QString jwt;

    std::unique_ptr<CleengProvider> make(const QStringList &offerIds = {})
    {
        auto p = std::make_unique<CleengProvider>(server->url(kBase), jwt, QStringLiteral("700000001"), offerIds, http);
        p->setClock([]() { return kNow; });
        return p;
    }

private slots:
    void init()
    {
        server = new FaultServer;
        QVERIFY(server->listen());
        http = new net::HttpClient(net::UrlPolicy{true});
        jwt = makeJwt({{"customerId", "700000001"}, {"publisherId", "123456789"}, {"exp", 1735690500}});
    }
    void cleanup()
    {
        delete http;
        delete server;
    }

    void customerIdFromJwtPayload()
    {
        QString error;
        QCOMPARE(CleengProvider::customerIdFromJwt(jwt, &error).value_or(QString()), QStringLiteral("700000001"));
        // Numbers are accepted too.
        QCOMPARE(CleengProvider::customerIdFromJwt(makeJwt({{"customerId", 42}}), &error).value_or(QString()),
                 QStringLiteral("42"));
    }

    void customerIdFromBrokenJwt_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two parts") << "abc.def" << "not a JWT";
        QTest::newRow("bad base64") << "a.!!!$$$.c" << "not base64url";
        QTest::newRow("not json") << ("a." + b64u("not json") + ".c") << "payload";
        QTest::newRow("array") << ("a." + b64u("[1,2]") + ".c") << "not an object";
        QTest::newRow("no customerId") << makeJwt({{"publisherId", "1"}}) << "no customerId";
    }
    void customerIdFromBrokenJwt()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!CleengProvider::customerIdFromJwt(token, &error));
        QVERIFY2(error.startsWith("cleeng: ") && error.contains(expected), qPrintable(error));
    }

    void offersArePagedToTheEnd()
    {
        server->on(kBase + "/offers", [](const FaultRequest &r) { return offersPage(r); });
        auto p = make();
        p->setLimits({3, 50, 5000});
        bool sync = true;
        const auto r = products(p.get(), &sync);
        QVERIFY(r);
        QVERIFY(!sync);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QVERIFY(!r->truncated);
        QCOMPARE(server->count(kBase + "/offers"), 3);  // 7 offers, 3 a page
        QCOMPARE(server->requests.at(0).query.queryItemValue("pageOffset"), QStringLiteral("0"));
        QCOMPARE(server->requests.at(1).query.queryItemValue("pageOffset"), QStringLiteral("3"));
        QCOMPARE(server->requests.at(2).query.queryItemValue("pageOffset"), QStringLiteral("6"));
        QCOMPARE(server->requests.at(0).query.queryItemValue("pageLimit"), QStringLiteral("3"));
        QCOMPARE(server->requests.at(0).header("authorization"), QByteArray("Bearer " + jwt.toUtf8()));
        QCOMPARE(server->requests.at(0).header("accept"), QByteArray("application/json"));

        QCOMPARE(r->items.size(), 6);  // News Yearly is not active
        QVERIFY(!findById(r->items, "S100000010_NL"));
        const Product *premium = findById(r->items, "S100000001_NL");
        QVERIFY(premium);
        QCOMPARE(premium->title, QStringLiteral("Premium Monthly"));
        QVERIFY(premium->hasPrice);
        QCOMPARE(premium->price, 9.99);
        QCOMPARE(premium->currency, QStringLiteral("EUR"));
        QCOMPARE(premium->period, QStringLiteral("month"));
        QCOMPARE(premium->provider, QStringLiteral("cleeng"));
        QCOMPARE(premium->trial, QString());
        QCOMPARE(findById(r->items, "S100000005_NL")->trial, QStringLiteral("7 days"));
        QCOMPARE(findById(r->items, "S100000006_NL")->trial, QStringLiteral("1 month"));
        QCOMPARE(findById(r->items, "R200000001_NL")->period, QStringLiteral("48 hours"));
        QCOMPARE(findById(r->items, "P300000001_NL")->period, QStringLiteral("day"));
        QCOMPARE(findById(r->items, "A400000001_NL")->period, QStringLiteral("once"));
        const QJsonObject event = premium->toEventJson();
        QCOMPARE(event.value("id").toString(), QStringLiteral("S100000001_NL"));
        QCOMPARE(event.value("price").toDouble(), 9.99);
    }

    void offersWithoutTotalStopAtAShortPage()
    {
        server->on(kBase + "/offers", [](const FaultRequest &r) { return offersPage(r, false); });
        auto p = make();
        p->setLimits({4, 50, 5000});
        const auto r = products(p.get());
        QVERIFY(r && r->ok());
        QCOMPARE(server->count(kBase + "/offers"), 2);  // 4 + 3
        QCOMPARE(r->items.size(), 6);
    }

    void offersStopAtThePageBound()
    {
        // A server that claims a huge total and always answers a full page.
        server->on(kBase + "/offers", [](const FaultRequest &req) {
            FaultRequest first = req;
            first.query.removeAllQueryItems("pageOffset");
            first.query.addQueryItem("pageOffset", "0");
            FaultReply resp = offersPage(first);
            resp.headers = {{"x-total-count", "100000"}};
            return resp;
        });
        auto p = make();
        p->setLimits({2, 5, 5000});
        const auto r = products(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->count(kBase + "/offers"), 5);
        QCOMPARE(r->items.size(), 10);
    }

    void offersByConfiguredIds()
    {
        server->on(kBase + "/offers/S100000001_NL",
                   FaultReply::json(200, paymentFixture("cleeng/offer_S100000001_NL.json")));
        server->on(kBase + "/offers/S999_NL", FaultReply::json(404, R"({"responseData":{},"errors":["Offer not found"]})"));
        auto p = make({"S100000001_NL"});
        auto r = products(p.get());
        QVERIFY(r && r->ok());
        QCOMPARE(r->items.size(), 1);
        QCOMPARE(r->items.at(0).id, QStringLiteral("S100000001_NL"));
        QCOMPARE(r->items.at(0).price, 9.99);
        QCOMPARE(server->count(kBase + "/offers"), 0);

        auto bad = make({"S100000001_NL", "S999_NL"});
        r = products(bad.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Config);
        QCOMPARE(r->error->httpStatus, 404);
        QVERIFY2(r->error->message.contains("S999_NL"), qPrintable(r->error->message));
        QVERIFY(r->items.isEmpty());
    }

    void entitlementsFromSubscriptionsAndOffers()
    {
        server->on(kBase + "/customers/700000001/subscriptions",
                   FaultReply::json(200, paymentFixture("cleeng/subscriptions.json")));
        server->on(kBase + "/customers/700000001/offers",
                   FaultReply::json(200, paymentFixture("cleeng/customer_offers.json")));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QCOMPARE(server->count(kBase + "/customers/700000001/subscriptions"), 1);
        QCOMPARE(server->count(kBase + "/customers/700000001/offers"), 1);
        QCOMPARE(r->items.size(), 6);  // the active subscription is in both lists once

        using S = Entitlement::Status;
        const Entitlement *active = findById(r->items, "S100000001_NL");
        QCOMPARE(active->status, S::Active);
        QCOMPARE(active->startsAt, QDateTime::fromSecsSinceEpoch(1704067200, Qt::UTC));
        QCOMPARE(active->expiresAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        QCOMPARE(active->expiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(active->title, QStringLiteral("Premium Monthly"));
        QVERIFY(active->hasPrice);
        QCOMPARE(active->price, 9.99);
        QCOMPARE(active->currency, QStringLiteral("EUR"));
        QCOMPARE(active->provider, QStringLiteral("cleeng"));
        QCOMPARE(findById(r->items, "S100000005_NL")->status, S::Trial);
        QCOMPARE(findById(r->items, "S100000005_NL")->trialEndsAt, QDateTime::fromSecsSinceEpoch(1736121600, Qt::UTC));
        // When the trial ends, in the event too; an entitlement that is not a trial has no such key.
        QCOMPARE(findById(r->items, "S100000005_NL")->toEventJson().value("trial_ends_at").toString(),
                 QStringLiteral("2025-01-06T00:00:00Z"));
        QVERIFY(!active->toEventJson().contains("trial_ends_at"));
        QCOMPARE(findById(r->items, "S100000003_NL")->status, S::CancelledValid);  // expiresAt in the future
        QCOMPARE(findById(r->items, "S100000006_NL")->status, S::Expired);         // cancelled, expiresAt past
        QCOMPARE(findById(r->items, "R200000001_NL")->status, S::Expired);
        QCOMPARE(findById(r->items, "P300000001_NL")->status, S::Revoked);          // terminated
        QVERIFY(findById(r->items, "S100000003_NL")->grantsAccess());
        QVERIFY(!findById(r->items, "P300000001_NL")->grantsAccess());
        QCOMPARE(findById(r->items, "S100000003_NL")->toEventJson().value("status").toString(),
                 QStringLiteral("cancelled_valid"));
        // What renews (a next payment is due) can be managed on the phone; a cancelled plan, a
        // pass or a rental does not renew.
        QVERIFY(active->renews);
        QVERIFY(findById(r->items, "S100000005_NL")->renews);  // a trial that turns paid
        QVERIFY(!findById(r->items, "S100000003_NL")->renews);
        QVERIFY(!findById(r->items, "R200000001_NL")->renews);
        QVERIFY(!findById(r->items, "P300000001_NL")->renews);
    }

    // A customer list paged by the service (x-total-count, 2 a page): every page is read,
    // the active pass on the last page is there, the terminated one never grants access.
    void customerListsPagedByTheServiceAreReadToTheEnd()
    {
        server->on(kBase + "/customers/700000001/subscriptions",
                   FaultReply::json(200, paymentFixture("cleeng/subscriptions.json")));
        server->on(kBase + "/customers/700000001/offers", cappedCustomerOffers(2));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QCOMPARE(server->count(kBase + "/customers/700000001/subscriptions"), 1);  // no x-total-count: one page
        QCOMPARE(server->count(kBase + "/customers/700000001/offers"), 3);         // 5 items, 2 a page
        const QUrlQuery last = server->requests.last().query;
        QCOMPARE(last.queryItemValue("pageOffset"), QStringLiteral("4"));
        const Entitlement *pass = findById(r->items, "P300000003_NL");
        QVERIFY2(pass, "the active pass on the last page is missing");
        QCOMPARE(pass->status, Entitlement::Status::Active);
        const Entitlement *terminated = findById(r->items, "P300000001_NL");
        QVERIFY(terminated);
        QCOMPARE(terminated->status, Entitlement::Status::Revoked);
        QVERIFY(!terminated->grantsAccess());
    }

    void offersStopAtTheItemBound()
    {
        server->on(kBase + "/offers", [](const FaultRequest &r) { return offersPage(r); });
        auto p = make();
        PaymentLimits limits;
        limits.pageSize = 2;
        limits.maxItems = 3;
        p->setLimits(limits);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^cleeng: offers: list cut after 2 pages and 3 items"));
        const auto r = products(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->count(kBase + "/offers"), 2);
        QCOMPARE(r->items.size(), 3);
    }

    void expiredJwtIsUnauthorized()
    {
        server->on(kBase + "/customers/700000001/subscriptions",
                   FaultReply::json(401, paymentFixture("cleeng/error_401_auth0003.json")));
        log::rememberSecret(jwt);
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Unauthorized);
        QCOMPARE(r->error->httpStatus, 401);
        QVERIFY2(r->error->message.startsWith("cleeng: ") && r->error->message.contains("AUTH0003"),
                 qPrintable(r->error->message));
        QVERIFY(!r->error->message.contains(jwt));
        QCOMPARE(server->count(kBase + "/customers/700000001/offers"), 0);  // stops at the first failure
    }

    void serverErrorIsServer()
    {
        server->on(kBase + "/offers", FaultReply::json(503, "<html>busy</html>"));
        auto p = make();
        const auto r = products(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Server);
        QCOMPARE(r->error->httpStatus, 503);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("offers no items") << "/offers" << QByteArray(R"({"responseData":{},"errors":[]})")
                                         << "cleeng: offers answer has no responseData.items";
        QTest::newRow("offers no envelope") << "/offers" << QByteArray(R"({"items":[]})")
                                            << "cleeng: offers answer has no responseData";
        QTest::newRow("offers not json") << "/offers" << QByteArray("<html>") << "cleeng: offers answer is not JSON";
        QTest::newRow("offer without id") << "/offers" << QByteArray(R"({"responseData":{"items":[{"offerTitle":"x"}]}})")
                                          << "has no offerId";
        QTest::newRow("subscriptions items object")
            << "/customers/700000001/subscriptions" << QByteArray(R"({"responseData":{"items":{}},"errors":[]})")
            << "cleeng: customer subscriptions answer has no responseData.items";
        QTest::newRow("subscription without status")
            << "/customers/700000001/subscriptions"
            << QByteArray(R"({"responseData":{"items":[{"offerId":"S1"}]},"errors":[]})") << "has no status";
    }
    void malformedBodies()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        server->on(kBase + path, FaultReply::json(200, body));
        auto p = make();
        std::optional<PaymentError> error;
        if (path == "/offers") {
            const auto r = products(p.get());
            QVERIFY(r);
            error = r->error;
            QVERIFY(r->items.isEmpty());
        } else {
            const auto r = entitlements(p.get());
            QVERIFY(r);
            error = r->error;
        }
        QVERIFY(error);
        QCOMPARE(error->kind, PaymentError::Malformed);
        QVERIFY2(error->message.contains(expected), qPrintable(error->message));
    }

    void checkAccess()
    {
        server->on(kBase + "/entitlements/S100000001_NL",
                   FaultReply::json(200, paymentFixture("cleeng/entitlement_granted.json")));
        server->on(kBase + "/entitlements/S100000002_NL",
                   FaultReply::json(200, paymentFixture("cleeng/entitlement_denied.json")));
        auto p = make();
        auto r = access(p.get(), "S100000001_NL");
        QVERIFY(r);
        QVERIFY(r->granted);
        QVERIFY(!r->error);
        QCOMPARE(r->expiresAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        r = access(p.get(), "S100000002_NL");
        QVERIFY(r && !r->granted);
        QCOMPARE(r->error->kind, PaymentError::NoAccess);
        QVERIFY(r->answered());
    }

    void requestTimeoutIsNetwork()
    {
        FaultReply slow = FaultReply::json(200, paymentFixture("cleeng/offers.json"));
        slow.delayMs = 3000;
        server->on(kBase + "/offers", slow);
        auto p = make();
        p->setLimits({50, 50, 300});
        QElapsedTimer t;
        t.start();
        const auto r = products(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Network);
        QVERIFY(t.elapsed() < 2500);
    }

    void noCallbackAfterDestruction()
    {
        FaultReply slow = FaultReply::json(200, paymentFixture("cleeng/offers.json"));
        slow.delayMs = 300;
        server->on(kBase + "/offers", slow);
        auto p = make();
        bool called = false;
        p->listProducts([&](const ProductsResult &) { called = true; });
        QTRY_COMPARE(server->count(kBase + "/offers"), 1);
        p.reset();
        QTest::qWait(600);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCleeng)
#include "tst_cleeng.moc"
