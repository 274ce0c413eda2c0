// InPlayerProvider against canned InPlayer answers (shapes of InPlayer's public API) on a real socket.
#include "FaultServer.h"
#include "PaymentTestSupport.h"

#include "net/HttpClient.h"
#include "payments/InPlayerProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {
const QString kBase = QStringLiteral("/payments/inplayer");
const QString kToken = QStringLiteral("ipl_0123456789abcdef0123456789abcdef");
// Serves fixtures/inplayer/access_all.json like a service whose own page size is `serverSize`,
// whatever `size` asks for: {total, page, offset, limit, collection}. withTotal false leaves
// out `total`, so only a full page says that another may follow.
FaultServer::Handler cappedAccess(int serverSize, bool withTotal = true)
{
    return [serverSize, withTotal](const FaultRequest &r) {
        const QJsonArray all = QJsonDocument::fromJson(paymentFixture("inplayer/access_all.json")).object().value("collection").toArray();
        const int page = r.query.queryItemValue("page").toInt();
        QJsonArray rows;
        for (int i = page * serverSize; i < qMin<int>(all.size(), (page + 1) * serverSize); ++i)
            rows.append(all.at(i));
        QJsonObject out{{"page", page}, {"offset", page * serverSize}, {"limit", serverSize}, {"collection", rows}};
        if (withTotal)
            out.insert("total", all.size());
        return FaultReply::json(200, out);
    };
}

}  // namespace

class TestInPlayer : public QObject {
    Q_OBJECT

    FaultServer *server = nullptr;
    net::HttpClient *http = nullptr;

    std::unique_ptr<InPlayerProvider> make(const QDateTime &expires = kNow.addSecs(3600),
                                           const QList<qint64> &assets = {1001, 1003})
    {
        auto p = std::make_unique<InPlayerProvider>(server->url(kBase), kToken, expires, assets, http);
        p->setClock([]() { return kNow; });
        return p;
    }

    void serveAccess()
    {
        server->on(kBase + "/items/access/customers", [](const FaultRequest &r) {
            return FaultReply::json(200, paymentFixture(
                QStringLiteral("inplayer/access_page%1.json").arg(r.query.queryItemValue("page"))));
        });
        server->on(kBase + "/subscriptions", [](const FaultRequest &r) {
            return FaultReply::json(200, paymentFixture(r.query.queryItemValue("page") == "0"
                                                                       ? "inplayer/subscriptions.json"
                                                                       : "inplayer/subscriptions_empty.json"));
        });
    }

private slots:
    void init()
    {
        server = new FaultServer;
        QVERIFY(server->listen());
        http = new net::HttpClient(net::UrlPolicy{true});
    }
    void cleanup()
    {
        delete http;
        delete server;
    }

    void productsFromAccessFees()
    {
        server->on(kBase + "/v2/items/1001/access-fees",
                   FaultReply::json(200, paymentFixture("inplayer/access_fees_1001.json")));
        server->on(kBase + "/v2/items/1003/access-fees",
                   FaultReply::json(200, paymentFixture("inplayer/access_fees_1003.json")));
        auto p = make();
        bool sync = true;
        const auto r = products(p.get(), &sync);
        QVERIFY(r);
        QVERIFY(!sync);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QCOMPARE(r->items.size(), 4);
        // Access fees are public: the token is not sent.
        QVERIFY(server->requests.at(0).header("authorization").isEmpty());
        const Product *monthly = findById(r->items, "5101");
        QVERIFY(monthly);
        QCOMPARE(monthly->title, QStringLiteral("Premium Package – Monthly"));
        QCOMPARE(monthly->price, 9.99);
        QCOMPARE(monthly->currency, QStringLiteral("EUR"));
        QCOMPARE(monthly->period, QStringLiteral("month"));
        QCOMPARE(monthly->provider, QStringLiteral("inplayer"));
        QCOMPARE(findById(r->items, "5102")->period, QStringLiteral("year"));  // month x 12
        QCOMPARE(findById(r->items, "5103")->trial, QStringLiteral("7 days"));
        QCOMPARE(findById(r->items, "5301")->period, QStringLiteral("once"));  // ppv
        // A fee opens its asset: access rows name the asset, so that is what a holding matches.
        QCOMPARE(monthly->grantsAccessTo, QStringLiteral("1001"));
        QCOMPARE(monthly->entitlementId(), QStringLiteral("1001"));
        QCOMPARE(findById(r->items, "5301")->entitlementId(), QStringLiteral("1003"));
    }

