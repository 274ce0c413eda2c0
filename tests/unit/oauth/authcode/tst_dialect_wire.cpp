// What the identity-server dialects put on the wire in the browser half of the code flow:
// authorization_params that never override the core's own parameters, response_mode, the
// loopback listener's form_post and fragment answers received from a real HTTP client, the
// c_hash of OIDC Core (known answer), and the hybrid front-channel ID token checked (signature,
// nonce, c_hash) before the code is exchanged, against a fake server with real signatures.
#include "FaultServer.h"
#include "TestSigner.h"
#include "net/HttpClient.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/CodeRedemption.h"
#include "oauth/ExtraParameters.h"
#include "oauth/IdTokenValidator.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/TokenClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::oauth;
using tvpair::test::FaultReply;
using tvpair::test::FaultRequest;
using tvpair::test::FaultServer;

namespace {
struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray csp;
};
Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &form = {})
{
    QNetworkRequest req(url);
    if (method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *r = nam.sendCustomRequest(req, method, form);
    QDeadlineTimer deadline(30000);
    while (!r->isFinished() && !deadline.hasExpired())
        QTest::qWait(20);  // the listener answers on this thread's event loop
    Reply out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll(),
              r->rawHeader("Content-Security-Policy")};
    r->deleteLater();
    return out;
}
}  // namespace

class DialectWireTest : public QObject {
    Q_OBJECT
    test::TestSigner m_signer;

    TenantConfig hybridConfig(const FaultServer &idp) const
    {
        TenantConfig c;
        c.issuer = idp.base();
        c.clientId = "mp-client";
        c.scope = "openid offline_access";
        c.allowInsecureLoopback = true;
        c.dialect.responseType = "code id_token";
        c.dialect.responseMode = "form_post";
        return c;
    }
    QJsonObject claims(const TenantConfig &c, const QString &nonce, const QString &code) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject o{{"iss", c.issuer}, {"sub", "viewer-7"}, {"aud", c.clientId}, {"iat", now}, {"exp", now + 600},
                      {"nonce", nonce}};
        if (!code.isNull())
            o.insert("c_hash", IdTokenValidator::leftHalfHash("RS256", code.toUtf8()));
        return o;
    }

