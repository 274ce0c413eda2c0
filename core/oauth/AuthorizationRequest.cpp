#include "AuthorizationRequest.h"

#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/ExtraParameters.h"

#include <QUrlQuery>

namespace tvpair::oauth {

bool AuthorizationRequest::sendsNonce(const TenantConfig &config)
{
    return config.scope.split(' ', Qt::SkipEmptyParts).contains(QStringLiteral("openid"))
           || config.dialect.responseType == QLatin1String("code id_token");
}

QString AuthorizationRequest::effectiveResponseMode(const TenantConfig &config)
{
    const QString mode = config.dialect.responseMode.isEmpty() ? QStringLiteral("query") : config.dialect.responseMode;
    if (mode == QLatin1String("query") && config.dialect.responseType == QLatin1String("code id_token"))
        return QStringLiteral("fragment");
    return mode;
}

QUrl AuthorizationRequest::buildUrl(const QUrl &endpoint, const TenantConfig &config, const QString &redirectUri,
                                    const QString &state, const QString &nonce, const QString &codeChallenge)
{
    FormFields core;
    const auto add = [&core](const QString &k, const QString &v) { core.append({k, v}); };
    add("response_type", config.dialect.responseType.isEmpty() ? QStringLiteral("code") : config.dialect.responseType);
    // OAuth 2.0 Multiple Response Type Encoding Practices / Form Post Response Mode: the
    // default for `code` is query, so it is only named when it is something else.
    if (const QString mode = effectiveResponseMode(config); mode != QLatin1String("query"))
        add("response_mode", mode);
    add("client_id", config.clientId);
    add("redirect_uri", redirectUri);
    if (!config.scope.isEmpty())
        add("scope", config.scope);
    add("state", state);
    if (!nonce.isEmpty())
        add("nonce", nonce);
    add("code_challenge", codeChallenge);
    add("code_challenge_method", "S256");
    // OIDC Core §11: offline_access is ignored unless the request asks for consent.
    if (config.scope.split(' ', Qt::SkipEmptyParts).contains(QStringLiteral("offline_access")))
        add("prompt", "consent");
    if (!config.audience.isEmpty())
        add("audience", config.audience);
    if (!config.resource.isEmpty())
        add("resource", config.resource);

    QUrlQuery q(endpoint);  // keep parameters the endpoint itself carries (RFC 6749 §3.1)
    // Owned by the core even when not sent: the listener and the checks depend on them.
    static const QStringList reserved{"response_type", "response_mode", "client_id", "redirect_uri", "scope",
                                      "state", "nonce", "code_challenge", "code_challenge_method", "code_verifier"};
    for (const auto &f : withExtraFields(core, config.dialect.authorizationParams, reserved)) {
        if (q.hasQueryItem(f.first) && !core.contains(f))
            continue;  // the endpoint's own parameter stays
        // Encode '+' and friends explicitly: QUrlQuery leaves them alone, servers read them as spaces.
        q.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    }
    QUrl url = endpoint;
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

std::optional<AuthorizationRequest> AuthorizationRequest::create(const QUrl &endpoint, const TenantConfig &config,
                                                                 const QString &redirectUri, QString *error)
{
    if (endpoint.isEmpty()) {
        if (error)
            *error = QStringLiteral("the server advertises no authorization_endpoint; set endpoints.authorization in the config");
        return std::nullopt;
    }
    AuthorizationRequest r;
    r.redirectUri = redirectUri;
    r.responseType = config.dialect.responseType.isEmpty() ? QStringLiteral("code") : config.dialect.responseType;
    r.responseMode = effectiveResponseMode(config);
    r.pkce = Pkce::generate();
    r.state = randomUrlSafe(24);
    if (sendsNonce(config))
        r.nonce = randomUrlSafe(24);
    if (r.pkce.verifier.isEmpty() || r.state.isEmpty() || (sendsNonce(config) && r.nonce.isEmpty())) {
        if (error)
            *error = QStringLiteral("the system's random number generator failed");
        return std::nullopt;
    }
    log::rememberSecret(r.pkce.verifier);
    log::rememberSecret(r.state, log::SecretLife::ShortLived);
    log::rememberSecret(r.nonce, log::SecretLife::ShortLived);
    r.url = buildUrl(endpoint, config, redirectUri, r.state, r.nonce, r.pkce.challenge);
    return r;
}

}  // namespace tvpair::oauth
