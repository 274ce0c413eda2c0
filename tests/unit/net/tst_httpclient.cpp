// net::HttpClient against FaultServer on 127.0.0.1 (real sockets): deadlines, size limits,
// redirects (never followed), the https-only policy, TLS failures, Retry-After, cancel, and that the one
// request log line never carries a secret.
#include "FaultServer.h"
#include "net/HttpClient.h"
#include "net/Log.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;
using net::HttpClient;
using net::HttpRequest;
using net::HttpResponse;
using net::NetError;

namespace {
// Sends one request and waits (bounded) for its single callback.
struct Result {
    int calls = 0;
    HttpResponse r;
};
Result sendAndWait(HttpClient &c, const HttpRequest &req, int waitMs = 20000)
{
    Result res;
    c.send(req, [&res](const HttpResponse &r) {
        res.calls++;
        res.r = r;
    });
    QElapsedTimer t;
    t.start();
    while (res.calls == 0 && t.elapsed() < waitMs)
        QTest::qWait(10);
    if (res.calls == 0)
        res.r.errorText = QStringLiteral("test: no callback");
    return res;
}
HttpRequest get(const QUrl &u, int timeoutMs = 5000, qint64 maxBytes = 1024 * 1024)
{
    HttpRequest r;
    r.url = u;
    r.timeoutMs = timeoutMs;
    r.maxBytes = maxBytes;
    return r;
}

QMutex g_logMutex;
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker l(&g_logMutex);
    g_log << msg;
}
}  // namespace

class HttpClientTest : public QObject {
    Q_OBJECT