private slots:
    void coreParametersCannotBeOverridden()
    {
        TenantConfig c;
        c.clientId = "tv-app";
        c.scope = "openid";
        c.dialect.responseMode = "form_post";
        c.dialect.authorizationParams = QJsonObject{{"merchant_vat", "DK12345678"}, {"state", "attacker"},
                                                    {"client_id", "other"}, {"response_type", "token"},
                                                    {"code_challenge_method", "plain"}, {"response_mode", "query"},
                                                    {"max_age", 300}, {"ui_locales", "da en"}};
        const QUrl u = AuthorizationRequest::buildUrl(QUrl("https://id.example/auth?acr=x"), c, "http://127.0.0.1:1/cb",
                                                      "our-state", "our-nonce", "chal");
        const QUrlQuery q(u);
        QCOMPARE(q.allQueryItemValues("state"), QStringList{"our-state"});
        QCOMPARE(q.allQueryItemValues("client_id"), QStringList{"tv-app"});
        QCOMPARE(q.allQueryItemValues("response_type"), QStringList{"code"});
        QCOMPARE(q.allQueryItemValues("code_challenge_method"), QStringList{"S256"});
        QCOMPARE(q.allQueryItemValues("response_mode"), QStringList{"form_post"});
        QCOMPARE(q.queryItemValue("merchant_vat"), QString("DK12345678"));
        QCOMPARE(q.queryItemValue("max_age"), QString("300"));  // a JSON number as its decimal text
        QCOMPARE(q.queryItemValue("ui_locales", QUrl::FullyDecoded), QString("da en"));
        QCOMPARE(q.queryItemValue("acr"), QString("x"));  // the endpoint's own parameter kept
        // query is the default response mode and is not named.
        c.dialect.responseMode = "query";
        QVERIFY(!QUrlQuery(AuthorizationRequest::buildUrl(QUrl("https://id.example/auth"), c, "r", "s", "n", "c"))
                     .hasQueryItem("response_mode"));
        // The hybrid type is sent as is; its ID token never travels in a query: fragment instead.
        c.dialect.responseType = "code id_token";
        c.scope = "payments";  // no openid: the hybrid type still sends a nonce
        const auto req = AuthorizationRequest::create(QUrl("https://id.example/auth"), c, "http://127.0.0.1:1/cb", nullptr);
        QVERIFY(req);
        const QUrlQuery q2(req->url);
        QCOMPARE(q2.queryItemValue("response_mode"), QString("fragment"));
        QCOMPARE(req->responseMode, QString("fragment"));
        QCOMPARE(q2.queryItemValue("response_type", QUrl::FullyDecoded), QString("code id_token"));
        QVERIFY(!req->nonce.isEmpty());
        QCOMPARE(q2.queryItemValue("nonce"), req->nonce);
        QVERIFY(!req->url.toString().contains(req->pkce.verifier));
    }

    void extraParametersKeepJsonTypes()
    {
        QCOMPARE(formText(QJsonValue(1000)), QString("1000"));
        QCOMPARE(formText(QJsonValue(-3)), QString("-3"));
        QCOMPARE(formText(QJsonValue(2.5)), QString("2.5"));
        QCOMPARE(formText(QJsonValue(true)), QString("true"));
        const FormFields f = withExtraFields({{"grant_type", "refresh_token"}}, {{"grant_type", "password"}, {"merchantId", 7}});
        QCOMPARE(f, (FormFields{{"grant_type", "refresh_token"}, {"merchantId", "7"}}));
        const QJsonObject o = withExtraMembers({{"grant_type", "refresh_token"}}, {{"grant_type", "password"}, {"merchantId", 7}});
        QCOMPARE(o.value("grant_type").toString(), QString("refresh_token"));
        QVERIFY(o.value("merchantId").isDouble());
    }

    void cHashKnownAnswer()
    {
        // OpenID Connect Core 1.0 Appendix A.4 (code id_token, RS256).
        QCOMPARE(IdTokenValidator::leftHalfHash("RS256", "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk"),
                 QString("LDktKdoQak3Pk0cnXxCltA"));
        const QByteArray code = "abc";
        const auto half = [&code](QCryptographicHash::Algorithm a) {
            const QByteArray d = QCryptographicHash::hash(code, a);
            return QString::fromLatin1(test::TestSigner::b64u(d.left(d.size() / 2)));
        };
        QCOMPARE(IdTokenValidator::leftHalfHash("ES384", code), half(QCryptographicHash::Sha384));
        QCOMPARE(IdTokenValidator::leftHalfHash("PS512", code), half(QCryptographicHash::Sha512));
        QCOMPARE(IdTokenValidator::leftHalfHash("ES256", code), half(QCryptographicHash::Sha256));
        QVERIFY(IdTokenValidator::leftHalfHash("none", code).isEmpty());
    }

    void formPostFromARealClient()
    {
        LoopbackRedirectListener l("/cb");
        l.setResponseMode("form_post");
        QVERIFY(l.listen());
        l.setExpectedState("st-1");
        QSignalSpy spy(&l, &LoopbackRedirectListener::responseReceived);
        QNetworkAccessManager nam;
        const Reply r = send(nam, "POST", QUrl(l.redirectUri()), "code=c%2B1&state=st-1&id_token=a.b.c&iss=https%3A%2F%2Fi");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("return to the TV"));
        QCOMPARE(spy.size(), 1);
        const auto a = spy.at(0).at(0).value<AuthorizationResponse>();
        QVERIFY(a.stateMatches);
        QCOMPARE(a.code, QString("c+1"));
        QCOMPARE(a.idToken, QString("a.b.c"));
        QCOMPARE(a.iss, QString("https://i"));
    }

    void fragmentRelayedByThePage()
    {
        LoopbackRedirectListener l("/cb");
        l.setResponseMode("fragment");
        QVERIFY(l.listen());
        l.setExpectedState("st-2");
        QSignalSpy spy(&l, &LoopbackRedirectListener::responseReceived);
        QNetworkAccessManager nam;
        // The browser sends no fragment: the GET gets the relay page, the attempt goes on.
        const Reply page = send(nam, "GET", QUrl(l.redirectUri() + "#code=c2&state=st-2"));
        QCOMPARE(page.status, 200);
        QCOMPARE(spy.size(), 0);
        QVERIFY(l.isListening());
        QVERIFY(page.body.contains("location.hash"));
        QVERIFY(page.body.contains("f.submit()"));
        // The CSP lets exactly this inline script run (its SHA-256) and nothing else.
        const QRegularExpression re("<script>(.*)</script>", QRegularExpression::DotMatchesEverythingOption);
        const QByteArray script = re.match(QString::fromUtf8(page.body)).captured(1).toUtf8();
        QVERIFY(!script.isEmpty());
        const QByteArray hash = QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64();
        QVERIFY2(page.csp.contains("script-src 'sha256-" + hash + "'"), page.csp.constData());
        QVERIFY(page.csp.contains("default-src 'none'"));
        QVERIFY(page.csp.contains("form-action 'self'"));
        // What the script posts: the fragment's parameters as a form to the same path.
        const Reply done = send(nam, "POST", QUrl(l.redirectUri()), "code=c2&state=st-2");
        QCOMPARE(done.status, 200);
        QCOMPARE(spy.size(), 1);
        const auto a = spy.at(0).at(0).value<AuthorizationResponse>();
        QVERIFY(a.stateMatches);
        QCOMPARE(a.code, QString("c2"));
    }

    void fragmentWithWrongStateRefused()
    {
        LoopbackRedirectListener l("/cb");
        l.setResponseMode("fragment");
        QVERIFY(l.listen());
        l.setExpectedState("st-3");
        QSignalSpy spy(&l, &LoopbackRedirectListener::responseReceived);
        QNetworkAccessManager nam;
        QCOMPARE(send(nam, "POST", QUrl(l.redirectUri()), "code=c3&state=evil").status, 400);
        QCOMPARE(spy.size(), 1);
        QVERIFY(!spy.at(0).at(0).value<AuthorizationResponse>().stateMatches);
    }

    void queryModeKeepsRefusingAnEmptyVisit()
    {
        LoopbackRedirectListener l("/cb");
        QVERIFY(l.listen());
        l.setExpectedState("st-4");
        QNetworkAccessManager nam;
        QCOMPARE(send(nam, "GET", QUrl(l.redirectUri())).status, 400);
    }

    void hybridFrontChannelChecked_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("good") << "" << true;
        QTest::newRow("bad c_hash") << "c_hash" << false;
        QTest::newRow("no c_hash") << "no_c_hash" << false;
        QTest::newRow("wrong nonce") << "nonce" << false;
        QTest::newRow("wrong audience") << "aud" << false;
        QTest::newRow("expired") << "exp" << false;
        QTest::newRow("foreign signature") << "signature" << false;
        QTest::newRow("no id_token") << "missing" << false;
        QTest::newRow("other subject at the token endpoint") << "back_sub" << false;
    }
    void hybridFrontChannelChecked()
    {
        QFETCH(QString, fault);
        QFETCH(bool, accepted);
        FaultServer idp;
        QVERIFY(idp.listen());
        const TenantConfig c = hybridConfig(idp);
        idp.on("/jwks", FaultReply::json(200, m_signer.jwks()));
        QString nonce;
        idp.on("/token", [&](const FaultRequest &) {
            QJsonObject back = claims(c, nonce, QString());
            if (fault == "back_sub")
                back.insert("sub", "someone-else");
            return FaultReply::json(200, QJsonObject{{"access_token", "at-hyb"}, {"token_type", "Bearer"},
                                                     {"expires_in", 300}, {"id_token", QString(m_signer.sign(back))}});
        });
        net::HttpClient http(net::UrlPolicy{true});
        TokenClient client(c, &http);
        ServerMetadata m;
        m.issuer = c.issuer;
        m.tokenEndpoint = idp.url("/token");
        m.jwksUri = idp.url("/jwks");
        client.setMetadata(m);

        auto req = AuthorizationRequest::create(idp.url("/authorize"), c, "http://127.0.0.1:9/cb", nullptr);
        QVERIFY(req);
        QVERIFY(req->expectsFrontChannelIdToken());
        nonce = req->nonce;
        const QString code = "the-code-123";
        QJsonObject front = claims(c, fault == "nonce" ? QString("another-nonce") : nonce,
                                   fault == "c_hash" ? QString("another-code") : code);
        if (fault == "no_c_hash")
            front.remove("c_hash");
        if (fault == "aud")
            front.insert("aud", "someone-else");
        if (fault == "exp")
            front.insert("exp", QDateTime::currentSecsSinceEpoch() - 3600);
        AuthorizationResponse r;
        r.code = code;
        r.state = req->state;
        r.stateMatches = true;
        if (fault == "signature") {
            test::TestSigner other;
            r.idToken = other.sign(front);
        } else if (fault != "missing") {
            r.idToken = m_signer.sign(front);
        }

        CodeRedemption redemption(&client, c, *req);
        std::optional<QString> redeemedNonce;
        std::optional<OAuthError> failure;
        connect(&redemption, &CodeRedemption::redeemed, this, [&](const TokenSet &, const QString &n) { redeemedNonce = n; });
        connect(&redemption, &CodeRedemption::failed, this, [&](const OAuthError &e) { failure = e; });
        redemption.redeem(r);
        QTRY_VERIFY_WITH_TIMEOUT(redeemedNonce || failure, 30000);
        QCOMPARE(bool(redeemedNonce), accepted);
        if (accepted) {
            QCOMPARE(*redeemedNonce, nonce);  // for the back-channel ID token check
            QCOMPARE(redemption.frontChannelClaims().value("sub").toString(), QString("viewer-7"));
            const QUrlQuery f = idp.to("/token").at(0).form();
            QCOMPARE(f.queryItemValue("code"), code);
            QCOMPARE(f.queryItemValue("code_verifier"), req->pkce.verifier);
            return;
        }
        const OAuthError e = *failure;
        QCOMPARE(e.error, QString("invalid_id_token"));
        QVERIFY(!e.description.contains(code));
        QVERIFY(!e.description.contains(nonce));
        // Refused before the code was used, except when the token endpoint's own token disagrees.
        QCOMPARE(idp.count("/token"), fault == "back_sub" ? 1 : 0);
        if (fault == "c_hash")
            QVERIFY2(e.description.contains("c_hash"), qPrintable(e.description));
        if (fault == "nonce")
            QVERIFY2(e.description.contains("nonce"), qPrintable(e.description));
    }

    // A caller that redeems many responses (the bridge) keeps one JWKS for all of them: the
    // first redemption fetches it, the next ones use it; a front-channel ID token signed with a
    // key the cached set lacks (rotation at the server) costs exactly one refetch, after which
    // the new set is what the cache holds; a kid still unknown after the refetch is refused.
    void hybridSharesJwksAndRefetchesOnRotation()
    {
        FaultServer idp;
        QVERIFY(idp.listen());
        const TenantConfig c = hybridConfig(idp);
        test::TestSigner rotated;
        QJsonObject published = m_signer.jwks("k1");
        idp.on("/jwks", [&](const FaultRequest &) { return FaultReply::json(200, published); });
        idp.on("/token", FaultReply::json(200, QJsonObject{{"access_token", "at-shared"}, {"token_type", "Bearer"}}));
        net::HttpClient http(net::UrlPolicy{true});
        TokenClient client(c, &http);
        ServerMetadata m;
        m.issuer = c.issuer;
        m.tokenEndpoint = idp.url("/token");
        m.jwksUri = idp.url("/jwks");
        client.setMetadata(m);

        std::optional<QJsonObject> cache;  // the caller's, across redemptions
        // "" when redeemed, else the error code.
        const auto redeemOnce = [&](const test::TestSigner &signer, const QString &kid) -> QString {
            auto req = AuthorizationRequest::create(idp.url("/authorize"), c, "http://127.0.0.1:9/cb", nullptr);
            if (!req)
                return "no request";
            AuthorizationResponse r;
            r.code = "code-" + req->state.left(8);
            r.state = req->state;
            r.stateMatches = true;
            r.idToken = signer.sign(claims(c, req->nonce, r.code), kid);
            CodeRedemption redemption(&client, c, *req);
            redemption.setJwksCache(&cache);
            bool redeemed = false;
            std::optional<OAuthError> failure;
            connect(&redemption, &CodeRedemption::redeemed, this, [&](const TokenSet &, const QString &) { redeemed = true; });
            connect(&redemption, &CodeRedemption::failed, this, [&](const OAuthError &e) { failure = e; });
            redemption.redeem(r);
            QDeadlineTimer deadline(30000);
            while (!redeemed && !failure && !deadline.hasExpired())
                QTest::qWait(10);
            return redeemed ? QString() : failure ? failure->error : QString("timeout");
        };

        QCOMPARE(redeemOnce(m_signer, "k1"), QString());
        QCOMPARE(idp.count("/jwks"), 1);
        QVERIFY(cache.has_value());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(redeemOnce(m_signer, "k1"), QString());
        QCOMPARE(idp.count("/jwks"), 1);  // the cache, no fetch per sign-in

        // The server rotates to k2: the first token signed with it costs one refetch.
        published = rotated.jwks("k2");
        QCOMPARE(redeemOnce(rotated, "k2"), QString());
        QCOMPARE(idp.count("/jwks"), 2);
        QCOMPARE(cache->value("keys").toArray().at(0).toObject().value("kid").toString(), QString("k2"));
        QCOMPARE(redeemOnce(rotated, "k2"), QString());
        QCOMPARE(idp.count("/jwks"), 2);

        // A kid the server does not publish even after the refetch: refused, one fetch only.
        QCOMPARE(redeemOnce(rotated, "k9"), QString("invalid_id_token"));
        QCOMPARE(idp.count("/jwks"), 3);
        QCOMPARE(idp.count("/token"), 6);  // the refused one never reached the token endpoint
    }

    // The whole browser half through AuthorizationCodeFlow: the URL it opens, a hybrid answer
    // posted to its listener (form_post) by a real HTTP client, the exchange, approved().
    void flowWithHybridFormPost()
    {
        FaultServer idp;
        QVERIFY(idp.listen());
        TenantConfig c = hybridConfig(idp);
        c.dialect.authorizationParams = QJsonObject{{"merchant_vat", "DK12345678"}};
        c.dialect.tokenParams = QJsonObject{{"merchant_vat", "DK12345678"}};
        idp.on("/jwks", FaultReply::json(200, m_signer.jwks()));
        idp.on("/token", FaultReply::json(200, QJsonObject{{"access_token", "at-flow"}, {"token_type", "Bearer"},
                                                           {"refresh_token", "rt-flow"}}));
        net::HttpClient http(net::UrlPolicy{true});
        TokenClient client(c, &http);
        ServerMetadata m;
        m.issuer = c.issuer;
        m.authorizationEndpoint = idp.url("/authorize");
        m.tokenEndpoint = idp.url("/token");
        m.jwksUri = idp.url("/jwks");
        client.setMetadata(m);
        AuthorizationCodeFlow flow(&client, c);
        QUrl opened;
        std::optional<QString> approvedNonce;
        std::optional<OAuthError> failure;
        connect(&flow, &AuthorizationCodeFlow::browserUrlReady, this, [&](const QUrl &u) { opened = u; });
        connect(&flow, &AuthorizationCodeFlow::approved, this, [&](const TokenSet &, const QString &n) { approvedNonce = n; });
        connect(&flow, &AuthorizationCodeFlow::failed, this, [&](const OAuthError &e) { failure = e; });
        flow.start();
        QVERIFY(opened.isValid());
        const QUrlQuery q(opened);
        QCOMPARE(q.queryItemValue("response_type", QUrl::FullyDecoded), QString("code id_token"));
        QCOMPARE(q.queryItemValue("response_mode"), QString("form_post"));
        QCOMPARE(q.queryItemValue("merchant_vat"), QString("DK12345678"));
        const QString state = q.queryItemValue("state", QUrl::FullyDecoded);
        const QString nonce = q.queryItemValue("nonce", QUrl::FullyDecoded);
        const QString redirect = q.queryItemValue("redirect_uri", QUrl::FullyDecoded);
        QVERIFY(!nonce.isEmpty());
        const QString code = "flow-code-42";
        QUrlQuery answer;
        answer.addQueryItem("code", code);
        answer.addQueryItem("state", QString::fromLatin1(QUrl::toPercentEncoding(state)));
        answer.addQueryItem("id_token", QString::fromLatin1(m_signer.sign(claims(c, nonce, code))));
        QNetworkAccessManager nam;
        QCOMPARE(send(nam, "POST", QUrl(redirect), answer.query(QUrl::FullyEncoded).toUtf8()).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(approvedNonce || failure, 30000);
        QVERIFY2(approvedNonce, failure ? qPrintable(failure->toString()) : "");
        QCOMPARE(*approvedNonce, nonce);
        const QUrlQuery f = idp.to("/token").at(0).form();
        QCOMPARE(f.queryItemValue("code"), code);
        QCOMPARE(f.queryItemValue("merchant_vat"), QString("DK12345678"));
        QCOMPARE(f.queryItemValue("redirect_uri", QUrl::FullyDecoded), redirect);
        QVERIFY(!flow.isActive());
    }
};

QTEST_MAIN(DialectWireTest)
#include "tst_dialect_wire.moc"
