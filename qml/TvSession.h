#pragma once
// The session as QML sees it: one singleton wrapping the app's tvpair::SessionController.
// Without a controller (Qt Quick Tests, screenshots, designers) it is a preview whose properties
// are set directly, so every screen can be rendered with data and without a network.
#include "EntitlementListModel.h"
#include "ProductListModel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
namespace tvpair { class SessionController; }

class TvSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool preview READ isPreview CONSTANT)
    Q_PROPERTY(QString appName READ appName WRITE setAppName NOTIFY appNameChanged)
    // idle | restoring | discovering | waiting | signedIn | signingOut | failed
    Q_PROPERTY(QString phase READ phase WRITE setPhase NOTIFY phaseChanged)
    Q_PROPERTY(QString userCode READ userCode WRITE setUserCode NOTIFY codeChanged)
    Q_PROPERTY(QString verificationUri READ verificationUri WRITE setVerificationUri NOTIFY codeChanged)
    Q_PROPERTY(QString verificationUriComplete READ verificationUriComplete WRITE setVerificationUriComplete NOTIFY codeChanged)
    // What the QR code holds: the complete URI, else the plain one.
    Q_PROPERTY(QString qrText READ qrText NOTIFY codeChanged)
    // Authorization code flow: the sign-in page opened in this device's browser (empty with the
    // device flow). No QR code for it: the loopback redirect only reaches this device.
    Q_PROPERTY(QString browserUrl READ browserUrl WRITE setBrowserUrl NOTIFY browserUrlChanged)
    Q_PROPERTY(int expiresIn READ expiresIn WRITE setExpiresIn NOTIFY codeChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft WRITE setSecondsLeft NOTIFY secondsLeftChanged)
    // waiting | slow_down | network_retry | denied | expired | error
    Q_PROPERTY(QString statusKind READ statusKind WRITE setStatusKind NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(int retryInSeconds READ retryInSeconds WRITE setRetryInSeconds NOTIFY statusChanged)
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY accountChanged)
    Q_PROPERTY(QStringList linkedProviders READ linkedProviders WRITE setLinkedProviders NOTIFY accountChanged)
    Q_PROPERTY(ProductListModel *products READ products CONSTANT)
    Q_PROPERTY(EntitlementListModel *entitlements READ entitlements CONSTANT)
    Q_PROPERTY(bool loading READ loading WRITE setLoading NOTIFY paymentsStateChanged)
    Q_PROPERTY(bool stale READ stale WRITE setStale NOTIFY paymentsStateChanged)
    // One sentence a viewer understands (never technical detail); empty when all is well.
    Q_PROPERTY(QString errorMessage READ errorMessage WRITE setErrorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode WRITE setErrorCode NOTIFY errorChanged)

public:
    // Call before the QML engine first uses TvSession; null keeps the preview.
    static void setController(tvpair::SessionController *controller);
    static TvSession *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    explicit TvSession(tvpair::SessionController *controller, QObject *parent = nullptr);
    ~TvSession() override;

    bool isPreview() const { return m_controller.isNull(); }
    QString appName() const { return m_appName; }
    QString phase() const { return m_phase; }
    QString userCode() const { return m_userCode; }
    QString verificationUri() const { return m_verificationUri; }
    QString verificationUriComplete() const { return m_verificationUriComplete; }
    QString qrText() const { return m_verificationUriComplete.isEmpty() ? m_verificationUri : m_verificationUriComplete; }
    QString browserUrl() const { return m_browserUrl; }
    int expiresIn() const { return m_expiresIn; }
    int secondsLeft() const;
    QString statusKind() const { return m_statusKind; }
    QString statusText() const;
    int retryInSeconds() const;
    QString subject() const { return m_subject; }
    QStringList linkedProviders() const { return m_linkedProviders; }
    ProductListModel *products() const { return m_products; }
    EntitlementListModel *entitlements() const { return m_entitlements; }
    bool loading() const { return m_loading; }
    bool stale() const { return m_stale; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorCode() const { return m_errorCode; }

    void setAppName(const QString &v);
    void setPhase(const QString &v);
    void setUserCode(const QString &v);
    void setVerificationUri(const QString &v);
    void setVerificationUriComplete(const QString &v);
    void setBrowserUrl(const QString &v);
    void setExpiresIn(int seconds);   // restarts the countdown
    void setSecondsLeft(int seconds);
    void setStatusKind(const QString &v);
    void setRetryInSeconds(int seconds);
    void setSubject(const QString &v);
    void setLinkedProviders(const QStringList &v);
    void setLoading(bool v);
    void setStale(bool v);
    void setErrorMessage(const QString &v);
    void setErrorCode(const QString &v);

    Q_INVOKABLE void startSignIn();
    Q_INVOKABLE void cancelSignIn();
    Q_INVOKABLE void signOut();
    // Ok / Green on an error: a new code while signing in, the lists again when signed in.
    Q_INVOKABLE void retry();
    Q_INVOKABLE void reloadPayments();
    // Opens browserUrl in the system browser (QDesktopServices); false when nothing could open it.
    Q_INVOKABLE bool openBrowser();

    // Preview data: lists of {id,title,price,currency,period,trial,provider} and
    // {id,title,status(active|trial|cancelled_valid|expired|revoked),expiresAt(ISO),trialEndsAt,provider}.
    Q_INVOKABLE void setPreviewProducts(const QVariantList &items);
    Q_INVOKABLE void setPreviewEntitlements(const QVariantList &items);
    // n synthetic products, for long-list tests.
    Q_INVOKABLE void fillPreviewProducts(int count);

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
    void errorChanged();
    // The viewer asked for these (also in preview, so tests can observe them).
    void signInRequested();
    void signOutRequested();
    void reloadRequested();
    void signedOut();

private:
    // Implemented in TvSessionController.cpp, or as no-ops in TvSessionNoController.cpp when the
    // core does not build SessionController yet.
    void attachController();
    void controllerStartSignIn();
    void controllerCancelSignIn();
    void controllerSignOut();
    void controllerReloadPayments();

    void onUserCode(const QString &code, const QString &uri, const QString &complete, int expiresIn);
    void updateTicker();
    void tick();

    QPointer<QObject> m_controller;
    tvpair::SessionController *m_session = nullptr;
    ProductListModel *m_products;
    EntitlementListModel *m_entitlements;
    QString m_appName = QStringLiteral("tvpair");
    QString m_phase = QStringLiteral("idle");
    QString m_userCode, m_verificationUri, m_verificationUriComplete;
    QString m_browserUrl;
    bool m_logoutPageOpen = false;  // the identity server's sign-out page went to the browser
    int m_expiresIn = 0;
    int m_secondsAtStart = 0;
    QElapsedTimer m_codeClock;   // monotonic: the wall clock of a TV may read 1970
    QString m_statusKind = QStringLiteral("waiting");
    int m_retryAtStart = 0;
    QElapsedTimer m_retryClock;
    QElapsedTimer m_expiredClock;  // "here is a new one" stays a moment after a renewal
    QString m_subject;
    QStringList m_linkedProviders;
    bool m_loading = false;
    bool m_stale = false;
    // Per list, so a fresh products list does not clear the mark of a still-cached entitlements
    // list (stale = either).
    bool m_staleProducts = false, m_staleEntitlements = false;
    QString m_errorMessage, m_errorCode;
    QTimer m_ticker;
    int m_lastSecondsLeft = -1;
    int m_lastRetry = -1;

    static tvpair::SessionController *s_controller;
};
