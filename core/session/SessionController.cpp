#include "SessionController.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "oauth/TokenClient.h"
#include "payments/CheckoutUrl.h"
#include "payments/PaymentProvider.h"
#include "payments/PurchaseWatch.h"
#include "session/LinkedPaymentLists.h"
#include "session/SecretStore.h"
#include "session/SignInAttempt.h"
#include "session/TokenLifecycle.h"

#include <QJsonArray>

namespace tvpair {

using Phase = SessionState::Phase;

class SessionController::Private {
public:
    Private(SessionController *q, const TenantConfig &c, SecretStore *s, net::HttpClient *h)
        : q(q), config(c), http(h), tokens(c, h, q), attempt(c, h, &tokens, q), lifecycle(c, s, &tokens, q),
          lists(c.paymentProviders(), c.serverKey(), c.clientId,
                [this](const PaymentConfig &p, const PaymentCredentials &cred, QString *err) {
                    return makeProvider(p, cred, err);
                },
                [this](const QString &provider) { return credentials(provider); },
                [this](std::function<void(bool)> done) {
                    lifecycle.refresh([done](bool ok, const oauth::OAuthError &) { done(ok); });
                },
                [this](std::function<void(const QJsonValue &)> done) { userInfoClaim(done); }, q)
    {
    }

    SessionController *q;
    TenantConfig config;
    net::HttpClient *http;
    oauth::TokenClient tokens;
    SignInAttempt attempt;
    TokenLifecycle lifecycle;
    LinkedPaymentLists lists;
    PaymentProviderFactory providerFactory;
    Phase phase = Phase::Idle;
    bool signInAfterSignOut = true;
    std::optional<ViewerError> lastError;

    // The provider a product comes from (the first one configured when it names none).
    PaymentConfig paymentOf(const QString &provider) const
    {
        return config.paymentFor(provider).value_or(config.payment);
    }

    std::unique_ptr<PaymentProvider> makeProvider(const PaymentConfig &p, const PaymentCredentials &cred, QString *err)
    {
        if (providerFactory)
            return providerFactory(cred, err);
        return createPaymentProvider(p, cred, http, err);
    }

    // What the session holds for one provider: storage_keys.<provider>; for a rest service that
    // takes the viewer's access token, that token (renewed with every refresh).
    std::optional<PaymentCredentials> credentials(const QString &provider) const
    {
        const auto &tokens = lifecycle.record().paymentTokens;
        if (provider == QLatin1String("rest") && paymentOf(provider).tokenSource == QLatin1String("access_token")) {
            if (lifecycle.accessToken().isEmpty())
                return std::nullopt;
            return PaymentCredentials{provider, lifecycle.accessToken(), {}};
        }
        if (!tokens.contains(provider))
            return std::nullopt;
        const auto &tok = tokens.value(provider);
        return PaymentCredentials{provider, tok.token, tok.extra};
    }

    // A provider's 401: one session refresh brings new payment tokens.
    void renewPaymentCredentials(const QString &provider,
                                 std::function<void(const std::optional<PaymentCredentials> &)> done)
    {
        lifecycle.refresh([this, provider, done](bool ok, const oauth::OAuthError &) {
            done(ok ? credentials(provider) : std::nullopt);
        });
    }

    void setPhase(Phase p)
    {
        if (phase == p)
            return;
        phase = p;
        emit q->phaseChanged(p);
    }

    void fail(const ViewerError &e, bool fatal)
    {
        lastError = e;
        if (!e.detail().isEmpty())
            qCWarning(lcSession).noquote() << e.eventCode() << ":" << e.detail();
        if (fatal) {
            setPhase(Phase::Failed);
            if (!lifecycle.signedIn())
                emit q->pollStatusChanged(SessionState::PollStatus::Ended, 0);
        }
        emit q->errorOccurred(e, fatal);
    }

