// MpxProvider against canned mpx answers (shapes of mpx's public API) on a real socket.
#include "FaultServer.h"
#include "PaymentTestSupport.h"

#include "net/HttpClient.h"
#include "payments/MpxProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {
const QString kBase = QStringLiteral("/payments/mpx");
const QString kToken = QStringLiteral("mpx_token+with/odd=chars");
const QString kUser = QStringLiteral("https://euid.theplatform.com/idm/data/User/tvpair/1");
const QString kAccount = QStringLiteral("http://access.auth.theplatform.com/data/Account/2700000001");
const QString kProductBase = QStringLiteral("http://data.product.theplatform.com/product/data/Product/");

// Serves the entries of a fixture by range=a-b, like the data services.
FaultServer::Handler ranged(const QString &fixture, int copies = 1)
{
    return [fixture, copies](const FaultRequest &r) {
        const QJsonObject doc = QJsonDocument::fromJson(paymentFixture(fixture)).object();
        QJsonArray all;
        for (int c = 0; c < copies; ++c) {
            for (const auto &v : doc.value("entries").toArray())
                all.append(v);
        }
        const QStringList range = r.query.queryItemValue("range").split('-');
        const int a = range.value(0).toInt();
        const int b = range.value(1).toInt();
        QJsonArray page;
        for (int i = a; i <= b && i <= all.size(); ++i)
            page.append(all.at(i - 1));
        const QJsonObject out{{"$xmlns", QJsonObject()},
                              {"startIndex", a},
                              {"itemsPerPage", b - a + 1},  // the whole range asked for is served
                              {"entryCount", page.size()},
                              {"entries", page}};
        return FaultReply::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
    };
}
// Serves fixtures/mpx/entitlements_all.json like a data service whose own page size is
// `serverSize`, whatever range is asked: itemsPerPage = serverSize, entryCount = what came
// back, totalResults only when `withTotal`.
FaultServer::Handler cappedRanged(int serverSize, bool withTotal)
{
    return [serverSize, withTotal](const FaultRequest &r) {
        const QJsonArray all = QJsonDocument::fromJson(paymentFixture("mpx/entitlements_all.json")).object().value("entries").toArray();
        const int a = r.query.queryItemValue("range").split('-').value(0).toInt();
        QJsonArray page;
        for (int i = a; i < a + serverSize && i <= all.size(); ++i)
            page.append(all.at(i - 1));
        QJsonObject out{{"$xmlns", QJsonObject()}, {"startIndex", a}, {"itemsPerPage", serverSize},
                        {"entryCount", page.size()}, {"entries", page}};
        if (withTotal)
            out.insert("totalResults", all.size());
        return FaultReply::json(200, out);
    };
}

}  // namespace

class TestMpx : public QObject {
    Q_OBJECT

    FaultServer *server = nullptr;
    net::HttpClient *http = nullptr;

