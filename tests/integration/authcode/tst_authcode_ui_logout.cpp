// The UI side of OIDC RP-Initiated Logout 1.0: TvSession (the QML singleton's C++ side) on a
// real SessionController against a private sandbox. Sign-out after an authorization code
// sign-in opens the sandbox's end_session URL through QDesktopServices (captured here with
// setUrlHandler, so no browser starts); after a device flow sign-in it opens nothing.
#include "Sandbox.h"
#include "TvSession.h"

#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"
#include "session/SessionController.h"
#include "session/SessionRecord.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

// Receives what QDesktopServices::openUrl would hand to the system browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class AuthCodeUiLogoutTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    UrlCatcher m_catcher;

    TenantConfig config(const QString &flow) const
    {
        TenantConfig c = TenantConfig::builtinSandbox(m_sandbox->port);
        c.flow = flow;
        c.postLogoutRedirectUri = QUrl(m_sandbox->issuer + "/signed-out");
        return c;
    }
    // A stored session as a previous run leaves it (the refresh token is unknown to the server:
    // revocation answers 200 for it, RFC 7009 §2.2, and the store is wiped either way).
    static void storeSession(MemorySecretStore *store, const TenantConfig &c)
    {
        SessionRecord r;
        r.issuer = c.issuer;
        r.clientId = c.clientId;
        r.subject = "alice";
        r.refreshToken = "stored-refresh-token-value";
        QString err;
        QVERIFY2(store->write(SessionRecord::kEntryName, r.toBytes(), &err), qPrintable(err));
    }

private slots:
    void initTestCase()
    {
        m_sandbox = Sandbox::startPrivate({});
        QVERIFY2(m_sandbox, "could not start the sandbox (node tests/sandbox/server.js)");
        QDesktopServices::setUrlHandler("http", &m_catcher, "open");
        QDesktopServices::setUrlHandler("https", &m_catcher, "open");
    }
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler("http");
        QDesktopServices::unsetUrlHandler("https");
    }
    void init() { m_catcher.urls.clear(); }

    void signOutOpensTheLogoutPage()
    {
        const TenantConfig c = config("authorization_code");
        MemorySecretStore store;
        storeSession(&store, c);
        net::HttpClient http(net::UrlPolicy{true});
        SessionController session(c, &store, &http);
        TvSession tv(&session);
        QSignalSpy signedOut(&tv, &TvSession::signedOut);
        QSignalSpy logout(&session, &SessionController::logoutUrlReady);
        tv.signOut();
        QVERIFY(signedOut.wait(30000));
        QCOMPARE(logout.size(), 1);
        QVERIFY(m_catcher.urls.size() >= 1);
        // The first URL handed to the browser is the logout page, the one the session announced.
        const QUrl opened = m_catcher.urls.first();
        QCOMPARE(opened.toString(QUrl::FullyEncoded), logout.at(0).at(0).toString());
        QCOMPARE(opened.toString(QUrl::RemoveQuery), m_sandbox->issuer + "/session/end");
        const QUrlQuery q(opened);
        QCOMPARE(q.queryItemValue("client_id"), QString("tv-app"));
        QCOMPARE(q.queryItemValue("post_logout_redirect_uri", QUrl::FullyDecoded), m_sandbox->issuer + "/signed-out");
        QVERIFY(!opened.toString().contains("stored-refresh-token-value"));
        QVERIFY(!q.hasQueryItem("id_token_hint"));
        QCOMPARE(store.read(SessionRecord::kEntryName).status, SecretRead::Absent);
        // The sign-in page must not open on top of the sign-out page (it would still run under
        // the old viewer's browser session): the TV waits for OK ("signedOut" phase).
        QCOMPARE(tv.phase(), SessionState::Phase::SignedOut);
        QTest::qWait(300);
        QCOMPARE(m_catcher.urls.size(), 1);
        QCOMPARE(tv.browserUrl(), QString());
        // OK on "Sign in again": a new authorization request goes to the browser.
        tv.startSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(m_catcher.urls.size(), 2, 30000);
        QCOMPARE(m_catcher.urls.at(1).toString(QUrl::RemoveQuery), m_sandbox->issuer + "/auth");
        session.cancelSignIn();
    }

    void deviceFlowSignOutOpensNothing()
    {
        const TenantConfig c = config("device_code");
        MemorySecretStore store;
        storeSession(&store, c);
        net::HttpClient http(net::UrlPolicy{true});
        SessionController session(c, &store, &http);
        TvSession tv(&session);
        QSignalSpy signedOut(&tv, &TvSession::signedOut);
        QSignalSpy code(&session, &SessionController::userCodeReady);
        tv.signOut();
        QVERIFY(signedOut.wait(30000));
        // Back to sign-in with a device code; the browser was never asked for anything.
        QVERIFY(code.wait(30000));
        QCOMPARE(m_catcher.urls.size(), 0);
        QCOMPARE(store.read(SessionRecord::kEntryName).status, SecretRead::Absent);
        session.cancelSignIn();
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    AuthCodeUiLogoutTest t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_authcode_ui_logout.moc"
