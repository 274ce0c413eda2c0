#include "Upstream.h"

#include "BridgeMetrics.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/CodeRedemption.h"
#include "oauth/TokenClient.h"
#include "oauth/ViewerIdentity.h"

namespace tvpair::bridge {

Upstream::Upstream(const TenantConfig &config, net::HttpClient *http, QObject *parent)
    : QObject(parent), m_config(config), m_http(http),
      m_discovery(new oauth::Discovery(config, http, QString(), this))
{
    log::rememberSecret(m_config.clientSecret, log::SecretLife::Configured);
}

void Upstream::ensureReady(ReadyCallback done)
{
    if (m_ready) {
        done({});
        return;
    }
    m_waiters.append(std::move(done));
    if (m_waiters.size() > 1)
        return;
    const auto finish = [this](const oauth::OAuthError &e) {
        m_ready = e.isNull();
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &w : waiters)
            w(e);
    };
    m_discovery->fetch([this, finish](const std::optional<oauth::ServerMetadata> &m, const oauth::OAuthError &e) {
        if (!m) {
            qCWarning(lcOAuth).noquote() << "upstream discovery failed:" << e.toString();
            finish(e);
            return;
        }
        m_meta = *m;
        m_meta.applyOverrides(m_config.endpoints);
        if (m_meta.authorizationEndpoint.isEmpty() || m_meta.tokenEndpoint.isEmpty()) {
            oauth::OAuthError e;
            e.error = QStringLiteral("config");
            e.description = QStringLiteral("the identity server has no authorization or token endpoint; set upstream.endpoints");
            finish(e);
            return;
        }
        if (m_meta.jwksUri.isEmpty()) {
            finish({});
            return;
        }
        fetchJwks(finish);
    });
}

void Upstream::fetchJwks(std::function<void(const oauth::OAuthError &)> done)
{
    auto *client = newTokenClient();
    client->fetchJwks([this, client, done](const std::optional<QJsonObject> &o, const oauth::OAuthError &e) {
        client->deleteLater();
        if (!o) {
            qCWarning(lcOAuth).noquote() << "upstream JWKS failed:" << e.toString();
            done(e);
            return;
        }
        QString why;
        takeJwks(*o, &why);
        if (!m_jwks) {
            done(oauth::OAuthError::malformed(QStringLiteral("upstream JWKS: ") + why));
            return;
        }
        done({});
    });
}

void Upstream::takeJwks(const QJsonObject &json, QString *why)
{
    m_jwksJson = json;
    m_jwksParsedFrom = json;
    m_jwks = oauth::Jwks::fromJson(json, why);
}

oauth::TokenClient *Upstream::newTokenClient()
{
    auto *client = new oauth::TokenClient(m_config, m_http, this);
    client->setMetadata(m_meta);
    return client;
}

Upstream::TokenCallback Upstream::measured(TokenCallback done)
{
    if (!m_metrics)
        return done;
    QElapsedTimer clock;
    clock.start();
    return [this, clock, done](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
        ++m_metrics->upstreamCalls;
        m_metrics->upstreamMillisTotal += quint64(clock.elapsed());
        if (!t)
            ++m_metrics->upstreamErrors;
        done(t, e);
    };
}

void Upstream::redeem(const oauth::AuthorizationRequest &request, const oauth::AuthorizationResponse &response,
                      RedemptionCallback done)
{
    auto *client = newTokenClient();
    auto *redemption = new oauth::CodeRedemption(client, m_config, request, client);
    redemption->setJwksCache(&m_jwksJson);  // no JWKS fetch per sign-in; one refetch on rotation
    const bool serverSaidNo = !response.error.isEmpty();
    const auto report = [done, serverSaidNo](const oauth::OAuthError &e) {
        Redemption r;
        r.error = e;
        r.final = serverSaidNo;
        done(r);
    };
    // CodeRedemption emits exactly one of its signals; the client (and the redemption, its
    // child) go after it.
    connect(redemption, &oauth::CodeRedemption::denied, this, [client, report]() {
        client->deleteLater();
        oauth::OAuthError e;
        e.error = QStringLiteral("access_denied");
        report(e);
    });
    const auto exchanged = measured([](const std::optional<oauth::TokenSet> &, const oauth::OAuthError &) {});
    connect(redemption, &oauth::CodeRedemption::failed, this, [client, report, exchanged](const oauth::OAuthError &e) {
        client->deleteLater();
        // The checks of the response itself are not calls to the identity server.
        static const QStringList ours{"invalid_state", "invalid_issuer", "invalid_id_token", "invalid_request"};
        if (!ours.contains(e.error))
            exchanged(std::nullopt, e);
        report(e);
    });
    const auto fail = report;
    connect(redemption, &oauth::CodeRedemption::redeemed, this,
            [this, client, redemption, done, fail, exchanged](const oauth::TokenSet &t, const QString &nonce) {
                exchanged(t, {});
                const QJsonObject front = redemption->frontChannelClaims();
                client->deleteLater();
                const auto withClaims = [this, t, done, fail](const QJsonObject &idClaims) {
                    identify(t, idClaims, [t, done](const std::optional<QJsonObject> &claims, const QString &) {
                        Redemption r;
                        r.tokens = t;
                        r.claims = claims.value_or(QJsonObject{});
                        done(r);
                    });
                };
                if (t.idToken.isEmpty()) {
                    // OIDC Core §3.1.3.3: an openid request is answered with an ID token.
                    if (m_config.expectsIdToken() && front.isEmpty()) {
                        fail(oauth::OAuthError::malformed(QStringLiteral("no ID token in the answer to an openid request")));
                        return;
                    }
                    withClaims(front);
                    return;
                }
                verifyIdToken(t.idToken.toUtf8(), nonce.isEmpty() ? std::nullopt : std::optional<QString>(nonce),
                              [withClaims, fail](const std::optional<QJsonObject> &claims, const QString &why) {
                                  if (!claims) {
                                      oauth::OAuthError e;
                                      e.error = QStringLiteral("invalid_id_token");
                                      e.description = QStringLiteral("upstream ID token refused: ") + why;
                                      fail(e);
                                      return;
                                  }
                                  withClaims(*claims);
                              });
            });
    redemption->redeem(response);
}

