#include "AuthorizationCodeFlow.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "oauth/TokenClient.h"

#include <QUrlQuery>

namespace tvpair::oauth {

AuthorizationCodeFlow::AuthorizationCodeFlow(TokenClient *client, const TenantConfig &config, QObject *parent)
    : QObject(parent), m_client(client), m_config(config), m_port(config.redirectPort)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this]() {
        if (!m_active)
            return;
        qCWarning(lcOAuth) << "the browser sign-in was not finished within" << m_timeoutMs / 1000 << "s";
        finish();
        emit expired();
    });
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QUrl AuthorizationCodeFlow::authorizationUrl(const QUrl &endpoint, const TenantConfig &config,
                                             const QString &redirectUri, const QString &state, const QString &nonce,
                                             const QString &codeChallenge)
{
    QUrl url = endpoint;
    QUrlQuery q(endpoint);  // keep parameters the endpoint itself carries (RFC 6749 §3.1)
    const auto add = [&q](const QString &k, const QString &v) {
        // Encode '+' and friends explicitly: QUrlQuery leaves them alone, servers read them as spaces.
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add("response_type", "code");
    add("client_id", config.clientId);
    add("redirect_uri", redirectUri);
    add("scope", config.scope);
    add("state", state);
    const QStringList scopes = config.scope.split(' ', Qt::SkipEmptyParts);
    if (scopes.contains("openid"))
        add("nonce", nonce);
    add("code_challenge", codeChallenge);
    add("code_challenge_method", "S256");
    // OIDC Core §11: offline_access is ignored unless the request asks for consent.
    if (scopes.contains("offline_access"))
        add("prompt", "consent");
    if (!config.audience.isEmpty())
        add("audience", config.audience);
    if (!config.resource.isEmpty())
        add("resource", config.resource);
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void AuthorizationCodeFlow::start()
{
    cancel();
    const QUrl endpoint = m_client->metadata().authorizationEndpoint;
    if (endpoint.isEmpty()) {
        failWith(QStringLiteral("config"),
                 QStringLiteral("the server advertises no authorization_endpoint; set endpoints.authorization in the config"));
        return;
    }
    net::UrlPolicy policy;
    policy.allowInsecureLoopback = m_config.allowInsecureLoopback;
    if (const QString why = policy.check(endpoint); !why.isEmpty()) {
        failWith(QStringLiteral("config"), QStringLiteral("authorization endpoint refused: ") + why);
        return;
    }
    m_pkce = Pkce::generate();
    m_state = randomUrlSafe(24);
    m_nonce = randomUrlSafe(24);
    if (m_pkce.verifier.isEmpty() || m_state.isEmpty() || m_nonce.isEmpty()) {
        failWith(QStringLiteral("server"), QStringLiteral("the system's random number generator failed"));
        return;
    }
    m_listener = new LoopbackRedirectListener(m_config.redirectPath, this);
    QString err;
    if (!m_listener->listen(m_port, &err)) {
        // A fixed port (config redirect_port) may be taken by another program: say which one.
        failWith(QStringLiteral("config"), QStringLiteral("cannot receive the browser's answer: ") + err
                                               + (m_port ? QStringLiteral(" (redirect_port %1 in the config)").arg(m_port)
                                                         : QString()));
        return;
    }
    m_listener->setExpectedState(m_state);
    const quint64 gen = ++m_generation;
    connect(m_listener, &LoopbackRedirectListener::responseReceived, this, [this, gen](const AuthorizationResponse &r) {
        if (gen == m_generation)
            onResponse(r);
    });
    m_redirectUri = m_listener->redirectUri();
    m_active = true;
    m_deadline.start(m_timeoutMs);
    const QUrl url = authorizationUrl(endpoint, m_config, m_redirectUri, m_state, m_nonce, m_pkce.challenge);
    qCInfo(lcOAuth).noquote() << "authorization code flow: waiting for the browser on" << m_redirectUri;
    emit browserUrlReady(url);
}

void AuthorizationCodeFlow::cancel()
{
    ++m_generation;
    if (m_call)
        m_call->cancelSilently();
    finish();
}

void AuthorizationCodeFlow::finish()
{
    m_active = false;
    m_deadline.stop();
    if (m_listener) {
        m_listener->stop();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

void AuthorizationCodeFlow::failWith(const QString &error, const QString &description)
{
    finish();
    OAuthError e;
    e.error = error;
    e.description = description;
    emit failed(e);
}

void AuthorizationCodeFlow::onResponse(const AuthorizationResponse &r)
{
    // The listener has stopped; the deadline still bounds the code exchange.
    if (!r.stateMatches) {
        failWith(QStringLiteral("invalid_state"),
                 QStringLiteral("the authorization response's state does not match this attempt"));
        return;
    }
    if (!r.iss.isEmpty() && r.iss != m_client->metadata().issuer) {
        failWith(QStringLiteral("invalid_issuer"), QStringLiteral("the authorization response names another issuer (RFC 9207)"));
        return;
    }
    if (!r.error.isEmpty()) {
        if (r.error == QLatin1String("access_denied")) {
            qCInfo(lcOAuth) << "the viewer declined the sign-in in the browser";
            finish();
            emit denied();
            return;
        }
        failWith(r.error, log::redact(r.errorDescription.left(300)));
        return;
    }
    const quint64 gen = m_generation;
    const QString nonce = m_nonce;
    m_call = m_client->exchangeAuthorizationCode(
        r.code, m_redirectUri, m_pkce.verifier, [this, gen, nonce](const std::optional<TokenSet> &t, const OAuthError &e) {
            if (gen != m_generation)
                return;
            finish();
            if (t) {
                emit approved(*t, nonce);
                return;
            }
            qCWarning(lcOAuth).noquote() << "authorization code exchange failed:" << e.toString();
            emit failed(e);
        });
}

}  // namespace tvpair::oauth
