#pragma once
// The signed-in session as one object that both the 10-foot UI and headless mode drive
// (cli-and-config.md: headless is not a second implementation). It runs: stored refresh token
// -> silent refresh, else discovery -> device flow (or the authorization code flow with a
// loopback redirect, config `flow`) -> tokens -> payment tokens -> products and
// entitlements; refreshes before expiry; signs out.
#include "config/TenantConfig.h"
#include "payments/Models.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace tvpair {
namespace net { class HttpClient; }
class SecretStore;

// What the viewer needs to approve the TV (RFC 8628 §3.2).
struct UserCodeInfo {
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete;  // empty when the server sent none
    int expiresIn = 0;                // seconds, from when the answer arrived
};

class SessionController : public QObject {
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Restoring,           // refreshing silently with a stored refresh token
        Discovering,         // fetching metadata / asking for a device code
        WaitingForApproval,  // user code on screen, polling (or: waiting for the browser)
        SignedIn,
        SigningOut,
        Failed,              // see lastError(); startSignIn() tries again
    };
    Q_ENUM(Phase)

    // What the poll loop is doing now, for the sign-in status line (ui-10foot.md).
    enum class PollStatus { Waiting, SlowDown, NetworkRetry, Denied, Expired };
    Q_ENUM(PollStatus)

    SessionController(const TenantConfig &config, SecretStore *store, net::HttpClient *http,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // Silent sign-in with the stored refresh token when there is one, else startSignIn().
    void start();
    // A new device code (discards a pending one).
    void startSignIn();
    // Stop polling and cancel what is in flight (screen left, app in background: D9).
    void cancelSignIn();
    // Revoke the refresh token (RFC 7009), wipe the store, emit signedOut() (T5).
    void signOut();
    // Fetch products and entitlements again from the payment provider.
    void reloadPayments();
    // With keepTrying false, an expired code ends the attempt (headless exit 4) instead of a new one.
    void setRenewExpiredCodes(bool renew);
    // Transient failures tolerated before giving up (discovery, device code request, silent
    // refresh at start). 0 = never give up (the UI); headless uses a small budget (exit 5).
    void setRetryBudget(int attempts);
    // Where discovery metadata is cached between runs (M4); empty = no cache.
    void setCacheDir(const QString &dir);
    // Refresh the tokens now (single-flight); done(true) once new tokens are stored.
    void refreshNow(std::function<void(bool ok)> done);

    Phase phase() const;
    QString subject() const;
    QStringList linkedProviders() const;
    const TenantConfig &config() const;
    QString lastErrorCode() const;
    // The sign-in flow in use once metadata is known: config `flow`, else device_code when the
    // server has a device authorization endpoint, else authorization_code when it has an
    // authorization endpoint. Empty before discovery.
    QString signInFlow() const;
    // Fixed loopback port for the authorization code flow (servers that only accept registered
    // redirect URIs); 0 (default) = an ephemeral port.
    void setRedirectPort(quint16 port);

signals:
    void phaseChanged(tvpair::SessionController::Phase phase);
    void userCodeReady(const tvpair::UserCodeInfo &info);
    // Authorization code flow: the URL to open in a browser (the UI opens it; headless prints it).
    void browserUrlReady(const QString &url);
    // retryInMs > 0 with NetworkRetry: when the next attempt goes out.
    void pollStatusChanged(tvpair::SessionController::PollStatus status, int retryInMs);
    // method: device_code | authorization_code | refresh_token
    void signedIn(const QString &subject, const QString &method);
    void paymentTokensChanged(const QStringList &providers);       // names only, never values
    void productsLoaded(const QString &provider, const QList<tvpair::Product> &items, bool stale);
    void entitlementsLoaded(const QString &provider, const QList<tvpair::Entitlement> &items, bool stale);
    void paymentsFinished();  // both lists answered (or failed) after a sign-in or reloadPayments()
    // code: one of cli-and-config.md's error codes; message: one sentence a viewer understands,
    // never a secret. fatal: the attempt ended (headless exits).
    void errorOccurred(const QString &code, const QString &message, bool fatal);
    // Sign-out after an authorization code sign-in, when the server has an end_session
    // endpoint: the URL that ends the browser's session at the identity server (OIDC
    // RP-Initiated Logout). Emitted just before signedOut(); the UI opens it, headless prints it.
    // Carries client_id and post_logout_redirect_uri only, never a token.
    void logoutUrlReady(const QString &url);
    void signedOut();

private:
    class Private;
    std::unique_ptr<Private> d;
};

}  // namespace tvpair

Q_DECLARE_METATYPE(tvpair::UserCodeInfo)
