#include "TvSession.h"

#include "session/SessionController.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QQmlEngine>
#include <QUrl>
#include <utility>

using tvpair::SessionController;
using tvpair::ViewerError;

tvpair::SessionController *TvSession::s_controller = nullptr;
TvSession *TvSession::s_prepared = nullptr;

void TvSession::setController(tvpair::SessionController *controller)
{
    s_controller = controller;
}

void TvSession::prepare()
{
    delete s_prepared;
    s_prepared = new TvSession(s_controller);
}

TvSession *TvSession::create(QQmlEngine *, QJSEngine *)
{
    // One instance per engine; the engine owns it.
    auto *session = std::exchange(s_prepared, nullptr);
    if (!session)
        session = new TvSession(s_controller);
    QQmlEngine::setObjectOwnership(session, QQmlEngine::JavaScriptOwnership);
    return session;
}

TvSession::TvSession(tvpair::SessionController *controller, QObject *parent)
    : QObject(parent), m_session(controller),
      m_products(new ProductListModel(this)), m_entitlements(new EntitlementListModel(this))
{
    // One wake-up a second, and only while a code is on screen.
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &TvSession::tick);
    if (controller)
        attachController();
}

TvSession::~TvSession() = default;

// ---------------------------------------------------------------------------- the controller

void TvSession::attachController()
{
    SessionController *c = m_session;
    m_appName = c->config().appName;
    m_phase = c->phase();
    m_subject = c->subject();
    m_displayName = c->displayName();
    m_customerNumber = c->customerNumber();
    m_linkedProviders = c->linkedProviders();

    connect(c, &SessionController::phaseChanged, this, [this](Phase p) {
        // Signing in anew (a session that ended, say a refused refresh after the cached lists
        // were shown): nobody is signed in, so nobody's lists stay in the models.
        if (p == Phase::Discovering || p == Phase::WaitingForApproval)
            clearLists();
        setPhase(p);
    });
    connect(c, &SessionController::userCodeReady, this, &TvSession::onUserCode);
    connect(c, &SessionController::browserUrlReady, this, [this](const QString &url) {
        setUserCode(QString());
        setErrorMessage(QString());
        setPollStatus(PollStatus::Waiting);
        setBrowserUrl(url);
        // RFC 8252 §6: the system browser, never an embedded web view.
        if (!openBrowser())
            setErrorMessage(tr("No browser could be opened on this device."));
    });
    connect(c, &SessionController::pollStatusChanged, this, &TvSession::onPollStatus);
    connect(c, &SessionController::signedIn, this, [this, c](const QString &subject, const QString &) {
        setSubject(subject);
        setIdentity(c->displayName(), c->customerNumber());
        setBrowserUrl(QString());
        setErrorMessage(QString());
        setLoading(true);
    });
    connect(c, &SessionController::paymentTokensChanged, this, &TvSession::setLinkedProviders);
    connect(c, &SessionController::productsLoaded, this,
            [this](const QString &provider, const QList<tvpair::Product> &items, bool stale) {
        m_products->setProducts(provider, items);
        markStale(QStringLiteral("products"), provider, stale);
    });
    connect(c, &SessionController::entitlementsLoaded, this,
            [this](const QString &provider, const QList<tvpair::Entitlement> &items, bool stale) {
        m_entitlements->setEntitlements(provider, items);
        markStale(QStringLiteral("entitlements"), provider, stale);
    });
    connect(c, &SessionController::paymentsFinished, this, [this] { setLoading(false); });
    connect(c, &SessionController::errorOccurred, this, [this](const ViewerError &error, bool) {
        setErrorCode(error.code());
        setErrorMessage(error.message());
        m_shownError = error;
        if (m_phase == Phase::SignedIn)
            setLoading(false);
    });
    // After a browser sign-in, sign-out also ends the identity server's session in that
    // browser (RP-Initiated Logout): its sign-out page opens in the system browser.
    connect(c, &SessionController::logoutUrlReady, this, [](const QString &url) {
        if (!QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode)))
            qWarning("tvpair: no browser could be opened for the sign-out page");
    });
    connect(c, &SessionController::signedOut, this, [this] {
        setSubject(QString());
        setIdentity(QString(), QString());
        setLinkedProviders({});
        clearLists();
        // The old code goes too, so the sign-in screen never shows a used one while the new
        // code is on its way.
        setUserCode(QString());
        setVerificationUriComplete(QString());
        setBrowserUrl(QString());
        emit signedOut();
    });
}

