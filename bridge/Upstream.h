#pragma once
// The identity server as the bridge's confidential client sees it, through the core: its
// metadata (Discovery), its JWKS, and its token endpoint (TokenClient). Metadata and keys are
// fetched once, on first need, and kept; a JWKS is refetched once for an unknown kid. Each
// token call gets its own TokenClient: a TokenClient joins concurrent refreshes into one
// (right for one TV, wrong for a server where every refresh belongs to another viewer).
#include "config/TenantConfig.h"
#include "oauth/IdTokenValidator.h"
#include "oauth/Jwks.h"
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
    void exchangeCode(const QString &code, const QString &redirectUri, const QString &verifier, TokenCallback done);
    void refresh(const QString &refreshToken, TokenCallback done);
    void revoke(const QString &token, const QString &hint, std::function<void(const oauth::OAuthError &)> done);

    using ClaimsCallback = std::function<void(const std::optional<QJsonObject> &, const QString &why)>;
    // OIDC Core §3.1.3.7: signature (JWKS), iss, aud = the bridge's upstream client, exp/iat,
    // and the nonce when given. `why` is one line without the token.
    void verifyIdToken(const QByteArray &idToken, const std::optional<QString> &nonce, ClaimsCallback done);

private:
    void fetchJwks(std::function<void(const oauth::OAuthError &)> done);
    oauth::TokenClient *newTokenClient();
    TokenCallback measured(TokenCallback done);

    TenantConfig m_config;
    net::HttpClient *m_http;
    oauth::Discovery *m_discovery;
    oauth::ServerMetadata m_meta;
    std::optional<oauth::Jwks> m_jwks;
    bool m_ready = false;
    QList<ReadyCallback> m_waiters;
    BridgeMetrics *m_metrics = nullptr;
};

}  // namespace tvpair::bridge