    void unknownAssetIsConfig()
    {
        server->on(kBase + "/v2/items/1001/access-fees",
                   FaultReply::json(200, paymentFixture("inplayer/access_fees_1001.json")));
        server->on(kBase + "/v2/items/1003/access-fees", FaultReply::json(404, R"({"code":404,"message":"Item not found"})"));
        auto p = make();
        const auto r = products(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Config);
        QVERIFY2(r->error->message.contains("1003") && r->error->message.contains("Item not found"),
                 qPrintable(r->error->message));
    }

    void entitlementsPagedFromZeroPlusSubscriptions()
    {
        serveAccess();
        auto p = make();
        p->setLimits({2, 50, 5000});
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QVERIFY(!r->truncated);
        QCOMPARE(server->count(kBase + "/items/access/customers"), 2);
        const FaultRequest &first = server->requests.at(0);
        QCOMPARE(first.query.queryItemValue("status"), QStringLiteral("active"));
        QCOMPARE(first.query.queryItemValue("page"), QStringLiteral("0"));
        QCOMPARE(first.query.queryItemValue("size"), QStringLiteral("2"));
        QCOMPARE(first.header("authorization"), QByteArray("Bearer " + kToken.toUtf8()));
        QCOMPARE(server->requests.at(1).query.queryItemValue("page"), QStringLiteral("1"));
        // 3 rows on the first page (the service's page size is 50), total 3: nothing after it.
        QCOMPARE(server->count(kBase + "/subscriptions"), 1);
        QCOMPARE(server->requests.at(2).query.queryItemValue("page"), QStringLiteral("0"));
        QCOMPARE(server->requests.at(2).query.queryItemValue("limit"), QStringLiteral("2"));

        using S = Entitlement::Status;
        QCOMPARE(r->items.size(), 5);  // 3 access rows + 2 subscriptions without one
        const Entitlement *premium = findById(r->items, "1001");
        QCOMPARE(premium->status, S::CancelledValid);  // access row + a canceled subscription
        QCOMPARE(premium->expiresAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        QCOMPARE(premium->startsAt, QDateTime::fromSecsSinceEpoch(1704067200, Qt::UTC));
        QCOMPARE(premium->title, QStringLiteral("Premium Package"));
        const Entitlement *ppv = findById(r->items, "1003");
        QCOMPARE(ppv->status, S::Active);
        QCOMPARE(ppv->currency, QStringLiteral("USD"));  // "perchased_currency"
        QCOMPARE(ppv->price, 4.99);
        QCOMPARE(findById(r->items, "1001")->currency, QStringLiteral("EUR"));  // "purchased_currency"
        QCOMPARE(findById(r->items, "1002")->status, S::Trial);
        QCOMPARE(findById(r->items, "1004")->status, S::Expired);  // ended
        QCOMPARE(findById(r->items, "1005")->status, S::Active);   // recurrent
        // Only a recurrent subscription renews; a canceled one, a pay-per-view row and an ended
        // subscription do not.
        QVERIFY(findById(r->items, "1005")->renews);
        QVERIFY(!premium->renews);
        QVERIFY(!ppv->renews);
        QVERIFY(!findById(r->items, "1004")->renews);
    }

    void revokedAndExpiredRows()
    {
        server->on(kBase + "/items/access/customers",
                   FaultReply::json(200, paymentFixture("inplayer/access_revoked.json")));
        server->on(kBase + "/subscriptions",
                   FaultReply::json(200, paymentFixture("inplayer/subscriptions_empty.json")));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QCOMPARE(r->items.size(), 2);
        QCOMPARE(findById(r->items, "2001")->status, Entitlement::Status::Revoked);
        QCOMPARE(findById(r->items, "2002")->status, Entitlement::Status::Expired);
    }

    void accessPagingStopsAtTheBound()
    {
        // A service that claims a huge total and answers every page with the same two rows.
        server->on(kBase + "/items/access/customers", [](const FaultRequest &r) {
            QJsonObject page = QJsonDocument::fromJson(paymentFixture("inplayer/access_page0.json")).object();
            const int n = r.query.queryItemValue("page").toInt();
            page.insert("total", 100000);
            page.insert("page", n);
            page.insert("offset", 2 * n);
            return FaultReply::json(200, QJsonDocument(page).toJson());
        });
        server->on(kBase + "/subscriptions",
                   FaultReply::json(200, paymentFixture("inplayer/subscriptions_empty.json")));
        auto p = make();
        p->setLimits({2, 3, 5000});
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->count(kBase + "/items/access/customers"), 3);
        QCOMPARE(server->count(kBase + "/subscriptions"), 1);
        QCOMPARE(r->items.size(), 2);  // the same two rows on every page: each item once
    }

