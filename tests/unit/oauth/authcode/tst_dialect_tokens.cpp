// What the identity-server dialects put on the wire at the token endpoint: token_params and
// refresh_params that never override the core's own fields, refresh_with_code_verifier (the
// verifier sealed with the refresh token in a real SealedFileStore, sent on every refresh,
// never logged), older stored sessions without it, and the Paytronix requestGuestToken call
// (JSON body with an integer merchantId, HTTP Basic with the integration credentials, the
// answer's username kept, its failures mapped onto RFC 6749 error codes) against a fake
// server that answers as the Paytronix documentation describes.
#include "FaultServer.h"
#include "net/HttpClient.h"
#include "net/Log.h"
#include "oauth/PaytronixGuestToken.h"
#include "oauth/Pkce.h"
#include "oauth/TokenClient.h"
#include "secrets/SealedFileStore.h"
#include "secrets_testing.h"
#include "session/SessionRecord.h"
#include "session/TokenLifecycle.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::oauth;
using tvpair::test::FaultReply;
using tvpair::test::FaultRequest;
using tvpair::test::FaultServer;

namespace {
QStringList *g_log = nullptr;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (g_log)
        g_log->append(msg);
    if (g_previous)
        g_previous(type, ctx, msg);
}

struct Outcome {
    std::optional<TokenSet> tokens;
    OAuthError error;
    bool done = false;
};
TokenClient::TokenCallback into(Outcome *o)
{
    return [o](const std::optional<TokenSet> &t, const OAuthError &e) {
        o->tokens = t;
        o->error = e;
        o->done = true;
    };
}
}  // namespace

class DialectTokensTest : public QObject {
    Q_OBJECT

    static ServerMetadata metadata(const FaultServer &s, const QString &tokenPath)
    {
        ServerMetadata m;
        m.issuer = s.base();
        m.tokenEndpoint = s.url(tokenPath);
        return m;
    }

private slots:
    void verifierSentOnRefreshAndSealed()
    {
        QStringList log;
        g_log = &log;
        g_previous = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(QStringLiteral("tvpair.*=true"));

        FaultServer idp;
        QVERIFY(idp.listen());
        const QString verifier = Pkce::generate().verifier;
        int refreshes = 0;
        idp.on("/token", [&](const FaultRequest &r) {
            const QUrlQuery f = r.form();
            // MobilePay-like: the same code_verifier on every refresh, or no new tokens.
            if (f.allQueryItemValues("code_verifier") != QStringList{verifier})
                return FaultReply::json(400, QJsonObject{{"error", "invalid_grant"}});
            if (f.queryItemValue("grant_type") == "refresh_token")
                ++refreshes;
            return FaultReply::json(200, QJsonObject{{"access_token", "at-mp-" + QString::number(refreshes)},
                                                     {"token_type", "Bearer"}, {"expires_in", 300},
                                                     {"refresh_token", "rt-mp-" + QString::number(refreshes)}});
        });
        TenantConfig c;
        c.issuer = idp.base();
        c.clientId = "mp-client";
        c.scope = "offline_access";
        c.allowInsecureLoopback = true;
        c.dialect.refreshWithCodeVerifier = true;
        c.dialect.tokenParams = QJsonObject{{"merchant_vat", "DK123"}, {"grant_type", "password"}, {"code_verifier", "evil"}};
        c.dialect.refreshParams = QJsonObject{{"merchant_vat", "DK123"}, {"refresh_token", "evil"}, {"code_verifier", "evil"}};
        net::HttpClient http(net::UrlPolicy{true});
        TokenClient client(c, &http);
        client.setMetadata(metadata(idp, "/token"));

        Outcome first;
        client.exchangeAuthorizationCode("code-1", "http://127.0.0.1:9/cb", verifier, into(&first));
        QTRY_VERIFY_WITH_TIMEOUT(first.done, 30000);
        QVERIFY2(first.tokens, qPrintable(first.error.toString()));
        QCOMPARE(first.tokens->codeVerifier, verifier);
        const QUrlQuery exchange = idp.to("/token").at(0).form();
        QCOMPARE(exchange.allQueryItemValues("grant_type"), QStringList{"authorization_code"});
        QCOMPARE(exchange.queryItemValue("merchant_vat"), QString("DK123"));

        // Stored sealed, with the refresh token, by the real store.
        QTemporaryDir dir;
        QString err;
        auto store = SealedFileStore::openWithKey(dir.path(), secrets_testing::keyFromByte('v'), &err);
        QVERIFY2(store, qPrintable(err));
        {
            TokenLifecycle life(c, store.get(), &client);
            bool stored = false;
            life.accept(*first.tokens, "authorization_code", std::nullopt, [&](bool ok) { stored = ok; });
            QTRY_VERIFY_WITH_TIMEOUT(stored, 30000);
        }
        QVERIFY(!secrets_testing::readAll(store->filePath(SessionRecord::kEntryName)).contains(verifier.toUtf8()));
        auto reopened = SealedFileStore::openWithKey(dir.path(), secrets_testing::keyFromByte('v'), &err);
        const auto record = SessionRecord::fromBytes(reopened->read(SessionRecord::kEntryName).value, &err);
        QVERIFY2(record, qPrintable(err));
        QCOMPARE(record->codeVerifier, verifier);
        QCOMPARE(record->refreshToken, QString("rt-mp-0"));

        // After a restart: the stored verifier goes with every refresh; the core's fields win.
        TokenLifecycle life(c, reopened.get(), &client);
        QCOMPARE(life.load(&err), TokenLifecycle::Stored::Session);
        for (int i = 1; i <= 2; ++i) {
            std::optional<bool> ok;
            life.refresh([&](bool good, const OAuthError &) { ok = good; });
            QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 30000);
            QVERIFY(*ok);
            const QUrlQuery f = idp.to("/token").last().form();
            QCOMPARE(f.allQueryItemValues("refresh_token"), QStringList{QString("rt-mp-%1").arg(i - 1)});
            QCOMPARE(f.allQueryItemValues("code_verifier"), QStringList{verifier});
            QCOMPARE(f.queryItemValue("merchant_vat"), QString("DK123"));
        }
        QCOMPARE(refreshes, 2);
        QCOMPARE(life.record().codeVerifier, verifier);

