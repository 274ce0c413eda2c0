// Protocol clauses against the real sandbox (oidc-provider): client authentication,
// refresh single-flight and rotation (RFC 6749 §6), invalid_grant ends the session, ID tokens
// RS256/ES256 and JWKS key rotation (OIDC Core), sign-out revocation (RFC 7009), JWT access-token claims
// (payment tokens), discovery issuer check, fallback, missing device endpoint and cache.
// Server-side facts (request counts) come from the sandbox's own request log.
#include "FaultServer.h"
#include "Sandbox.h"
#include "net/HttpClient.h"
#include "oauth/IdTokenCheck.h"
#include "oauth/Jwt.h"
#include "oauth/TokenClient.h"
#include "secrets/SecretStoreFactory.h"
#include "session/SessionRecord.h"

#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

int countLog(const Sandbox &s, const QString &path, const QString &grant = {}, const QString &clientId = {})
{
    int n = 0;
    for (const auto &v : s.requestLog()) {
        const QJsonObject o = v.toObject();
        if (o.value("path").toString() == path && (grant.isEmpty() || o.value("grant_type").toString() == grant)
            && (clientId.isEmpty() || o.value("client_id").toString() == clientId))
            n++;
    }
    return n;
}

// A device-flow sign-in in this process, through the product's TokenClient.
struct InProcess {
    TenantConfig config;
    net::HttpClient http{net::UrlPolicy{true}};
    std::unique_ptr<oauth::TokenClient> client;

    InProcess(const Sandbox &s, const QString &clientId)
    {
        config.issuer = s.issuer;
        config.clientId = clientId;
        config.scope = QStringLiteral("openid offline_access profile products");
        config.allowInsecureLoopback = true;
        client = std::make_unique<oauth::TokenClient>(config, &http);
        oauth::ServerMetadata m;
        m.issuer = s.issuer;
        m.deviceAuthorizationEndpoint = QUrl(s.issuer + "/device/auth");
        m.tokenEndpoint = QUrl(s.issuer + "/token");
        m.revocationEndpoint = QUrl(s.issuer + "/token/revocation");
        m.jwksUri = QUrl(s.issuer + "/jwks");
        client->setMetadata(m);
    }

    std::optional<oauth::TokenSet> signIn(const Sandbox &s, const QString &account = "alice")
    {
        std::optional<oauth::DeviceCode> code;
        bool answered = false;
        client->requestDeviceCode([&](const std::optional<oauth::DeviceCode> &c, const oauth::OAuthError &) {
            code = c;
            answered = true;
        });
        QElapsedTimer t;
        t.start();
        while (!answered && t.elapsed() < 15000)
            QTest::qWait(20);
        if (!code)
            return std::nullopt;
        s.post("/test/approve", {{"user_code", code->userCode}, {"account", account}});
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(qMax(code->interval, 1) * 1000 + 50);
            std::optional<oauth::TokenSet> tokens;
            bool done = false;
            client->pollDeviceCode(code->deviceCode, [&](const std::optional<oauth::TokenSet> &ts, const oauth::OAuthError &) {
                tokens = ts;
                done = true;
            });
            t.restart();
            while (!done && t.elapsed() < 15000)
                QTest::qWait(20);
            if (tokens)
                return tokens;
        }
        return std::nullopt;
    }
};

QJsonObject jwtHeader(const QString &jwt)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.section('.', 0, 0).toUtf8(), QByteArray::Base64UrlEncoding))
        .object();
}
}  // namespace

class OAuthSandboxTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dir(const QString &name)
    {
        const QString d = m_dir.path() + "/" + name;
        QDir().mkpath(d);
        return d;
    }
    QProcessEnvironment env(const QString &d)
    {
        QProcessEnvironment e;
        e.insert("XDG_CACHE_HOME", d + "/cache");
        e.insert("XDG_DATA_HOME", d + "/data");
        return e;
    }
    QStringList args(const QString &config, const QString &d, const QStringList &extra = {})
    {
        return QStringList{"--headless", "--config", config, "--store", d + "/store", "--log-level", "debug"} + extra;
    }
    static QJsonObject noPayment() { return {{"provider", "none"}}; }

    // The session the tvpair binary stored, read with the platform's own sealed store.
    static std::optional<SessionRecord> stored(const QString &d, SecretRead::Status *status = nullptr)
    {
        StoreOptions o;
        o.dir = d + "/store";
        o.preferKeychain = false;
        QString err;
        auto store = openSecretStore(o, &err);
        if (!store)
            return std::nullopt;
        const SecretRead r = store->read(SessionRecord::kEntryName);
        if (status)
            *status = r.status;
        if (r.status != SecretRead::Found)
            return std::nullopt;
        return SessionRecord::fromBytes(r.value, nullptr);
    }

    // Headless sign-in approved for `account`; returns the run's exit code.
    int signInWithBinary(const Sandbox &s, const QString &config, const QString &d, const QString &account = "alice",
                         QJsonObject *signedIn = nullptr)
    {
        TvpairRun run(args(config, d), env(d));
        const QJsonObject code = run.waitFor("user_code");
        if (code.isEmpty()) {
            qWarning("no user_code: %s", run.allStderr().constData());
            return -10;
        }
        s.post("/test/approve", {{"user_code", code.value("user_code")}, {"account", account}});
        const QJsonObject si = run.waitFor("signed_in");
        if (signedIn)
            *signedIn = si;
        return run.waitForExit();
    }