void TvSession::clearLists()
{
    m_products->clear();
    m_entitlements->clear();
    m_staleLists.clear();
    setStale(false);
}

void TvSession::markStale(const QString &list, const QString &provider, bool stale)
{
    const QString key = list + QLatin1Char('\n') + provider;
    if (stale)
        m_staleLists.insert(key);
    else
        m_staleLists.remove(key);
    setStale(!m_staleLists.isEmpty());
}

void TvSession::onUserCode(const tvpair::UserCodeInfo &info)
{
    const bool renewal = m_pollStatus == PollStatus::Expired;
    setBrowserUrl(QString());  // a device code replaces a browser sign-in
    m_userCode = info.userCode;
    m_verificationUri = info.verificationUri;
    m_verificationUriComplete = info.verificationUriComplete;
    setErrorMessage(QString());
    setExpiresIn(info.expiresIn);  // emits codeChanged
    if (renewal)
        m_expiredClock.start();
    else
        setPollStatus(PollStatus::Waiting);
}

void TvSession::onPollStatus(PollStatus status, int retryInMs)
{
    switch (status) {
    case PollStatus::Waiting:
        // Keep "here is a new one" readable for a moment after a renewal.
        if (m_pollStatus == PollStatus::Expired && m_expiredClock.isValid() && m_expiredClock.elapsed() < 8000)
            return;
        break;
    case PollStatus::NetworkRetry:
        setRetryInSeconds((retryInMs + 999) / 1000);
        break;
    case PollStatus::Expired:
        m_expiredClock.invalidate();
        break;
    case PollStatus::SlowDown:
    case PollStatus::Denied:
    case PollStatus::Ended:
        break;
    }
    setPollStatus(status);
}

// ---------------------------------------------------------------------------- what a viewer can do

void TvSession::startSignIn()
{
    emit signInRequested();
    if (m_session)
        m_session->startSignIn();
    else
        setPhase(Phase::WaitingForApproval);
}

void TvSession::cancelSignIn()
{
    if (m_session)
        m_session->cancelSignIn();
}

void TvSession::signOut()
{
    emit signOutRequested();
    if (m_session) {
        m_session->signOut();
        return;
    }
    // Preview: what the real session ends in, without the network.
    setSubject(QString());
    setIdentity(QString(), QString());
    setLinkedProviders({});
    m_products->clear();
    m_entitlements->clear();
    setPhase(Phase::WaitingForApproval);
    emit signedOut();
}

void TvSession::retry()
{
    if (m_phase == Phase::SignedIn)
        reloadPayments();
    else
        startSignIn();
}

void TvSession::reloadPayments()
{
    emit reloadRequested();
    setErrorMessage(QString());
    if (m_session) {
        setLoading(true);
        m_session->reloadPayments();
    }
}

bool TvSession::openBrowser()
{
    if (m_browserUrl.isEmpty())
        return false;
    emit browserOpenRequested(m_browserUrl);
    if (isPreview())
        return true;
    return QDesktopServices::openUrl(QUrl(m_browserUrl, QUrl::StrictMode));
}

// ---------------------------------------------------------------------------- what screens read

int TvSession::secondsLeft() const
{
    if (!m_codeClock.isValid())
        return m_secondsAtStart;
    return qMax(0, m_secondsAtStart - int(m_codeClock.elapsed() / 1000));
}

int TvSession::retryInSeconds() const
{
    if (!m_retryClock.isValid())
        return m_retryAtStart;
    return qMax(0, m_retryAtStart - int(m_retryClock.elapsed() / 1000));
}

QString TvSession::statusText() const
{
    switch (m_pollStatus) {
    case PollStatus::Waiting: return tr("Waiting for you to approve on your phone…");
    case PollStatus::SlowDown: return tr("Still waiting for your approval…");
    case PollStatus::NetworkRetry: {
        const int s = retryInSeconds();
        return s > 0 ? tr("No network, retrying in %1 s").arg(s) : tr("No network, retrying now…");
    }
    case PollStatus::Denied: return tr("Sign-in was declined on the phone. Press OK for a new code.");
    case PollStatus::Expired: return tr("Code expired, here is a new one");
    case PollStatus::Ended:
        return m_errorMessage.isEmpty() ? tr("Something went wrong. Press OK to try again.")
                                        : tr("%1 Press OK to try again.").arg(m_errorMessage);
    }
    return QString();
}

