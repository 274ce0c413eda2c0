// Tenant config parsing: every error names the file, the field and what
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
        // Authorization code keys: redirect_port, post_logout_redirect_uri, endpoints.end_session.
        const QByteArray base = "{\"issuer\":\"https://a\",\"client_id\":\"x\",";
        const QString port = "config.json: field \"redirect_port\": expected a whole number from 1024 to 65535";
        QTest::newRow("port 80") << base + "\"redirect_port\":80}" << port;
        QTest::newRow("port 1023") << base + "\"redirect_port\":1023}" << port;
        QTest::newRow("port 70000") << base + "\"redirect_port\":70000}" << port;
        QTest::newRow("port 65536") << base + "\"redirect_port\":65536}" << port;
        QTest::newRow("port string") << base + "\"redirect_port\":\"x\"}" << port;
        QTest::newRow("port numeric string") << base + "\"redirect_port\":\"8080\"}" << port;
        QTest::newRow("port fraction") << base + "\"redirect_port\":8080.5}" << port;
        QTest::newRow("port negative") << base + "\"redirect_port\":-8080}" << port;
        QTest::newRow("port huge") << base + "\"redirect_port\":1e300}" << port;
        QTest::newRow("port bool") << base + "\"redirect_port\":true}" << port;
        const QString plr = "config.json: field \"post_logout_redirect_uri\": expected an absolute URL";
        QTest::newRow("logout uri relative") << base + "\"post_logout_redirect_uri\":\"/signed-out\"}" << plr;
        QTest::newRow("logout uri no scheme") << base + "\"post_logout_redirect_uri\":\"example.com/out\"}" << plr;
        QTest::newRow("logout uri empty") << base + "\"post_logout_redirect_uri\":\"\"}" << plr;
        QTest::newRow("logout uri fragment") << base + "\"post_logout_redirect_uri\":\"https://tv.example/out#x\"}" << plr;
        QTest::newRow("logout uri no host") << base + "\"post_logout_redirect_uri\":\"https:///out\"}" << plr;
        QTest::newRow("logout uri spaces") << base + "\"post_logout_redirect_uri\":\"https://tv example/out\"}" << plr;
        QTest::newRow("logout uri number") << base + "\"post_logout_redirect_uri\":5}"
                                           << "config.json: field \"post_logout_redirect_uri\": expected a string";
        QTest::newRow("end_session not url") << base + "\"endpoints\":{\"end_session\":\"/session/end\"}}"
                                             << "config.json: field \"endpoints.end_session\": expected an absolute http(s) URL";
        QTest::newRow("end_session typo") << base + "\"endpoints\":{\"endsession\":\"https://a/end\"}}"
                                          << "config.json: field \"endpoints.endsession\": unknown key";
        QTest::newRow("logout typo") << base + "\"post_logout_redirect_url\":\"https://a/out\"}"
                                     << "config.json: field \"post_logout_redirect_url\": unknown key";
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

    void logoutAndPortKeys()
    {
        QString err;
        const QByteArray json = "{\"issuer\":\"https://id.example.com\",\"client_id\":\"tv-app\",\"redirect_port\":8765,"
                                "\"post_logout_redirect_uri\":\"https://tv.example.com/signed-out?from=tv\","
                                "\"endpoints\":{\"end_session\":\"https://id.example.com/logout\"}}";
        const auto c = TenantConfig::fromJson(json, "config.json", &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->redirectPort, quint16(8765));
        QCOMPARE(c->postLogoutRedirectUri, QUrl("https://tv.example.com/signed-out?from=tv"));
        QCOMPARE(c->endpoints.endSession, QUrl("https://id.example.com/logout"));
        // The edges of the range, and a custom-scheme return URI (native apps register those).
        for (const int port : {1024, 65535}) {
            const auto edge = TenantConfig::fromJson(
                QStringLiteral("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"redirect_port\":%1}").arg(port).toUtf8(),
                "config.json", &err);
            QVERIFY2(edge, qPrintable(err));
            QCOMPARE(int(edge->redirectPort), port);
        }
        const auto custom = TenantConfig::fromJson(
            "{\"issuer\":\"https://a\",\"client_id\":\"x\",\"post_logout_redirect_uri\":\"com.example.tv:/signed-out\"}",
            "config.json", &err);
        QVERIFY2(custom, qPrintable(err));
        QCOMPARE(custom->postLogoutRedirectUri.scheme(), QString("com.example.tv"));
        // Absent: an ephemeral port and no return URI.
        const auto plain = TenantConfig::fromJson(kGood, "config.json", &err);
        QVERIFY(plain);
        QCOMPARE(plain->redirectPort, quint16(0));
        QVERIFY(plain->postLogoutRedirectUri.isEmpty());
        QVERIFY(plain->endpoints.endSession.isEmpty());
    }

    void examplesParse()
    {
        // Every shipped example is a valid config (browser-signin.example.json uses the redirect keys).
        const QDir dir(QStringLiteral(TVPAIR_SOURCE_DIR "/resources/config"));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files);
        QVERIFY(files.contains("browser-signin.example.json"));
        for (const QString &f : files) {
            QString err;
            QVERIFY2(TenantConfig::fromFile(dir.filePath(f), &err), qPrintable(err));
        }
        QString err;
        const auto c = TenantConfig::fromFile(dir.filePath("browser-signin.example.json"), &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->redirectPort, quint16(8765));
        QVERIFY(!c->postLogoutRedirectUri.isEmpty());
        QVERIFY(!c->endpoints.endSession.isEmpty());
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