        qInstallMessageHandler(g_previous);
        g_log = nullptr;
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!log.isEmpty());  // the requests were logged, so the scan below means something
        for (const QString &line : log)
            QVERIFY2(!line.contains(verifier), "the code_verifier reached a log line");
    }

    void noVerifierWithoutTheSwitch()
    {
        FaultServer idp;
        QVERIFY(idp.listen());
        idp.on("/token", FaultReply::json(200, QJsonObject{{"access_token", "at-x"}, {"token_type", "Bearer"}}));
        TenantConfig c;
        c.clientId = "tv-app";
        net::HttpClient http(net::UrlPolicy{true});
        TokenClient client(c, &http);
        client.setMetadata(metadata(idp, "/token"));
        Outcome o;
        client.refresh("rt-1", into(&o), "a-verifier-that-must-stay-home");
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 30000);
        QVERIFY(o.tokens);
        QVERIFY(o.tokens->codeVerifier.isEmpty());
        QVERIFY(!idp.to("/token").at(0).form().hasQueryItem("code_verifier"));
    }

    void olderStoredSessionsStillLoad()
    {
        const QByteArray old = R"({"v":1,"issuer":"https://i","client_id":"c","subject":"s","refresh_token":"rt-old","payment_tokens":{}})";
        QString err;
        const auto r = SessionRecord::fromBytes(old, &err);
        QVERIFY2(r, qPrintable(err));
        QVERIFY(r->codeVerifier.isEmpty());
        QVERIFY(!r->toBytes().contains("code_verifier"));
        SessionRecord with = *r;
        with.codeVerifier = "v-123";
        QCOMPARE(SessionRecord::fromBytes(with.toBytes(), nullptr)->codeVerifier, QString("v-123"));
    }

    void paytronixGuestTokenShape()
    {
        FaultServer pxs;
        QVERIFY(pxs.listen());
        pxs.on("/oauth/requestGuestToken.json", [](const FaultRequest &r) {
            const QJsonObject b = QJsonDocument::fromJson(r.body).object();
            // As documented: JSON, HTTP Basic with the integration identifier and secret.
            if (!r.header("content-type").startsWith("application/json")
                || r.header("authorization") != "Basic " + QByteArray("pxs-int:pxs-s3cret").toBase64()
                || !b.value("merchantId").isDouble())
                return FaultReply::json(200, QJsonObject{{"result", "failure"}, {"errorCode", "request.invalid"},
                                                         {"errorMessage", "Bad request"}});
            if (b.value("grant_type") == "refresh_token" && b.value("refresh_token") != "pxs-rt-1")
                return FaultReply::json(200, QJsonObject{{"result", "failure"}, {"errorCode", "oauth.invalid_refresh_token"},
                                                         {"errorMessage", "The refresh token is not valid"}});
            return FaultReply::json(200, QJsonObject{{"result", "success"}, {"access_token", "pxs-at-1"},
                                                     {"refresh_token", "pxs-rt-1"}, {"expires_in", 1800},
                                                     {"scope", "user_read account_read"}, {"username", "guest42"}});
        });
        TenantConfig c;
        c.clientId = "pxs-int";
        c.clientSecret = "pxs-s3cret";
        c.scope = "user_read account_read";
        c.dialect.tokenDialect = "paytronix";
        c.dialect.tokenParams = QJsonObject{{"merchantId", 1000}, {"grant_type", "password"}};
        c.dialect.refreshParams = QJsonObject{{"merchantId", 1000}};
        net::HttpClient http(net::UrlPolicy{true});
        TokenClient client(c, &http);
        client.setMetadata(metadata(pxs, "/oauth/requestGuestToken.json"));

        Outcome o;
        client.exchangeAuthorizationCode("pxs-code", "http://127.0.0.1:9/cb", "v", into(&o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 30000);
        QVERIFY2(o.tokens, qPrintable(o.error.toString()));
        QCOMPARE(o.tokens->accessToken, QString("pxs-at-1"));
        QCOMPARE(o.tokens->tokenType, QString("Bearer"));
        QCOMPARE(o.tokens->expiresIn, 1800);
        QCOMPARE(o.tokens->response.value("username").toString(), QString("guest42"));
        const FaultRequest sent = pxs.requests.at(0);
        QCOMPARE(sent.method, QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body.value("grant_type").toString(), QString("authorization_code"));  // not the config's
        QCOMPARE(body.value("code").toString(), QString("pxs-code"));
        QCOMPARE(body.value("redirect_uri").toString(), QString("http://127.0.0.1:9/cb"));
        QCOMPARE(body.value("merchantId").toInt(), 1000);
        QVERIFY(body.value("merchantId").isDouble());
        QVERIFY(!body.contains("client_secret"));
        QVERIFY(!body.contains("code_verifier"));  // not part of the documented call
        QCOMPARE(body.value("client_id").toString(), QString("pxs-int"));
        QVERIFY(!sent.body.contains("pxs-s3cret"));

        Outcome refreshed;
        client.refresh("pxs-rt-1", into(&refreshed));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.done, 30000);
        QVERIFY2(refreshed.tokens, qPrintable(refreshed.error.toString()));
        const QJsonObject rb = QJsonDocument::fromJson(pxs.requests.last().body).object();
        QCOMPARE(rb.value("grant_type").toString(), QString("refresh_token"));
        QCOMPARE(rb.value("refresh_token").toString(), QString("pxs-rt-1"));
        QVERIFY(rb.value("merchantId").isDouble());

        // A dead refresh token is invalid_grant (the session ends), said in one line.
        Outcome dead;
        client.refresh("pxs-rt-dead", into(&dead));
        QTRY_VERIFY_WITH_TIMEOUT(dead.done, 30000);
        QVERIFY(!dead.tokens);
        QCOMPARE(dead.error.error, QString("invalid_grant"));
        QVERIFY(dead.error.description.contains("oauth.invalid_refresh_token"));
        QVERIFY(!dead.error.toString().contains('\n'));
        QVERIFY(!dead.error.isTransient());
    }

    void paytronixAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("transient");
        QTest::newRow("expired grant") << 200 << QByteArray(R"({"result":"failure","errorCode":"oauth.expired_authorization_grant","errorMessage":"expired"})") << "invalid_grant" << false;
        QTest::newRow("bad integration") << 401 << QByteArray(R"({"result":"failure","errorCode":"authentication.invalid_integration"})") << "invalid_client" << false;
        QTest::newRow("outage") << 503 << QByteArray("<html>down</html>") << "server" << true;
        QTest::newRow("garbled 200") << 200 << QByteArray("{\"access_tok") << "server" << true;
        QTest::newRow("no access token") << 200 << QByteArray(R"({"result":"success","username":"u"})") << "malformed" << false;
        QTest::newRow("rfc6749 error from a gateway") << 400 << QByteArray(R"({"error":"invalid_request"})") << "invalid_request" << false;
    }
    void paytronixAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(bool, transient);
        net::HttpResponse r;
        r.status = status;
        r.body = body;
        OAuthError e;
        QVERIFY(!paytronix::readGuestTokenAnswer(r, &e));
        QCOMPARE(e.error, error);
        QCOMPARE(e.isTransient(), transient);
    }
};

QTEST_MAIN(DialectTokensTest)
#include "tst_dialect_tokens.moc"
