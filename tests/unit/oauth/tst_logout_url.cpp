// Logout URL templates (config end_session_url) and metadata from a discovery_url: the two
// dialect switches of the identity server's addresses.
#include "FaultServer.h"
#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "oauth/EndSession.h"
#include "oauth/LogoutUrlTemplate.h"
#include "oauth/ServerMetadata.h"

#include <QtTest>

using namespace tvpair;
using namespace tvpair::oauth;
using test::FaultReply;
using test::FaultServer;

class LogoutUrlTest : public QObject {
    Q_OBJECT

    static std::optional<ServerMetadata> discover(const TenantConfig &c, OAuthError *error)
    {
        net::HttpClient http(net::UrlPolicy{true});
        Discovery d(c, &http, QString());
        std::optional<ServerMetadata> got;
        bool done = false;
        d.fetch([&](const std::optional<ServerMetadata> &m, const OAuthError &e) {
            got = m;
            *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 60000))
            qFatal("discovery never answered");
        return got;
    }

private slots:
    void expandsEachPlaceholderEncoded()
    {
        QString error;
        const LogoutUrlValues v{"tv app+1&x=y", "https://tv.example/out?a=1&b=2", "https://tv.example/error#x"};
        const QUrl u = expandLogoutUrlTemplate(
            "https://id.example.com/logout?client={client_id}&return={post_logout_redirect_uri}&err={logout_error_uri}", v,
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Exact bytes: every reserved character of a value is percent-encoded, so a value adds no parameter.
        QCOMPARE(u.toString(QUrl::FullyEncoded),
                 QString("https://id.example.com/logout?client=tv%20app%2B1%26x%3Dy"
                         "&return=https%3A%2F%2Ftv.example%2Fout%3Fa%3D1%26b%3D2"
                         "&err=https%3A%2F%2Ftv.example%2Ferror%23x"));
        QCOMPARE(QUrlQuery(u).queryItems().size(), 3);
        QVERIFY(!u.hasFragment());
        // In the path, the same encoding: a value cannot add a path segment.
        QCOMPARE(expandLogoutUrlTemplate("https://id.example.com/c/{client_id}/logout", {"a/b", {}, {}}, &error)
                     .toString(QUrl::FullyEncoded),
                 QString("https://id.example.com/c/a%2Fb/logout"));
        // No placeholder at all: the URL as it is.
        QCOMPARE(expandLogoutUrlTemplate("https://id.example.com/logout", {}, &error), QUrl("https://id.example.com/logout"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << "https://a/x?t={id_token}" << "unknown placeholder {id_token}";
        QTest::newRow("case") << "https://a/x?c={Client_Id}" << "unknown placeholder {Client_Id}";
        QTest::newRow("unclosed") << "https://a/x?c={client_id" << "a \"{\" without its \"}\" at character 15";
        QTest::newRow("stray close") << "https://a/x?c=}" << "a \"}\" without its \"{\" at character 15";
        QTest::newRow("nested") << "https://a/x?c={{client_id}}" << "unknown placeholder {{client_id}";
        QTest::newRow("no value") << "https://a/x?e={logout_error_uri}" << "placeholder {logout_error_uri} has no value";
        QTest::newRow("relative") << "/logout?c={client_id}" << "expected an absolute http(s) URL";
        QTest::newRow("scheme") << "ftp://a/{client_id}" << "expected an absolute http(s) URL";
        QTest::newRow("javascript") << "javascript:alert({client_id})" << "expected an absolute http(s) URL";
        QTest::newRow("host from value") << "https://{client_id}/logout" << "expected an absolute http(s) URL";
        QTest::newRow("too long") << "https://a/" + QString(3000, 'x') << "longer than 2048 characters";
        QTest::newRow("newline name") << "https://a/x?c={a\nb}" << "unknown placeholder {a b}";
    }
    void refusals()
    {
        QFETCH(QString, templ);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(expandLogoutUrlTemplate(templ, {"x y", {}, {}}, &error).isEmpty());
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(!error.contains('\n'));
    }

    void endSessionUsesTheTemplate()
    {
        QString err;
        const auto c = TenantConfig::fromJson(
            "{\"issuer\":\"https://id.example.com\",\"client_id\":\"tv-app\",\"flow\":\"authorization_code\","
            "\"post_logout_redirect_uri\":\"https://tv.example/out\",\"logout_error_uri\":\"https://tv.example/error\","
            "\"end_session_url\":\"https://login.example.com/logout?c={client_id}&r={post_logout_redirect_uri}&e={logout_error_uri}\"}",
            "c.json", &err);
        QVERIFY2(c, qPrintable(err));
        QString why;
        // The template replaces the discovered endpoint and its client_id/post_logout_redirect_uri parameters.
        const QUrl u = EndSession::logoutUrl(QUrl("https://id.example.com/session/end"), *c, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(u.toString(QUrl::FullyEncoded),
                 QString("https://login.example.com/logout?c=tv-app&r=https%3A%2F%2Ftv.example%2Fout"
                         "&e=https%3A%2F%2Ftv.example%2Ferror"));
        QCOMPARE(EndSession::logoutUrl(QUrl(), *c, &why), u);  // no endpoint needed
        // The URL policy still applies: plain http only to loopback with allow_insecure_loopback.
        TenantConfig plain = *c;
        plain.dialect.endSessionUrl = "http://login.example.com/logout?c={client_id}";
        QVERIFY(EndSession::logoutUrl(QUrl(), plain, &why).isEmpty());
        QVERIFY2(why.startsWith("end_session_url refused: "), qPrintable(why));
        plain.dialect.endSessionUrl = "http://127.0.0.1:8740/logout?c={client_id}";
        plain.allowInsecureLoopback = true;
        QCOMPARE(EndSession::logoutUrl(QUrl(), plain, &why), QUrl("http://127.0.0.1:8740/logout?c=tv-app"));
    }

    void discoveryUrlIsUsedAndItsIssuerChecked()
    {
        FaultServer meta;
        QVERIFY(meta.listen());
        const QString issuer = "http://127.0.0.1:1/issuer";  // nothing listens there: only discovery_url is asked
        meta.on("/oidc/config", FaultReply::json(200, QJsonObject{{"issuer", issuer},
                                                                  {"authorization_endpoint", meta.base() + "/auth"},
                                                                  {"token_endpoint", meta.base() + "/token"},
                                                                  {"jwks_uri", meta.base() + "/jwks"}}));
        QString err;
        auto c = TenantConfig::fromJson(QStringLiteral("{\"issuer\":\"%1\",\"client_id\":\"tv\",\"allow_insecure_loopback\":true,"
                                                       "\"discovery_url\":\"%2/oidc/config\"}")
                                            .arg(issuer, meta.base())
                                            .toUtf8(),
                                        "c.json", &err);
        QVERIFY2(c, qPrintable(err));
        OAuthError e;
        const auto m = discover(*c, &e);
        QVERIFY2(m, qPrintable(e.toString()));
        QCOMPARE(m->issuer, issuer);
        QCOMPARE(m->tokenEndpoint, QUrl(meta.base() + "/token"));
        QCOMPARE(meta.requests.size(), 1);
        QCOMPARE(meta.requests.at(0).path, QString("/oidc/config"));

        // The document names another issuer: refused, naming both.
        c->issuer = "http://127.0.0.1:1/other";
        const auto wrong = discover(*c, &e);
        QVERIFY(!wrong);
        QCOMPARE(e.error, QString("config"));
        QVERIFY2(e.description.contains("differs from the configured issuer"), qPrintable(e.description));

        // No issuer configured (no ID token expected): the document's own issuer is kept.
        c->issuer.clear();
        c->scope = "user_read";
        const auto free = discover(*c, &e);
        QVERIFY2(free, qPrintable(e.toString()));
        QCOMPARE(free->issuer, issuer);

        // Nothing at the discovery_url: a config error naming it.
        c->dialect.discoveryUrl = meta.url("/missing");
        QVERIFY(!discover(*c, &e));
        QVERIFY2(e.description.contains("discovery_url") && e.description.contains("HTTP 404"), qPrintable(e.description));
    }

    void endpointsAloneWithoutIssuer()
    {
        // No issuer, no discovery_url: nothing is fetched, the config's endpoints are the metadata.
        FaultServer server;
        QVERIFY(server.listen());
        QString err;
        const auto c = TenantConfig::fromJson(
            QStringLiteral("{\"client_id\":\"tv\",\"scope\":\"user_read\",\"allow_insecure_loopback\":true,"
                           "\"endpoints\":{\"authorization\":\"%1/auth\",\"token\":\"%1/token\"}}")
                .arg(server.base())
                .toUtf8(),
            "c.json", &err);
        QVERIFY2(c, qPrintable(err));
        OAuthError e;
        const auto m = discover(*c, &e);
        QVERIFY2(m, qPrintable(e.toString()));
        QVERIFY(m->issuer.isEmpty());
        QCOMPARE(m->tokenEndpoint, QUrl(server.base() + "/token"));
        QCOMPARE(server.requests.size(), 0);
        QCOMPARE(Discovery::discoveryCandidates(*c).size(), 0);
    }
};

QTEST_GUILESS_MAIN(LogoutUrlTest)
#include "tst_logout_url.moc"
