// Unit tests of the authorization code flow's parts: PKCE S256 (RFC 7636 Appendix B), random
// values, the authorization request URL, and the loopback redirect listener (GET, form_post,
// wrong path, wrong state, size limit, one-shot).
#include "net/HttpClient.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/EndSession.h"
#include "oauth/ServerMetadata.h"
#include "oauth/TokenClient.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/Pkce.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::oauth;

namespace {
// Sends raw bytes to the listener and returns the whole answer (the listener closes the connection).
QByteArray rawRequest(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(3000))
        return {};
    s.write(request);
    s.flush();
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000 && s.state() == QAbstractSocket::ConnectedState) {
        QCoreApplication::processEvents();
        s.waitForReadyRead(50);
        out += s.readAll();
    }
    out += s.readAll();
    return out;
}
int statusOf(const QByteArray &answer)
{
    return answer.mid(9, 3).toInt();
}
}  // namespace

class AuthCodeTest : public QObject {
    Q_OBJECT
private slots:
    void pkceAppendixB()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QString("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }
    void pkceGenerate()
    {
        const Pkce a = Pkce::generate(), b = Pkce::generate();
        QVERIFY(Pkce::isValidVerifier(a.verifier));
        QCOMPARE(a.verifier.size(), 43);
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
        QVERIFY(a.verifier != b.verifier);
        QVERIFY(!Pkce::isValidVerifier(QString(42, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QString(129, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QString(43, '+')));
        QVERIFY(Pkce::isValidVerifier(QString(128, '~')));
        const QString s = randomUrlSafe(24);
        QCOMPARE(s.size(), 32);
        QVERIFY(s != randomUrlSafe(24));
    }
    void authorizationUrl()
    {
        TenantConfig c;
        c.clientId = "tv-app";
        c.scope = "openid offline_access profile";
        c.resource = "urn:x";
        const QUrl u = AuthorizationCodeFlow::authorizationUrl(QUrl("https://id.example/auth?tenant=a+b"), c,
                                                               "http://127.0.0.1:5555/callback", "st+ate", "n0nce", "chal");
        const QUrlQuery q(u);
        QCOMPARE(u.host(), QString("id.example"));
        QCOMPARE(q.queryItemValue("tenant", QUrl::FullyDecoded), QString("a+b"));
        QCOMPARE(q.queryItemValue("response_type"), QString("code"));
        QCOMPARE(q.queryItemValue("client_id"), QString("tv-app"));
        QCOMPARE(q.queryItemValue("redirect_uri", QUrl::FullyDecoded), QString("http://127.0.0.1:5555/callback"));
        QCOMPARE(q.queryItemValue("scope", QUrl::FullyDecoded), c.scope);
        QCOMPARE(q.queryItemValue("state", QUrl::FullyDecoded), QString("st+ate"));
        QVERIFY(u.toString(QUrl::FullyEncoded).contains("state=st%2Bate"));
        QCOMPARE(q.queryItemValue("nonce"), QString("n0nce"));
        QCOMPARE(q.queryItemValue("code_challenge"), QString("chal"));
        QCOMPARE(q.queryItemValue("code_challenge_method"), QString("S256"));
        QCOMPARE(q.queryItemValue("prompt"), QString("consent"));
        QCOMPARE(q.queryItemValue("resource", QUrl::FullyDecoded), QString("urn:x"));
        QVERIFY(!q.hasQueryItem("code_verifier"));
        c.scope = "profile";
        const QUrlQuery q2(AuthorizationCodeFlow::authorizationUrl(QUrl("https://id.example/auth"), c, "r", "s", "n", "c"));
        QVERIFY(!q2.hasQueryItem("nonce"));
        QVERIFY(!q2.hasQueryItem("prompt"));
    }

    void listenerGet()
    {
        LoopbackRedirectListener l("/callback");
        QVERIFY(l.listen());
        QVERIFY(l.port() > 0);
        QCOMPARE(l.redirectUri(), QString("http://127.0.0.1:%1/callback").arg(l.port()));
        l.setExpectedState("abc123");
        QSignalSpy spy(&l, &LoopbackRedirectListener::responseReceived);
        const quint16 port = l.port();
        const QByteArray a = rawRequest(port, "GET /callback?code=c0de%2Bx&state=abc123&iss=http%3A%2F%2Fi HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusOf(a), 200);
        QVERIFY(a.contains("You can close this window and return to the TV"));
        QCOMPARE(spy.size(), 1);
        const auto r = spy.at(0).at(0).value<AuthorizationResponse>();
        QCOMPARE(r.code, QString("c0de+x"));
        QVERIFY(r.stateMatches);
        QCOMPARE(r.iss, QString("http://i"));
        // One-shot: the listener has stopped.
        QVERIFY(!l.isListening());
        QVERIFY(rawRequest(port, "GET /callback?code=x&state=abc123 HTTP/1.1\r\n\r\n").isEmpty());
    }
    void listenerFormPost()
    {
        LoopbackRedirectListener l("/cb");
        QVERIFY(l.listen());
        l.setExpectedState("s1");
        QSignalSpy spy(&l, &LoopbackRedirectListener::responseReceived);
        const QByteArray body = "error=access_denied&error_description=End-User+aborted&state=s1";
        const QByteArray a = rawRequest(l.port(), "POST /cb HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(statusOf(a), 200);
        QCOMPARE(spy.size(), 1);
        const auto r = spy.at(0).at(0).value<AuthorizationResponse>();
        QCOMPARE(r.error, QString("access_denied"));
        QCOMPARE(r.errorDescription, QString("End-User aborted"));
        QVERIFY(r.stateMatches);
    }
    void listenerRejects()
    {
        LoopbackRedirectListener l("/callback");
        QVERIFY(l.listen());
        l.setExpectedState("good");
        QSignalSpy spy(&l, &LoopbackRedirectListener::responseReceived);
        // Wrong path, other method, wrong content type, no parameters, oversized: refused, still listening.
        QCOMPARE(statusOf(rawRequest(l.port(), "GET /favicon.ico HTTP/1.1\r\n\r\n")), 404);
        QCOMPARE(statusOf(rawRequest(l.port(), "GET /callbackx?code=a&state=good HTTP/1.1\r\n\r\n")), 404);
        QCOMPARE(statusOf(rawRequest(l.port(), "PUT /callback?code=a&state=good HTTP/1.1\r\n\r\n")), 405);
        QCOMPARE(statusOf(rawRequest(l.port(), "POST /callback HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")), 415);
        QCOMPARE(statusOf(rawRequest(l.port(), "GET /callback HTTP/1.1\r\n\r\n")), 400);
        QCOMPARE(statusOf(rawRequest(l.port(), "garbage\r\n\r\n")), 400);
        const QByteArray huge = "GET /callback?code=" + QByteArray(LoopbackRedirectListener::kMaxRequestBytes, 'a') + " HTTP/1.1\r\n\r\n";
        QCOMPARE(statusOf(rawRequest(l.port(), huge)), 413);
        QCOMPARE(statusOf(rawRequest(l.port(), "POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                              "Content-Length: 99999999\r\n\r\ncode=a")), 413);
        QCOMPARE(spy.size(), 0);
        QVERIFY(l.isListening());
        // Wrong state: an error page for the browser, reported as not matching.
        const QByteArray a = rawRequest(l.port(), "GET /callback?code=a&state=evil HTTP/1.1\r\n\r\n");
        QCOMPARE(statusOf(a), 400);
        QCOMPARE(spy.size(), 1);
        QVERIFY(!spy.at(0).at(0).value<AuthorizationResponse>().stateMatches);
    }
    void listenerMissingState()
    {
        LoopbackRedirectListener l("/callback");
        QVERIFY(l.listen());
        l.setExpectedState("good");
        QSignalSpy spy(&l, &LoopbackRedirectListener::responseReceived);
        QCOMPARE(statusOf(rawRequest(l.port(), "GET /callback?code=a HTTP/1.1\r\n\r\n")), 400);
        QCOMPARE(spy.size(), 1);
        QVERIFY(!spy.at(0).at(0).value<AuthorizationResponse>().stateMatches);
    }
    void listenerFixedPortInUse()
    {
        LoopbackRedirectListener a("/callback"), b("/callback");
        QVERIFY(a.listen());
        QString err;
        QVERIFY(!b.listen(a.port(), &err));
        QVERIFY(err.contains(QString::number(a.port())));
    }

    // ---- fixed port from the config, OIDC RP-Initiated Logout --------------------------------

    // A free port: bound, read, released (the flow binds it again right after).
    static quint16 freePort()
    {
        QTcpServer s;
        return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
    }
    static TenantConfig codeConfig()
    {
        TenantConfig c;
        c.issuer = "https://id.example.com";
        c.clientId = "tv-app";
        return c;
    }

    void configPortIsTheListenersPort()
    {
        TenantConfig c = codeConfig();
        c.redirectPort = freePort();
        QVERIFY(c.redirectPort >= 1024);
        net::HttpClient http;
        TokenClient tokens(c, &http);
        ServerMetadata m;
        m.issuer = c.issuer;
        m.authorizationEndpoint = QUrl("https://id.example.com/authorize");
        tokens.setMetadata(m);
        AuthorizationCodeFlow flow(&tokens, c);
        QSignalSpy url(&flow, &AuthorizationCodeFlow::browserUrlReady);
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.start();
        QCOMPARE(failed.size(), 0);
        QCOMPARE(url.size(), 1);
        const QUrl redirect(QUrlQuery(url.at(0).at(0).toUrl()).queryItemValue("redirect_uri", QUrl::FullyDecoded));
        QCOMPARE(redirect.port(), int(c.redirectPort));
        // It really is listening there: a request on that port reaches the listener (wrong path -> 404).
        QCOMPARE(statusOf(rawRequest(c.redirectPort, "GET /elsewhere HTTP/1.1\r\n\r\n")), 404);
        flow.cancel();
    }

    void configPortTakenIsOneLineNamingIt()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        TenantConfig c = codeConfig();
        c.redirectPort = squatter.serverPort();
        net::HttpClient http;
        TokenClient tokens(c, &http);
        ServerMetadata m;
        m.issuer = c.issuer;
        m.authorizationEndpoint = QUrl("https://id.example.com/authorize");
        tokens.setMetadata(m);
        AuthorizationCodeFlow flow(&tokens, c);
        QSignalSpy url(&flow, &AuthorizationCodeFlow::browserUrlReady);
        QList<OAuthError> failed;
        connect(&flow, &AuthorizationCodeFlow::failed, this, [&failed](const OAuthError &e) { failed << e; });
        flow.start();
        QCOMPARE(url.size(), 0);
        QCOMPARE(failed.size(), 1);
        const OAuthError e = failed.at(0);
        QCOMPARE(e.error, QString("config"));
        QVERIFY2(e.description.contains(QStringLiteral("127.0.0.1:%1").arg(c.redirectPort)), qPrintable(e.description));
        QVERIFY2(e.description.contains("redirect_port"), qPrintable(e.description));
        QVERIFY(!e.description.contains('\n'));
        QVERIFY(!flow.isActive());
    }

    void metadataEndSession()
    {
        QString err;
        const QJsonObject doc{{"issuer", "https://id.example.com"},
                              {"authorization_endpoint", "https://id.example.com/auth"},
                              {"end_session_endpoint", "https://id.example.com/session/end"}};
        auto m = ServerMetadata::fromJson(doc, "https://id.example.com", &err);
        QVERIFY2(m, qPrintable(err));
        QCOMPARE(m->endSessionEndpoint, QUrl("https://id.example.com/session/end"));
        // The cache keeps it (toJson is what a later start reads back).
        const auto again = ServerMetadata::fromJson(m->toJson(), "https://id.example.com", &err);
        QVERIFY2(again, qPrintable(err));
        QCOMPARE(again->endSessionEndpoint, m->endSessionEndpoint);
        // Absent: empty, not an error.
        QJsonObject without = doc;
        without.remove("end_session_endpoint");
        const auto none = ServerMetadata::fromJson(without, "https://id.example.com", &err);
        QVERIFY(none);
        QVERIFY(none->endSessionEndpoint.isEmpty());
        QVERIFY(!none->toJson().contains("end_session_endpoint"));
        // Not a URL: an error naming the field.
        for (const QJsonValue &bad : {QJsonValue("session/end"), QJsonValue(5), QJsonValue(QJsonArray{"https://a/b"})}) {
            QJsonObject broken = doc;
            broken.insert("end_session_endpoint", bad);
            err.clear();
            QVERIFY(!ServerMetadata::fromJson(broken, "https://id.example.com", &err));
            QVERIFY2(err.contains("end_session_endpoint"), qPrintable(err));
        }
        // The config's endpoints.end_session overrides discovery.
        Endpoints e;
        e.endSession = QUrl("https://id.example.com/logout");
        m->applyOverrides(e);
        QCOMPARE(m->endSessionEndpoint, QUrl("https://id.example.com/logout"));
    }

    void logoutUrl()
    {
        TenantConfig c = codeConfig();
        c.clientId = "tv app+1&x=y";
        c.postLogoutRedirectUri = QUrl("https://tv.example.com/out?a=1&b=2 x");
        QString why;
        const QUrl u = EndSession::logoutUrl(QUrl("https://id.example.com/session/end?tenant=eu"), c, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(u.toString(QUrl::RemoveQuery), QString("https://id.example.com/session/end"));
        // Exact bytes: '+', '&', '=', ':' and '/' percent-encoded, the endpoint's own parameter kept first.
        QCOMPARE(u.query(QUrl::FullyEncoded),
                 QString("tenant=eu&client_id=tv%20app%2B1%26x%3Dy"
                         "&post_logout_redirect_uri=https%3A%2F%2Ftv.example.com%2Fout%3Fa%3D1%26b%3D2%2520x"));
        const QUrlQuery q(u);
        QCOMPARE(q.queryItemValue("client_id", QUrl::FullyDecoded), QString("tv app+1&x=y"));
        QCOMPARE(q.queryItemValue("post_logout_redirect_uri", QUrl::FullyDecoded),
                 QString("https://tv.example.com/out?a=1&b=2%20x"));
        // Nothing else: no id_token_hint (the URL is printed), no state.
        QCOMPARE(q.queryItems().size(), 3);
        QVERIFY(!u.toString().contains("id_token_hint"));

        // Without a configured return URI: client_id only.
        c.postLogoutRedirectUri = QUrl();
        const QUrl bare = EndSession::logoutUrl(QUrl("https://id.example.com/logout"), c);
        QCOMPARE(bare.toString(QUrl::FullyEncoded), QString("https://id.example.com/logout?client_id=tv%20app%2B1%26x%3Dy"));
    }

    void logoutUrlPolicy()
    {
        TenantConfig c = codeConfig();
        QString why;
        // No endpoint: nothing, and nothing to complain about.
        QVERIFY(EndSession::logoutUrl(QUrl(), c, &why).isEmpty());
        QVERIFY(why.isEmpty());
        // Plain http: refused off loopback, and on loopback without allow_insecure_loopback.
        QVERIFY(EndSession::logoutUrl(QUrl("http://id.example.com/logout"), c, &why).isEmpty());
        QVERIFY2(why.contains("id.example.com"), qPrintable(why));
        why.clear();
        QVERIFY(EndSession::logoutUrl(QUrl("http://127.0.0.1:8740/session/end"), c, &why).isEmpty());
        QVERIFY2(why.contains("allow_insecure_loopback"), qPrintable(why));
        c.allowInsecureLoopback = true;
        why.clear();
        QCOMPARE(EndSession::logoutUrl(QUrl("http://127.0.0.1:8740/session/end"), c, &why),
                 QUrl("http://127.0.0.1:8740/session/end?client_id=tv-app"));
        QVERIFY(why.isEmpty());
        QVERIFY(EndSession::logoutUrl(QUrl("javascript:alert(1)"), c, &why).isEmpty());
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(AuthCodeTest)
#include "tst_authcode.moc"
