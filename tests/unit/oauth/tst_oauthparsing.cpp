// Parsers of the authorization server's answers (RFC 8628 §3.2, RFC 6749 §5, OIDC Discovery) and the
// error mapping, fed with fixture-like JSON, including hostile and broken input.
#include "net/Log.h"
#include "oauth/OAuthError.h"
#include "oauth/ServerMetadata.h"
#include "oauth/TokenSet.h"

#include <QJsonDocument>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::oauth;

static QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

static net::HttpResponse resp(int status, const QByteArray &body)
{
    net::HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

static const char *kStorageKeys =
    "{\"access_token\":\"opaque-at-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
    "\"extensions\":{\"storage_keys\":{\"cleeng\":{\"token\":\"cl-secret-1\",\"customer_id\":\"7\"},"
    "\"inplayer\":{\"token\":\"ip-secret-1\",\"account_id\":410001,\"expires\":1999999999},"
    "\"Bad Name\":{\"token\":\"x-secret-1\"},\"mpx\":{\"account\":\"no token\"}}}}";

class OAuthParsingTest : public QObject {
    Q_OBJECT
private slots:
    void deviceCodeRequiredFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("missing");
        QTest::newRow("device_code") << QByteArray("{\"user_code\":\"A\",\"verification_uri\":\"https://x/d\",\"expires_in\":600}") << "device_code";
        QTest::newRow("user_code") << QByteArray("{\"device_code\":\"d1234567\",\"verification_uri\":\"https://x/d\",\"expires_in\":600}") << "user_code";
        QTest::newRow("verification_uri") << QByteArray("{\"device_code\":\"d1234567\",\"user_code\":\"A\",\"expires_in\":600}") << "verification_uri";
        QTest::newRow("expires_in") << QByteArray("{\"device_code\":\"d1234567\",\"user_code\":\"A\",\"verification_uri\":\"https://x/d\"}") << "expires_in";
        QTest::newRow("expires_in negative") << QByteArray("{\"device_code\":\"d1234567\",\"user_code\":\"A\",\"verification_uri\":\"https://x/d\",\"expires_in\":-1}") << "expires_in";
        QTest::newRow("uri not http") << QByteArray("{\"device_code\":\"d1234567\",\"user_code\":\"A\",\"verification_uri\":\"javascript:alert(1)\",\"expires_in\":600}") << "verification_uri";
    }
    void deviceCodeRequiredFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, missing);
        QString err;
        QVERIFY(!DeviceCode::fromJson(QJsonDocument::fromJson(json).object(), &err));
        QVERIFY2(err.contains(missing), qPrintable(err));
        QVERIFY(!err.contains("d1234567"));  // never the device code in an error
    }

    void deviceCodeAliasAndOptional()
    {
        QString err;
        const auto d = DeviceCode::fromJson(
            obj("{\"device_code\":\"dc-abcdef\",\"user_code\":\"WDJB-MJHT\",\"verification_url\":\"https://id.example/device\",\"expires_in\":\"1800\"}"),
            &err);
        QVERIFY2(d, qPrintable(err));
        QCOMPARE(d->verificationUri, QString("https://id.example/device"));
        QCOMPARE(d->userCode, QString("WDJB-MJHT"));  // exactly as given (RFC 8628 §6.1)
        QCOMPARE(d->expiresIn, 1800);
        QCOMPARE(d->interval, 0);
        QVERIFY(d->verificationUriComplete.isEmpty());
        QCOMPARE(log::redact("poll with dc-abcdef"), QString("poll with ***"));
    }

    void errorWithHttp200()
    {
        const auto e = OAuthError::fromResponse(resp(200, "{\"error\":\"authorization_pending\"}"));
        QCOMPARE(e.error, QString("authorization_pending"));
    }

    void bareStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("transient");
        QTest::newRow("503 empty") << 503 << "server" << true;
        QTest::newRow("429 empty") << 429 << "server" << true;
        QTest::newRow("401 empty") << 401 << "invalid_client" << false;
        QTest::newRow("400 empty") << 400 << "invalid_request" << false;
        QTest::newRow("404 empty") << 404 << "server" << false;
    }
    void bareStatuses()
    {
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(bool, transient);
        const auto e = OAuthError::fromResponse(resp(status, ""));
        QCOMPARE(e.error, error);
        QCOMPARE(e.isTransient(), transient);
    }

    void hostileErrorCodeIsSanitised()
    {
        const auto e = OAuthError::fromResponse(resp(400, "{\"error\":\"bad\\ncode <script>\",\"error_description\":\"x\"}"));
        QVERIFY(!e.error.contains('\n') && !e.error.contains('<'));
    }

    void errorCodeIsAsciiOnly()
    {
        // Cyrillic "а" (U+0430) looks like Latin "a": a look-alike must not pass as a known code.
        const auto e = OAuthError::fromResponse(resp(400, "{\"error\":\"\u0430ccess_denied\u00e9\"}"));
        QCOMPARE(e.error, QStringLiteral("_ccess_denied_"));
        for (const QChar c : e.error)
            QVERIFY2(c.unicode() < 0x80, qPrintable(QStringLiteral("non-ASCII U+%1").arg(c.unicode(), 4, 16)));
    }

    void errorDescriptionIsOnePrintableLine()
    {
        // A bidi override, a zero-width space, a line separator and a control character.
        const auto e = OAuthError::fromResponse(resp(400,
            "{\"error\":\"invalid_request\",\"error_description\":\"Ung\u00fcltig\u202egnp.exe\u200b\u2028second\u0007line\"}"));
        QCOMPARE(e.description, QStringLiteral("Ung\u00fcltig?gnp.exe? second?line"));
    }

    void networkErrorsAreTransient()
    {
        net::HttpResponse r;
        r.error = net::NetError::Timeout;
        QVERIFY(OAuthError::fromResponse(r).isTransient());
        r.error = net::NetError::Tls;
        QVERIFY(!OAuthError::fromResponse(r).isTransient());
    }

    void tokenSetRequiresAccessTokenAndBearer()
    {
        QString err;
        QVERIFY(!TokenSet::fromJson(obj("{\"token_type\":\"Bearer\"}"), &err));
        QVERIFY(err.contains("access_token"));
        QVERIFY(!TokenSet::fromJson(obj("{\"access_token\":\"at-123456\"}"), &err));
        QVERIFY(err.contains("token_type"));
        QVERIFY(!TokenSet::fromJson(obj("{\"access_token\":\"at-123456\",\"token_type\":\"MAC\"}"), &err));
        QVERIFY2(err.contains("\"MAC\""), qPrintable(err));  // a type name is quoted
        // A token_type that is (or holds) a secret of the same answer is never quoted (no secret in an error;
        // found by fuzz_token_response).
        QVERIFY(!TokenSet::fromJson(obj("{\"access_token\":\"Tok3n-x\",\"token_type\":\"Tok3n-x\"}"), &err));
        QVERIFY(!err.contains("Tok3n"));
        QVERIFY(err.contains("token_type other than Bearer"));
        QVERIFY(!TokenSet::fromJson(obj("{\"access_token\":\"at-1\",\"refresh_token\":\"rT9zz\",\"token_type\":\"rT9zz\"}"), &err));
        QVERIFY(!err.contains("rT9zz"));
        QVERIFY(!TokenSet::fromJson(obj("{\"access_token\":\"at-1\",\"token_type\":\"x y\\u202e\"}"), &err));
        QVERIFY(!err.contains(QChar(0x202e)));
        const auto t = TokenSet::fromJson(obj("{\"access_token\":\"at-123456\",\"token_type\":\"bEaReR\"}"), &err);
        QVERIFY(t);
        QCOMPARE(t->expiresIn, TokenSet::kAssumedLifetimeSec);  // absent: short, not forever (RFC 6749 §5.1)
    }

    void paymentTokensFromStorageKeys()
    {
        const auto t = TokenSet::fromJson(obj(kStorageKeys), nullptr);
        QVERIFY(t);
        QCOMPARE(t->paymentTokens.keys(), QStringList({"cleeng", "inplayer"}));
        QCOMPARE(t->paymentTokens.value("cleeng").extra.value("customer_id").toString(), QString("7"));
        QCOMPARE(t->paymentTokens.value("inplayer").extra.value("account_id").toInt(), 410001);
        QVERIFY(!t->paymentTokens.value("inplayer").extra.contains("token"));
    }

    void paymentTokensFromJwtClaims()
    {
        auto b64 = [](const char *s) { return QByteArray(s).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
        const QByteArray jwt = b64("{\"alg\":\"RS256\"}") + "." + b64("{\"sub\":\"a\",\"cleeng_token\":\"cl-jwt-claim-1\",\"mpx_token\":\"mpx-claim-1\"}") + ".c2ln";
        QJsonObject o{{"access_token", QString::fromLatin1(jwt)}, {"token_type", "Bearer"},
                      {"extensions", QJsonObject{{"storage_keys", QJsonObject{{"mpx", QJsonObject{{"token", "mpx-from-keys"}}}}}}}};
        const auto t = TokenSet::fromJson(o, nullptr);
        QVERIFY(t);
        QCOMPARE(t->paymentTokens.value("cleeng").token, QString("cl-jwt-claim-1"));
        QCOMPARE(t->paymentTokens.value("mpx").token, QString("mpx-from-keys"));  // storage_keys wins
    }

    void metadataIssuerMustMatch()
    {
        QString err;
        QVERIFY(!ServerMetadata::fromJson(obj("{\"issuer\":\"https://evil.example\",\"token_endpoint\":\"https://evil.example/t\"}"),
                                          "https://id.example", &err));
        QVERIFY(err.contains("differs"));
        const auto m = ServerMetadata::fromJson(
            obj("{\"issuer\":\"https://id.example\",\"token_endpoint\":\"https://id.example/t\",\"device_authorization_endpoint\":\"https://id.example/d\"}"),
            "https://id.example", &err);
        QVERIFY(m);
        QCOMPARE(m->deviceAuthorizationEndpoint, QUrl("https://id.example/d"));
    }

    // At discovery: every endpoint, from the metadata or the config, against the URL policy.
    void endpointsAgainstTheUrlPolicy()
    {
        ServerMetadata m;
        m.issuer = "https://id.example";
        m.tokenEndpoint = QUrl("https://id.example/token");
        m.deviceAuthorizationEndpoint = QUrl("https://id.example/device");
        QString err;
        QVERIFY(m.checkUrls(net::UrlPolicy{false}, &err));
        m.revocationEndpoint = QUrl("http://id.example/revoke");
        QVERIFY(!m.checkUrls(net::UrlPolicy{true}, &err));  // loopback only, even when allowed
        QVERIFY2(err.contains("revocation_endpoint") && err.contains("id.example"), qPrintable(err));
        m.revocationEndpoint = QUrl("http://127.0.0.1:8080/revoke");
        QVERIFY(m.checkUrls(net::UrlPolicy{true}, &err));
        QVERIFY(!m.checkUrls(net::UrlPolicy{false}, &err));
        QVERIFY2(err.contains("revocation_endpoint") && err.contains("allow_insecure_loopback"), qPrintable(err));
        m.revocationEndpoint = QUrl();
        m.endSessionEndpoint = QUrl("ftp://id.example/logout");
        QVERIFY(!m.checkUrls(net::UrlPolicy{true}, &err));
        QVERIFY2(err.contains("end_session_endpoint"), qPrintable(err));
    }

    void wellKnownUrls()
    {
        QCOMPARE(Discovery::wellKnownUrl("https://id.example", "openid-configuration", false),
                 QUrl("https://id.example/.well-known/openid-configuration"));
        QCOMPARE(Discovery::wellKnownUrl("https://id.example/tenant/", "oauth-authorization-server", true),
                 QUrl("https://id.example/.well-known/oauth-authorization-server/tenant"));
    }
};

QTEST_GUILESS_MAIN(OAuthParsingTest)
#include "tst_oauthparsing.moc"