    void connectParts()
    {
        QObject::connect(&attempt, &SignInAttempt::discovering, q, [this]() { setPhase(Phase::Discovering); });
        QObject::connect(&attempt, &SignInAttempt::waitingForApproval, q, [this]() { setPhase(Phase::WaitingForApproval); });
        QObject::connect(&attempt, &SignInAttempt::userCodeReady, q, &SessionController::userCodeReady);
        QObject::connect(&attempt, &SignInAttempt::browserUrlReady, q, &SessionController::browserUrlReady);
        QObject::connect(&attempt, &SignInAttempt::pollStatusChanged, q, &SessionController::pollStatusChanged);
        QObject::connect(&attempt, &SignInAttempt::failed, q, [this](const ViewerError &e, bool fatal) { fail(e, fatal); });
        QObject::connect(&attempt, &SignInAttempt::approved, q,
                         [this](const oauth::TokenSet &t, const QString &method, const std::optional<QString> &nonce) {
                             lifecycle.accept(t, method, nonce);
                         });

        QObject::connect(&lifecycle, &TokenLifecycle::failed, q, [this](const ViewerError &e, bool fatal) { fail(e, fatal); });
        QObject::connect(&lifecycle, &TokenLifecycle::stored, q, [this](const QString &method, bool firstTime, bool providersChanged) {
            attempt.resetRetries();
            setPhase(Phase::SignedIn);
            const SessionRecord &record = lifecycle.record();
            if (firstTime) {
                withIdentity([this, method]() {
                    const SessionRecord &now = lifecycle.record();
                    lists.signedInAs(now.subject);
                    emit q->signedIn(now.subject, method);
                    emit q->paymentTokensChanged(now.paymentTokens.keys());
                    loadPayments();
                });
            } else {
                if (providersChanged)
                    emit q->paymentTokensChanged(record.paymentTokens.keys());
                lists.tokensRenewed();  // the lists again, with the renewed tokens
            }
        });
        QObject::connect(&lifecycle, &TokenLifecycle::refused, q, [this](const ViewerError &e) {
            lists.end();
            fail(e, false);
            startSignIn();
        });

        QObject::connect(&lists, &LinkedPaymentLists::productsLoaded, q, &SessionController::productsLoaded);
        QObject::connect(&lists, &LinkedPaymentLists::entitlementsLoaded, q, &SessionController::entitlementsLoaded);
        QObject::connect(&lists, &LinkedPaymentLists::finished, q, &SessionController::paymentsFinished);
        QObject::connect(&lists, &LinkedPaymentLists::failed, q, [this](const ViewerError &e) { fail(e, false); });
    }

    void endSession()
    {
        lifecycle.end();
        lists.end();
    }

    void startSignIn()
    {
        attempt.start();
    }

    void restore()
    {
        setPhase(Phase::Restoring);
        attempt.withMetadata([this]() {
            lifecycle.refresh([this](bool ok, const oauth::OAuthError &e) {
                if (ok || phase != Phase::Restoring)
                    return;
                if (e.isTransient())
                    attempt.retryLater(e, [this]() { restore(); });
                else
                    fail(ViewerError::fromOAuth(e), true);
            });
        });
    }

    // UserInfo for the identity when it looks there (even without a payment provider), then
    // `then`. A failed UserInfo is a warning: the names found elsewhere are shown.
    void withIdentity(std::function<void()> then)
    {
        const QUrl endpoint = tokens.metadata().userinfoEndpoint;
        if (!lifecycle.identityRules().wantsUserInfo() || endpoint.isEmpty()) {
            then();
            return;
        }
        tokens.userInfo(lifecycle.accessToken(), [this, then](const std::optional<QJsonObject> &info, const oauth::OAuthError &e) {
            if (!lifecycle.signedIn())
                return;
            if (info)
                lifecycle.setUserInfo(*info);
            else
                qCWarning(lcSession).noquote() << "userinfo for the viewer's name:" << e.toString();
            then();
        });
    }

    void loadPayments()
    {
        lists.load(lifecycle.record().subject);
    }