    std::unique_ptr<MpxProvider> make(const QHash<QString, QString> &fields = {})
    {
        auto p = std::make_unique<MpxProvider>(server->url(kBase + "/product/data/Product"),
                                               server->url(kBase + "/eds/data/Entitlement"), kToken, kUser, kAccount,
                                               fields, http);
        p->setClock([]() { return kNow; });
        return p;
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

    void productsWithQueryParameters()
    {
        server->on(kBase + "/product/data/Product", ranged("mpx/products.json"));
        auto p = make();
        bool sync = true;
        const auto r = products(p.get(), &sync);
        QVERIFY(r);
        QVERIFY(!sync);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QCOMPARE(server->requests.size(), 1);
        const FaultRequest &req = server->requests.at(0);
        QCOMPARE(req.query.queryItemValue("token", QUrl::FullyDecoded), kToken);
        QCOMPARE(req.query.queryItemValue("account", QUrl::FullyDecoded), kAccount);
        QCOMPARE(req.query.queryItemValue("form"), QStringLiteral("cjson"));
        QVERIFY(!req.query.queryItemValue("schema").isEmpty());
        QCOMPARE(req.query.queryItemValue("range"), QStringLiteral("1-50"));
        QVERIFY(req.header("authorization").isEmpty());  // the token is a query parameter, not a header

        QCOMPARE(r->items.size(), 3);
        const Product *premium = findById(r->items, kProductBase + "9001");
        QVERIFY(premium);
        QCOMPARE(premium->title, QStringLiteral("Premium"));
        QCOMPARE(premium->price, 14.99);
        QCOMPARE(premium->currency, QStringLiteral("USD"));
        QCOMPARE(premium->period, QStringLiteral("month"));
        QCOMPARE(premium->provider, QStringLiteral("mpx"));
        QCOMPARE(findById(r->items, kProductBase + "9006")->period, QStringLiteral("year"));
        QCOMPARE(findById(r->items, kProductBase + "9006")->currency, QStringLiteral("EUR"));
        QCOMPARE(findById(r->items, kProductBase + "9010")->period, QStringLiteral("48 hours"));
    }

    void pagingWhileAPageComesBackFull()
    {
        server->on(kBase + "/product/data/Product", ranged("mpx/products.json", 2));  // 6 entries
        auto p = make();
        p->setLimits({3, 50, 5000});
        const auto r = products(p.get());
        QVERIFY(r && r->ok());
        QCOMPARE(r->items.size(), 6);
        // 1-3 and 4-6 are full, so 7-9 is asked and comes back empty.
        QCOMPARE(server->requests.size(), 3);
        QCOMPARE(server->requests.at(0).query.queryItemValue("range"), QStringLiteral("1-3"));
        QCOMPARE(server->requests.at(1).query.queryItemValue("range"), QStringLiteral("4-6"));
        QCOMPARE(server->requests.at(2).query.queryItemValue("range"), QStringLiteral("7-9"));

        server->reset();
        p->setLimits({4, 50, 5000});
        const auto r2 = products(p.get());
        QVERIFY(r2 && r2->ok());
        QCOMPARE(r2->items.size(), 6);
        QCOMPARE(server->requests.size(), 2);  // 4 + 2: the short page is the last
    }

    void pagingStopsAtTheBound()
    {
        server->on(kBase + "/product/data/Product", ranged("mpx/products.json", 1000));
        auto p = make();
        p->setLimits({3, 4, 5000});
        const auto r = products(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->requests.size(), 4);
        QCOMPARE(r->items.size(), 12);
    }

    // A service that serves 2 entries a range while 50 are asked for: the next range starts
    // after the entries received, and the active entitlement on the last page is there.
    void entitlementsReadToTheLastRangeOfASmallPagedService_data()
    {
        QTest::addColumn<bool>("withTotal");
        QTest::newRow("totalResults") << true;
        QTest::newRow("full pages only") << false;
    }
    void entitlementsReadToTheLastRangeOfASmallPagedService()
    {
        QFETCH(bool, withTotal);
        server->on(kBase + "/eds/data/Entitlement", cappedRanged(2, withTotal));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QVERIFY(!r->truncated);
        QCOMPARE(server->requests.size(), 3);  // 2 + 2 + 1 of 5
        QCOMPARE(server->requests.at(0).query.queryItemValue("range"), QStringLiteral("1-50"));
        QCOMPARE(server->requests.at(1).query.queryItemValue("range"), QStringLiteral("3-52"));
        QCOMPARE(server->requests.at(2).query.queryItemValue("range"), QStringLiteral("5-54"));
        QCOMPARE(r->items.size(), 5);
        const Entitlement *premium = findById(r->items, kProductBase + "9001");
        QVERIFY2(premium, "the active entitlement on the last page is missing");
        QCOMPARE(premium->status, Entitlement::Status::Active);
    }

    // disabled: 1, true or "true": a withdrawn entitlement never grants access, even inside its
    // dates, and checkAccess says no.
    void disabledEntitlementsNeverGrantAccess()
    {
        server->on(kBase + "/eds/data/Entitlement", cappedRanged(2, false));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        using S = Entitlement::Status;
        for (const QString n : {"9003", "9012", "9002"}) {
            const Entitlement *e = findById(r->items, kProductBase + n);
            QVERIFY2(e, qPrintable(n));
            QVERIFY2(e->status == S::Revoked && !e->grantsAccess(), qPrintable(n));
        }
        QCOMPARE(findById(r->items, kProductBase + "9010")->status, S::Expired);
        const auto a = access(p.get(), kProductBase + "9002");
        QVERIFY(a && !a->granted);
        QCOMPARE(a->error->kind, PaymentError::NoAccess);
        QVERIFY(access(p.get(), kProductBase + "9001")->granted);
    }

    void rangesStopAtTheItemBound()
    {
        server->on(kBase + "/eds/data/Entitlement", cappedRanged(2, true));
        auto p = make();
        PaymentLimits limits;
        limits.maxItems = 3;
        p->setLimits(limits);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^mpx: entitlements: list cut after 2 pages and 3 items"));
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->requests.size(), 2);
        QCOMPARE(r->items.size(), 3);
    }

