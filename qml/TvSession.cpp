#include "TvSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QUrl>
#include <QQmlEngine>

tvpair::SessionController *TvSession::s_controller = nullptr;

void TvSession::setController(tvpair::SessionController *controller)
{
    s_controller = controller;
}

TvSession *TvSession::create(QQmlEngine *, QJSEngine *)
{
    // One instance per engine; the engine owns it.
    auto *session = new TvSession(s_controller);
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
    if (m_statusKind == QLatin1String("waiting"))
        return tr("Waiting for you to approve on your phone…");
    if (m_statusKind == QLatin1String("slow_down"))
        return tr("Still waiting for your approval…");
    if (m_statusKind == QLatin1String("network_retry")) {
        const int s = retryInSeconds();
        return s > 0 ? tr("No network, retrying in %1 s").arg(s) : tr("No network, retrying now…");
    }
    if (m_statusKind == QLatin1String("denied"))
        return tr("Sign-in was declined on the phone. Press OK for a new code.");
    if (m_statusKind == QLatin1String("expired"))
        return tr("Code expired, here is a new one");
    if (m_statusKind == QLatin1String("error"))
        return m_errorMessage.isEmpty() ? tr("Something went wrong. Press OK to try again.")
                                        : tr("%1 Press OK to try again.").arg(m_errorMessage);
    return QString();
}

void TvSession::setAppName(const QString &v)
{
    if (v == m_appName) return;
    m_appName = v;
    emit appNameChanged();
}

void TvSession::setPhase(const QString &v)
{
    if (v == m_phase) return;
    m_phase = v;
    updateTicker();
    emit phaseChanged();
}

void TvSession::setUserCode(const QString &v)
{
    if (v == m_userCode) return;
    m_userCode = v;
    emit codeChanged();
}

void TvSession::setBrowserUrl(const QString &v)
{
    if (v == m_browserUrl) return;
    m_browserUrl = v;
    emit browserUrlChanged();
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

void TvSession::setVerificationUri(const QString &v)
{
    if (v == m_verificationUri) return;
    m_verificationUri = v;
    emit codeChanged();
}

void TvSession::setVerificationUriComplete(const QString &v)
{
    if (v == m_verificationUriComplete) return;
    m_verificationUriComplete = v;
    emit codeChanged();
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

void TvSession::setStatusKind(const QString &v)
{
    if (v == m_statusKind) return;
    m_statusKind = v;
    emit statusChanged();
}

void TvSession::setRetryInSeconds(int seconds)
{
    m_retryAtStart = qMax(0, seconds);
    m_retryClock.start();
    updateTicker();
    emit statusChanged();
}

void TvSession::setSubject(const QString &v)
{
    if (v == m_subject) return;
    m_subject = v;
    emit accountChanged();
}

void TvSession::setLinkedProviders(const QStringList &v)
{
    if (v == m_linkedProviders) return;
    m_linkedProviders = v;
    emit accountChanged();
}

void TvSession::setLoading(bool v)
{
    if (v == m_loading) return;
    m_loading = v;
    emit paymentsStateChanged();
}

void TvSession::setStale(bool v)
{
    if (v == m_stale) return;
    m_stale = v;
    emit paymentsStateChanged();
}

void TvSession::setErrorMessage(const QString &v)
{
    if (v == m_errorMessage) return;
    m_errorMessage = v;
    emit errorChanged();
    emit statusChanged();
}

void TvSession::setErrorCode(const QString &v)
{
    if (v == m_errorCode) return;
    m_errorCode = v;
    emit errorChanged();
}

void TvSession::onUserCode(const QString &code, const QString &uri, const QString &complete, int expiresIn)
{
    const bool renewal = m_statusKind == QLatin1String("expired");
    setBrowserUrl(QString());  // a device code replaces a browser sign-in
    m_userCode = code;
    m_verificationUri = uri;
    m_verificationUriComplete = complete;
    setErrorMessage(QString());
    setExpiresIn(expiresIn);  // emits codeChanged
    if (renewal)
        m_expiredClock.start();
    else
        setStatusKind(QStringLiteral("waiting"));
}

void TvSession::updateTicker()
{
    const bool counting = m_phase == QLatin1String("waiting") && (secondsLeft() > 0 || retryInSeconds() > 0);
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
        if (m_statusKind == QLatin1String("network_retry"))
            emit statusChanged();
    }
    updateTicker();
}

void TvSession::startSignIn()
{
    emit signInRequested();
    if (m_session)
        controllerStartSignIn();
    else
        setPhase(QStringLiteral("waiting"));
}

void TvSession::cancelSignIn()
{
    if (m_session)
        controllerCancelSignIn();
}

void TvSession::signOut()
{
    emit signOutRequested();
    if (m_session) {
        controllerSignOut();
        return;
    }
    // Preview: what the real session ends in, without the network.
    setSubject(QString());
    setLinkedProviders({});
    m_products->clear();
    m_entitlements->clear();
    setPhase(QStringLiteral("waiting"));
    emit signedOut();
}

void TvSession::retry()
{
    if (m_phase == QLatin1String("signedIn"))
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
        controllerReloadPayments();
    }
}

