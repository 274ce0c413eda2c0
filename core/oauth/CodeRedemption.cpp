#include "CodeRedemption.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/IdTokenCheck.h"
#include "oauth/Jwt.h"
#include "oauth/TokenClient.h"

namespace tvpair::oauth {

CodeRedemption::CodeRedemption(TokenClient *client, const TenantConfig &config, const AuthorizationRequest &request,
                               QObject *parent)
    : QObject(parent), m_client(client), m_config(config), m_request(request)
{
}

CodeRedemption::~CodeRedemption()
{
    cancel();
}

void CodeRedemption::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancelSilently();
}

void CodeRedemption::fail(const QString &error, const QString &description)
{
    OAuthError e;
    e.error = error;
    e.description = description;
    emit failed(e);
}

void CodeRedemption::redeem(const AuthorizationResponse &r)
{
    if (!r.stateMatches) {
        fail(QStringLiteral("invalid_state"), QStringLiteral("the authorization response's state does not match this attempt"));
        return;
    }
    // RFC 9207 §2.4: compare `iss` with the issuer the client expects. A tenant configured by
    // endpoints alone (no issuer, no discovery) has none to compare with; the redirect URI is
    // then this attempt's own loopback listener and the state binds the answer to it.
    const QString expected = m_client->metadata().issuer;
    if (!r.iss.isEmpty() && !expected.isEmpty() && r.iss != expected) {
        fail(QStringLiteral("invalid_issuer"), QStringLiteral("the authorization response names another issuer (RFC 9207)"));
        return;
    }
    if (!r.error.isEmpty()) {
        if (r.error == QLatin1String("access_denied")) {
            qCInfo(lcOAuth) << "the viewer declined the sign-in in the browser";
            emit denied();
            return;
        }
        fail(r.error, log::redact(r.errorDescription.left(300)));
        return;
    }
    if (r.code.isEmpty()) {
        fail(QStringLiteral("invalid_request"), QStringLiteral("the authorization response has no code"));
        return;
    }
    log::rememberSecret(r.code, log::SecretLife::ShortLived);
    if (!m_request.expectsFrontChannelIdToken()) {
        exchange(r.code);
        return;
    }
    if (r.idToken.isEmpty()) {
        fail(QStringLiteral("invalid_id_token"),
             QStringLiteral("the hybrid authorization response (code id_token) carries no id_token"));
        return;
    }
    log::rememberSecret(r.idToken);
    const QString code = r.code;
    checkIdToken(
        m_client, m_config, r.idToken, m_jwksCache, this,
        [this, code](const std::optional<QJsonObject> &claims, const QString &error) {
            if (m_cancelled)
                return;
            if (!claims) {
                fail(QStringLiteral("invalid_id_token"), QStringLiteral("front-channel ID token refused: ") + error);
                return;
            }
            m_frontClaims = *claims;
            exchange(code);
        },
        m_request.nonce, code);
}

void CodeRedemption::exchange(const QString &code)
{
    if (m_cancelled)
        return;
    const QString nonce = m_request.nonce;
    const QString frontSub = m_frontClaims.value(QStringLiteral("sub")).toString();
    m_call = m_client->exchangeAuthorizationCode(
        code, m_request.redirectUri, m_request.pkce.verifier,
        [this, nonce, frontSub](const std::optional<TokenSet> &t, const OAuthError &e) {
            if (m_cancelled)
                return;
            if (!t) {
                qCWarning(lcOAuth).noquote() << "authorization code exchange failed:" << e.toString();
                emit failed(e);
                return;
            }
            // OIDC Core §3.3.3.6: the token endpoint's ID token names the same subject as the
            // front channel's (its signature and claims are checked by the caller).
            if (!frontSub.isEmpty() && !t->idToken.isEmpty()) {
                const auto back = Jwt::decodeClaimsUnverified(t->idToken.toUtf8());
                if (!back || back->value(QStringLiteral("sub")).toString() != frontSub) {
                    fail(QStringLiteral("invalid_id_token"),
                         QStringLiteral("the token endpoint's ID token names another subject than the front channel's"));
                    return;
                }
            }
            emit redeemed(*t, nonce);
        });
}

}  // namespace tvpair::oauth