void Upstream::identify(const oauth::TokenSet &tokens, const QJsonObject &idClaims, ClaimsCallback done)
{
    const oauth::IdentityRules rules = oauth::IdentityRules::fromConfig(m_config);
    const auto finish = [rules, tokens, idClaims, done](const QJsonObject &userInfo) {
        const oauth::ViewerIdentity id = oauth::ViewerIdentity::read(rules, tokens.response, idClaims, userInfo);
        QJsonObject claims = idClaims;
        claims.remove(QStringLiteral("sub"));
        if (!id.subject.isEmpty())
            claims.insert(QStringLiteral("sub"), id.subject);
        if (!id.displayName.isEmpty())
            claims.insert(QStringLiteral("name"), id.displayName);
        if (!id.customerNumber.isEmpty())
            claims.insert(QStringLiteral("customer_number"), id.customerNumber);
        done(claims, {});
    };
    if (!rules.wantsUserInfo() || m_meta.userinfoEndpoint.isEmpty() || tokens.accessToken.isEmpty()) {
        finish({});
        return;
    }
    auto *client = newTokenClient();
    client->userInfo(tokens.accessToken, [client, finish](const std::optional<QJsonObject> &info, const oauth::OAuthError &e) {
        client->deleteLater();
        if (!info)
            qCInfo(lcOAuth).noquote() << "upstream UserInfo failed:" << e.toString();
        finish(info.value_or(QJsonObject{}));
    });
}

void Upstream::refresh(const QString &refreshToken, const QString &codeVerifier, TokenCallback done)
{
    auto *client = newTokenClient();
    client->refresh(
        refreshToken,
        [client, done = measured(std::move(done))](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
            client->deleteLater();
            done(t, e);
        },
        codeVerifier);
}

void Upstream::revoke(const QString &token, const QString &hint, std::function<void(const oauth::OAuthError &)> done)
{
    auto *client = newTokenClient();
    client->revoke(token, hint, [client, done](const oauth::OAuthError &e) {
        client->deleteLater();
        done(e);
    });
}

void Upstream::verifyIdToken(const QByteArray &idToken, const std::optional<QString> &nonce, ClaimsCallback done)
{
    if (m_jwksJson && *m_jwksJson != m_jwksParsedFrom)
        takeJwks(*m_jwksJson);  // a redemption refetched it (key rotation)
    if (!m_jwks) {
        done(std::nullopt, QStringLiteral("the identity server publishes no JWKS"));
        return;
    }
    oauth::IdTokenExpectations expect;
    expect.issuer = m_meta.issuer.isEmpty() ? m_config.issuer : m_meta.issuer;
    expect.clientId = m_config.clientId;
    expect.nonce = nonce;
    const auto v = oauth::IdTokenValidator::validate(idToken, *m_jwks, expect);
    if (v.ok) {
        done(v.claims, {});
        return;
    }
    if (!v.unknownKid) {
        done(std::nullopt, v.message);
        return;
    }
    // Key rotation at the identity server: one refetch, then a second and last try.
    fetchJwks([this, idToken, expect, done](const oauth::OAuthError &e) {
        if (!e.isNull() || !m_jwks) {
            done(std::nullopt, QStringLiteral("unknown signing key and the JWKS refetch failed"));
            return;
        }
        const auto again = oauth::IdTokenValidator::validate(idToken, *m_jwks, expect);
        done(again.ok ? std::optional<QJsonObject>(again.claims) : std::nullopt, again.message);
    });
}

}  // namespace tvpair::bridge
