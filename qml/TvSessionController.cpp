// TvSession driven by the real tvpair::SessionController (built when the core provides it).
#include "TvSession.h"

#include "session/SessionController.h"

#include <QDesktopServices>
#include <QUrl>

using tvpair::SessionController;

namespace {
QString phaseName(SessionController::Phase phase)
{
    switch (phase) {
    case SessionController::Phase::Idle: return QStringLiteral("idle");
    case SessionController::Phase::Restoring: return QStringLiteral("restoring");
    case SessionController::Phase::Discovering: return QStringLiteral("discovering");
    case SessionController::Phase::WaitingForApproval: return QStringLiteral("waiting");
    case SessionController::Phase::SignedIn: return QStringLiteral("signedIn");
    case SessionController::Phase::SigningOut: return QStringLiteral("signingOut");
    case SessionController::Phase::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("idle");
}
}  // namespace

void TvSession::attachController()
{
    SessionController *c = m_session;
    m_controller = c;
    m_appName = c->config().appName;
    m_phase = phaseName(c->phase());
    m_subject = c->subject();
    m_linkedProviders = c->linkedProviders();

    connect(c, &SessionController::phaseChanged, this, [this](SessionController::Phase p) {
        // Signing in anew (a session that ended, say a refused refresh after the cached lists
        // were shown): nobody is signed in, so nobody's lists stay in the models.
        if (p == SessionController::Phase::Discovering || p == SessionController::Phase::WaitingForApproval) {
            m_products->clear();
            m_entitlements->clear();
            m_staleProducts = m_staleEntitlements = false;
            setStale(false);
        }
        setPhase(phaseName(p));
    });
    connect(c, &SessionController::userCodeReady, this, [this](const tvpair::UserCodeInfo &info) {
        onUserCode(info.userCode, info.verificationUri, info.verificationUriComplete, info.expiresIn);
    });
    connect(c, &SessionController::browserUrlReady, this, [this](const QString &url) {
        setUserCode(QString());
        setErrorMessage(QString());
        setStatusKind(QStringLiteral("waiting"));
        setBrowserUrl(url);
        // RFC 8252 §6: the system browser, never an embedded web view.
        if (!openBrowser())
            setErrorMessage(tr("No browser could be opened on this device."));
    });
    connect(c, &SessionController::pollStatusChanged, this,
            [this](SessionController::PollStatus status, int retryInMs) {
        switch (status) {
        case SessionController::PollStatus::Waiting:
            // Keep "here is a new one" readable for a moment after a renewal.
            if (m_statusKind == QLatin1String("expired") && m_expiredClock.isValid()
                && m_expiredClock.elapsed() < 8000)
                return;
            setStatusKind(QStringLiteral("waiting"));
            break;
        case SessionController::PollStatus::SlowDown: setStatusKind(QStringLiteral("slow_down")); break;
        case SessionController::PollStatus::NetworkRetry:
            setRetryInSeconds((retryInMs + 999) / 1000);
            setStatusKind(QStringLiteral("network_retry"));
            break;
        case SessionController::PollStatus::Denied: setStatusKind(QStringLiteral("denied")); break;
        case SessionController::PollStatus::Expired:
            m_expiredClock.invalidate();
            setStatusKind(QStringLiteral("expired"));
            break;
        }
    });
    connect(c, &SessionController::signedIn, this, [this](const QString &subject, const QString &) {
        setSubject(subject);
        setBrowserUrl(QString());
        setErrorMessage(QString());
        setLoading(true);
    });
    connect(c, &SessionController::paymentTokensChanged, this, [this](const QStringList &providers) {
        setLinkedProviders(providers);
    });
    connect(c, &SessionController::productsLoaded, this,
            [this](const QString &provider, const QList<tvpair::Product> &items, bool stale) {
        m_products->setProducts(provider, items);
        m_staleProducts = stale;
        setStale(m_staleProducts || m_staleEntitlements);
    });
    connect(c, &SessionController::entitlementsLoaded, this,
            [this](const QString &provider, const QList<tvpair::Entitlement> &items, bool stale) {
        m_entitlements->setEntitlements(provider, items);
        m_staleEntitlements = stale;
        setStale(m_staleProducts || m_staleEntitlements);
    });
    connect(c, &SessionController::paymentsFinished, this, [this] { setLoading(false); });
    connect(c, &SessionController::errorOccurred, this,
            [this](const QString &code, const QString &message, bool fatal) {
        setErrorCode(code);
        setErrorMessage(message);
        if (m_phase != QLatin1String("signedIn") && fatal)
            setStatusKind(QStringLiteral("error"));
        if (m_phase == QLatin1String("signedIn"))
            setLoading(false);
    });
    // After a browser sign-in, sign-out also ends the identity server's session in that
    // browser (RP-Initiated Logout): its logout page opens in the system browser.
    connect(c, &SessionController::logoutUrlReady, this, [this](const QString &url) {
        if (QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode)))
            m_logoutPageOpen = true;
        else
            qWarning("tvpair: no browser could be opened for the sign-out page");
    });
    connect(c, &SessionController::signedOut, this, [this] {
        setSubject(QString());
        setLinkedProviders({});
        m_products->clear();
        m_entitlements->clear();
        m_staleProducts = m_staleEntitlements = false;
        setStale(false);
        // Clear the old code too, so the sign-in screen never shows a used one while the new
        // code is on its way.
        setUserCode(QString());
        setVerificationUriComplete(QString());
        emit signedOut();
        if (m_logoutPageOpen) {
            // The browser shows the identity server's sign-out page: opening the sign-in page
            // now would put it on top, still under the old viewer's browser session. The
            // screen asks the viewer to confirm there and press OK to sign in again.
            m_logoutPageOpen = false;
            setPhase(QStringLiteral("signedOut"));  // before the URL goes: the screen stays
            setBrowserUrl(QString());
            return;
        }
        setBrowserUrl(QString());
        // The TV goes straight back to sign-in with a fresh code (ARCHITECTURE.md step 6).
        m_session->startSignIn();
    });
}

void TvSession::controllerStartSignIn() { m_session->startSignIn(); }
void TvSession::controllerCancelSignIn() { m_session->cancelSignIn(); }
void TvSession::controllerSignOut() { m_session->signOut(); }
void TvSession::controllerReloadPayments() { m_session->reloadPayments(); }
