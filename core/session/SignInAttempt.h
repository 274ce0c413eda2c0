#pragma once
// One sign-in attempt: the server's metadata (discovery, cached), the grant (config `flow`,
// else the device flow when the server has a device authorization endpoint, else the
// authorization code flow with a loopback redirect), and the budget of transient failures
// tolerated before the attempt gives up.
#include "config/TenantConfig.h"
#include "net/Backoff.h"
#include "oauth/TokenSet.h"
#include "session/SessionState.h"
#include "session/ViewerError.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace tvpair {
namespace net { class HttpClient; }
namespace oauth {
class AuthorizationCodeFlow;
class DeviceFlow;
class Discovery;
class TokenClient;
struct OAuthError;
}  // namespace oauth

class SignInAttempt : public QObject {
    Q_OBJECT
public:
    SignInAttempt(const TenantConfig &config, net::HttpClient *http, oauth::TokenClient *tokens,
                  QObject *parent = nullptr);
    ~SignInAttempt() override;

    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    // 0 = never give up on a transient failure (a viewer waits); n = give up at the n-th.
    void setRetryBudget(int attempts) { m_retryBudget = attempts; }
    int retryBudget() const { return m_retryBudget; }
    // true: an expired code is replaced by a new one; false: the expiry ends the attempt.
    void setRenewExpiredCodes(bool renew) { m_renewExpired = renew; }
    void setRedirectPort(quint16 port);

    // Metadata, then `then`. Transient failures are retried within the budget; when none can
    // be had, orElse runs if given, else the attempt fails.
    void withMetadata(std::function<void()> then, std::function<void()> orElse = {});
    // Discovery, the choice of grant, then a user code or a browser URL.
    void start();
    // Stops polling and cancels what is in flight.
    void cancel();
    // Transient trouble: `again` after a back-off, or giveUp (else a fatal error) once the
    // budget is spent.
    void retryLater(const oauth::OAuthError &e, std::function<void()> again, std::function<void()> giveUp = {});
    void resetRetries();

    // device_code | authorization_code once metadata is known, else empty.
    QString grant() const { return m_grant; }
    // OIDC RP-Initiated Logout: the page that ends the browser's session at the identity
    // server after a browser sign-in; empty with the device flow or without an end_session endpoint.
    QString logoutUrl() const;

signals:
    void discovering();
    void waitingForApproval();
    void userCodeReady(const tvpair::UserCodeInfo &info);
    void browserUrlReady(const QString &url);
    void pollStatusChanged(tvpair::SessionState::PollStatus status, int retryInMs);
    // nonce: the one the authorization request sent (authorization code flow).
    void approved(const tvpair::oauth::TokenSet &tokens, const QString &method, const std::optional<QString> &nonce);
    void failed(const tvpair::ViewerError &error, bool fatal);

private:
    QString chooseGrant() const;
    ViewerError::ApprovedOn approvedOn() const;
    void failWith(const oauth::OAuthError &e);
    void ensureDeviceFlow();
    void ensureCodeFlow();

    TenantConfig m_config;
    net::HttpClient *m_http;
    oauth::TokenClient *m_tokens;
    QString m_cacheDir;
    std::unique_ptr<oauth::Discovery> m_discovery;
    bool m_haveMetadata = false;
    oauth::DeviceFlow *m_deviceFlow = nullptr;
    oauth::AuthorizationCodeFlow *m_codeFlow = nullptr;
    QString m_grant;
    quint16 m_redirectPort = 0;
    bool m_renewExpired = true;
    int m_retryBudget = 0;
    int m_failures = 0;
    net::Backoff m_backoff{1000, 60000};
    QTimer m_retryTimer;
};

}  // namespace tvpair
