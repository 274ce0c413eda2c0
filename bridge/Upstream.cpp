#include "Upstream.h"

#include "BridgeMetrics.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "oauth/TokenClient.h"

namespace tvpair::bridge {

Upstream::Upstream(const TenantConfig &config, net::HttpClient *http, QObject *parent)
    : QObject(parent), m_config(config), m_http(http),
      m_discovery(new oauth::Discovery(config, http, QString(), this))
{
    log::rememberSecret(m_config.clientSecret);
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
        auto jwks = oauth::Jwks::fromJson(*o, &why);
        if (!jwks) {
            done(oauth::OAuthError::malformed(QStringLiteral("upstream JWKS: ") + why));
            return;
        }
        m_jwks = std::move(jwks);
        done({});
    });
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

void Upstream::exchangeCode(const QString &code, const QString &redirectUri, const QString &verifier, TokenCallback done)
{
    auto *client = newTokenClient();
    client->exchangeAuthorizationCode(code, redirectUri, verifier,
                                      [client, done = measured(std::move(done))](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
                                          client->deleteLater();
                                          done(t, e);
                                      });
}

void Upstream::refresh(const QString &refreshToken, TokenCallback done)
{
    auto *client = newTokenClient();
    client->refresh(refreshToken, [client, done = measured(std::move(done))](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
        client->deleteLater();
        done(t, e);
    });
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
