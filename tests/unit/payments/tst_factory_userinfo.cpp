// createPaymentProvider() (which adapter, URLs, credential checks) and UserInfoProducts.
#include "FaultServer.h"
#include "PaymentTestSupport.h"

#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "net/Log.h"
#include "payments/CleengProvider.h"
#include "payments/UserInfoProducts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {
QString b64u(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
const QString kCleengJwt = b64u(R"({"alg":"HS256"})") + "." + b64u(R"({"customerId":"700000002","exp":1})") + ".c2ln";
}  // namespace

class TestFactoryUserInfo : public QObject {
    Q_OBJECT

private slots:
    void userInfoEntitlements()
    {
        UserInfoProducts p(QJsonArray{"premium", "sports", 3, "premium", ""});
        QCOMPARE(p.name(), QStringLiteral("userinfo"));
        bool sync = true;
        const auto products = tvpair::test::products(&p, &sync);
        QVERIFY(products && products->ok() && products->items.isEmpty());
        QVERIFY(!sync);
        const auto r = entitlements(&p, &sync);
        QVERIFY(r && r->ok());
        QVERIFY(!sync);
        QCOMPARE(r->items.size(), 2);
        for (const auto &e : r->items) {
            QCOMPARE(e.status, Entitlement::Status::Active);
            QVERIFY(!e.expiresAt.isValid());
            QCOMPARE(e.provider, QStringLiteral("userinfo"));
        }
        QCOMPARE(r->items.at(0).productId, QStringLiteral("premium"));
        QCOMPARE(r->items.at(0).toEventJson().value("active").toBool(), true);
        QVERIFY(!r->items.at(0).toEventJson().contains("expires_at"));
        QVERIFY(access(&p, "sports")->granted);
        const auto no = access(&p, "news");
        QVERIFY(no && !no->granted && no->error->kind == PaymentError::NoAccess);
    }

    // payment.titles: a product code is shown by its title in the viewer's language, else the
    // title for every language, else English; an unknown code as itself.
    void titlesForProductCodes()
    {
        QString err;
        const QByteArray json = QJsonDocument(QJsonObject{
            {"issuer", "https://id.example"}, {"client_id", "tv"},
            {"payment", QJsonObject{{"provider", "userinfo"},
                                    {"titles", QJsonObject{{"premium", QJsonObject{{"en", "Premium"}, {"de", "Premium-Paket"}}},
                                                           {"sports", "Sport+"},
                                                           {"news", QJsonObject{{"en", "News"}}}}}}}}).toJson();
        const auto c = TenantConfig::fromJson(json, "t.json", &err);
        QVERIFY2(c, qPrintable(err));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QString error;
        auto p = createPaymentProvider(c->payment, {"userinfo", {}, QJsonObject{{"products", QJsonArray{"premium", "sports", "news", "kids"}}}},
                                       nullptr, &error);
        QLocale::setDefault(before);
        QVERIFY2(p, qPrintable(error));
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QStringList titles;
        for (const auto &e : r->items)
            titles << e.productId + "=" + e.title;
        QCOMPARE(titles, QStringList({"premium=Premium-Paket", "sports=Sport+", "news=News", "kids=kids"}));

        QVERIFY(!TenantConfig::fromJson("{\"issuer\":\"https://id.example\",\"client_id\":\"tv\","
                                        "\"payment\":{\"provider\":\"userinfo\",\"titles\":{\"premium\":3}}}", "t.json", &err));
        QVERIFY2(err.contains("payment.titles.premium"), qPrintable(err));
        QVERIFY(!TenantConfig::fromJson("{\"issuer\":\"https://id.example\",\"client_id\":\"tv\","
                                        "\"payment\":{\"provider\":\"userinfo\",\"titles\":{\"premium\":{\"de\":\"\"}}}}", "t.json", &err));
        QVERIFY2(err.contains("payment.titles.premium.de"), qPrintable(err));
    }