    // A service that serves 2 rows a page while 50 are asked for: every page is read (pages
    // from 0, the next one in the service's page size), and the active row on the last page is
    // there.
    void accessListReadToTheLastPageOfASmallPagedService_data()
    {
        QTest::addColumn<bool>("withTotal");
        QTest::newRow("total") << true;
        QTest::newRow("full pages only") << false;
    }
    void accessListReadToTheLastPageOfASmallPagedService()
    {
        QFETCH(bool, withTotal);
        server->on(kBase + "/items/access/customers", cappedAccess(2, withTotal));
        server->on(kBase + "/subscriptions", FaultReply::json(200, paymentFixture("inplayer/subscriptions_empty.json")));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QVERIFY(!r->truncated);
        QCOMPARE(server->count(kBase + "/items/access/customers"), withTotal ? 3 : 4);  // 6 rows, 2 a page
        QCOMPARE(server->requests.at(0).query.queryItemValue("size"), QStringLiteral("50"));
        QCOMPARE(server->requests.at(1).query.queryItemValue("page"), QStringLiteral("1"));
        QCOMPARE(server->requests.at(1).query.queryItemValue("size"), QStringLiteral("2"));
        QCOMPARE(server->requests.at(2).query.queryItemValue("page"), QStringLiteral("2"));
        const Entitlement *premium = findById(r->items, "3005");
        QVERIFY2(premium, "the active row on the last page is missing");
        QCOMPARE(premium->status, Entitlement::Status::Active);
        QVERIFY(premium->grantsAccess());
        QCOMPARE(r->items.size(), 5);  // item 3001 has two rows: listed once
    }

    // revoked: 1, true or "1": a refunded or withdrawn purchase never grants access, even
    // inside its dates; is_trial: 1 is a trial.
    void revokedRowsNeverGrantAccess()
    {
        server->on(kBase + "/items/access/customers", cappedAccess(10));
        server->on(kBase + "/subscriptions", FaultReply::json(200, paymentFixture("inplayer/subscriptions_empty.json")));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        using S = Entitlement::Status;
        QCOMPARE(findById(r->items, "3001")->status, S::Revoked);  // revoked: 1 (and an older ended row)
        QCOMPARE(findById(r->items, "3003")->status, S::Revoked);  // revoked: true
        QCOMPARE(findById(r->items, "3002")->status, S::Expired);
        QCOMPARE(findById(r->items, "3004")->status, S::Trial);    // is_trial: 1
        for (const auto &e : r->items) {
            if (e.productId == "3001" || e.productId == "3003") {
                QVERIFY(!e.grantsAccess());
                QCOMPARE(e.toEventJson().value("active").toBool(), false);
                QCOMPARE(e.toEventJson().value("status").toString(), QStringLiteral("revoked"));
            }
        }
    }

    // A service that ignores `page` and answers its first page again: the list ends there,
    // without the repeated rows and without asking up to the page bound.
    void aRepeatedFirstPageEndsTheList()
    {
        server->on(kBase + "/items/access/customers", [](const FaultRequest &) {
            QJsonObject page = QJsonDocument::fromJson(paymentFixture("inplayer/access_page0.json")).object();
            page.insert("total", 100);
            return FaultReply::json(200, page);
        });
        server->on(kBase + "/subscriptions", FaultReply::json(200, paymentFixture("inplayer/subscriptions_empty.json")));
        auto p = make();
        p->setLimits({2, 50, 5000});
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QCOMPARE(server->count(kBase + "/items/access/customers"), 2);
        QCOMPARE(r->items.size(), 2);
    }

    void revokedAccessAnswerIsNoAccess()
    {
        server->on(kBase + "/items/1001/access",
                   FaultReply::json(200, QByteArray(R"({"item_id":1001,"expires_at":1767225600,"revoked":1})")));
        auto p = make();
        const auto a = access(p.get(), "1001");
        QVERIFY(a && !a->granted);
        QCOMPARE(a->error->kind, PaymentError::NoAccess);
    }

    // The bounds: at most maxPages requests a listing and maxItems items, one log line, and
    // the list says it was cut.
    void listingStopsAtThePageAndItemBounds()
    {
        server->on(kBase + "/items/access/customers", cappedAccess(1));
        server->on(kBase + "/subscriptions", FaultReply::json(200, paymentFixture("inplayer/subscriptions_empty.json")));
        auto p = make();
        PaymentLimits limits;
        limits.maxPages = 3;
        p->setLimits(limits);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^inplayer: access: list cut after 3 pages and 3 items"));
        auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->count(kBase + "/items/access/customers"), 3);
        QCOMPARE(server->count(kBase + "/subscriptions"), 1);
        QCOMPARE(r->items.size(), 3);

