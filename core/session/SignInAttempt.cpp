#include "SignInAttempt.h"

#include "net/Log.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DeviceFlow.h"
#include "oauth/EndSession.h"
#include "oauth/ServerMetadata.h"
#include "oauth/TokenClient.h"

namespace tvpair {

using PollStatus = SessionState::PollStatus;

namespace {
const QString kDeviceCode = QStringLiteral("device_code");
const QString kAuthorizationCode = QStringLiteral("authorization_code");
}  // namespace

SignInAttempt::SignInAttempt(const TenantConfig &config, net::HttpClient *http, oauth::TokenClient *tokens,
                             QObject *parent)
    : QObject(parent), m_config(config), m_http(http), m_tokens(tokens), m_redirectPort(config.redirectPort)
{
    m_retryTimer.setSingleShot(true);
}

SignInAttempt::~SignInAttempt() = default;

void SignInAttempt::setRedirectPort(quint16 port)
{
    m_redirectPort = port;
    if (m_codeFlow)
        m_codeFlow->setRedirectPort(port);
}

ViewerError::ApprovedOn SignInAttempt::approvedOn() const
{
    return m_grant == kAuthorizationCode ? ViewerError::ApprovedOn::Browser : ViewerError::ApprovedOn::Phone;
}

// The one place where a grant's or discovery's error becomes the viewer's (fatal) error.
void SignInAttempt::failWith(const oauth::OAuthError &e)
{
    emit failed(ViewerError::fromOAuth(e, approvedOn()), true);
}

void SignInAttempt::retryLater(const oauth::OAuthError &e, std::function<void()> again, std::function<void()> giveUp)
{
    m_failures++;
    if (m_retryBudget > 0 && m_failures >= m_retryBudget) {
        if (giveUp)
            giveUp();
        else
            failWith(e);
        return;
    }
    const int delay = m_backoff.next(e.retryAfterSeconds);
    qCWarning(lcSession).noquote() << "transient failure, retrying in" << delay << "ms:" << e.toString();
    emit pollStatusChanged(PollStatus::NetworkRetry, delay);
    m_retryTimer.disconnect();
    connect(&m_retryTimer, &QTimer::timeout, this, std::move(again));
    m_retryTimer.start(delay);
}

void SignInAttempt::resetRetries()
{
    m_failures = 0;
    m_backoff.reset();
    m_retryTimer.stop();
}

void SignInAttempt::withMetadata(std::function<void()> then, std::function<void()> orElse)
{
    if (m_haveMetadata) {
        then();
        return;
    }
    m_discovery = std::make_unique<oauth::Discovery>(m_config, m_http, m_cacheDir);
    m_discovery->fetch([this, then, orElse](const std::optional<oauth::ServerMetadata> &m, const oauth::OAuthError &e) {
        if (m) {
            m_tokens->setMetadata(*m);
            m_haveMetadata = true;
            then();
            return;
        }
        if (e.isTransient()) {
            retryLater(e, [this, then, orElse]() { withMetadata(then, orElse); }, orElse);
            return;
        }
        if (orElse) {
            orElse();
            return;
        }
        failWith(e);
    });
}

void SignInAttempt::start()
{
    emit discovering();
    withMetadata([this]() {
        m_grant = chooseGrant();
        if (m_grant == kAuthorizationCode) {
            ensureCodeFlow();
            m_codeFlow->start();
            return;
        }
        ensureDeviceFlow();
        m_deviceFlow->start();
    });
}

void SignInAttempt::cancel()
{
    m_retryTimer.stop();
    if (m_discovery)
        m_discovery->cancel();
    if (m_deviceFlow)
        m_deviceFlow->cancel();
    if (m_codeFlow)
        m_codeFlow->cancel();
}

QString SignInAttempt::chooseGrant() const
{
    if (!m_config.flow.isEmpty())
        return m_config.flow;
    const auto &m = m_tokens->metadata();
    if (m.deviceAuthorizationEndpoint.isEmpty() && !m.authorizationEndpoint.isEmpty())
        return kAuthorizationCode;  // a TV prefers the device flow; this server has none
    return kDeviceCode;
}

// No id_token_hint: the URL is printed as an event, and ID tokens never go into events or logs.
QString SignInAttempt::logoutUrl() const
{
    if ((m_haveMetadata ? chooseGrant() : m_config.flow) != kAuthorizationCode)
        return {};
    QString why;
    const QUrl url = oauth::EndSession::logoutUrl(
        m_haveMetadata ? m_tokens->metadata().endSessionEndpoint : m_config.endpoints.endSession, m_config, &why);
    if (!why.isEmpty())
        qCWarning(lcSession).noquote() << "no browser sign-out:" << why;
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

void SignInAttempt::ensureDeviceFlow()
{
    if (m_deviceFlow)
        return;
    m_deviceFlow = new oauth::DeviceFlow(m_tokens, m_retryBudget, this);
    connect(m_deviceFlow, &oauth::DeviceFlow::codeIssued, this, [this](const oauth::DeviceCode &c) {
        resetRetries();
        emit waitingForApproval();
        emit userCodeReady(UserCodeInfo{c.userCode, c.verificationUri, c.verificationUriComplete, c.expiresIn});
        emit pollStatusChanged(PollStatus::Waiting, 0);
    });
    connect(m_deviceFlow, &oauth::DeviceFlow::waiting, this, [this]() { emit pollStatusChanged(PollStatus::Waiting, 0); });
    connect(m_deviceFlow, &oauth::DeviceFlow::slowedDown, this,
            [this](int intervalMs) { emit pollStatusChanged(PollStatus::SlowDown, intervalMs); });
    connect(m_deviceFlow, &oauth::DeviceFlow::retrying, this,
            [this](int delayMs, const QString &) { emit pollStatusChanged(PollStatus::NetworkRetry, delayMs); });
    connect(m_deviceFlow, &oauth::DeviceFlow::approved, this,
            [this](const oauth::TokenSet &t) { emit approved(t, kDeviceCode, std::nullopt); });
    connect(m_deviceFlow, &oauth::DeviceFlow::denied, this, [this]() {
        emit pollStatusChanged(PollStatus::Denied, 0);
        emit failed(ViewerError(ViewerError::Code::AccessDenied, {}, approvedOn()), true);
    });
    connect(m_deviceFlow, &oauth::DeviceFlow::expired, this, [this]() {
        emit pollStatusChanged(PollStatus::Expired, 0);
        if (m_renewExpired) {
            qCInfo(lcSession) << "user code expired; asking for a new one";
            m_deviceFlow->start();
            return;
        }
        emit failed(ViewerError(ViewerError::Code::ExpiredToken, {}, approvedOn()), true);
    });
    connect(m_deviceFlow, &oauth::DeviceFlow::failed, this, &SignInAttempt::failWith);
}

void SignInAttempt::ensureCodeFlow()
{
    if (m_codeFlow)
        return;
    m_codeFlow = new oauth::AuthorizationCodeFlow(m_tokens, m_config, this);
    m_codeFlow->setRedirectPort(m_redirectPort);
    connect(m_codeFlow, &oauth::AuthorizationCodeFlow::browserUrlReady, this, [this](const QUrl &url) {
        resetRetries();
        emit waitingForApproval();
        emit browserUrlReady(url.toString(QUrl::FullyEncoded));
    });
    connect(m_codeFlow, &oauth::AuthorizationCodeFlow::approved, this, [this](const oauth::TokenSet &t, const QString &nonce) {
        if (t.idToken.isEmpty() && m_config.scope.split(' ').contains(QLatin1String("openid"))) {
            emit failed(ViewerError(ViewerError::Code::Server, QStringLiteral("the token response has no ID token")), true);
            return;
        }
        emit approved(t, kAuthorizationCode, nonce);
    });
    connect(m_codeFlow, &oauth::AuthorizationCodeFlow::denied, this,
            [this]() { emit failed(ViewerError(ViewerError::Code::AccessDenied, {}, approvedOn()), true); });
    connect(m_codeFlow, &oauth::AuthorizationCodeFlow::expired, this,
            [this]() { emit failed(ViewerError(ViewerError::Code::ExpiredToken, {}, approvedOn()), true); });
    connect(m_codeFlow, &oauth::AuthorizationCodeFlow::failed, this, [this](const oauth::OAuthError &e) {
        if (e.error == QLatin1String("invalid_state") || e.error == QLatin1String("invalid_issuer")) {
            emit failed(ViewerError::foreignBrowserAnswer(e.toString()), true);
            return;
        }
        failWith(e);
    });
}

}  // namespace tvpair