void TvSession::setPreviewProducts(const QVariantList &items)
{
    QList<tvpair::Product> out;
    out.reserve(items.size());
    for (const QVariant &v : items) {
        const QVariantMap m = v.toMap();
        tvpair::Product p;
        p.id = m.value(QStringLiteral("id")).toString();
        p.title = m.value(QStringLiteral("title")).toString();
        p.hasPrice = m.contains(QStringLiteral("price"));
        p.price = m.value(QStringLiteral("price")).toDouble();
        p.currency = m.value(QStringLiteral("currency"), QStringLiteral("EUR")).toString();
        p.period = m.value(QStringLiteral("period")).toString();
        p.trial = m.value(QStringLiteral("trial")).toString();
        p.provider = m.value(QStringLiteral("provider")).toString();
        out.append(p);
    }
    m_products->setProducts(QString(), out);
}

void TvSession::setPreviewEntitlements(const QVariantList &items)
{
    using S = tvpair::Entitlement::Status;
    QList<tvpair::Entitlement> out;
    out.reserve(items.size());
    for (const QVariant &v : items) {
        const QVariantMap m = v.toMap();
        tvpair::Entitlement e;
        e.productId = m.value(QStringLiteral("id")).toString();
        e.title = m.value(QStringLiteral("title")).toString();
        const QString status = m.value(QStringLiteral("status"), QStringLiteral("active")).toString();
        e.status = status == QLatin1String("trial") ? S::Trial
                 : status == QLatin1String("cancelled_valid") ? S::CancelledValid
                 : status == QLatin1String("expired") ? S::Expired
                 : status == QLatin1String("revoked") ? S::Revoked : S::Active;
        e.expiresAt = QDateTime::fromString(m.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        e.trialEndsAt = QDateTime::fromString(m.value(QStringLiteral("trialEndsAt")).toString(), Qt::ISODate);
        e.provider = m.value(QStringLiteral("provider")).toString();
        out.append(e);
    }
    m_entitlements->setEntitlements(QString(), out);
}

void TvSession::fillPreviewProducts(int count)
{
    QList<tvpair::Product> out;
    count = qBound(0, count, 100000);
    out.reserve(count);
    static const char *periods[] = {"month", "year", "week", "once", "48 hours"};
    for (int i = 0; i < count; ++i) {
        tvpair::Product p;
        p.id = QStringLiteral("P%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Product %1").arg(i + 1);
        p.hasPrice = true;
        p.price = 1.99 + (i % 20);
        p.currency = QStringLiteral("EUR");
        p.period = QLatin1String(periods[i % 5]);
        p.provider = QStringLiteral("cleeng");
        out.append(p);
    }
    m_products->setProducts(QString(), out);
}
