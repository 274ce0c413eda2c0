#pragma once
// Authorization server metadata (OIDC Discovery / RFC 8414) merged with the config's explicit
// endpoints, with an on-disk cache so a restart needs fewer round trips (RFC 7234).
#include "config/TenantConfig.h"
#include "oauth/OAuthError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace tvpair::oauth {

struct ServerMetadata {
    QString issuer;
    QUrl deviceAuthorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl userinfoEndpoint;
    QUrl jwksUri;
    QUrl authorizationEndpoint;
    QUrl introspectionEndpoint;
    QUrl endSessionEndpoint;  // OIDC RP-Initiated Logout 1.0 §2.1 `end_session_endpoint`

    // Parse a metadata document; error names the field. OIDC Discovery §4.3: the issuer must match exactly.
    static std::optional<ServerMetadata> fromJson(const QJsonObject &doc, const QString &expectedIssuer,
                                                  QString *error);
    // Fill in / override from the config's `endpoints`.
    void applyOverrides(const Endpoints &e);
    // Every endpoint against the URL policy (https only; plain http only to a loopback host
    // when the config allows it). False with a one-line error naming the first bad endpoint.
    bool checkUrls(const net::UrlPolicy &policy, QString *error) const;
    QJsonObject toJson() const;
};

// Fetches metadata: cache (if fresh) -> the config's discovery_url, else
// /.well-known/openid-configuration -> /.well-known/oauth-authorization-server under the issuer.
class Discovery : public QObject {
    Q_OBJECT
public:
    Discovery(const TenantConfig &config, net::HttpClient *http, QString cacheDir, QObject *parent = nullptr);

    using Callback = std::function<void(const std::optional<ServerMetadata> &, const OAuthError &)>;
    void fetch(Callback done);
    void cancel();
    // The URL of the n-th well-known document for an issuer (RFC 8414 §3 inserts it after the host).
    static QUrl wellKnownUrl(const QString &issuer, const QString &suffix, bool rfc8414Style);
    // The documents to try in order: the discovery_url alone when configured, else the
    // issuer's well-known documents; none without either (the config's endpoints are used).
    static QList<QUrl> discoveryCandidates(const TenantConfig &config);

private:
    void tryNext(Callback done);
    bool loadCache(ServerMetadata *out) const;
    // Static: called after the caller has its metadata (and may have deleted this Discovery).
    static void storeCache(const QString &path, const QString &cacheDir, const QJsonObject &doc,
                           const QByteArray &cacheControl);
    QString cacheFile() const;

    TenantConfig m_config;
    net::HttpClient *m_http;
    QString m_cacheDir;
    QList<QUrl> m_candidates;
    QPointer<net::HttpCall> m_call;
    OAuthError m_lastError;
};

}  // namespace tvpair::oauth
