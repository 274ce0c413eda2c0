// Unit tests of the authorization code flow's parts: PKCE S256 (RFC 7636 Appendix B), random
// values, the authorization request URL, and the loopback redirect listener (GET, form_post,
// wrong path, wrong state, size limit, one-shot).
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/Pkce.h"

#include <QSignalSpy>
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
};

QTEST_GUILESS_MAIN(AuthCodeTest)
#include "tst_authcode.moc"
