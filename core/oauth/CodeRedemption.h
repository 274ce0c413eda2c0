#pragma once
// The back half of the authorization code grant, without a listener, a session or a UI (the
// TV app and the bridge both use it): turns the parameters of one authorization response into
// a checked TokenSet. In order: state (the caller compared it in constant time), iss (RFC
// 9207), the server's error, then for the hybrid response type the front-channel ID token
// (OIDC Core §3.3.2.11: signature against the JWKS, iss, aud, exp, nonce and c_hash) before
// the code is used at all, then the code exchange through TokenClient (token_dialect,
// token_params). The back-channel ID token is checked by the caller with the nonce
// (OIDC Core §3.3.3.7 / §3.1.3.7), as for the plain code flow.
#include "config/TenantConfig.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/OAuthError.h"
#include "oauth/TokenSet.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <optional>

namespace tvpair::net { class HttpCall; }

namespace tvpair::oauth {

class TokenClient;

class CodeRedemption : public QObject {
    Q_OBJECT
public:
    // request: the values of the attempt this response answers (state, nonce, verifier,
    // redirect URI). client must outlive this object.
    CodeRedemption(TokenClient *client, const TenantConfig &config, const AuthorizationRequest &request,
                   QObject *parent = nullptr);
    ~CodeRedemption() override;

    // The JWKS the front-channel ID token is checked against: a cache the caller keeps across
    // redemptions (the bridge's Upstream), filled when empty and refetched once for an unknown
    // kid (key rotation); not owned, must outlive this object. Without it each redemption
    // fetches the JWKS for itself (the TV signs in once).
    void setJwksCache(std::optional<QJsonObject> *cache) { m_jwksCache = cache; }

    // One response per object; exactly one of the signals follows (unless cancelled).
    void redeem(const AuthorizationResponse &response);
    void cancel();

    // The claims of the checked front-channel ID token (hybrid only; empty otherwise).
    const QJsonObject &frontChannelClaims() const { return m_frontClaims; }

signals:
    // nonce: the value the back-channel ID token must carry (empty when none was sent).
    void redeemed(const tvpair::oauth::TokenSet &tokens, const QString &nonce);
    void denied();  // error=access_denied
    // error.error: the server's code, or ours: invalid_state, invalid_issuer, invalid_id_token.
    void failed(const tvpair::oauth::OAuthError &error);

private:
    void exchange(const QString &code);
    void fail(const QString &error, const QString &description);

    TokenClient *m_client;
    TenantConfig m_config;
    AuthorizationRequest m_request;
    std::optional<QJsonObject> m_jwks;
    std::optional<QJsonObject> *m_jwksCache = &m_jwks;
    QJsonObject m_frontClaims;
    QPointer<net::HttpCall> m_call;
    bool m_cancelled = false;
};

}  // namespace tvpair::oauth
