#pragma once
// Every request tvpair makes to the authorization server after discovery: device
// authorization (RFC 8628 §3.1), polls (§3.4), refresh (RFC 6749 §6, single-flight), revocation (RFC 7009),
// UserInfo and JWKS. Client authentication (none, client_secret_basic, client_secret_post)
// is applied here and nowhere else. The code exchange and refresh speak the config's
// token_dialect: rfc6749 form posts, or the Paytronix requestGuestToken call (one request
// builder and one answer reader per dialect, chosen in tokenRequest()).
#include "config/TenantConfig.h"
#include "oauth/ExtraParameters.h"
#include "oauth/OAuthError.h"
#include "oauth/ServerMetadata.h"
#include "oauth/TokenSet.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace tvpair::oauth {

class TokenClient : public QObject {
    Q_OBJECT
public:
    TokenClient(const TenantConfig &config, net::HttpClient *http, QObject *parent = nullptr);

    void setMetadata(const ServerMetadata &m) { m_meta = m; }
    const ServerMetadata &metadata() const { return m_meta; }

    using TokenCallback = std::function<void(const std::optional<TokenSet> &, const OAuthError &)>;
    using CodeCallback = std::function<void(const std::optional<DeviceCode> &, const OAuthError &)>;
    using JsonCallback = std::function<void(const std::optional<QJsonObject> &, const OAuthError &)>;
    using DoneCallback = std::function<void(const OAuthError &)>;

    QPointer<net::HttpCall> requestDeviceCode(CodeCallback done);
    QPointer<net::HttpCall> pollDeviceCode(const QString &deviceCode, TokenCallback done);
    // RFC 6749 §4.1.3 with the PKCE verifier (RFC 7636 §4.5); client auth as for every token
    // request; token_params added. With refresh_with_code_verifier the TokenSet carries the
    // verifier, for the store to keep with the refresh token.
    QPointer<net::HttpCall> exchangeAuthorizationCode(const QString &code, const QString &redirectUri,
                                                      const QString &codeVerifier, TokenCallback done);
    // Single-flight: while a refresh is in flight, further callers wait for the same answer.
    // refresh_params added; codeVerifier sent as code_verifier when refresh_with_code_verifier
    // is set (and carried on in the new TokenSet).
    void refresh(const QString &refreshToken, TokenCallback done, const QString &codeVerifier = {});
    bool refreshInFlight() const { return !m_refreshWaiters.isEmpty(); }
    void revoke(const QString &token, const QString &hint, DoneCallback done);
    void userInfo(const QString &accessToken, JsonCallback done);
    void fetchJwks(JsonCallback done);

    static constexpr int kTokenTimeoutMs = 20000;
    static constexpr qint64 kMaxTokenResponseBytes = 256 * 1024;

private:
    using AnswerCallback = std::function<void(const net::HttpResponse &, const std::optional<TokenSet> &, const OAuthError &)>;
    static AnswerCallback withoutResponse(TokenCallback done);
    net::HttpRequest formRequest(const QUrl &url, QList<QPair<QString, QString>> fields,
                                 const QJsonObject &extra = {}) const;
    void tokenRequest(const FormFields &fields, const QJsonObject &extra, AnswerCallback done, QPointer<net::HttpCall> *call);
    // A real OpenID server answers a dead refresh token with a bare HTTP 400 (no body); a proxy
    // in trouble may too. The first such answer is transient; the same answer to the same
    // token the next time is the server's invalid_grant (RFC 6749 §5.2).
    OAuthError refreshError(const net::HttpResponse &r, const OAuthError &e, const QByteArray &tokenId);

    TenantConfig m_config;
    net::HttpClient *m_http;
    ServerMetadata m_meta;
    QList<TokenCallback> m_refreshWaiters;
    QByteArray m_bare400For;  // SHA-256 of the refresh token whose last answer was a bare 400
};

}  // namespace tvpair::oauth