private slots:
    // ---- RFC 8628 §3.1: client authentication as at the token endpoint ---------------

    void d1_clientSecretBasic()
    {
        const Sandbox s = Sandbox::fixture();
        const QString d = dir("basic");
        const QString cfg = s.writeConfig(d, {{"client_id", "tv-app-confidential"}, {"client_secret", "sandbox-secret"}},
                                          noPayment());
        QJsonObject si;
        QCOMPARE(signInWithBinary(s, cfg, d, "alice", &si), 0);
        QCOMPARE(si.value("subject").toString(), QString("alice"));
        QVERIFY(countLog(s, "/device/auth", {}, "tv-app-confidential") >= 1);
        QVERIFY(countLog(s, "/token", kDeviceGrant, "tv-app-confidential") >= 1);
    }

    void d1_clientSecretPost()
    {
        const Sandbox s = Sandbox::fixture();
        const QString d = dir("post");
        const QString cfg = s.writeConfig(d, {{"client_id", "tv-app-post"}, {"client_secret", "sandbox-secret"},
                                              {"token_endpoint_auth_method", "client_secret_post"}},
                                          noPayment());
        QJsonObject si;
        QCOMPARE(signInWithBinary(s, cfg, d, "bob", &si), 0);
        QCOMPARE(si.value("subject").toString(), QString("bob"));
    }

    void d1_wrongSecretIsInvalidClient()
    {
        const Sandbox s = Sandbox::fixture();
        const QString d = dir("wrongsecret");
        const QString cfg = s.writeConfig(d, {{"client_id", "tv-app-confidential"}, {"client_secret", "WrongSecret-4711"}},
                                          noPayment());
        TvpairRun run(args(cfg, d), env(d));
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("invalid_client"));
        QCOMPARE(run.waitForExit(), 2);
        QVERIFY(!run.allStderr().contains("WrongSecret-4711"));
        QVERIFY(!run.allStdout().contains("WrongSecret-4711"));
        QVERIFY(run.waitFor("user_code", 100).isEmpty());
    }

    // ---- RFC 6749 §6: refresh single-flight and rotation --------------------------------

    void t2_refreshSingleFlightAndRotation()
    {
        auto s = Sandbox::startPrivate({});
        QVERIFY(s);
        InProcess ip(*s, "tv-app");
        const auto first = ip.signIn(*s);
        QVERIFY(first && !first->refreshToken.isEmpty());
        QVERIFY(s->tokenActive(first->refreshToken));
        QCOMPARE(countLog(*s, "/token", "refresh_token"), 0);

        QList<QString> accessTokens;
        QList<QString> refreshTokens;
        for (int i = 0; i < 3; ++i) {
            ip.client->refresh(first->refreshToken, [&](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
                accessTokens << (t ? t->accessToken : QStringLiteral("error: ") + e.toString());
                refreshTokens << (t ? t->refreshToken : QString());
            });
            QVERIFY(ip.client->refreshInFlight());
        }
        QTRY_COMPARE_WITH_TIMEOUT(accessTokens.size(), 3, 20000);
        QCOMPARE(countLog(*s, "/token", "refresh_token"), 1);  // one request for three callers
        QVERIFY(!accessTokens[0].startsWith("error"));
        QCOMPARE(accessTokens[1], accessTokens[0]);
        QCOMPARE(accessTokens[2], accessTokens[0]);
        QCOMPARE(refreshTokens[1], refreshTokens[0]);
        QVERIFY(!ip.client->refreshInFlight());

        // Rotation: the sandbox issued a new refresh token and the old one is dead.
        const QString rotated = refreshTokens[0];
        QVERIFY(!rotated.isEmpty() && rotated != first->refreshToken);
        QVERIFY(!s->tokenActive(first->refreshToken));
        QVERIFY(s->tokenActive(rotated));

        // Single-flight does not merge a later refresh: it is a new request.
        bool done = false;
        ip.client->refresh(rotated, [&](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &) { done = bool(t); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(countLog(*s, "/token", "refresh_token"), 2);
    }

    // ---- RFC 6749 §5.2: invalid_grant on refresh ends the session -----------------------

    void t3_invalidGrantEndsSession()
    {
        const Sandbox s = Sandbox::fixture();
        const QString d = dir("invalidgrant");
        const QString cfg = s.writeConfig(d, {}, noPayment());
        QCOMPARE(signInWithBinary(s, cfg, d), 0);
        const auto rec = stored(d);
        QVERIFY(rec && !rec->refreshToken.isEmpty());
        // Revoke it out of band (as an operator or another device would).
        int status = 0;
        httpCall("POST", QUrl(s.issuer + "/token/revocation"),
                 "client_id=tv-app&token_type_hint=refresh_token&token=" + QUrl::toPercentEncoding(rec->refreshToken),
                 "application/x-www-form-urlencoded", &status);
        QCOMPARE(status, 200);
        QVERIFY(!s.tokenActive(rec->refreshToken));

        TvpairRun run(args(cfg, d), env(d));
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("invalid_grant"));
        QTest::qWait(300);
        SecretRead::Status st = SecretRead::Found;
        stored(d, &st);
        QCOMPARE(st, SecretRead::Absent);  // the dead session was wiped
        QVERIFY(!run.allStderr().contains(rec->refreshToken.toUtf8()));
        const QJsonObject code = run.waitFor("user_code", 15000);  // back to sign-in, not an exit
        QList<QByteArray> lines;
        for (const auto &e : run.events())
            lines << QJsonDocument(e).toJson(QJsonDocument::Compact);
        QVERIFY2(!code.isEmpty(), lines.join('\n').constData());
        QVERIFY(!run.allStderr().contains(rec->refreshToken.toUtf8()));
    }

    // ---- RFC 7009 §2.1: sign-out revokes, and wipes even when revocation fails ---------

    void t5_signOutRevokes()
    {
        const Sandbox s = Sandbox::fixture();
        const QString d = dir("signout");
        const QString cfg = s.writeConfig(d, {}, noPayment());
        QCOMPARE(signInWithBinary(s, cfg, d), 0);
        const auto rec = stored(d);
        QVERIFY(rec && !rec->refreshToken.isEmpty());
        QVERIFY(s.tokenActive(rec->refreshToken));
        TvpairRun out(QStringList{"--sign-out", "--config", cfg, "--store", d + "/store", "--log-level", "debug"}, env(d));
        QCOMPARE(out.waitForExit(), 0);
        QVERIFY(!s.tokenActive(rec->refreshToken));
        SecretRead::Status st = SecretRead::Found;
        stored(d, &st);
        QCOMPARE(st, SecretRead::Absent);
    }

    void t5_signOutWipesWhenRevocationFails()
    {
        auto s = Sandbox::startPrivate({});
        QVERIFY(s);
        const QString d = dir("signoutfail");
        const QString cfg = s->writeConfig(d, {}, noPayment());
        QCOMPARE(signInWithBinary(*s, cfg, d), 0);
        const auto rec = stored(d);
        QVERIFY(rec && !rec->refreshToken.isEmpty());
        s->post("/test/fail", {{"path", "/token/revocation"}, {"count", 10}, {"status", 503}});
        TvpairRun out(QStringList{"--sign-out", "--config", cfg, "--store", d + "/store", "--log-level", "debug"}, env(d));
        QCOMPARE(out.waitForExit(), 0);
        QVERIFY(countLog(*s, "/token/revocation") >= 1);  // it did try
        SecretRead::Status st = SecretRead::Found;
        stored(d, &st);
        QCOMPARE(st, SecretRead::Absent);                // wiped anyway
        QVERIFY(s->tokenActive(rec->refreshToken));      // proof that the revocation really failed
        QVERIFY(!out.allStderr().contains(rec->refreshToken.toUtf8()));
    }

    // ---- OIDC Core §3.1.3.7: ID tokens RS256 / ES256, key rotation ----------------------

    void t4_es256AndRs256IdTokens_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << "tv-app" << "RS256";
        QTest::newRow("ES256") << "tv-app-es256" << "ES256";
    }
    void t4_es256AndRs256IdTokens()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, alg);
        const Sandbox s = Sandbox::fixture();
        InProcess ip(s, clientId);
        const auto tokens = ip.signIn(s, "carol");
        QVERIFY(tokens && !tokens->idToken.isEmpty());
        QCOMPARE(jwtHeader(tokens->idToken).value("alg").toString(), alg);
        std::optional<QJsonObject> cache;
        std::optional<QJsonObject> claims;
        QString error = "pending";
        QObject ctx;
        oauth::checkIdToken(ip.client.get(), ip.config, tokens->idToken, &cache, &ctx,
                            [&](const std::optional<QJsonObject> &c, const QString &e) {
                                claims = c;
                                error = e;
                            });
        QTRY_VERIFY_WITH_TIMEOUT(error != "pending", 15000);
        QVERIFY2(claims, qPrintable(error));
        QCOMPARE(claims->value("sub").toString(), QString("carol"));

        // And the binary with that client: signed_in's subject comes from the verified ID token.
        const QString d = dir("idtoken-" + alg);
        QJsonObject si;
        QCOMPARE(signInWithBinary(s, s.writeConfig(d, {{"client_id", clientId}}, noPayment()), d, "bob", &si), 0);
        QCOMPARE(si.value("subject").toString(), QString("bob"));
    }

    void t4_unknownKidRefetchesJwksOnce()
    {
        auto s = Sandbox::startPrivate({});
        QVERIFY(s);
        InProcess ip(*s, "tv-app");
        const auto tokens = ip.signIn(*s);
        QVERIFY(tokens && !tokens->idToken.isEmpty());
        // The cache holds yesterday's keys: same key material, other key ids.
        QJsonObject old = QJsonDocument::fromJson(httpCall("GET", QUrl(s->issuer + "/jwks"))).object();
        QJsonArray keys = old.value("keys").toArray();
        QVERIFY(!keys.isEmpty());
        for (int i = 0; i < keys.size(); ++i) {
            QJsonObject k = keys[i].toObject();
            k.insert("kid", QStringLiteral("retired-%1").arg(i));
            keys[i] = k;
        }
        old.insert("keys", keys);
        const int before = countLog(*s, "/jwks");

        auto check = [&](const QString &idToken, std::optional<QJsonObject> *cache, QString *error) {
            std::optional<QJsonObject> claims;
            bool done = false;
            QObject ctx;
            oauth::checkIdToken(ip.client.get(), ip.config, idToken, cache, &ctx,
                                [&](const std::optional<QJsonObject> &c, const QString &e) {
                                    claims = c;
                                    *error = e;
                                    done = true;
                                });
            QElapsedTimer t;
            t.start();
            while (!done && t.elapsed() < 15000)
                QTest::qWait(20);
            return claims;
        };
        std::optional<QJsonObject> cache = old;
        QString error;
        const auto claims = check(tokens->idToken, &cache, &error);
        QVERIFY2(claims, qPrintable(error));
        QCOMPARE(claims->value("sub").toString(), QString("alice"));
        QCOMPARE(countLog(*s, "/jwks"), before + 1);  // exactly one refetch
        QVERIFY(cache && cache->value("keys").toArray().first().toObject().value("kid") != QJsonValue("retired-0"));

        // With the fresh set cached: no request at all.
        QVERIFY(check(tokens->idToken, &cache, &error));
        QCOMPARE(countLog(*s, "/jwks"), before + 1);

        // A kid nobody has: one refetch, then a clear failure (no loop).
        QJsonObject h = jwtHeader(tokens->idToken);
        h.insert("kid", "never-published");
        const QString forged = QString::fromLatin1(QJsonDocument(h).toJson(QJsonDocument::Compact).toBase64(
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + tokens->idToken.mid(tokens->idToken.indexOf('.'));
        QVERIFY(!check(forged, &cache, &error));
        QVERIFY2(error.contains("unknown_kid"), qPrintable(error));
        QCOMPARE(countLog(*s, "/jwks"), before + 2);
        QVERIFY(!error.contains(tokens->idToken.section('.', 1, 1)));
    }

    // ---- payment tokens from <provider>_token claims of a JWT access token --------------

    void p2_jwtAccessTokenClaims()
    {
        const Sandbox s = Sandbox::fixture();
        InProcess ip(s, "tv-app-jwt");
        const auto tokens = ip.signIn(s, "alice");
        QVERIFY(tokens);
        QCOMPARE(tokens->accessToken.count('.'), 2);
        // Only the JWT, no storage_keys: the claims alone name the providers.
        const auto fromClaims = oauth::extractPaymentTokens(QJsonObject{}, tokens->accessToken);
        QCOMPARE(QStringList(fromClaims.keys()), (QStringList{"cleeng", "inplayer", "mpx"}));
        QVERIFY(!fromClaims.value("cleeng").token.isEmpty());

        const QString d = dir("jwt");
        TvpairRun run(args(s.writeConfig(d, {{"client_id", "tv-app-jwt"}}, noPayment()), d), env(d));
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY(!code.isEmpty());
        s.post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
        const QJsonObject pt = run.waitFor("payment_tokens");
        QCOMPARE(pt.value("providers").toVariant().toStringList(), (QStringList{"cleeng", "inplayer", "mpx"}));
        QCOMPARE(run.waitForExit(), 0);
    }

    // ---- discovery (OIDC Discovery §4, RFC 8414 §3) ------------------------------------

    void m1_issuerMismatchIsAConfigError()
    {
        const Sandbox s = Sandbox::fixture();
        const QString d = dir("issuer");
        // A server at another address hands out the sandbox's real metadata: its "issuer" is
        // not the configured one, so nothing from it may be used.
        FaultServer proxy;
        QVERIFY(proxy.listen());
        const QByteArray meta = httpCall("GET", QUrl(s.issuer + "/.well-known/openid-configuration"));
        proxy.on("/.well-known/openid-configuration", FaultReply::json(200, meta));
        const QString proxied = proxy.base();
        const QString cfg2 = s.writeConfig(d, {{"issuer", proxied}}, noPayment());
        LiveRun run(args(cfg2, d), env(d));
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("config"));
        QVERIFY2(err.value("message").toString().contains(proxied), qPrintable(err.value("message").toString()));
        QVERIFY2(err.value("message").toString().contains(s.issuer), qPrintable(err.value("message").toString()));
        QCOMPARE(run.waitForExit(), 2);
        QCOMPARE(proxy.count("/device/auth"), 0);
    }

    void m1_trailingSlashIsNotTheSameIssuer()
    {
        const Sandbox s = Sandbox::fixture();
        const QString d = dir("issuerslash");
        TvpairRun run(args(s.writeConfig(d, {{"issuer", s.issuer + "/"}}, noPayment()), d), env(d));
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("config"));
        QVERIFY2(err.value("message").toString().contains("issuer"), qPrintable(err.value("message").toString()));
        QCOMPARE(run.waitForExit(), 2);
    }

    void m2_fallsBackToOAuthMetadata()
    {
        auto s = Sandbox::startPrivate({});
        QVERIFY(s);
        s->post("/test/fail", {{"path", "/.well-known/openid-configuration"}, {"count", 10}, {"status", 404}, {"empty", true}});
        const QString d = dir("fallback");
        QCOMPARE(signInWithBinary(*s, s->writeConfig(d, {}, noPayment()), d), 0);
        QCOMPARE(countLog(*s, "/.well-known/openid-configuration"), 1);
        QCOMPARE(countLog(*s, "/.well-known/oauth-authorization-server"), 1);
    }

    void m3_missingDeviceEndpoint()
    {
        // (a) metadata without a device endpoint; (b) no metadata and only a token endpoint.
        for (bool withDiscovery : {true, false}) {
            FaultAuthServer fake;
            QVERIFY(fake.start());
            if (withDiscovery)
                fake.serveDiscovery(fake.http.base(), false);
            const QString d = dir(withDiscovery ? "nodevice-a" : "nodevice-b");
            const QJsonObject endpoints{{"token", fake.http.base() + "/token"}};
            const QString cfg = fake.writeConfig(d, {{"endpoints", endpoints}});
            LiveRun run(args(cfg, d), env(d));
            const QJsonObject err = run.waitFor("error");
            QVERIFY2(!err.isEmpty(), run.allOutput().constData());
            QCOMPARE(err.value("code").toString(), QString("config"));
            QVERIFY2(err.value("message").toString().contains("device_authorization"),
                     qPrintable(err.value("message").toString()));
            QCOMPARE(run.waitForExit(), 2);
            QCOMPARE(fake.http.count("/device/auth"), 0);
        }
    }

    void m4_metadataCachedAcrossRuns()
    {
        auto s = Sandbox::startPrivate({});
        QVERIFY(s);
        const QString d = dir("cache");
        const QString cfg = s->writeConfig(d, {}, noPayment());
        QCOMPARE(signInWithBinary(*s, cfg, d), 0);
        QCOMPARE(countLog(*s, "/.well-known/openid-configuration"), 1);
        TvpairRun second(args(cfg, d), env(d));  // same XDG_CACHE_HOME
        QCOMPARE(second.waitFor("signed_in").value("method").toString(), QString("refresh_token"));
        QCOMPARE(second.waitForExit(), 0);
        QCOMPARE(countLog(*s, "/.well-known/openid-configuration"), 1);  // no discovery on the restart
        QCOMPARE(countLog(*s, "/.well-known/oauth-authorization-server"), 0);
        QVERIFY(countLog(*s, "/token", "refresh_token") >= 1);
    }
};

QTEST_GUILESS_MAIN(OAuthSandboxTest)
#include "tst_oauth_sandbox.moc"
