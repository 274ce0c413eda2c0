#include "SessionController.h"

#include "net/Backoff.h"
#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/Log.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/EndSession.h"
#include "oauth/DeviceFlow.h"
#include "oauth/IdTokenCheck.h"
#include "oauth/ServerMetadata.h"
#include "oauth/TokenClient.h"
#include "payments/PaymentProvider.h"
#include "session/PaymentListCache.h"
#include "session/SecretStore.h"
#include "session/SessionRecord.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <vector>

namespace tvpair {

using Phase = SessionController::Phase;
using PollStatus = SessionController::PollStatus;

namespace {

// The error codes of cli-and-config.md, from whatever the server or the network said.
QString eventCode(const oauth::OAuthError &e)
{
    static const QStringList passThrough = {"access_denied", "expired_token", "invalid_client", "invalid_grant",
                                            "invalid_scope", "unsupported_grant_type", "network", "server",
                                            "config"};
    if (passThrough.contains(e.error))
        return e.error;
    if (e.error == QLatin1String("unauthorized_client"))
        return QStringLiteral("invalid_client");
    return QStringLiteral("server");
}

// One sentence a viewer understands (ui-10foot.md "Errors"); details go to the log.
QString viewerMessage(const QString &code, const QString &detail = {}, bool browser = false)
{
    if (browser && code == QLatin1String("access_denied"))
        return QStringLiteral("The sign-in was declined in the browser.");
    if (browser && code == QLatin1String("expired_token"))
        return QStringLiteral("The sign-in in the browser was not finished in time.");
    if (code == QLatin1String("access_denied"))
        return QStringLiteral("The sign-in was declined on the phone.");
    if (code == QLatin1String("expired_token"))
        return QStringLiteral("The code expired before it was approved.");
    if (code == QLatin1String("invalid_client"))
        return QStringLiteral("This TV app is not registered with the sign-in service.");
    if (code == QLatin1String("invalid_grant"))
        return QStringLiteral("The sign-in is no longer valid; please sign in again.");
    if (code == QLatin1String("invalid_scope"))
        return QStringLiteral("The sign-in service refused the access this app asks for.");
    if (code == QLatin1String("unsupported_grant_type"))
        return QStringLiteral("The sign-in service does not support signing in on a TV.");
    if (code == QLatin1String("network"))
        return QStringLiteral("The sign-in service cannot be reached.");
    if (code == QLatin1String("config"))
        return detail.isEmpty() ? QStringLiteral("The app is not set up correctly.") : detail;
    if (code == QLatin1String("store"))
        return QStringLiteral("The sign-in could not be kept on this TV.");
    if (code == QLatin1String("payment_provider"))
        return QStringLiteral("Your purchases could not be loaded.");
    return QStringLiteral("The sign-in service is having trouble.");
}

}  // namespace

class SessionController::Private {
public:
    Private(SessionController *q, const TenantConfig &c, SecretStore *s, net::HttpClient *h)
        : q(q), config(c), store(s), http(h), tokens(c, h, q), listCache(QString(), c.issuer, c.clientId)
    {
        refreshTimer.setSingleShot(true);
        refreshTimer.setTimerType(Qt::VeryCoarseTimer);
        retryTimer.setSingleShot(true);
        redirectPort = c.redirectPort;
    }

    SessionController *q;
    TenantConfig config;
    SecretStore *store;
    net::HttpClient *http;
    QString cacheDir;
    oauth::TokenClient tokens;
    std::unique_ptr<oauth::Discovery> discovery;
    bool haveMetadata = false;
    oauth::DeviceFlow *flow = nullptr;
    oauth::AuthorizationCodeFlow *codeFlow = nullptr;
    QString signInFlow;  // device_code | authorization_code, once metadata is known
    quint16 redirectPort = 0;  // config redirect_port unless setRedirectPort() says otherwise
    Phase phase = Phase::Idle;
    bool renewExpired = true;
    int retryBudget = 0;
    int failures = 0;
    net::Backoff backoff{1000, 60000};
    QTimer retryTimer;
    QString lastErrorCode;