    net::UrlPolicy loopback() { return net::UrlPolicy{true}; }

private slots:
    void okAnswer()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/x", FaultReply::json(200, QByteArray(R"({"a":1})"), {{"X-Extra", "yes"}}));
        HttpClient c(loopback());
        const Result res = sendAndWait(c, get(s.url("/x")));
        QCOMPARE(res.calls, 1);
        QVERIFY(res.r.isSuccess());
        QCOMPARE(res.r.body, QByteArray(R"({"a":1})"));
        QCOMPARE(res.r.header("x-extra"), QByteArray("yes"));
        QCOMPARE(c.inFlight(), 0);
    }

    void neverAnswersTimesOut()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/x", FaultReply::of(FaultReply::NeverAnswer));
        HttpClient c(loopback());
        const Result res = sendAndWait(c, get(s.url("/x"), 300));
        QCOMPARE(res.calls, 1);
        QCOMPARE(res.r.error, NetError::Timeout);
        QVERIFY(!res.r.isSuccess());
        QCOMPARE(s.count("/x"), 1);  // it did reach the server
        QCOMPARE(c.inFlight(), 0);
    }

    void slowLorisBodyHitsTheDeadline()
    {
        // Headers at once, then one byte every 100 ms for a 200-byte body: the deadline covers
        // the whole exchange, not the gap between bytes.
        FaultServer s;
        QVERIFY(s.listen());
        FaultReply r = FaultReply::of(FaultReply::SlowBody);
        r.body = QByteArray(200, 'x');
        r.chunkEveryMs = 100;
        s.on("/x", r);
        HttpClient c(loopback());
        const Result res = sendAndWait(c, get(s.url("/x"), 800));
        QCOMPARE(res.r.error, NetError::Timeout);
        QVERIFY(res.r.body.isEmpty());
    }

    void bodyOverMaxBytes_data()
    {
        QTest::addColumn<bool>("contentLength");
        QTest::newRow("with Content-Length") << true;
        QTest::newRow("without Content-Length") << false;
    }
    void bodyOverMaxBytes()
    {
        QFETCH(bool, contentLength);
        FaultServer s;
        QVERIFY(s.listen());
        FaultReply r = FaultReply::json(200, QByteArray(300 * 1024, 'a'));
        r.contentLength = contentLength;
        s.on("/big", r);
        s.on("/small", FaultReply::json(200, QByteArray(1000, 'b')));
        HttpClient c(loopback());
        const Result big = sendAndWait(c, get(s.url("/big"), 5000, 64 * 1024));
        QCOMPARE(big.r.error, NetError::TooLarge);
        QVERIFY(big.r.body.isEmpty());
        const Result small = sendAndWait(c, get(s.url("/small"), 5000, 64 * 1024));
        QVERIFY(small.r.isSuccess());
        QCOMPARE(small.r.body.size(), 1000);
    }

    void redirectIsNotFollowed()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/token", FaultReply::json(302, QByteArray(), {{"Location", s.url("/elsewhere").toEncoded()}}));
        s.on("/elsewhere", FaultReply::json(200, QByteArray(R"({"access_token":"x"})")));
        HttpClient c(loopback());
        HttpRequest req = HttpRequest::form(s.url("/token"), {{"grant_type", "refresh_token"}});
        const Result res = sendAndWait(c, req);
        QCOMPARE(res.r.error, NetError::Redirect);
        QCOMPARE(res.r.status, 302);
        QCOMPARE(s.count("/elsewhere"), 0);  // no redirect: the POST (and its credentials) went nowhere else
    }

    void plainHttpToRemoteHostRefusedBeforeConnecting()
    {
        HttpClient c(loopback());  // even with loopback allowed, a remote host needs https
        const Result res = sendAndWait(c, get(QUrl("http://id.example.com/token")));
        QCOMPARE(res.r.error, NetError::InsecureUrl);
        QVERIFY(res.r.errorText.contains("id.example.com"));
        QCOMPARE(c.requestsSent(), quint64(0));
        const Result ftp = sendAndWait(c, get(QUrl("ftp://127.0.0.1/x")));
        QCOMPARE(ftp.r.error, NetError::InsecureUrl);
        QCOMPARE(c.requestsSent(), quint64(0));
    }

    void plainHttpLoopbackNeedsTheConfigFlag()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/x", FaultReply::json(200, QByteArray("{}")));
        HttpClient strict;  // allowInsecureLoopback = false
        const Result refused = sendAndWait(strict, get(s.url("/x")));
        QCOMPARE(refused.r.error, NetError::InsecureUrl);
        QVERIFY(refused.r.errorText.contains("allow_insecure_loopback"));
        QCOMPARE(s.connections, 0);
        QCOMPARE(strict.requestsSent(), quint64(0));
        HttpClient lax(loopback());
        QVERIFY(sendAndWait(lax, get(s.url("/x"))).r.isSuccess());
        QVERIFY(sendAndWait(lax, get(QUrl(QStringLiteral("http://localhost:%1/x").arg(s.port())))).r.transportOk());
        QCOMPARE(net::UrlPolicy::isLoopbackHost("127.9.8.7"), true);
        QCOMPARE(net::UrlPolicy::isLoopbackHost("::1"), true);
        QCOMPARE(net::UrlPolicy::isLoopbackHost("10.0.0.1"), false);
        QCOMPARE(net::UrlPolicy::isLoopbackHost("127.0.0.1.example.com"), false);
    }

    void untrustedCertificateIsTls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend in this Qt");
        QTemporaryDir dir;
        FaultServer s;
        QVERIFY2(s.listenTls(dir.path()), "openssl req failed");
        s.on("/x", FaultReply::json(200, QByteArray("{}")));
        HttpClient c;  // https: no policy flag needed
        const Result res = sendAndWait(c, get(s.url("/x"), 10000));
        QCOMPARE(res.r.error, NetError::Tls);
        QCOMPARE(s.count("/x"), 0);  // the request itself never got through
        // Also for "localhost", which matches the certificate's name: self-signed is still untrusted.
        const Result named = sendAndWait(c, get(QUrl(QStringLiteral("https://localhost:%1/x").arg(s.port())), 10000));
        QCOMPARE(named.r.error, NetError::Tls);
    }

    void connectionRefusedAndReset()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/reset", FaultReply::of(FaultReply::Reset));
        HttpClient c(loopback());
        QCOMPARE(sendAndWait(c, get(s.url("/reset"))).r.error, NetError::Connection);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QCOMPARE(sendAndWait(c, get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))).r.error, NetError::Connection);
    }

    // A POST reset before any byte of the answer may still have reached the server (a device-code
    // poll, a refresh with a rotating token): it is reported, never sent again by the HTTP stack.
    void postResetBeforeAnswerIsSentOnce()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/token", FaultReply::of(FaultReply::Reset));
        HttpClient c(loopback());
        const HttpRequest post = HttpRequest::form(s.url("/token"), {{"grant_type", "refresh_token"}});
        const Result res = sendAndWait(c, post);
        QCOMPARE(res.calls, 1);
        QCOMPARE(res.r.error, NetError::Connection);
        QTest::qWait(200);  // a repeat would arrive within milliseconds
        QCOMPARE(s.count("/token"), 1);
        QCOMPARE(s.to("/token").first().body, QByteArray("grant_type=refresh_token"));
        // The same call answered normally still carries its whole body.
        s.on("/token", FaultReply::json(200, QByteArray(R"({"ok":true})")));
        const Result ok = sendAndWait(c, post);
        QVERIFY(ok.r.isSuccess());
        QCOMPARE(s.to("/token").last().body, QByteArray("grant_type=refresh_token"));
    }

    void truncatedBodyIsAConnectionError()
    {
        // Content-Length promises more than arrives: not a successful answer with half a body.
        FaultServer s;
        QVERIFY(s.listen());
        FaultReply r = FaultReply::json(200, QByteArray(R"({"access_token":"abcdef","token_type":"Bearer"})"));
        r.kind = FaultReply::Truncate;
        s.on("/x", r);
        HttpClient c(loopback());
        const Result res = sendAndWait(c, get(s.url("/x")));
        QCOMPARE(res.r.error, NetError::Connection);
        QVERIFY(!res.r.isSuccess());
    }

    void retryAfterFromTheWire()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/x", FaultReply::json(429, QByteArray(), {{"Retry-After", "7"}}));
        HttpClient c(loopback());
        const Result res = sendAndWait(c, get(s.url("/x")));
        QVERIFY(res.r.transportOk());
        QCOMPARE(res.r.status, 429);
        QCOMPARE(res.r.retryAfterSeconds(), std::optional<int>(7));
    }

    // A 408 means the server closed the connection without reading the request (Node does it
    // to requests on old kept-alive connections): repeated once on a new connection, not twice.
    void requestTimeout408IsRepeatedOnce()
    {
        FaultServer s;
        QVERIFY(s.listen());
        int seen = 0;
        s.on("/token", [&seen](const FaultRequest &) {
            return ++seen == 1 ? FaultReply::json(408, QByteArray()) : FaultReply::json(200, QByteArray(R"({"ok":1})"));
        });
        HttpClient c(loopback());
        HttpRequest req = HttpRequest::form(s.url("/token"), {{"grant_type", "refresh_token"}});
        req.timeoutMs = 5000;
        req.maxBytes = 4096;
        const Result res = sendAndWait(c, req);
        QCOMPARE(res.calls, 1);
        QVERIFY2(res.r.isSuccess(), qPrintable(res.r.errorText));
        QCOMPARE(res.r.body, QByteArray(R"({"ok":1})"));
        QCOMPARE(s.count("/token"), 2);
        QCOMPARE(s.to("/token").at(1).body, s.to("/token").at(0).body);  // the same request again
        QCOMPARE(c.inFlight(), 0);

        s.reset();
        s.on("/always", FaultReply::json(408, QByteArray()));
        const Result again = sendAndWait(c, get(s.url("/always")));
        QCOMPARE(again.calls, 1);
        QCOMPARE(again.r.status, 408);  // the second 408 is the answer
        QCOMPARE(s.count("/always"), 2);
        QCOMPARE(c.inFlight(), 0);
    }

    void cancelRunsTheCallbackOnce()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/x", FaultReply::of(FaultReply::NeverAnswer));
        HttpClient c(loopback());
        int calls = 0;
        NetError err = NetError::None;
        auto call = c.send(get(s.url("/x"), 10000), [&](const HttpResponse &r) {
            calls++;
            err = r.error;
        });
        QTRY_COMPARE(s.count("/x"), 1);
        QVERIFY(call);
        call->cancel();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(err, NetError::Cancelled);
        QTRY_COMPARE(c.inFlight(), 0);
        QTest::qWait(200);
        QCOMPARE(calls, 1);
    }

    void cancelSilentlyNeverCallsBack()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/x", FaultReply::of(FaultReply::NeverAnswer));
        HttpClient c(loopback());
        int calls = 0;
        auto call = c.send(get(s.url("/x"), 500), [&](const HttpResponse &) { calls++; });
        QTRY_COMPARE(s.count("/x"), 1);
        call->cancelSilently();
        QTRY_COMPARE(c.inFlight(), 0);
        QTest::qWait(800);  // past the request's own deadline: that must not call back either
        QCOMPARE(calls, 0);
        QVERIFY(!call);  // the call object is gone

        // Cancelled before the policy answer is delivered: also silent.
        HttpClient strict;
        int refusedCalls = 0;
        auto refused = strict.send(get(s.url("/x")), [&](const HttpResponse &) { refusedCalls++; });
        refused->cancelSilently();
        QTest::qWait(100);
        QCOMPARE(refusedCalls, 0);
    }

    void requestLogLineCarriesNoSecret()
    {
        FaultServer s;
        QVERIFY(s.listen());
        s.on("/cb", FaultReply::json(200, QByteArray("{}")));
        QLoggingCategory::setFilterRules("tvpair.*.debug=true\ntvpair.*.info=true");
        {
            QMutexLocker l(&g_logMutex);
            g_log.clear();
        }
        const auto previous = qInstallMessageHandler(capture);
        HttpClient c(loopback());
        HttpRequest req = get(QUrl(s.url("/cb").toString()
                                   + "?code=Q1code9&state=Q2state9&access_token=Q3access9&id_token_hint=Q4hint9&page=2"));
        req.setHeader("Authorization", "Bearer Q5bearer9");
        const QUrl userinfo(QStringLiteral("http://Q6user9:Q7pass9@127.0.0.1:%1/cb").arg(s.port()));
        sendAndWait(c, req);
        sendAndWait(c, get(userinfo));
        HttpRequest post = HttpRequest::form(s.url("/cb"), {{"refresh_token", "Q8refresh9"}, {"client_secret", "Q9secret9"}});
        post.setHeader("Authorization", "Basic " + QByteArray("tv:Q0basic9").toBase64());
        sendAndWait(c, post);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker l(&g_logMutex);
        const QString all = g_log.join('\n');
        QVERIFY2(g_log.size() >= 3, qPrintable(all));
        QVERIFY2(all.contains("page=2"), qPrintable(all));  // the line is there, only secrets are gone
        const QStringList secrets = {"Q1code9", "Q2state9", "Q3access9", "Q4hint9", "Q5bearer9", "Q6user9", "Q7pass9",
                                     "Q8refresh9", "Q9secret9", "Q0basic9", QByteArray("tv:Q0basic9").toBase64()};
        for (const QString &secret : secrets)
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        // The server did get the real values (redaction is for logs only).
        QCOMPARE(s.to("/cb").first().query.queryItemValue("code"), QString("Q1code9"));
    }
};

QTEST_GUILESS_MAIN(HttpClientTest)
#include "tst_httpclient.moc"
