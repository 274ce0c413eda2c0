#include "AuthorizationCodeFlow.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "oauth/CodeRedemption.h"
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
    return AuthorizationRequest::buildUrl(endpoint, config, redirectUri, state,
                                          AuthorizationRequest::sendsNonce(config) ? nonce : QString(), codeChallenge);
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
    m_listener = new LoopbackRedirectListener(m_config.redirectPath, this);
    QString err;
    if (!m_listener->listen(m_port, &err)) {
        // A fixed port (config redirect_port) may be taken by another program: say which one.
        failWith(QStringLiteral("config"), QStringLiteral("cannot receive the browser's answer: ") + err
                                               + (m_port ? QStringLiteral(" (redirect_port %1 in the config)").arg(m_port)
                                                         : QString()));
        return;
    }
    const auto request = AuthorizationRequest::create(endpoint, m_config, m_listener->redirectUri(), &err);
    if (!request) {
        failWith(QStringLiteral("server"), err);
        return;
    }
    m_request = *request;
    m_listener->setExpectedState(m_request.state);
    m_listener->setResponseMode(m_request.responseMode);
    const quint64 gen = ++m_generation;
    connect(m_listener, &LoopbackRedirectListener::responseReceived, this, [this, gen](const AuthorizationResponse &r) {
        if (gen == m_generation)
            onResponse(r);
    });
    m_active = true;
    m_deadline.start(m_timeoutMs);
    qCInfo(lcOAuth).noquote() << "authorization code flow: waiting for the browser on" << m_request.redirectUri
                              << "(response_mode" << m_request.responseMode + ')';
    emit browserUrlReady(m_request.url);
}

void AuthorizationCodeFlow::cancel()
{
    ++m_generation;
    finish();
}

void AuthorizationCodeFlow::finish()
{
    m_active = false;
    m_deadline.stop();
    if (m_redemption) {
        m_redemption->cancel();
        m_redemption->deleteLater();
        m_redemption = nullptr;
    }
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
    // The listener has stopped; the deadline still bounds the checks and the code exchange.
    m_redemption = new CodeRedemption(m_client, m_config, m_request, this);
    connect(m_redemption, &CodeRedemption::redeemed, this, [this](const TokenSet &t, const QString &nonce) {
        finish();
        emit approved(t, nonce);
    });
    connect(m_redemption, &CodeRedemption::denied, this, [this]() {
        finish();
        emit denied();
    });
    connect(m_redemption, &CodeRedemption::failed, this, [this](const OAuthError &e) {
        finish();
        emit failed(e);
    });
    m_redemption->redeem(r);
}

}  // namespace tvpair::oauth
