#pragma once
// The front half of the authorization code grant, without a listener, a session or a UI (the
// TV app and the bridge both use it): the authorization request URL (RFC 6749 §4.1.1, PKCE
// S256 RFC 7636, OIDC Core §3.1.2.1 / §3.3.2.1) and the secrets the redemption needs later.
#include "config/TenantConfig.h"
#include "oauth/Pkce.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace tvpair::oauth {

struct AuthorizationRequest {
    QUrl url;             // open this in a browser; carries no secret (only the challenge)
    QString redirectUri;  // sent again with the code exchange (RFC 6749 §4.1.3)
    QString state;        // a secret: the response must carry it (RFC 6749 §10.12)
    QString nonce;        // a secret: empty when none was sent (no ID token expected)
    Pkce pkce;            // the verifier is a secret
    QString responseType; // "code" or "code id_token"
    QString responseMode; // "query", "form_post" or "fragment"

    // Hybrid flow (OIDC Core §3.3): an ID token comes with the code in the front channel.
    bool expectsFrontChannelIdToken() const { return responseType == QLatin1String("code id_token"); }

    // Fresh state, nonce and PKCE for one attempt; nullopt (and *error) when the endpoint is
    // missing or the CSPRNG failed. The secrets are registered with the log redactor.
    static std::optional<AuthorizationRequest> create(const QUrl &endpoint, const TenantConfig &config,
                                                      const QString &redirectUri, QString *error);

    // The URL for the given values (pure). The core's own parameters come first and cannot be
    // replaced by authorization_params. nonce: sent when not empty.
    static QUrl buildUrl(const QUrl &endpoint, const TenantConfig &config, const QString &redirectUri,
                         const QString &state, const QString &nonce, const QString &codeChallenge);

    // A nonce is sent with openid in the scope (OIDC Core §3.1.2.1) and always with the hybrid
    // response type, where it is required (OIDC Core §3.3.2.11).
    static bool sendsNonce(const TenantConfig &config);

    // The response mode the request asks for: the config's, except that a response carrying an
    // ID token is never put in a query (OAuth 2.0 Multiple Response Type Encoding Practices §5:
    // fragment is the default for `code id_token`, query is not allowed).
    static QString effectiveResponseMode(const TenantConfig &config);
};

}  // namespace tvpair::oauth