        server->reset();
        server->on(kBase + "/items/access/customers", cappedAccess(2));
        limits.maxPages = 100;
        limits.maxItems = 3;
        p->setLimits(limits);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^inplayer: access: list cut after 2 pages and 3 items"));
        r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->count(kBase + "/items/access/customers"), 2);
        QCOMPARE(r->items.size(), 3);
    }

    void expiredTokenFailsWithoutARequest()
    {
        serveAccess();
        auto p = make(kNow.addSecs(-1));
        bool sync = true;
        const auto r = entitlements(p.get(), &sync);
        QVERIFY(r && !r->ok());
        QVERIFY(!sync);
        QCOMPARE(r->error->kind, PaymentError::Unauthorized);
        QVERIFY2(r->error->message.startsWith("inplayer: "), qPrintable(r->error->message));
        const auto a = access(p.get(), "1001");
        QVERIFY(a && !a->answered());
        QCOMPARE(a->error->kind, PaymentError::Unauthorized);
        QCOMPARE(server->requests.size(), 0);
    }

    void badTokenIsUnauthorized()
    {
        server->on(kBase + "/items/access/customers",
                   FaultReply::json(401, paymentFixture("inplayer/error_401.json")));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Unauthorized);
        QCOMPARE(r->error->httpStatus, 401);
        QVERIFY2(r->error->message.contains("Invalid token"), qPrintable(r->error->message));
        QVERIFY(!r->error->message.contains(kToken));
    }

    void checkAccessAnd402()
    {
        server->on(kBase + "/items/1001/access",
                   FaultReply::json(200, paymentFixture("inplayer/item_access_1001.json")));
        server->on(kBase + "/items/1003/access", FaultReply::json(402, paymentFixture("inplayer/error_402.json")));
        auto p = make();
        auto r = access(p.get(), "1001");
        QVERIFY(r && r->granted && !r->error);
        QCOMPARE(r->expiresAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        r = access(p.get(), "1003");
        QVERIFY(r && !r->granted);
        QCOMPARE(r->error->kind, PaymentError::NoAccess);  // 402 is "no access", not a failure
        QCOMPARE(r->error->httpStatus, 402);
        QVERIFY(r->answered());
        r = access(p.get(), "not-a-number");
        QVERIFY(r && !r->answered());
        QCOMPARE(r->error->kind, PaymentError::Config);
    }

    void noAccessAtAllIsAnEmptyList()
    {
        server->on(kBase + "/items/access/customers",
                   FaultReply::json(402, paymentFixture("inplayer/error_402.json")));
        server->on(kBase + "/subscriptions",
                   FaultReply::json(200, paymentFixture("inplayer/subscriptions_empty.json")));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->items.isEmpty());
    }

    void serverErrorIsServer()
    {
        server->on(kBase + "/items/access/customers", FaultReply::json(502, "bad gateway"));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Server);
        QCOMPARE(r->error->httpStatus, 502);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fees object") << "/v2/items/1001/access-fees" << QByteArray(R"({"id":1})")
                                     << "inplayer: access fees of asset 1001: JSON is not an array";
        QTest::newRow("fee without id") << "/v2/items/1001/access-fees" << QByteArray(R"([{"amount":1}])")
                                        << "inplayer: an access fee of asset 1001 has no id";
        QTest::newRow("access without collection") << "/items/access/customers" << QByteArray(R"({"total":0})")
                                                   << "inplayer: access answer has no collection";
        QTest::newRow("access not json") << "/items/access/customers" << QByteArray("{") << "inplayer: access answer";
        QTest::newRow("row without item_id") << "/items/access/customers"
                                             << QByteArray(R"({"total":1,"collection":[{"item_title":"x"}]})")
                                             << "inplayer: an access row has no item_id";
    }
    void malformedBodies()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        server->on(kBase + path, FaultReply::json(200, body));
        auto p = make(kNow.addSecs(60), {1001});
        std::optional<PaymentError> error;
        if (path.contains("access-fees")) {
            const auto r = products(p.get());
            QVERIFY(r);
            error = r->error;
        } else {
            const auto r = entitlements(p.get());
            QVERIFY(r);
            error = r->error;
        }
        QVERIFY(error);
        QCOMPARE(error->kind, PaymentError::Malformed);
        QVERIFY2(error->message.contains(expected), qPrintable(error->message));
    }
};

QTEST_GUILESS_MAIN(TestInPlayer)
#include "tst_inplayer.moc"
