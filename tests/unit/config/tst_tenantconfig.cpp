// Tenant config parsing (cli-and-config.md): every error names the file, the field and what
// was expected; unknown keys are errors; plain http only for loopback (checked at use).
#include "config/TenantConfig.h"
#include "net/HttpClient.h"

#include <QtTest>

using namespace tvpair;

static const QByteArray kGood =
    "{\"app_name\":\"Example TV\",\"issuer\":\"https://id.example.com\",\"client_id\":\"tv-app\","
    "\"scope\":\"openid offline_access profile\",\"payment\":{\"provider\":\"cleeng\",\"environment\":\"sandbox\","
    "\"publisher_id\":\"123456789\",\"offer_ids\":[\"S1\",\"S2\"]}}";

class TenantConfigTest : public QObject {
    Q_OBJECT
private slots:
    void goodConfig()
    {
        QString err;
        const auto c = TenantConfig::fromJson(kGood, "config.json", &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->appName, QString("Example TV"));
        QCOMPARE(c->payment.provider, QString("cleeng"));
        QCOMPARE(c->payment.offerIds, QStringList({"S1", "S2"}));
        QCOMPARE(c->authMethod(), QString("none"));
        QCOMPARE(c->payment.entitlementFields.value("product_id"), QString("productId"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << "config.json: malformed JSON";
        QTest::newRow("array") << QByteArray("[]") << "config.json: JSON is not an object";
        QTest::newRow("typo key") << QByteArray("{\"isuer\":\"https://a\",\"client_id\":\"x\"}")
                                  << "config.json: field \"isuer\": unknown key";
        QTest::newRow("no issuer") << QByteArray("{\"client_id\":\"x\"}") << "config.json: field \"issuer\": missing";
        QTest::newRow("issuer not url") << QByteArray("{\"issuer\":\"id.example\",\"client_id\":\"x\"}")
                                        << "config.json: field \"issuer\": expected an absolute https URL";
        QTest::newRow("client_id number") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":5}")
                                          << "config.json: field \"client_id\": expected a string";
        QTest::newRow("bad flow") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"flow\":\"implicit\"}")
                                  << "config.json: field \"flow\": expected one of device_code, authorization_code";
        QTest::newRow("bool as string") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"allow_insecure_loopback\":\"yes\"}")
                                        << "config.json: field \"allow_insecure_loopback\": expected true or false";
        QTest::newRow("endpoint typo") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"endpoints\":{\"tokn\":\"https://a/t\"}}")
                                       << "config.json: field \"endpoints.tokn\": unknown key";
        QTest::newRow("endpoint not url") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"endpoints\":{\"token\":\"/t\"}}")
                                          << "config.json: field \"endpoints.token\": expected an absolute http(s) URL";
        QTest::newRow("provider") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"paypal\"}}")
                                  << "config.json: field \"payment.provider\": expected one of cleeng, inplayer, mpx, userinfo, none";
        QTest::newRow("cleeng needs publisher") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"cleeng\"}}")
                                                << "config.json: field \"payment.publisher_id\": required";
        QTest::newRow("inplayer ids") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"inplayer\",\"asset_ids\":[\"1\"]}}")
                                      << "config.json: field \"payment.asset_ids\": expected a list of positive whole numbers";
        QTest::newRow("secret for post") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"token_endpoint_auth_method\":\"client_secret_post\"}")
                                         << "config.json: field \"client_secret\": required";
        QTest::newRow("scope without openid") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"scope\":\"profile\"}")
                                              << "config.json: field \"scope\": must contain \"openid\"";
        QTest::newRow("field map typo") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"mpx\",\"base_url\":\"https://m\",\"entitlement_fields\":{\"productid\":\"p\"}}}")
                                        << "config.json: field \"payment.entitlement_fields.productid\": unknown key";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString err;
        QVERIFY(!TenantConfig::fromJson(json, "config.json", &err));
        QVERIFY2(err.startsWith(expected), qPrintable(err));
        QVERIFY(!err.contains('\n'));
    }

    void secretNeverInError()
    {
        QString err;
        const QByteArray json = "{\"issuer\":\"https://a\",\"client_id\":\"x\",\"client_secret\":\"s3cr3t-value\",\"bogus\":1}";
        QVERIFY(!TenantConfig::fromJson(json, "c.json", &err));
        QVERIFY(!err.contains("s3cr3t-value"));
    }

    void missingFileNamesIt()
    {
        QString err;
        QVERIFY(!TenantConfig::fromFile("/nonexistent/tvpair.json", &err));
        QVERIFY(err.startsWith("/nonexistent/tvpair.json: cannot read"));
    }

    void hugeFileRefused()
    {
        QString err;
        QVERIFY(!TenantConfig::fromJson(QByteArray(300 * 1024, ' '), "big.json", &err));
        QVERIFY(err.contains("larger than"));
    }

    void urlPolicy()
    {
        net::UrlPolicy strict;
        QVERIFY(strict.check(QUrl("https://id.example/token")).isEmpty());
        QVERIFY(!strict.check(QUrl("http://id.example/token")).isEmpty());
        QVERIFY(!strict.check(QUrl("http://127.0.0.1:8080/token")).isEmpty());  // not allowed by config
        net::UrlPolicy loop{true};
        QVERIFY(loop.check(QUrl("http://127.0.0.1:8080/token")).isEmpty());
        QVERIFY(loop.check(QUrl("http://127.9.9.9/token")).isEmpty());
        QVERIFY(loop.check(QUrl("http://[::1]:80/token")).isEmpty());
        QVERIFY(loop.check(QUrl("http://localhost/token")).isEmpty());
        QVERIFY(!loop.check(QUrl("http://192.168.1.10/token")).isEmpty());
        QVERIFY(!loop.check(QUrl("http://127.0.0.1.evil.example/token")).isEmpty());
        QVERIFY(!loop.check(QUrl("ftp://127.0.0.1/x")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TenantConfigTest)
#include "tst_tenantconfig.moc"
