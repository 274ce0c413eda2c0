#pragma once
// OAuth 2.0 authorization code grant for native apps (RFC 6749 §4.1, RFC 8252, RFC 7636 S256):
// builds the authorization URL, hands it to an opener (the UI opens a browser, headless only
// prints it), receives the answer on a loopback listener (query, form_post or fragment), and
// hands it to CodeRedemption (state, iss, the hybrid front-channel ID token, the exchange).
// One attempt is bounded by kAttemptTimeoutMs.
#include "config/TenantConfig.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/OAuthError.h"
#include "oauth/Pkce.h"
#include "oauth/TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace tvpair::oauth {

class CodeRedemption;
class TokenClient;

class AuthorizationCodeFlow : public QObject {
    Q_OBJECT
public:
    AuthorizationCodeFlow(TokenClient *client, const TenantConfig &config, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // port 0: an ephemeral port; a fixed port for servers that only accept registered URIs.
    // The default is the config's redirect_port (0 when absent).
    void setRedirectPort(quint16 port) { m_port = port; }
    void setAttemptTimeoutMs(int ms) { m_timeoutMs = ms; }

    // A new attempt (replaces a pending one): listener, PKCE, state, nonce, then browserUrlReady.
    void start();
    void cancel();
    bool isActive() const { return m_active; }

    // The authorization request URL for the given values (pure; AuthorizationRequest::buildUrl,
    // with the nonce sent only where AuthorizationRequest::sendsNonce says so).
    static QUrl authorizationUrl(const QUrl &endpoint, const TenantConfig &config, const QString &redirectUri,
                                 const QString &state, const QString &nonce, const QString &codeChallenge);

    static constexpr int kAttemptTimeoutMs = 5 * 60 * 1000;

signals:
    // Open this in a browser (UI) or print it (headless). Carries no secret: only the challenge.
    void browserUrlReady(const QUrl &url);
    // nonce: the value the ID token must carry (OIDC Core §3.1.3.7 step 11).
    void approved(const tvpair::oauth::TokenSet &tokens, const QString &nonce);
    void denied();   // error=access_denied in the redirect
    void expired();  // the attempt was not finished within the time bound
    // error.error: the server's code (invalid_client, unauthorized_client, invalid_grant,
    // invalid_scope, ...) or ours: invalid_state, invalid_issuer, invalid_id_token, config,
    // network, server.
    void failed(const tvpair::oauth::OAuthError &error);

private:
    void onResponse(const AuthorizationResponse &r);
    void finish();
    void failWith(const QString &error, const QString &description);

    CodeRedemption *m_redemption = nullptr;
    TokenClient *m_client;
    TenantConfig m_config;
    quint16 m_port = 0;
    int m_timeoutMs = kAttemptTimeoutMs;
    LoopbackRedirectListener *m_listener = nullptr;
    QTimer m_deadline;
    AuthorizationRequest m_request;
    bool m_active = false;
    quint64 m_generation = 0;
};

}  // namespace tvpair::oauth