    void factoryBuildsEachProvider()
    {
        net::HttpClient http(net::UrlPolicy{true});
        QString error;
        PaymentConfig c;
        c.provider = "userinfo";
        auto p = createPaymentProvider(c, {"userinfo", {}, QJsonObject{{"products", QJsonArray{"basic"}}}}, &http, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name(), QStringLiteral("userinfo"));
        // No claim at all: no entitlements, not an error.
        QVERIFY(createPaymentProvider(c, {"userinfo", {}, {}}, &http, &error));

        c = PaymentConfig{};
        c.provider = "cleeng";
        c.publisherId = "123456789";
        p = createPaymentProvider(c, {"cleeng", kCleengJwt, {}}, &http, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(static_cast<CleengProvider *>(p.get())->customerId(), QStringLiteral("700000002"));  // from the JWT
        QVERIFY(!log::redact("x " + kCleengJwt).contains(kCleengJwt));  // remembered as a secret
        p = createPaymentProvider(c, {"cleeng", "opaque-token-123", QJsonObject{{"customer_id", 77}}}, &http, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(static_cast<CleengProvider *>(p.get())->customerId(), QStringLiteral("77"));

        c = PaymentConfig{};
        c.provider = "inplayer";
        c.assetIds = {1001};
        p = createPaymentProvider(c, {"inplayer", "ipl_abcdef", QJsonObject{{"account_id", 410001}, {"expires", qint64(4102444800)}}},
                                  &http, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name(), QStringLiteral("inplayer"));

        c = PaymentConfig{};
        c.provider = "mpx";
        c.productUrl = QUrl("https://feed.example/product/data/Product");
        c.entitlementUrl = QUrl("https://eds.example/eds/data/Entitlement");
        p = createPaymentProvider(c, {"mpx", "mpx_abcdef", QJsonObject{{"user_id", "urn:user:1"}, {"account", "urn:acct"}}},
                                  &http, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name(), QStringLiteral("mpx"));
    }

    void factoryRefusesWhatDoesNotFit_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("credentialProvider");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << "none" << "" << "t" << QJsonObject() << "no payment provider";
        QTest::newRow("other provider") << "cleeng" << "inplayer" << "tok123" << QJsonObject() << "is for \"inplayer\"";
        QTest::newRow("no token") << "inplayer" << "inplayer" << "" << QJsonObject() << "no payment token";
        QTest::newRow("cleeng opaque token") << "cleeng" << "cleeng" << "opaque123" << QJsonObject() << "not a JWT";
        QTest::newRow("mpx without user_id") << "mpx" << "mpx" << "mpx123" << QJsonObject{{"account", "urn:a"}}
                                             << "no user_id";
        QTest::newRow("mpx without account") << "mpx" << "mpx" << "mpx123" << QJsonObject{{"user_id", "urn:u"}}
                                             << "no account";
        QTest::newRow("inplayer bad expires") << "inplayer" << "inplayer" << "ipl123"
                                              << QJsonObject{{"expires", "soon"}} << "expires";
        QTest::newRow("userinfo claim not array") << "userinfo" << "userinfo" << ""
                                                  << QJsonObject{{"products", "premium"}} << "not a JSON array";
    }
    void factoryRefusesWhatDoesNotFit()
    {
        QFETCH(QString, provider);
        QFETCH(QString, credentialProvider);
        QFETCH(QString, token);
        QFETCH(QJsonObject, extra);
        QFETCH(QString, expected);
        net::HttpClient http(net::UrlPolicy{true});
        PaymentConfig c;
        c.provider = provider;
        c.assetIds = {1};
        c.productUrl = QUrl("https://feed.example/p");
        c.entitlementUrl = QUrl("https://feed.example/e");
        QString error;
        QVERIFY(!createPaymentProvider(c, {credentialProvider, token, extra}, &http, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (token.size() > 3)
            QVERIFY(!error.contains(token));
    }

    void documentedBaseUrls()
    {
        QCOMPARE(defaultPaymentBaseUrl("cleeng", "production"), QUrl("https://mediastoreapi.cleeng.com"));
        QCOMPARE(defaultPaymentBaseUrl("cleeng", "sandbox"), QUrl("https://mediastoreapi-sandbox.cleeng.com"));
        QCOMPARE(defaultPaymentBaseUrl("inplayer", "production"), QUrl("https://services.inplayer.com"));
        QCOMPARE(defaultPaymentBaseUrl("inplayer", "sandbox"), QUrl("https://staging-v2.inplayer.com"));
        QVERIFY(defaultPaymentBaseUrl("mpx", "production").isEmpty());
    }

    void baseUrlOverridesAndMpxPathsUnderIt()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.on("/payments/mpx/product/data/Product",
                  FaultReply::json(200, paymentFixture("mpx/products.json")));
        net::HttpClient http(net::UrlPolicy{true});
        PaymentConfig c;
        c.provider = "mpx";
        c.baseUrl = server.url("/payments/mpx");
        QString error;
        auto p = createPaymentProvider(c, {"mpx", "mpx_abcdef", QJsonObject{{"user_id", "urn:u"}, {"account", "urn:a"}}},
                                       &http, &error);
        QVERIFY2(p, qPrintable(error));
        const auto r = products(p.get());
        QVERIFY(r && r->ok());
        QCOMPARE(r->items.size(), 3);

        // Plain http to loopback is refused unless the policy allows it: a Config error.
        net::HttpClient strict;
        p = createPaymentProvider(c, {"mpx", "mpx_abcdef", QJsonObject{{"user_id", "urn:u"}, {"account", "urn:a"}}},
                                  &strict, &error);
        QVERIFY(p);
        const auto refused = products(p.get());
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error->kind, PaymentError::Config);
    }
};

QTEST_GUILESS_MAIN(TestFactoryUserInfo)
#include "tst_factory_userinfo.moc"