    // The viewer's product codes: a claim in UserInfo, else in the ID token, else none.
    void userInfoClaim(std::function<void(const QJsonValue &)> withClaim)
    {
        const QString claim = paymentOf(QStringLiteral("userinfo")).claim;
        tokens.userInfo(lifecycle.accessToken(), [this, claim, withClaim](const std::optional<QJsonObject> &info,
                                                                          const oauth::OAuthError &e) {
            if (info && info->contains(claim)) {
                withClaim(info->value(claim));
                return;
            }
            if (lifecycle.idClaims().contains(claim)) {
                withClaim(lifecycle.idClaims().value(claim));
                return;
            }
            if (!info)
                fail(ViewerError(ViewerError::Code::PaymentProvider, QStringLiteral("userinfo: ") + e.toString()), false);
            withClaim(QJsonArray());  // no claim: no products
        });
    }

    // After the local session is gone: the browser's sign-out page, then the next step.
    void signedOut(bool hadSession)
    {
        const QString url = hadSession ? attempt.logoutUrl() : QString();
        if (!url.isEmpty())
            emit q->logoutUrlReady(url);
        const bool browserShowsSignOut = !url.isEmpty() && signInAfterSignOut;
        setPhase(browserShowsSignOut ? Phase::SignedOut : Phase::Idle);
        emit q->signedOut();
        if (signInAfterSignOut && !browserShowsSignOut && phase == Phase::Idle)
            startSignIn();  // straight back to a fresh code
    }
};

SessionController::SessionController(const TenantConfig &config, SecretStore *store, net::HttpClient *http, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, config, store, http))
{
    qRegisterMetaType<tvpair::UserCodeInfo>();
    qRegisterMetaType<tvpair::Product>();
    qRegisterMetaType<tvpair::Entitlement>();
    qRegisterMetaType<tvpair::ViewerError>();
    d->connectParts();
}

SessionController::~SessionController() = default;

void SessionController::setRenewExpiredCodes(bool renew) { d->attempt.setRenewExpiredCodes(renew); }
void SessionController::setRetryBudget(int attempts) { d->attempt.setRetryBudget(attempts); }
void SessionController::setSignInAfterSignOut(bool signIn) { d->signInAfterSignOut = signIn; }
void SessionController::setCacheDir(const QString &dir)
{
    d->attempt.setCacheDir(dir);
    d->lists.setCacheDir(dir);
    d->lifecycle.setCacheDir(dir);
}
void SessionController::setListsOnScreen(bool shown) { d->lists.setOnScreen(shown); }
void SessionController::setKeepListsFresh(bool on) { d->lists.setSelfRefreshing(on); }
void SessionController::setListRefreshIntervalMs(int ms) { d->lists.setRefreshIntervalMs(ms); }
void SessionController::setClock(std::function<QDateTime()> nowUtc) { d->lists.expiry().setClock(std::move(nowUtc)); }
QStringList SessionController::paymentProviders() const { return d->lists.providers(); }
void SessionController::setRedirectPort(quint16 port) { d->attempt.setRedirectPort(port); }
void SessionController::setPaymentProviderFactory(PaymentProviderFactory make) { d->providerFactory = std::move(make); }
SessionController::Phase SessionController::phase() const { return d->phase; }
QString SessionController::subject() const { return d->lifecycle.record().subject; }
QString SessionController::displayName() const { return d->lifecycle.identity().displayName; }
QString SessionController::customerNumber() const { return d->lifecycle.identity().customerNumber; }
QStringList SessionController::linkedProviders() const { return d->lifecycle.record().paymentTokens.keys(); }
const TenantConfig &SessionController::config() const { return d->config; }
std::optional<ViewerError> SessionController::lastError() const { return d->lastError; }
QString SessionController::signInFlow() const { return d->attempt.grant(); }