    void entitlementsWithDefaultFieldMap()
    {
        server->on(kBase + "/product/data/Product", ranged("mpx/products.json"));
        server->on(kBase + "/eds/data/Entitlement", ranged("mpx/entitlements.json"));
        auto p = make();
        QVERIFY(products(p.get()));  // gives the entitlements their titles
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        const FaultRequest &req = server->requests.last();
        QCOMPARE(req.query.queryItemValue("byUserId", QUrl::FullyDecoded), kUser);
        QCOMPARE(req.query.queryItemValue("range"), QStringLiteral("1-50"));
        QCOMPARE(req.query.queryItemValue("form"), QStringLiteral("cjson"));
        QCOMPARE(r->items.size(), 3);
        using S = Entitlement::Status;
        const Entitlement *premium = findById(r->items, kProductBase + "9001");
        QCOMPARE(premium->status, S::Active);
        QCOMPARE(premium->title, QStringLiteral("Premium"));
        QCOMPARE(premium->startsAt, QDateTime::fromMSecsSinceEpoch(1704067200000, Qt::UTC));  // epoch ms
        QCOMPARE(premium->expiresAt, QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC));
        QCOMPARE(findById(r->items, kProductBase + "9003")->status, S::Revoked);  // disabled
        QCOMPARE(findById(r->items, kProductBase + "9010")->status, S::Expired);  // endDate past
    }

    void entitlementsWithConfiguredFieldMap()
    {
        const QByteArray body = R"({"startIndex":1,"itemsPerPage":1,"entryCount":1,"entries":[
            {"pid":"urn:product:gold","from":1704067200000,"until":1767225600000,"off":false}]})";
        server->on(kBase + "/eds/data/Entitlement", FaultReply::json(200, body));
        auto p = make({{"product_id", "pid"}, {"start", "from"}, {"end", "until"}, {"disabled", "off"}});
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QCOMPARE(r->items.size(), 1);
        QCOMPARE(r->items.at(0).productId, QStringLiteral("urn:product:gold"));
        QCOMPARE(r->items.at(0).status, Entitlement::Status::Active);
        QCOMPARE(r->items.at(0).expiresAt, QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC));

        // The default names are not in this answer: the mapping problem is named.
        auto plain = make();
        const auto bad = entitlements(plain.get());
        QVERIFY(bad && !bad->ok());
        QCOMPARE(bad->error->kind, PaymentError::Malformed);
        QVERIFY2(bad->error->message.contains("productId"), qPrintable(bad->error->message));
    }

    void exceptionsAtHttp200_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("401") << paymentFixture("mpx/exception_401.json") << int(PaymentError::Unauthorized) << 401;
        QTest::newRow("403") << paymentFixture("mpx/exception_403.json") << int(PaymentError::Unauthorized) << 403;
        QTest::newRow("500") << QByteArray(R"({"isException":true,"responseCode":500,"title":"x","description":"Internal"})")
                             << int(PaymentError::Server) << 500;
    }
    void exceptionsAtHttp200()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, code);
        server->on(kBase + "/eds/data/Entitlement", FaultReply::json(200, body));
        server->on(kBase + "/product/data/Product", FaultReply::json(200, body));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(int(r->error->kind), kind);
        QCOMPARE(r->error->httpStatus, code);
        QVERIFY2(r->error->message.startsWith("mpx: entitlements: "), qPrintable(r->error->message));
        QVERIFY(!r->error->message.contains(kToken));
        const auto pr = products(p.get());
        QVERIFY(pr && !pr->ok());
        QCOMPARE(int(pr->error->kind), kind);
    }

    void httpErrorsAndMalformed()
    {
        server->on(kBase + "/product/data/Product", FaultReply::json(502, "<html>bad gateway</html>"));
        server->on(kBase + "/eds/data/Entitlement", FaultReply::json(200, R"({"startIndex":1})"));
        auto p = make();
        const auto r = products(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Server);
        QCOMPARE(r->error->httpStatus, 502);
        const auto e = entitlements(p.get());
        QVERIFY(e && !e->ok());
        QCOMPARE(e->error->kind, PaymentError::Malformed);
        QCOMPARE(e->error->message, QStringLiteral("mpx: entitlements answer has no entries"));

        server->on(kBase + "/product/data/Product", FaultReply::json(200, "not json"));
        const auto r2 = products(p.get());
        QVERIFY(r2 && !r2->ok());
        QCOMPARE(r2->error->kind, PaymentError::Malformed);
        QVERIFY2(r2->error->message.startsWith("mpx: products answer: malformed JSON"), qPrintable(r2->error->message));
    }

    void checkAccess()
    {
        server->on(kBase + "/eds/data/Entitlement", ranged("mpx/entitlements.json"));
        auto p = make();
        auto r = access(p.get(), kProductBase + "9001");
        QVERIFY(r && r->granted && !r->error);
        QCOMPARE(r->expiresAt, QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC));
        r = access(p.get(), kProductBase + "9003");  // disabled
        QVERIFY(r && !r->granted);
        QCOMPARE(r->error->kind, PaymentError::NoAccess);
    }
};

QTEST_GUILESS_MAIN(TestMpx)
#include "tst_mpx.moc"
