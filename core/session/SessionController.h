#pragma once
// The signed-in session as one object that both the 10-foot UI and headless mode drive
// (headless is not a second implementation): stored refresh token -> silent refresh, else
// a sign-in attempt -> tokens -> payment tokens -> products and entitlements; refreshes
// before expiry; signs out. A coordinator over parts with one job each: SignInAttempt,
// TokenLifecycle, PaymentLists; what a viewer sees of a failure is a ViewerError.
#include "config/TenantConfig.h"
#include "payments/Models.h"
#include "session/SessionState.h"
#include "session/ViewerError.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace tvpair {
namespace net { class HttpClient; }
class SecretStore;
class PaymentProvider;
class PurchaseWatch;
struct PaymentCredentials;

class SessionController : public QObject {
    Q_OBJECT
public:
    using Phase = SessionState::Phase;
    using PollStatus = SessionState::PollStatus;
    // Makes the payment adapter for a set of credentials (default: createPaymentProvider).
    using PaymentProviderFactory =
        std::function<std::unique_ptr<PaymentProvider>(const PaymentCredentials &, QString *error)>;

    SessionController(const TenantConfig &config, SecretStore *store, net::HttpClient *http,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // Silent sign-in with the stored refresh token when there is one, else startSignIn().
    void start();
    // A new sign-in attempt (discards a pending one).
    void startSignIn();
    // Stop polling and cancel what is in flight (screen left, app in the background).
    void cancelSignIn();
    // Revoke the refresh token (RFC 7009), wipe the store, emit signedOut(); then, when
    // setSignInAfterSignOut() allows, a new sign-in (or SignedOut while the browser shows
    // the identity server's sign-out page).
    void signOut();
    // Fetch products and entitlements again from the payment provider.
    void reloadPayments();
    // Buy on your phone: the checkout URL of a product (payment.checkout_url with this
    // viewer's values; empty without a template or a payment token), and a watch on that
    // product's access that shares the session's refresh on 401 (nullptr with *error when
    // there is no payment token). locale: the UI's BCP 47 tag.
    QString checkoutUrl(const Product &product, const QString &locale) const;
    std::unique_ptr<PurchaseWatch> watchPurchase(const Product &product, QString *error);
    // Manage on your phone: the page to cancel or change a renewing entitlement
    // (payment.manage_url with this viewer's values; empty without a template or a payment token).
    QString manageUrl(const Entitlement &entitlement, const QString &locale) const;
    // Refresh the tokens now (single-flight); done(true) once new tokens are stored.
    void refreshNow(std::function<void(bool ok)> done);

    // What happens next is decided here, for the UI and headless alike. Defaults suit a
    // viewer in front of the TV; unattended runs turn them down.
    // false: an expired code ends the attempt (headless exit 4) instead of a new one.
    void setRenewExpiredCodes(bool renew);
    // Transient failures tolerated before giving up (discovery, device code request, silent
    // refresh at start). 0 = never give up (the UI); headless uses a small budget (exit 5).
    void setRetryBudget(int attempts);
    // false: after a sign-out the session stays Idle (a run that only signs out).
    void setSignInAfterSignOut(bool signIn);
    // Where metadata, keys and the last good lists are cached between runs; empty = no cache.
    void setCacheDir(const QString &dir);
    // Fixed loopback port for the authorization code flow (servers that only accept registered
    // redirect URIs); 0 (default) = an ephemeral port.
    void setRedirectPort(quint16 port);
    // Home is shown (true) or left: while shown, the lists are fetched again on a slow timer.
    void setListsOnScreen(bool shown);
    // false: lists are fetched at sign-in and on reloadPayments() only (a headless run prints
    // each list once); true (default) also after a refresh that renewed the payment tokens and,
    // while on screen, every setListRefreshIntervalMs (default 5 min, at least 1 min).
    void setKeepListsFresh(bool on);
    void setListRefreshIntervalMs(int ms);
    // What "now" is when an entitlement ends at its expires_at (tests: a fake clock).
    void setClock(std::function<QDateTime()> nowUtc);
    // The configured providers whose lists are fetched, in config order.
    QStringList paymentProviders() const;
    // The payment adapters to use (tests: a fake provider). Call before start().
    void setPaymentProviderFactory(PaymentProviderFactory make);

    Phase phase() const;
    QString subject() const;
    // The viewer's name and customer number (config `identity`), known by signedIn(); empty
    // when not configured or not found.
    QString displayName() const;
    QString customerNumber() const;
    QStringList linkedProviders() const;
    const TenantConfig &config() const;
    // The last error reported by errorOccurred(); nullopt before any.
    std::optional<ViewerError> lastError() const;
    // The grant in use once metadata is known: config `flow`, else device_code when the
    // server has a device authorization endpoint, else authorization_code. Empty before.
    QString signInFlow() const;

signals:
    void phaseChanged(tvpair::SessionState::Phase phase);
    void userCodeReady(const tvpair::UserCodeInfo &info);
    // Authorization code flow: the URL to open in a browser (the UI opens it; headless prints it).
    void browserUrlReady(const QString &url);
    // retryInMs > 0 with NetworkRetry: when the next attempt goes out.
    void pollStatusChanged(tvpair::SessionState::PollStatus status, int retryInMs);
    // method: device_code | authorization_code | refresh_token
    void signedIn(const QString &subject, const QString &method);
    void paymentTokensChanged(const QStringList &providers);  // names only, never values
    void productsLoaded(const QString &provider, const QList<tvpair::Product> &items, bool stale);
    void entitlementsLoaded(const QString &provider, const QList<tvpair::Entitlement> &items, bool stale);
    // Every provider's lists answered (or failed) after a sign-in, reloadPayments() or a round
    // that started by itself.
    void paymentsFinished();
    // fatal: the attempt ended (headless exits with error.exitCode()).
    void errorOccurred(const tvpair::ViewerError &error, bool fatal);
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
