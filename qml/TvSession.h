#pragma once
// The session as QML sees it: one singleton over the app's tvpair::SessionController. Screens
// read its properties and call what a viewer can do (sign in, sign out, retry, reload, open
// the browser); what follows a sign-out, a denial or an expiry is the core's decision.
// Without a controller (Qt Quick Tests, screenshots, designers) it is a preview, filled
// through setPreview(), so every screen can be rendered with data and without a network.
#include "EntitlementListModel.h"
#include "ProductListModel.h"
#include "session/SessionState.h"
#include "session/ViewerError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <optional>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
namespace tvpair { class SessionController; }

// The session's phases and poll states as QML enums: SessionState.SignedIn, SessionState.Denied, ...
// Registered as a namespace (its enums only): a gadget registered as a type is a value type, and
// Qt 6.4 warns at every start that value type names should begin with a lowercase letter.
namespace SessionStateForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(tvpair::SessionState)
QML_NAMED_ELEMENT(SessionState)
}

class TvSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool preview READ isPreview CONSTANT)
    Q_PROPERTY(QString appName READ appName NOTIFY appNameChanged)
    Q_PROPERTY(tvpair::SessionState::Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString userCode READ userCode NOTIFY codeChanged)
    Q_PROPERTY(QString verificationUri READ verificationUri NOTIFY codeChanged)
    Q_PROPERTY(QString verificationUriComplete READ verificationUriComplete NOTIFY codeChanged)
    // What the QR code holds: the complete URI, else the plain one.
    Q_PROPERTY(QString qrText READ qrText NOTIFY codeChanged)
    // Authorization code flow: the sign-in page opened in this device's browser (empty with the
    // device flow). No QR code for it: the loopback redirect only reaches this device.
    Q_PROPERTY(QString browserUrl READ browserUrl NOTIFY browserUrlChanged)
    Q_PROPERTY(int expiresIn READ expiresIn NOTIFY codeChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(tvpair::SessionState::PollStatus pollStatus READ pollStatus NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY statusChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY accountChanged)
    // The viewer's name and customer number (config `identity`); empty when unknown.
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(QString customerNumber READ customerNumber NOTIFY accountChanged)
    Q_PROPERTY(QStringList linkedProviders READ linkedProviders NOTIFY accountChanged)
    Q_PROPERTY(ProductListModel *products READ products CONSTANT)
    Q_PROPERTY(EntitlementListModel *entitlements READ entitlements CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY paymentsStateChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY paymentsStateChanged)
    // Set by the shell while Home is the screen shown: the lists are then fetched again on a slow
    // timer (the core decides how often).
    Q_PROPERTY(bool homeShown READ homeShown WRITE setHomeShown NOTIFY homeShownChanged)
    // One sentence a viewer understands (never technical detail); empty when all is well.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    // What the last error was (meaningful while errorMessage is not empty).
    Q_PROPERTY(tvpair::ViewerError::Code errorCode READ errorCode NOTIFY errorChanged)

public:
    using Phase = tvpair::SessionState::Phase;
    using PollStatus = tvpair::SessionState::PollStatus;

    // Call before the QML engine first uses TvSession; null keeps the preview.
    static void setController(tvpair::SessionController *controller);
    // The app's controller; null in a preview.
    static tvpair::SessionController *controller() { return s_controller; }
    static TvSession *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    // Makes the singleton's instance now, over the controller set above, so it sees every signal
    // of a session started before QML loads; the next create() hands this one to the engine.
    static void prepare();

    explicit TvSession(tvpair::SessionController *controller, QObject *parent = nullptr);
    ~TvSession() override;

    bool isPreview() const { return m_session.isNull(); }
    QString appName() const { return m_appName; }
    Phase phase() const { return m_phase; }
    QString userCode() const { return m_userCode; }
    QString verificationUri() const { return m_verificationUri; }
    QString verificationUriComplete() const { return m_verificationUriComplete; }
    QString qrText() const { return m_verificationUriComplete.isEmpty() ? m_verificationUri : m_verificationUriComplete; }
    QString browserUrl() const { return m_browserUrl; }
    int expiresIn() const { return m_expiresIn; }
    int secondsLeft() const;
    PollStatus pollStatus() const { return m_pollStatus; }
    QString statusText() const;
    int retryInSeconds() const;
    QString subject() const { return m_subject; }
    QString displayName() const { return m_displayName; }
    QString customerNumber() const { return m_customerNumber; }
    QStringList linkedProviders() const { return m_linkedProviders; }
    ProductListModel *products() const { return m_products; }
    EntitlementListModel *entitlements() const { return m_entitlements; }
    bool loading() const { return m_loading; }
    bool stale() const { return m_stale; }
    bool homeShown() const { return m_homeShown; }
    void setHomeShown(bool shown);
    QString errorMessage() const { return m_errorMessage; }
    tvpair::ViewerError::Code errorCode() const { return m_errorCode; }

    // What a viewer can do.
    Q_INVOKABLE void startSignIn();
    Q_INVOKABLE void cancelSignIn();
    Q_INVOKABLE void signOut();
    // Ok / Green on an error: a new code while signing in, the lists again when signed in.
    Q_INVOKABLE void retry();
    Q_INVOKABLE void reloadPayments();
    // Opens browserUrl in the system browser (QDesktopServices); false when nothing could open it.
    Q_INVOKABLE bool openBrowser();

    // The preview's seam, for tests, screenshots and designers only (ignored with a controller).
    // Keys: appName, phase, pollStatus, userCode, verificationUri, verificationUriComplete,
    // browserUrl, expiresIn (restarts the countdown), secondsLeft, retryInSeconds, subject,
    // displayName, customerNumber,
    // linkedProviders, loading, stale, errorMessage, errorCode.
    Q_INVOKABLE void setPreview(const QVariantMap &state);
    // Lists of {id,title,price,currency,period,trial,provider,grantsAccessTo} and
    // {id,title,status(active|trial|cancelled_valid|expired|revoked),expiresAt(ISO),trialEndsAt,provider,renews}.
    Q_INVOKABLE void setPreviewProducts(const QVariantList &items);
    Q_INVOKABLE void setPreviewEntitlements(const QVariantList &items);
    // n synthetic products, for long-list tests.
    Q_INVOKABLE void fillPreviewProducts(int count);
    // After a language switch: the sentences and list texts made here again, in the new language.
    void refreshTexts();

signals:
    void appNameChanged();
    void phaseChanged();
    void codeChanged();
    void browserUrlChanged();
    void browserOpenRequested(const QString &url);  // also in preview, so tests can observe it
    void secondsLeftChanged();
    void statusChanged();
    void accountChanged();
    void paymentsStateChanged();
    void homeShownChanged();
    void errorChanged();
    // The viewer asked for these (also in preview, so tests can observe them).
    void signInRequested();
    void signOutRequested();
    void reloadRequested();
    void signedOut();

private:
    void attachController();
    void clearLists();
    void onUserCode(const tvpair::UserCodeInfo &info);
    void onPollStatus(PollStatus status, int retryInMs);
    void updateTicker();
    void tick();

    void setAppName(const QString &v);
    void setPhase(Phase v);
    void setUserCode(const QString &v);
    void setVerificationUri(const QString &v);
    void setVerificationUriComplete(const QString &v);
    void setBrowserUrl(const QString &v);
    void setExpiresIn(int seconds);  // restarts the countdown
    void setSecondsLeft(int seconds);
    void setPollStatus(PollStatus v);
    void setRetryInSeconds(int seconds);
    void setSubject(const QString &v);
    void setIdentity(const QString &displayName, const QString &customerNumber);
    void setLinkedProviders(const QStringList &v);
    void setLoading(bool v);
    void setStale(bool v);
    void setErrorMessage(const QString &v);
    void setErrorCode(tvpair::ViewerError::Code v);

    QPointer<tvpair::SessionController> m_session;
    ProductListModel *m_products;
    EntitlementListModel *m_entitlements;
    QString m_appName = QStringLiteral("tvpair");
    Phase m_phase = Phase::Idle;
    QString m_userCode, m_verificationUri, m_verificationUriComplete;
    QString m_browserUrl;
    int m_expiresIn = 0;
    int m_secondsAtStart = 0;
    QElapsedTimer m_codeClock;  // monotonic: the wall clock of a TV may read 1970
    PollStatus m_pollStatus = PollStatus::Waiting;
    int m_retryAtStart = 0;
    QElapsedTimer m_retryClock;
    QElapsedTimer m_expiredClock;  // "here is a new one" stays a moment after a renewal
    QString m_subject;
    QString m_displayName;
    QString m_customerNumber;
    QStringList m_linkedProviders;
    bool m_loading = false;
    bool m_stale = false;
    bool m_homeShown = false;
    // Per list and provider ("products\ncleeng"), so a fresh list does not clear the mark of
    // another list still shown from the cache (stale = any).
    QSet<QString> m_staleLists;
    void markStale(const QString &list, const QString &provider, bool stale);
    QString m_errorMessage;
    std::optional<tvpair::ViewerError> m_shownError;  // the error whose sentence is shown
    tvpair::ViewerError::Code m_errorCode = tvpair::ViewerError::Code::Server;
    QTimer m_ticker;
    int m_lastSecondsLeft = -1;
    int m_lastRetry = -1;

    static tvpair::SessionController *s_controller;
    static TvSession *s_prepared;
};
