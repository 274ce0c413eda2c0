// tvpair-bridge in front of each code-only identity server of the sandbox (the ctest fixture):
// Prenly-like (client_secret_basic, no issuer, the viewer's id from a token-response property),
// MobilePay-like (hybrid `code id_token` with c_hash and nonce, form_post, merchant_vat,
// client_secret_post, the verifier re-sent on every refresh) and Paytronix-like (the
// requestGuestToken JSON call with an integer merchantId). The bridge's upstream is the shipped
// tenant config of that server, TV-only keys left out. For each: the real `tvpair --headless`
// signs in through the bridge with code + QR (the phone a scripted browser over the bridge's and
// the server's pages, hidden login fields, form_post's Continue), signs in again silently (the
// bridge refreshes upstream in the server's dialect) and signs out. The server's request log
// (names and shapes only) shows what reached it. And a MobilePay form_post whose code is not
// the one its front-channel ID token's c_hash names is refused before any token request.
#include "BridgeTestSupport.h"

#include <functional>
#include <QtTest>

using namespace tvpair::test;

class BridgeDialectsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Sandbox m_sandbox;

    // The shipped tenant config `name`.json on the fixture's origin, as the bridge's upstream:
    // the identity server's keys only (the TV's own ones, such as payment or logout, left out).
    QJsonObject upstreamOf(const QString &name, const QJsonObject &overrides = {}) const
    {
        QFile shipped(QStringLiteral(TVPAIR_SOURCE_DIR "/resources/config/%1.json").arg(name));
        if (!shipped.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = shipped.readAll();
        text.replace("http://127.0.0.1:8740", m_sandbox.issuer.toUtf8());
        QJsonObject u = QJsonDocument::fromJson(text).object();
        for (const char *tvOnly : {"app_name", "flow", "payment", "post_logout_redirect_uri", "end_session_url",
                                   "logout_error_uri"})
            u.remove(QLatin1String(tvOnly));
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            u.insert(it.key(), it.value());
        return u;
    }

    QList<QJsonObject> ledger(const QString &path) const
    {
        QList<QJsonObject> out;
        for (const auto &v : m_sandbox.requestLog()) {
            const QJsonObject o = v.toObject();
            if (o.value("path").toString() == path)
                out.append(o);
        }
        return out;
    }
    static QStringList params(const QJsonObject &rec) { return rec.value("params").toVariant().toStringList(); }

    struct Journey {
        QString subject;
        QString displayName;
        QString customerNumber;
        QUrl authorize;
        QStringList entitlements;
    };

    // Sign-in through the bridge, a silent sign-in, a sign-out: what the TV printed.
    Journey journey(const QString &name, const QJsonObject &upstream, const QJsonObject &tvPayment)
    {
        Journey out;
        const quint16 port = freeLoopbackPort();
        const QString bridgeUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        BridgeRun bridge(writeBridgeConfig(m_dir.path() + "/bridge-" + name, m_sandbox.issuer, port,
                                           {{"upstream", upstream}}));
        if (!bridge.ready()) {
            qWarning("the bridge did not start: %s", bridge.stderrSoFar().constData());
            return out;
        }
        const QString tvDir = m_dir.path() + "/tv-" + name;
        QDir().mkpath(tvDir);
        const QString cfg = m_sandbox.writeConfig(
            tvDir,
            {{"issuer", bridgeUrl}, {"client_id", "tv-app"}, {"scope", "openid offline_access"},
             {"identity", QJsonObject{{"display_name", QJsonArray{"name"}}, {"customer_number", "customer_number"}}}},
            tvPayment);
        const QStringList args{"--headless", "--config", cfg, "--store", tvDir + "/store", "--log-level", "debug"};
        const QProcessEnvironment env = isolatedAppEnv(tvDir + "/env");
        {
            TvpairRun tv(args, env);
            const QJsonObject code = tv.waitFor("user_code");
            if (code.isEmpty()) {
                qWarning("no user_code: %s", tv.allStderr().right(1500).constData());
                return out;
            }
            const Page last = dialectPhoneSignsIn(QUrl(code.value("verification_uri_complete").toString()), &out.authorize);
            if (last.status != 200 || !last.body.contains("id=\"success\"")) {
                qWarning("the bridge's last page: %d %s", last.status, last.body.left(600).constData());
                return out;
            }
            const QJsonObject in = tv.waitFor("signed_in", 60000);
            if (in.value("method").toString() != "device_code" || tv.waitForExit() != 0) {
                qWarning("sign-in: %s", tv.allStderr().right(1500).constData());
                return out;
            }
        }
        {
            TvpairRun tv(args, env);
            const QJsonObject in = tv.waitFor("signed_in", 60000);
            if (in.value("method").toString() != "refresh_token") {
                qWarning("silent sign-in: %s", tv.allStderr().right(1500).constData());
                return out;
            }
            if (tvPayment.value("provider").toString() != "none") {
                for (const auto &i : tv.waitFor("entitlements").value("items").toArray())
                    out.entitlements << i.toObject().value("product_id").toString();
            }
            if (tv.waitForExit() != 0)
                return out;
            out.subject = in.value("subject").toString();
            out.displayName = in.value("display_name").toString();
            out.customerNumber = in.value("customer_number").toString();
        }
        // The sign-out revokes at the bridge (RFC 7009); none of these servers has a revocation
        // endpoint, because none of the providers documents one for tokens (checked 2026-12-02):
        // Prenly's OAuth2 guide names only authorization and token endpoints and a browser logout
        // URL; MobilePay's OpenID Connect guide lists /authorize, /token and discovery, and a
        // merchant revokes consent only in the MobilePay Admin portal
        // (https://developer.mobilepay.dk/node/1677); Paytronix's OAuth Service has only
        // requestGuestToken (https://developers.paytronix.com/pxs_api_reference/oauth.html).
        // So the bridge answers 200 without an upstream call.
        const int revokesBefore = int(bridge.stderrSoFar().count("POST /revoke"));
        TvpairRun signOut(QStringList(args) << "--sign-out", env);
        const int exitCode = signOut.waitForExit();
        QElapsedTimer logged;  // the bridge's log line may reach the pipe after the TV has exited
        logged.start();
        while (bridge.stderrSoFar().count("POST /revoke") <= revokesBefore && logged.elapsed() < 20000)
            QTest::qWait(50);
        if (exitCode != 0 || QFile::exists(tvDir + "/store/session.sealed")
            || bridge.stderrSoFar().count("POST /revoke") != revokesBefore + 1) {
            qWarning("sign-out: %s", signOut.allStderr().right(800).constData());
            out.subject.clear();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = Sandbox::fixture();
    }

    void prenly()
    {
        const int tokenCallsBefore = ledger("/prenly/oauth/token").size();
        const Journey j = journey("prenly", upstreamOf("prenly"), {{"provider", "userinfo"}, {"claim", "products"}});
        // The id from the token response's user_id, the name from UserInfo, both in the bridge's ID token.
        QCOMPARE(j.subject, QString("prn-100001"));
        QCOMPARE(j.displayName, QString("Alice Example"));
        QCOMPARE(j.customerNumber, QString("880001"));
        // The TV reads products from the server's UserInfo, whose address the bridge passes on.
        QCOMPARE(j.entitlements, QStringList({"premium", "sports"}));
        const QUrlQuery q(j.authorize);
        QCOMPARE(q.queryItemValue("client_id"), QString("tvpair-prenly"));
        QCOMPARE(q.queryItemValue("code_challenge_method"), QString("S256"));
        QVERIFY(!q.hasQueryItem("nonce"));  // no openid upstream: no nonce
        // The code, then the refresh: both client_secret_basic, both accepted.
        const auto calls = ledger("/prenly/oauth/token").mid(tokenCallsBefore);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].value("grant_type").toString(), QString("authorization_code"));
        QCOMPARE(calls[1].value("grant_type").toString(), QString("refresh_token"));
        for (const auto &c : calls) {
            QCOMPARE(c.value("client_auth").toString(), QString("client_secret_basic"));
            QCOMPARE(c.value("status").toInt(), 200);
        }
    }

    void mobilePay()
    {
        const QString tokenPath = "/mobilepay/merchant-authentication-openidconnect/connect/token";
        const QString jwksPath = "/mobilepay/merchant-authentication-openidconnect/.well-known/openid-configuration/jwks";
        const int tokenCallsBefore = ledger(tokenPath).size();
        const int jwksBefore = ledger(jwksPath).size();
        const Journey j = journey("mobilepay", upstreamOf("mobilepay"), {{"provider", "none"}});
        // One JWKS fetch, when the bridge first needed the server; the sign-in's front-channel
        // and back-channel ID tokens and the refresh's are checked against that copy.
        QCOMPARE(ledger(jwksPath).size() - jwksBefore, 1);
        QCOMPARE(j.subject, mobilePaySubject("alice"));  // the verified ID token's sub
        QCOMPARE(j.displayName, QString("Alice Example"));
        const QUrlQuery q(j.authorize);
        QCOMPARE(q.queryItemValue("response_type", QUrl::FullyDecoded), QString("code id_token"));
        QCOMPARE(q.allQueryItemValues("response_mode"), QStringList{"form_post"});  // sent once
        QCOMPARE(q.queryItemValue("merchant_vat"), QString("DK12345678"));
        QCOMPARE(q.queryItemValue("code_challenge_method"), QString("S256"));
        QVERIFY(!q.queryItemValue("nonce").isEmpty());
        // The refresh carried the sign-in's verifier again (from the sealed refresh token), in a
        // client_secret_post form; the server refuses a refresh without it.
        const auto calls = ledger(tokenPath).mid(tokenCallsBefore);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[1].value("grant_type").toString(), QString("refresh_token"));
        for (const auto &c : calls) {
            QCOMPARE(c.value("status").toInt(), 200);
            QVERIFY2(params(c).contains("code_verifier") && params(c).contains("client_secret"), qPrintable(params(c).join(',')));
        }
    }

    void mobilePayForgedFrontChannelIsRefused()
    {
        // The form_post carries another code than the one the front-channel ID token's c_hash
        // names (a code swapped in by an attacker): refused before any token request, and the
        // TV's code stays open for another try.
        const QString tokenPath = "/mobilepay/merchant-authentication-openidconnect/connect/token";
        const quint16 port = freeLoopbackPort();
        const QString bridgeUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        BridgeRun bridge(writeBridgeConfig(m_dir.path() + "/bridge-forged", m_sandbox.issuer, port,
                                           {{"upstream", upstreamOf("mobilepay")}}));
        QVERIFY2(bridge.ready(), bridge.stderrSoFar().constData());
        int status = 0;
        const QJsonObject code = QJsonDocument::fromJson(httpCall("POST", QUrl(bridgeUrl + "/device_authorization"),
                                                                  "client_id=tv-app", "application/x-www-form-urlencoded",
                                                                  &status)).object();
        QCOMPARE(status, 200);
        const int tokenCallsBefore = ledger(tokenPath).size();
        QUrl authorize;
        const Page refused = dialectPhoneSignsIn(QUrl(code.value("verification_uri_complete").toString()), &authorize,
                                          [](QByteArray fields) {
                                              static const QRegularExpression codeField("(^|&)code=[^&]*");
                                              return QString::fromLatin1(fields)
                                                  .replace(codeField, "\\1code=swapped-in-code-0123456789")
                                                  .toLatin1();
                                          });
        QCOMPARE(refused.status, 502);
        QVERIFY(refused.body.contains("id=\"failed\""));
        QCOMPARE(ledger(tokenPath).size(), tokenCallsBefore);
        const QJsonObject poll = QJsonDocument::fromJson(
            httpCall("POST", QUrl(bridgeUrl + "/token"),
                     "client_id=tv-app&grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code="
                         + QUrl::toPercentEncoding(code.value("device_code").toString()),
                     "application/x-www-form-urlencoded", &status)).object();
        QCOMPARE(poll.value("error").toString(), QString("authorization_pending"));
    }

    void paytronix()
    {
        const QString tokenPath = "/paytronix/rest/oauth/requestGuestToken.json";
        const int tokenCallsBefore = ledger(tokenPath).size();
        const Journey j = journey("paytronix", upstreamOf("paytronix"), {{"provider", "none"}});
        QCOMPARE(j.subject, QString("alice"));  // the answer's username
        QCOMPARE(j.displayName, QString("alice"));
        // Two requestGuestToken calls, JSON with the integer merchantId, code then refresh.
        const auto calls = ledger(tokenPath).mid(tokenCallsBefore);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].value("grant_type").toString(), QString("authorization_code"));
        QCOMPARE(calls[1].value("grant_type").toString(), QString("refresh_token"));
        for (const auto &c : calls) {
            QCOMPARE(c.value("body").toString(), QString("json"));
            QCOMPARE(c.value("status").toInt(), 200);
            QVERIFY(params(c).contains("merchantId"));
        }
    }
};

QTEST_GUILESS_MAIN(BridgeDialectsTest)
#include "tst_bridge_dialects.moc"