void SessionController::start()
{
    QString why;
    switch (d->lifecycle.load(&why)) {
    case TokenLifecycle::Stored::Session:
        d->lists.showCached(d->lifecycle.record().subject);
        d->restore();
        return;
    case TokenLifecycle::Stored::Unreadable:
        // A clear error and a fresh sign-in; the store keeps the unreadable entry for inspection.
        d->fail(ViewerError(ViewerError::Code::Store, why), false);
        break;
    case TokenLifecycle::Stored::Nothing:
        if (!why.isEmpty())
            qCWarning(lcSession).noquote() << "ignoring the stored session:" << why;
        d->lists.wipeCache();  // no session to show them for: lists left behind go
        break;
    }
    d->startSignIn();
}

void SessionController::startSignIn()
{
    d->attempt.resetRetries();
    d->startSignIn();
}

void SessionController::cancelSignIn()
{
    d->attempt.cancel();
    if (!d->lifecycle.signedIn())
        d->setPhase(Phase::Idle);
}

void SessionController::reloadPayments()
{
    if (d->lifecycle.signedIn() && !d->lists.busy())
        d->loadPayments();
}

QString SessionController::checkoutUrl(const Product &product, const QString &locale) const
{
    const PaymentConfig payment = d->paymentOf(product.provider);
    const auto credentials = d->credentials(payment.provider);
    if (payment.checkoutUrl.isEmpty() || !credentials)
        return {};
    return CheckoutUrl::expand(payment.checkoutUrl, CheckoutUrl::valuesFor(product, *credentials, locale));
}

QString SessionController::manageUrl(const Entitlement &entitlement, const QString &locale) const
{
    const PaymentConfig payment = d->paymentOf(entitlement.provider);
    const auto credentials = d->credentials(payment.provider);
    if (payment.manageUrl.isEmpty() || !credentials)
        return {};
    Product product;
    product.id = entitlement.productId;
    product.provider = entitlement.provider;
    return CheckoutUrl::expand(payment.manageUrl, CheckoutUrl::valuesFor(product, *credentials, locale));
}

std::unique_ptr<PurchaseWatch> SessionController::watchPurchase(const Product &product, QString *error)
{
    const PaymentConfig payment = d->paymentOf(product.provider);
    const auto credentials = d->credentials(payment.provider);
    if (!credentials) {
        if (error)
            *error = QStringLiteral("%1: no payment token for this account").arg(payment.provider);
        return nullptr;
    }
    return std::make_unique<PurchaseWatch>(
        product.entitlementId(), *credentials,
        [this, payment](const PaymentCredentials &cred, QString *err) { return d->makeProvider(payment, cred, err); },
        [this, name = payment.provider](auto done) { d->renewPaymentCredentials(name, done); },
        PurchaseWatch::Schedule::fromConfig(payment));
}

void SessionController::refreshNow(std::function<void(bool)> done)
{
    d->lifecycle.refresh([done](bool ok, const oauth::OAuthError &) {
        if (done)
            done(ok);
    });
}

void SessionController::signOut()
{
    cancelSignIn();
    d->setPhase(Phase::SigningOut);
    const QString token = d->lifecycle.refreshTokenToRevoke();
    const bool hadSession = d->lifecycle.signedIn() || !token.isEmpty();
    // Revocation is best effort (RFC 7009 §2.2): local state is wiped whatever the server says,
    // so it borrows a small retry budget when the session has none (the UI never gives up) and
    // hands it back before the next sign-in, which must be as patient as the first.
    const int budget = d->attempt.retryBudget();
    auto wipe = [this, hadSession, budget]() {
        d->attempt.setRetryBudget(budget);
        d->endSession();
        d->signedOut(hadSession);
    };
    if (token.isEmpty()) {
        wipe();
        return;
    }
    if (!budget)
        d->attempt.setRetryBudget(3);
    d->attempt.withMetadata(
        [this, token, wipe]() {
            d->tokens.revoke(token, QStringLiteral("refresh_token"), [wipe](const oauth::OAuthError &e) {
                if (!e.isNull())
                    qCWarning(lcSession).noquote() << "revocation failed, wiping the local session anyway:" << e.toString();
                wipe();
            });
        },
        [wipe]() {
            qCWarning(lcSession) << "no server metadata for revocation; wiping the local session anyway";
            wipe();
        });
}

}  // namespace tvpair
