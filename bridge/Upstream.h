#pragma once
// The identity server as the bridge's confidential client sees it, through the core: its
// metadata (Discovery), its JWKS, and its token endpoint (TokenClient). Metadata and keys are
// fetched once, on first need, and kept; a JWKS is refetched once for an unknown kid. Each
// token call gets its own TokenClient: a TokenClient joins concurrent refreshes into one
// (right for one TV, wrong for a server where every refresh belongs to another viewer).
#include "config/TenantConfig.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/IdTokenValidator.h"
#include "oauth/Jwks.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/OAuthError.h"
#include "oauth/ServerMetadata.h"
#include "oauth/TokenSet.h"

#include <QObject>
#include <functional>
#include <optional>

namespace tvpair::net { class HttpClient; }
namespace tvpair::oauth { class TokenClient; }

namespace tvpair::bridge {

struct BridgeMetrics;

class Upstream : public QObject {
    Q_OBJECT
public:
    Upstream(const TenantConfig &config, net::HttpClient *http, QObject *parent = nullptr);

    using ReadyCallback = std::function<void(const oauth::OAuthError &)>;
    // Metadata and JWKS, fetched when missing (concurrent callers wait for the same fetch).
    void ensureReady(ReadyCallback done);
    bool isReady() const { return m_ready; }
    // Token calls are counted and timed here when set (not owned).
    void setMetrics(BridgeMetrics *metrics) { m_metrics = metrics; }
    const oauth::ServerMetadata &metadata() const { return m_meta; }
    const TenantConfig &config() const { return m_config; }

    using TokenCallback = std::function<void(const std::optional<oauth::TokenSet> &, const oauth::OAuthError &)>;

    // What came of one authorization response at the callback.
    struct Redemption {
        std::optional<oauth::TokenSet> tokens;  // set on success
        QJsonObject claims;      // for the bridge's own ID token (see identify); empty without an id
        bool final = false;      // the identity server said no (error in the response): deny the code
        oauth::OAuthError error; // why, when tokens is not set; one line without a secret
    };
    using RedemptionCallback = std::function<void(const Redemption &)>;
    // The core's CodeRedemption (iss, the server's error, the hybrid front-channel ID token with
    // nonce and c_hash, the code exchange in the token dialect), then the back-channel ID token
    // (signature, iss, aud, the attempt's nonce) and the viewer's identity. The caller has
    // matched the state already.
    void redeem(const oauth::AuthorizationRequest &request, const oauth::AuthorizationResponse &response,
                RedemptionCallback done);
    // refresh_with_code_verifier: codeVerifier is sent again with every refresh.
    void refresh(const QString &refreshToken, const QString &codeVerifier, TokenCallback done);
    void revoke(const QString &token, const QString &hint, std::function<void(const oauth::OAuthError &)> done);

    using ClaimsCallback = std::function<void(const std::optional<QJsonObject> &, const QString &why)>;
    // OIDC Core §3.1.3.7: signature (JWKS), iss, aud = the bridge's upstream client, exp/iat,
    // and the nonce when given. `why` is one line without the token.
    void verifyIdToken(const QByteArray &idToken, const std::optional<QString> &nonce, ClaimsCallback done);
    // The claims of the bridge's ID token for this answer: the verified upstream claims, with
    // `sub`, `name` and `customer_number` as the upstream's `identity` settings find them
    // (token-response property, ID token, UserInfo, fetched only when those settings need it).
    // No `sub` when no id was found (then the TV gets no ID token).
    void identify(const oauth::TokenSet &tokens, const QJsonObject &idClaims, ClaimsCallback done);

private:
    void fetchJwks(std::function<void(const oauth::OAuthError &)> done);
    void takeJwks(const QJsonObject &json, QString *why = nullptr);
    oauth::TokenClient *newTokenClient();
    TokenCallback measured(TokenCallback done);

    TenantConfig m_config;
    net::HttpClient *m_http;
    oauth::Discovery *m_discovery;
    oauth::ServerMetadata m_meta;
    // The JWKS as fetched, shared with every CodeRedemption (which refetches it once for an
    // unknown kid), and parsed for verifyIdToken; reparsed when the JSON has changed.
    std::optional<QJsonObject> m_jwksJson;
    QJsonObject m_jwksParsedFrom;
    std::optional<oauth::Jwks> m_jwks;
    bool m_ready = false;
    QList<ReadyCallback> m_waiters;
    BridgeMetrics *m_metrics = nullptr;
};

}  // namespace tvpair::bridge