void TvSession::updateTicker()
{
    const bool counting = m_phase == Phase::WaitingForApproval && (secondsLeft() > 0 || retryInSeconds() > 0);
    if (counting && !m_ticker.isActive())
        m_ticker.start();
    else if (!counting)
        m_ticker.stop();
}

void TvSession::tick()
{
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        emit secondsLeftChanged();
    }
    const int retry = retryInSeconds();
    if (retry != m_lastRetry) {
        m_lastRetry = retry;
        if (m_pollStatus == PollStatus::NetworkRetry)
            emit statusChanged();
    }
    updateTicker();
}

// ---------------------------------------------------------------------------- state

void TvSession::setAppName(const QString &v) { if (v != m_appName) { m_appName = v; emit appNameChanged(); } }
void TvSession::setPhase(Phase v)
{
    if (v == m_phase) return;
    m_phase = v;
    updateTicker();
    emit phaseChanged();
}

void TvSession::setUserCode(const QString &v) { if (v != m_userCode) { m_userCode = v; emit codeChanged(); } }
void TvSession::setVerificationUri(const QString &v)
{
    if (v != m_verificationUri) { m_verificationUri = v; emit codeChanged(); }
}
void TvSession::setVerificationUriComplete(const QString &v)
{
    if (v != m_verificationUriComplete) { m_verificationUriComplete = v; emit codeChanged(); }
}
void TvSession::setBrowserUrl(const QString &v)
{
    if (v != m_browserUrl) { m_browserUrl = v; emit browserUrlChanged(); }
}
void TvSession::setExpiresIn(int seconds)
{
    m_expiresIn = qMax(0, seconds);
    m_secondsAtStart = m_expiresIn;
    m_codeClock.start();
    updateTicker();
    emit codeChanged();
    emit secondsLeftChanged();
}

void TvSession::setSecondsLeft(int seconds)
{
    m_secondsAtStart = qMax(0, seconds);
    m_codeClock.start();
    updateTicker();
    emit secondsLeftChanged();
}

void TvSession::setPollStatus(PollStatus v) { if (v != m_pollStatus) { m_pollStatus = v; emit statusChanged(); } }
void TvSession::setRetryInSeconds(int seconds)
{
    m_retryAtStart = qMax(0, seconds);
    m_retryClock.start();
    updateTicker();
    emit statusChanged();
}

void TvSession::setSubject(const QString &v) { if (v != m_subject) { m_subject = v; emit accountChanged(); } }
void TvSession::setIdentity(const QString &displayName, const QString &customerNumber)
{
    if (displayName == m_displayName && customerNumber == m_customerNumber) return;
    m_displayName = displayName;
    m_customerNumber = customerNumber;
    emit accountChanged();
}
void TvSession::setLinkedProviders(const QStringList &v)
{
    if (v != m_linkedProviders) { m_linkedProviders = v; emit accountChanged(); }
}
void TvSession::setHomeShown(bool shown)
{
    if (shown == m_homeShown)
        return;
    m_homeShown = shown;
    if (m_session)
        m_session->setListsOnScreen(shown);
    emit homeShownChanged();
}
void TvSession::setLoading(bool v) { if (v != m_loading) { m_loading = v; emit paymentsStateChanged(); } }
void TvSession::setStale(bool v) { if (v != m_stale) { m_stale = v; emit paymentsStateChanged(); } }
void TvSession::setErrorMessage(const QString &v)
{
    m_shownError.reset();
    if (v == m_errorMessage) return;
    m_errorMessage = v;
    emit errorChanged();
    emit statusChanged();
}

void TvSession::setErrorCode(ViewerError::Code v) { if (v != m_errorCode) { m_errorCode = v; emit errorChanged(); } }
void TvSession::refreshTexts()
{
    if (m_shownError)
        m_errorMessage = m_shownError->message();
    emit errorChanged();
    emit statusChanged();
    m_products->refreshTexts();
    m_entitlements->refreshTexts();
}