    // The session.
    bool signedIn = false;
    SessionRecord record;
    QString accessToken;
    QTimer refreshTimer;
    QJsonObject idClaims;
    std::optional<QJsonObject> jwks;
    QJsonObject savedJwks;  // what the on-disk cache holds, to write only when it changed

    // The JWKS is public data; caching it on disk saves a round trip at every start (M4). A key
    // rotated since is handled by the one refetch on an unknown kid (IdTokenCheck).
    QString jwksCacheFile() const
    {
        if (cacheDir.isEmpty())
            return {};
        const QByteArray h = QCryptographicHash::hash(config.issuer.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        return cacheDir + QStringLiteral("/jwks-") + QString::fromLatin1(h) + QStringLiteral(".json");
    }
    static constexpr qint64 kJwksMaxAgeSec = 24 * 3600;
    void loadJwksCache()
    {
        QFile f(jwksCacheFile());
        if (jwksCacheFile().isEmpty() || !f.open(QIODevice::ReadOnly))
            return;
        const auto doc = net::parseJsonObject(f.read(256 * 1024), nullptr);
        if (!doc)
            return;
        const qint64 storedAt = doc->value("stored_at").toVariant().toLongLong();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (storedAt <= 0 || now < storedAt || now - storedAt > kJwksMaxAgeSec || !doc->value("jwks").isObject())
            return;
        jwks = doc->value("jwks").toObject();
        savedJwks = *jwks;
    }
    void saveJwksCache()
    {
        if (!jwks || *jwks == savedJwks || jwksCacheFile().isEmpty())
            return;
        QDir().mkpath(cacheDir);
        QSaveFile f(jwksCacheFile());
        if (!f.open(QIODevice::WriteOnly))
            return;
        const QJsonObject wrapper{{"stored_at", QDateTime::currentSecsSinceEpoch()}, {"jwks", *jwks}};
        f.write(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
        if (f.commit())
            savedJwks = *jwks;
    }

    // Payments.
    std::unique_ptr<PaymentProvider> payment;
    // Adapters replaced after a 401 while the other list may still be in flight on them: kept
    // alive (their callbacks must still run) until every list has answered.
    std::vector<std::unique_ptr<PaymentProvider>> retired;
    int paymentsPending = 0;
    bool haveProducts = false, haveEntitlements = false;
    QList<Product> lastProducts;
    QList<Entitlement> lastEntitlements;
    // The last good lists on disk (issue 7): shown at once on the next start, marked stale.
    PaymentListCache listCache;
    QString cachedFor;  // the subject whose cached lists seeded lastProducts/lastEntitlements
    // Bumped each time `payment` is rebuilt with fresh payment tokens: a 401 on a call that went
    // out before that is retried on the new adapter without another refresh.
    int paymentGen = 0;
    // A session refresh for the payment tokens is on its way while this is not empty: the
    // other list's 401 waits for the same one (one refresh, then one retry each).
    std::vector<std::function<void(bool)>> paymentRefreshWaiters;
    bool paymentErrorShown = false;  // one payment_provider error per round of lists

    void setPhase(Phase p)
    {
        if (phase == p)
            return;
        phase = p;
        emit q->phaseChanged(p);
    }

    void fail(const QString &code, const QString &detail, bool fatal, const QString &message = {})
    {
        lastErrorCode = code;
        if (!detail.isEmpty())
            qCWarning(lcSession).noquote() << code << ":" << detail;
        if (fatal)
            setPhase(Phase::Failed);
        const bool browser = !signedIn && signInFlow == QLatin1String("authorization_code");
        emit q->errorOccurred(code,
                              message.isEmpty()
                                  ? viewerMessage(code, code == QLatin1String("config") ? detail : QString(), browser)
                                  : message,
                              fatal);
    }

    // Transient trouble: retry `again` after a back-off, or give up when the budget is spent.
    void retryLater(const oauth::OAuthError &e, std::function<void()> again, std::function<void()> giveUp = {})
    {
        failures++;
        if (retryBudget > 0 && failures >= retryBudget) {
            if (giveUp)
                giveUp();
            else
                fail(eventCode(e), e.toString(), true);
            return;
        }
        const int delay = backoff.next(e.retryAfterSeconds);
        qCWarning(lcSession).noquote() << "transient failure, retrying in" << delay << "ms:" << e.toString();
        emit q->pollStatusChanged(PollStatus::NetworkRetry, delay);
        retryTimer.disconnect();
        QObject::connect(&retryTimer, &QTimer::timeout, q, std::move(again));
        retryTimer.start(delay);
    }

    void resetRetries()
    {
        failures = 0;
        backoff.reset();
        retryTimer.stop();
    }

    // orElse: what to do instead of failing when no metadata can be had (sign-out wipes anyway).
    void ensureMetadata(std::function<void()> then, std::function<void()> orElse = {})
    {
        if (haveMetadata) {
            then();
            return;
        }
        discovery = std::make_unique<oauth::Discovery>(config, http, cacheDir);
        discovery->fetch([this, then, orElse](const std::optional<oauth::ServerMetadata> &m, const oauth::OAuthError &e) {
            if (m) {
                tokens.setMetadata(*m);
                haveMetadata = true;
                then();
                return;
            }
            if (e.isTransient()) {
                retryLater(e, [this, then, orElse]() { ensureMetadata(then, orElse); }, orElse);
                return;
            }
            if (orElse) {
                orElse();
                return;
            }
            fail(e.error == QLatin1String("config") ? QStringLiteral("config") : eventCode(e),
                 e.error == QLatin1String("config") ? e.description : e.toString(), true);
        });
    }

    void ensureFlow()
    {
        if (flow)
            return;
        flow = new oauth::DeviceFlow(&tokens, retryBudget, q);
        QObject::connect(flow, &oauth::DeviceFlow::codeIssued, q, [this](const oauth::DeviceCode &c) {
            resetRetries();
            setPhase(Phase::WaitingForApproval);
            emit q->userCodeReady(UserCodeInfo{c.userCode, c.verificationUri, c.verificationUriComplete, c.expiresIn});
            emit q->pollStatusChanged(PollStatus::Waiting, 0);
        });
        QObject::connect(flow, &oauth::DeviceFlow::waiting, q, [this]() { emit q->pollStatusChanged(PollStatus::Waiting, 0); });
        QObject::connect(flow, &oauth::DeviceFlow::slowedDown, q,
                         [this](int intervalMs) { emit q->pollStatusChanged(PollStatus::SlowDown, intervalMs); });
        QObject::connect(flow, &oauth::DeviceFlow::retrying, q,
                         [this](int delayMs, const QString &) { emit q->pollStatusChanged(PollStatus::NetworkRetry, delayMs); });
        QObject::connect(flow, &oauth::DeviceFlow::approved, q,
                         [this](const oauth::TokenSet &t) { acceptTokens(t, QStringLiteral("device_code")); });
        QObject::connect(flow, &oauth::DeviceFlow::denied, q, [this]() {
            emit q->pollStatusChanged(PollStatus::Denied, 0);
            fail(QStringLiteral("access_denied"), QString(), true);
        });
        QObject::connect(flow, &oauth::DeviceFlow::expired, q, [this]() {
            emit q->pollStatusChanged(PollStatus::Expired, 0);
            if (renewExpired) {
                qCInfo(lcSession) << "user code expired; asking for a new one";
                flow->start();
                return;
            }
            fail(QStringLiteral("expired_token"), QString(), true);
        });
        QObject::connect(flow, &oauth::DeviceFlow::failed, q, [this](const oauth::OAuthError &e) {
            fail(e.error == QLatin1String("config") ? QStringLiteral("config") : eventCode(e),
                 e.error == QLatin1String("config") ? e.description : e.toString(), true);
        });
    }

    // config `flow`, else what the server advertises (device flow preferred on a TV).
    QString chooseFlow() const
    {
        if (!config.flow.isEmpty())
            return config.flow;
        const auto &m = tokens.metadata();
        if (m.deviceAuthorizationEndpoint.isEmpty() && !m.authorizationEndpoint.isEmpty())
            return QStringLiteral("authorization_code");
        return QStringLiteral("device_code");
    }

    // RP-Initiated Logout: after an authorization code sign-in the browser still holds the
    // identity server's session cookie; this URL ends it. Empty with the device flow (that
    // browser is on the phone) or without an end_session endpoint. No id_token_hint: the URL
    // is printed as an event, and ID tokens never go into events or logs.
    QString logoutUrl() const
    {
        if ((haveMetadata ? chooseFlow() : config.flow) != QLatin1String("authorization_code"))
            return {};
        QString why;
        const QUrl url = oauth::EndSession::logoutUrl(
            haveMetadata ? tokens.metadata().endSessionEndpoint : config.endpoints.endSession, config, &why);
        if (!why.isEmpty())
            qCWarning(lcSession).noquote() << "no browser sign-out:" << why;
        return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
    }

    void ensureCodeFlow()
    {
        if (codeFlow)
            return;
        codeFlow = new oauth::AuthorizationCodeFlow(&tokens, config, q);
        codeFlow->setRedirectPort(redirectPort);
        QObject::connect(codeFlow, &oauth::AuthorizationCodeFlow::browserUrlReady, q, [this](const QUrl &url) {
            resetRetries();
            setPhase(Phase::WaitingForApproval);
            emit q->browserUrlReady(url.toString(QUrl::FullyEncoded));
        });
        QObject::connect(codeFlow, &oauth::AuthorizationCodeFlow::approved, q,
                         [this](const oauth::TokenSet &t, const QString &nonce) {
                             if (t.idToken.isEmpty() && config.scope.split(' ').contains(QLatin1String("openid"))) {
                                 fail(QStringLiteral("server"), QStringLiteral("the token response has no ID token"), true);
                                 return;
                             }
                             acceptTokens(t, QStringLiteral("authorization_code"), nonce);
                         });
        QObject::connect(codeFlow, &oauth::AuthorizationCodeFlow::denied, q,
                         [this]() { fail(QStringLiteral("access_denied"), QString(), true); });
        QObject::connect(codeFlow, &oauth::AuthorizationCodeFlow::expired, q,
                         [this]() { fail(QStringLiteral("expired_token"), QString(), true); });
        QObject::connect(codeFlow, &oauth::AuthorizationCodeFlow::failed, q, [this](const oauth::OAuthError &e) {
            if (e.error == QLatin1String("invalid_state") || e.error == QLatin1String("invalid_issuer")) {
                fail(QStringLiteral("server"), e.toString(), true,
                     QStringLiteral("The browser's answer did not belong to this sign-in; please try again."));
                return;
            }
            fail(e.error == QLatin1String("config") ? QStringLiteral("config") : eventCode(e),
                 e.error == QLatin1String("config") ? e.description : e.toString(), true);
        });
    }

    // ---- tokens -------------------------------------------------------------------------

    void acceptTokens(const oauth::TokenSet &t, const QString &method, const std::optional<QString> &nonce = std::nullopt)
    {
        oauth::checkIdToken(
            &tokens, config, t.idToken, &jwks, q,
            [this, t, method](const std::optional<QJsonObject> &claims, const QString &error) {
                if (!claims) {
                    fail(QStringLiteral("server"), QStringLiteral("ID token rejected: ") + error, true);
                    return;
                }
                storeTokens(t, *claims, method);
            },
            nonce);
    }

    void storeTokens(const oauth::TokenSet &t, const QJsonObject &claims, const QString &method)
    {
        const QStringList before = record.paymentTokens.keys();
        if (!claims.isEmpty()) {
            idClaims = claims;
            saveJwksCache();  // the keys just verified a token: worth keeping for the next start
        }
        SessionRecord next = record;
        next.issuer = config.issuer;
        next.clientId = config.clientId;
        if (idClaims.value("sub").isString())
            next.subject = idClaims.value("sub").toString();
        if (!t.refreshToken.isEmpty())
            next.refreshToken = t.refreshToken;  // rotation: the new one replaces the old (T2)
        next.paymentTokens = t.paymentTokens;    // re-read on every response (P3)
        if (!next.refreshToken.isEmpty()) {
            // Persist before the new refresh token can be used, so a crash never loses a rotation.
            QString err;
            if (!store->write(SessionRecord::kEntryName, next.toBytes(), &err)) {
                fail(QStringLiteral("store"), store->description() + QStringLiteral(": ") + err, true);
                return;
            }
        } else {
            qCWarning(lcSession) << "the server issued no refresh token; the sign-in will not survive a restart";
        }
        record = next;
        accessToken = t.accessToken;
        scheduleRefresh(t.expiresIn);
        resetRetries();
        const bool firstTime = !signedIn;
        signedIn = true;
        setPhase(Phase::SignedIn);
        if (firstTime) {
            if (cachedFor != record.subject) {  // the server says it is someone else: not their lists
                haveProducts = haveEntitlements = false;
                lastProducts.clear();
                lastEntitlements.clear();
            }
            emit q->signedIn(record.subject, method);
            emit q->paymentTokensChanged(record.paymentTokens.keys());
            loadPayments();
        } else if (before != record.paymentTokens.keys()) {
            emit q->paymentTokensChanged(record.paymentTokens.keys());
        }
    }

    void scheduleRefresh(int expiresIn)
    {
        // At about 80% of the lifetime, with ±5% jitter so a fleet of TVs does not refresh in step.
        const double share = 0.75 + QRandomGenerator::global()->bounded(0.10);
        const qint64 ms = std::max<qint64>(5000, qint64(expiresIn * 1000.0 * share));
        refreshTimer.disconnect();
        QObject::connect(&refreshTimer, &QTimer::timeout, q, [this]() { backgroundRefresh(); });
        refreshTimer.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
    }

    void backgroundRefresh()
    {
        refresh([this](bool ok, const oauth::OAuthError &e) {
            if (ok || !signedIn)
                return;
            if (e.isTransient()) {
                // Keep the session; try again with back-off (T3).
                const int delay = backoff.next(e.retryAfterSeconds);
                qCWarning(lcSession).noquote() << "refresh failed, keeping the session, retry in" << delay << "ms:" << e.toString();
                refreshTimer.start(delay);
            }
        });
    }

    // One refresh (single-flight in TokenClient); invalid_grant ends the session (T3).
    void refresh(std::function<void(bool, const oauth::OAuthError &)> done)
    {
        if (record.refreshToken.isEmpty()) {
            oauth::OAuthError e;
            e.error = QStringLiteral("invalid_grant");
            e.description = QStringLiteral("no refresh token");
            done(false, e);
            return;
        }
        tokens.refresh(record.refreshToken, [this, done](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
            if (t) {
                const bool restoring = phase == Phase::Restoring;
                acceptTokensThen(*t, restoring ? QStringLiteral("refresh_token") : QString(), done);
                return;
            }
            if (e.error == QLatin1String("invalid_grant") || e.error == QLatin1String("invalid_client")
                || e.error == QLatin1String("unauthorized_client")) {
                qCWarning(lcSession).noquote() << "refresh refused, the session is over:" << e.toString();
                endSession();
                fail(eventCode(e), e.toString(), false);
                // Sign-in starts before the caller hears of the failure, so a caller that was
                // restoring sees the new phase and does not report a second, fatal error.
                startSignIn();
                done(false, e);
                return;
            }
            done(false, e);
        });
    }

    void acceptTokensThen(const oauth::TokenSet &t, const QString &method,
                          std::function<void(bool, const oauth::OAuthError &)> done)
    {
        oauth::checkIdToken(&tokens, config, t.idToken, &jwks, q,
                            [this, t, method, done](const std::optional<QJsonObject> &claims, const QString &error) {
                                if (!claims) {
                                    fail(QStringLiteral("server"), QStringLiteral("ID token rejected: ") + error, true);
                                    done(false, oauth::OAuthError::malformed(error));
                                    return;
                                }
                                storeTokens(t, *claims, method.isEmpty() ? QStringLiteral("refresh_token") : method);
                                done(phase == Phase::SignedIn, {});
                            });
    }

    void endSession()
    {
        refreshTimer.stop();
        QString err;
        if (!store->remove(SessionRecord::kEntryName, &err))
            qCWarning(lcSession).noquote() << "could not wipe the stored session:" << err;
        record = SessionRecord{};
        accessToken.clear();
        idClaims = {};
        signedIn = false;
        payment.reset();
        retired.clear();
        paymentsPending = 0;
        haveProducts = haveEntitlements = false;
        lastProducts.clear();
        lastEntitlements.clear();
        paymentRefreshWaiters.clear();
        listCache.wipe();  // personal data: nothing of the viewer stays once the session is over
        cachedFor.clear();
    }

    // The lists of the last run, at once (before any request), marked stale; they also stand
    // in as "the last good list" if the provider fails this time.
    void showCachedLists()
    {
        const QString name = config.payment.provider;
        if (name == QLatin1String("none") || record.subject.isEmpty() || !listCache.isEnabled())
            return;
        cachedFor = record.subject;
        if (auto p = listCache.loadProducts(record.subject, name)) {
            lastProducts = *p;
            haveProducts = true;
            emit q->productsLoaded(name, lastProducts, true);
        }
        if (auto e = listCache.loadEntitlements(record.subject, name)) {
            lastEntitlements = *e;
            haveEntitlements = true;
            emit q->entitlementsLoaded(name, lastEntitlements, true);
        }
    }

    void startSignIn()
    {
        setPhase(Phase::Discovering);
        ensureMetadata([this]() {
            signInFlow = chooseFlow();
            if (signInFlow == QLatin1String("authorization_code")) {
                ensureCodeFlow();
                codeFlow->start();
                return;
            }
            ensureFlow();
            flow->start();
        });
    }

    void restore()
    {
        setPhase(Phase::Restoring);
        ensureMetadata([this]() {
            refresh([this](bool ok, const oauth::OAuthError &e) {
                if (ok || phase != Phase::Restoring)
                    return;
                if (e.isTransient())
                    retryLater(e, [this]() { restore(); });
                else if (phase != Phase::Failed && phase != Phase::Discovering && phase != Phase::WaitingForApproval)
                    fail(eventCode(e), e.toString(), true);
            });
        });
    }

    // ---- payments -----------------------------------------------------------------------

    void loadPayments()
    {
        const QString name = config.payment.provider;
        paymentErrorShown = false;
        if (name == QLatin1String("none")) {
            emit q->paymentsFinished();
            return;
        }
        if (name == QLatin1String("userinfo")) {
            loadUserInfoProducts();
            return;
        }
        if (!record.paymentTokens.contains(name)) {
            // Nothing linked at this provider for this viewer: they own nothing there.
            qCInfo(lcSession) << "no" << name << "token for this account";
            lastEntitlements.clear();
            haveEntitlements = true;
            listCache.storeEntitlements(record.subject, name, {});
            emit q->entitlementsLoaded(name, {}, false);
            emit q->paymentsFinished();
            return;
        }
        startPaymentCalls();
    }

    bool makeProvider(const PaymentCredentials &cred)
    {
        QString err;
        payment = createPaymentProvider(config.payment, cred, http, &err);
        if (!payment) {
            fail(QStringLiteral("payment_provider"), err, false);
            emit q->paymentsFinished();
            return false;
        }
        return true;
    }

    void startPaymentCalls()
    {
        const QString name = config.payment.provider;
        const auto &tok = record.paymentTokens.value(name);
        if (!makeProvider(PaymentCredentials{name, tok.token, tok.extra}))
            return;
        paymentsPending = 2;
        listProducts(true);
        listEntitlements(true);
    }

    void paymentDone()
    {
        if (--paymentsPending == 0) {
            // Deleted on the next turn: we may be inside one of their callbacks.
            QTimer::singleShot(0, q, [this]() {
                if (paymentsPending == 0)
                    retired.clear();
            });
            emit q->paymentsFinished();
        }
    }

    // A provider's 401: one session refresh (new payment tokens), one retry, then a clear error.
    // gen: paymentGen when the failed call went out.
    void afterUnauthorized(int gen, std::function<void()> retry, std::function<void(const PaymentError &)> giveUp,
                           const PaymentError &err)
    {
        if (gen != paymentGen) {
            // The tokens were renewed after this call went out (the other list's 401 did it).
            retry();
            return;
        }
        paymentRefreshWaiters.push_back([retry, giveUp, err](bool ok) {
            if (ok)
                retry();
            else
                giveUp(err);
        });
        if (paymentRefreshWaiters.size() > 1)
            return;  // the refresh the other list asked for brings the tokens for both
        refresh([this](bool ok, const oauth::OAuthError &) {
            auto waiters = std::move(paymentRefreshWaiters);
            paymentRefreshWaiters.clear();
            const QString name = config.payment.provider;
            std::unique_ptr<PaymentProvider> fresh;
            if (ok && record.paymentTokens.contains(name)) {
                const auto &tok = record.paymentTokens.value(name);
                QString e;
                fresh = createPaymentProvider(config.payment, PaymentCredentials{name, tok.token, tok.extra}, http, &e);
                if (!fresh)
                    qCWarning(lcSession).noquote() << "payment_provider :" << e;
            }
            if (!fresh) {
                for (const auto &w : waiters)
                    w(false);
                return;
            }
            // Keep the old adapter alive until its callback has returned; swap on the next turn.
            PaymentProvider *raw = fresh.release();
            QTimer::singleShot(0, q, [this, raw, waiters]() {
                if (payment)
                    retired.push_back(std::move(payment));
                payment.reset(raw);
                ++paymentGen;
                for (const auto &w : waiters)
                    w(true);
            });
        });
    }

    // One payment_provider error per round of lists (both failing say the same to a viewer);
    // every failure's detail goes to the log.
    void paymentFailed(const QString &detail)
    {
        if (paymentErrorShown) {
            qCWarning(lcSession).noquote() << "payment_provider :" << detail;
            return;
        }
        paymentErrorShown = true;
        fail(QStringLiteral("payment_provider"), detail, false);
    }

    // One list, products or entitlements: a good answer is shown and cached; a 401 gets one
    // session refresh and one retry; any other failure (or a second 401) shows the last good
    // list again, marked stale, and a payment_provider error.
    template <typename Item>
    void listPayments(bool mayRetry, QList<Item> &last, bool &have,
                      void (PaymentProvider::*call)(std::function<void(const PaymentList<Item> &)>),
                      void (SessionController::*loaded)(const QString &, const QList<Item> &, bool),
                      bool (PaymentListCache::*store)(const QString &, const QString &, const QList<Item> &))
    {
        const int gen = paymentGen;
        (payment.get()->*call)([=, &last, &have](const PaymentList<Item> &r) {
            const QString name = config.payment.provider;
            if (r.ok()) {
                last = r.items;
                have = true;
                (listCache.*store)(record.subject, name, r.items);
                emit(q->*loaded)(name, r.items, false);
                paymentDone();
                return;
            }
            auto giveUp = [=, &last, &have](const PaymentError &e) {
                if (!signedIn)
                    return;  // the refresh ended the session: sign-in is what matters now
                if (have)
                    emit(q->*loaded)(name, last, true);  // the last good list stays, marked stale
                paymentFailed(e.message);
                paymentDone();
            };
            if (r.error->kind == PaymentError::Unauthorized && mayRetry) {
                afterUnauthorized(
                    gen, [=, &last, &have]() { listPayments(false, last, have, call, loaded, store); }, giveUp, *r.error);
                return;
            }
            giveUp(*r.error);
        });
    }

    void listProducts(bool mayRetry)
    {
        listPayments(mayRetry, lastProducts, haveProducts, &PaymentProvider::listProducts,
                     &SessionController::productsLoaded, &PaymentListCache::storeProducts);
    }

    void listEntitlements(bool mayRetry)
    {
        listPayments(mayRetry, lastEntitlements, haveEntitlements, &PaymentProvider::listEntitlements,
                     &SessionController::entitlementsLoaded, &PaymentListCache::storeEntitlements);
    }

    void loadUserInfoProducts()
    {
        const QString claim = config.payment.claim;
        auto withClaim = [this, claim](const QJsonValue &v) {
            if (!makeProvider(PaymentCredentials{QStringLiteral("userinfo"), QString(), QJsonObject{{claim, v}}}))
                return;
            paymentsPending = 1;
            listEntitlements(false);
        };
        tokens.userInfo(accessToken, [this, claim, withClaim](const std::optional<QJsonObject> &info, const oauth::OAuthError &e) {
            if (info && info->contains(claim)) {
                withClaim(info->value(claim));
                return;
            }
            if (idClaims.contains(claim)) {
                withClaim(idClaims.value(claim));
                return;
            }
            if (!info)
                fail(QStringLiteral("payment_provider"), QStringLiteral("userinfo: ") + e.toString(), false);
            withClaim(QJsonArray());  // no claim: no products
        });
    }
};

SessionController::SessionController(const TenantConfig &config, SecretStore *store, net::HttpClient *http, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, config, store, http))
{
    qRegisterMetaType<tvpair::UserCodeInfo>();
    qRegisterMetaType<tvpair::Product>();
    qRegisterMetaType<tvpair::Entitlement>();
}

SessionController::~SessionController() = default;

void SessionController::setRenewExpiredCodes(bool renew) { d->renewExpired = renew; }
void SessionController::setRetryBudget(int attempts) { d->retryBudget = attempts; }
void SessionController::setCacheDir(const QString &dir)
{
    d->cacheDir = dir;
    d->listCache.setDir(dir);
    d->loadJwksCache();
}
SessionController::Phase SessionController::phase() const { return d->phase; }
QString SessionController::subject() const { return d->record.subject; }
QStringList SessionController::linkedProviders() const { return d->record.paymentTokens.keys(); }
const TenantConfig &SessionController::config() const { return d->config; }
QString SessionController::lastErrorCode() const { return d->lastErrorCode; }
QString SessionController::signInFlow() const { return d->signInFlow; }
void SessionController::setRedirectPort(quint16 port)
{
    d->redirectPort = port;
    if (d->codeFlow)
        d->codeFlow->setRedirectPort(port);
}

void SessionController::start()
{
    const SecretRead r = d->store->read(SessionRecord::kEntryName);
    if (r.status == SecretRead::Found) {
        QString err;
        const auto rec = SessionRecord::fromBytes(r.value, &err);
        if (rec && rec->issuer == d->config.issuer && rec->clientId == d->config.clientId) {
            d->record = *rec;
            d->showCachedLists();
            d->restore();
            return;
        }
        qCWarning(lcSession).noquote() << "ignoring the stored session:"
                                       << (rec ? QStringLiteral("it belongs to another issuer or client") : err);
    } else if (r.status == SecretRead::Unreadable) {
        // A clear error and a fresh sign-in; the store keeps the unreadable entry for inspection.
        d->fail(QStringLiteral("store"), d->store->description() + QStringLiteral(": ") + r.error, false);
    }
    if (r.status != SecretRead::Unreadable)
        d->listCache.wipe();  // no session to show them for: lists left behind go
    d->startSignIn();
}

void SessionController::startSignIn()
{
    d->resetRetries();
    d->startSignIn();
}

void SessionController::cancelSignIn()
{
    d->retryTimer.stop();
    if (d->discovery)
        d->discovery->cancel();
    if (d->flow)
        d->flow->cancel();
    if (d->codeFlow)
        d->codeFlow->cancel();
    if (!d->signedIn)
        d->setPhase(Phase::Idle);
}

void SessionController::reloadPayments()
{
    if (d->signedIn && d->paymentsPending == 0)
        d->loadPayments();
}

void SessionController::refreshNow(std::function<void(bool)> done)
{
    d->refresh([done](bool ok, const oauth::OAuthError &) {
        if (done)
            done(ok);
    });
}

void SessionController::signOut()
{
    cancelSignIn();
    d->setPhase(Phase::SigningOut);
    if (d->record.refreshToken.isEmpty()) {
        const SecretRead r = d->store->read(SessionRecord::kEntryName);
        if (r.status == SecretRead::Found) {
            if (const auto rec = SessionRecord::fromBytes(r.value, nullptr))
                d->record = *rec;
        }
    }
    const QString token = d->record.refreshToken;
    const bool hadSession = d->signedIn || !token.isEmpty();
    auto wipe = [this, hadSession]() {
        d->endSession();
        d->setPhase(Phase::Idle);
        if (hadSession) {
            if (const QString url = d->logoutUrl(); !url.isEmpty())
                emit logoutUrlReady(url);
        }
        emit signedOut();
    };
    if (token.isEmpty()) {
        wipe();
        return;
    }
    // Revocation is best effort; local state is wiped whatever the server says (T5).
    d->retryBudget = d->retryBudget ? d->retryBudget : 3;
    d->ensureMetadata(
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
