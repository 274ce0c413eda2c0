// Headless sign-in with the authorization code flow + PKCE and a loopback redirect (RFC 8252),
// against a private sandbox: browser_url event -> the sandbox's HTML pages (login alice/alice,
// consent) driven like a browser with a cookie jar -> redirect to tvpair's loopback listener ->
// signed_in {method authorization_code} and the payment events. Also: Deny -> access_denied,
// exit 3; a forged answer with another state -> error, exit 5.
// OIDC RP-Initiated Logout 1.0: --sign-out prints logout_url (client_id, the configured
// post_logout_redirect_uri, no token); followed in the same cookie jar it ends the sandbox's
// browser session, so the next authorization request shows the login page again.
// Config redirect_port: the listener binds that port; a taken port is a one-line error.
#include "Sandbox.h"
#include "ScriptedBrowser.h"

#include <QNetworkCookieJar>
#include <QTcpServer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace tvpair::test;

class AuthCodeHeadlessTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;

    QProcessEnvironment env() { return isolatedAppEnv(m_dir.path()); }
    QStringList args(const QString &name, const QJsonObject &extra = {})
    {
        const QString dir = m_dir.path() + "/" + name;
        QDir().mkpath(dir);
        QJsonObject overrides{{"flow", "authorization_code"}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            overrides.insert(it.key(), it.value());
        const QString cfg = m_sandbox->writeConfig(dir, overrides);
        return {"--headless", "--config", cfg, "--store", dir + "/store", "--log-level", "debug"};
    }
    // A fresh authorization request of tv-app (PKCE, scope openid) answered to an unused
    // loopback port: where the browser lands tells whether the identity server still knows it.
    QUrl probeAuthorizeUrl(quint16 port) const
    {
        QUrl u(m_sandbox->issuer + "/auth");
        QUrlQuery q;
        q.addQueryItem("response_type", "code");
        q.addQueryItem("client_id", "tv-app");
        q.addQueryItem("redirect_uri", QString::fromLatin1(QUrl::toPercentEncoding(
                                            QStringLiteral("http://127.0.0.1:%1/callback").arg(port))));
        q.addQueryItem("scope", "openid");
        q.addQueryItem("state", "probe-state");
        q.addQueryItem("nonce", "probe-nonce");
        q.addQueryItem("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        q.addQueryItem("code_challenge_method", "S256");
        u.setQuery(q);
        return u;
    }
    static quint16 freePort()
    {
        QTcpServer s;
        return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
    }
    // Follows the sandbox's redirects, stopping before the loopback answer (nobody listens).
    static Page followUntil(ScriptedBrowser &b, Page p, quint16 stopPort, QUrl *stoppedAt)
    {
        for (int hops = 0; hops < 10 && p.status >= 300 && p.status < 400 && p.location.isValid(); ++hops) {
            if (p.location.port() == stopPort) {
                *stoppedAt = p.location;
                return p;
            }
            p = b.request("GET", p.location);
        }
        return p;
    }
    // browser_url -> login as alice -> the consent page.
    static Page toConsent(ScriptedBrowser &b, const QUrl &authUrl)
    {
        Page p = b.follow(b.request("GET", authUrl));
        if (p.status != 200)
            return p;
        const QUrl login = ScriptedBrowser::formAction(p, "login");
        if (!login.isValid())
            return p;
        return b.follow(b.request("POST", login, "username=alice&password=alice"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = Sandbox::startPrivate({"--test-endpoints"});  // device-flow approval below
        QVERIFY2(m_sandbox, "could not start the sandbox (node tests/sandbox/server.js)");
    }

    void signsInThroughTheBrowser()
    {
        TvpairRun run(args("approved"), env());
        const QJsonObject ev = run.waitFor("browser_url");
        QVERIFY2(!ev.isEmpty(), run.allStderr().constData());
        const QUrl authUrl(ev.value("url").toString());
        QCOMPARE(authUrl.toString(QUrl::RemoveQuery), m_sandbox->issuer + "/auth");
        const QUrlQuery q(authUrl);
        QCOMPARE(q.queryItemValue("response_type"), QString("code"));
        QCOMPARE(q.queryItemValue("client_id"), QString("tv-app"));
        QCOMPARE(q.queryItemValue("code_challenge_method"), QString("S256"));
        QCOMPARE(q.queryItemValue("code_challenge").size(), 43);
        QVERIFY(!q.queryItemValue("state").isEmpty());
        QVERIFY(!q.queryItemValue("nonce").isEmpty());
        QVERIFY(!q.hasQueryItem("code_verifier"));
        const QUrl redirect(q.queryItemValue("redirect_uri", QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QString("127.0.0.1"));
        QCOMPARE(redirect.path(), QString("/callback"));
        QVERIFY(redirect.port() > 0);

        ScriptedBrowser b;
        const Page consent = toConsent(b, authUrl);
        const QUrl allow = ScriptedBrowser::formAction(consent, "confirm");
        QVERIFY2(allow.isValid(), consent.body.constData());
        QUrl hit;
        const Page done = b.followNotingPort(b.request("POST", allow), quint16(redirect.port()), &hit);
        QVERIFY2(hit.isValid(), done.body.constData());
        QCOMPARE(hit.path(), QString("/callback"));
        const QString code = QUrlQuery(hit).queryItemValue("code");
        QVERIFY(!code.isEmpty());
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains("You can close this window and return to the TV"));

        const QJsonObject signedIn = run.waitFor("signed_in");
        QVERIFY2(!signedIn.isEmpty(), run.allStderr().constData());
        QCOMPARE(signedIn.value("method").toString(), QString("authorization_code"));
        QCOMPARE(signedIn.value("subject").toString(), QString("alice"));
        const QStringList providers = run.waitFor("payment_tokens").value("providers").toVariant().toStringList();
        QVERIFY2(providers.contains("cleeng"), qPrintable(providers.join(',')));
        const QJsonObject ents = run.waitFor("entitlements");
        QCOMPARE(ents.value("provider").toString(), QString("cleeng"));
        QVERIFY(!ents.value("items").toArray().isEmpty());
        QCOMPARE(run.waitForExit(), 0);
        // No secret in any output: neither the code nor the verifier-bearing request shows up anywhere.
        QVERIFY(!run.allStdout().contains(code.toUtf8()));
        QVERIFY(!run.allStderr().contains(code.toUtf8()));
        QVERIFY(!run.allStderr().contains("code_verifier="));

        // Second run: silent sign-in with the stored refresh token (offline_access was granted).
        TvpairRun again(args("approved"), env());
        QCOMPARE(again.waitFor("signed_in").value("method").toString(), QString("refresh_token"));
        QCOMPARE(again.waitForExit(), 0);
    }

    void signOutEndsTheBrowserSession()
    {
        const QString returnUri = m_sandbox->issuer + "/signed-out";
        const QStringList a = args("logout", {{"post_logout_redirect_uri", returnUri}});
        ScriptedBrowser b;
        {
            TvpairRun run(a, env());
            const QJsonObject ev = run.waitFor("browser_url");
            QVERIFY2(!ev.isEmpty(), run.allStderr().constData());
            const QUrl authUrl(ev.value("url").toString());
            const QUrl redirect(QUrlQuery(authUrl).queryItemValue("redirect_uri", QUrl::FullyDecoded));
            const Page consent = toConsent(b, authUrl);
            const QUrl allow = ScriptedBrowser::formAction(consent, "confirm");
            QVERIFY2(allow.isValid(), consent.body.constData());
            QUrl hit;
            b.followNotingPort(b.request("POST", allow), quint16(redirect.port()), &hit);
            QVERIFY(hit.isValid());
            QCOMPARE(run.waitFor("signed_in").value("method").toString(), QString("authorization_code"));
            QCOMPARE(run.waitForExit(), 0);
        }

        // The browser holds the identity server's session: a new request needs no password. (The
        // sandbox, like oidc-provider's default policy, asks native clients for consent each time:
        // the consent page, never the login page, then straight to the redirect with a code.)
        const quint16 probePort = freePort();
        QUrl landed;
        Page before = followUntil(b, b.request("GET", probeAuthorizeUrl(probePort)), probePort, &landed);
        if (!landed.isValid()) {
            QVERIFY2(!ScriptedBrowser::formAction(before, "login").isValid(), before.body.constData());
            const QUrl allow = ScriptedBrowser::formAction(before, "confirm");
            QVERIFY2(allow.isValid(), before.body.constData());
            before = followUntil(b, b.request("POST", allow), probePort, &landed);
        }
        QVERIFY2(landed.isValid(), before.body.constData());
        QCOMPARE(landed.path(), QString("/callback"));
        QVERIFY(!QUrlQuery(landed).queryItemValue("code").isEmpty());

        QVERIFY(QFile::exists(m_dir.path() + "/logout/store/session.sealed"));
        // --sign-out: revocation and wipe as before, then the logout URL, printed only.
        TvpairRun out(QStringList(a) << "--sign-out", env());
        const QJsonObject lo = out.waitFor("logout_url");
        QVERIFY2(!lo.isEmpty(), out.allStderr().constData());
        QCOMPARE(out.waitForExit(), 0);
        const QUrl logout(lo.value("url").toString());
        QCOMPARE(logout.toString(QUrl::RemoveQuery), m_sandbox->issuer + "/session/end");
        const QUrlQuery lq(logout);
        QCOMPARE(lq.queryItemValue("client_id"), QString("tv-app"));
        QCOMPARE(lq.queryItemValue("post_logout_redirect_uri", QUrl::FullyDecoded), returnUri);
        QCOMPARE(lq.queryItems().size(), 2);  // no id_token_hint, no state, nothing else
        // No token anywhere in the event stream or the log: not in the URL (JWTs start "eyJ").
        QVERIFY(!out.allStdout().contains("id_token_hint"));
        QVERIFY(!out.allStdout().contains("eyJ"));
        QVERIFY(!out.allStderr().contains("eyJ"));
        // Events after logout_url: none (signed out -> exit); before it: nothing but the logout.
        QCOMPARE(out.allStdout().count('\n'), 1);
        QVERIFY(!QFile::exists(m_dir.path() + "/logout/store/session.sealed"));

        // The logout page in the same browser: a confirmation form, then back to the TV app's page.
        const Page confirm = b.request("GET", logout);
        QCOMPARE(confirm.status, 200);
        const QString html = QString::fromUtf8(confirm.body);
        const auto action = QRegularExpression("<form id=\"op.logoutForm\" method=\"post\" action=\"([^\"]+)\"").match(html);
        const auto xsrf = QRegularExpression("name=\"xsrf\" value=\"([^\"]+)\"").match(html);
        QVERIFY2(action.hasMatch() && xsrf.hasMatch(), confirm.body.constData());
        const Page ended = b.request("POST", logout.resolved(QUrl(action.captured(1))),
                                     "xsrf=" + QUrl::toPercentEncoding(xsrf.captured(1)) + "&logout=yes");
        QVERIFY2(ended.status == 303 || ended.status == 302, ended.body.constData());
        QCOMPARE(ended.location, QUrl(returnUri));
        const Page signedOutPage = b.request("GET", ended.location);
        QCOMPARE(signedOutPage.status, 200);
        QVERIFY(signedOutPage.body.contains("id=\"signed-out\""));

        // The session at the identity server has ended: the same request now asks to sign in.
        landed = QUrl();
        const Page after = followUntil(b, b.request("GET", probeAuthorizeUrl(probePort)), probePort, &landed);
        QVERIFY2(!landed.isValid(), qPrintable(landed.toString()));
        QCOMPARE(after.status, 200);
        QVERIFY2(ScriptedBrowser::formAction(after, "login").isValid(), after.body.constData());
    }

    void deviceFlowSignOutPrintsNoLogoutUrl()
    {
        // Device flow: the browser that signed in is the phone's; nothing to end on this box,
        // although the server has an end_session endpoint and a return URI is configured.
        const QString dir = m_dir.path() + "/device";
        QDir().mkpath(dir);
        const QString cfg = m_sandbox->writeConfig(dir, {{"flow", "device_code"},
                                                         {"post_logout_redirect_uri", m_sandbox->issuer + "/signed-out"}});
        const QStringList a{"--headless", "--config", cfg, "--store", dir + "/store"};
        {
            TvpairRun run(a, env());
            const QJsonObject code = run.waitFor("user_code");
            QVERIFY2(!code.isEmpty(), run.allStderr().constData());
            int status = 0;
            m_sandbox->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}}, &status);
            QCOMPARE(status, 200);
            QCOMPARE(run.waitFor("signed_in").value("method").toString(), QString("device_code"));
            QCOMPARE(run.waitForExit(), 0);
        }
        QVERIFY(QFile::exists(dir + "/store/session.sealed"));
        TvpairRun out(QStringList(a) << "--sign-out", env());
        QCOMPARE(out.waitForExit(), 0);
        QVERIFY2(!out.allStdout().contains("logout_url"), out.allStdout().constData());
        QVERIFY(!QFile::exists(dir + "/store/session.sealed"));
    }

    void configRedirectPortIsUsed()
    {
        const quint16 port = freePort();
        QVERIFY(port >= 1024);
        TvpairRun run(args("port", {{"redirect_port", int(port)}}), env());
        const QJsonObject ev = run.waitFor("browser_url");
        QVERIFY2(!ev.isEmpty(), run.allStderr().constData());
        const QUrl redirect(QUrlQuery(QUrl(ev.value("url").toString())).queryItemValue("redirect_uri", QUrl::FullyDecoded));
        QCOMPARE(redirect.toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
        // The listener is there: a forged answer on that port is refused by it and ends the run.
        ScriptedBrowser b;
        QUrl forged = redirect;
        forged.setQuery("code=x&state=wrong");
        QCOMPARE(b.request("GET", forged).status, 400);
        QCOMPARE(run.waitForExit(), 5);
    }

    void configRedirectPortTaken()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const quint16 port = squatter.serverPort();
        TvpairRun run(args("taken", {{"redirect_port", int(port)}}), env());
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("config"));
        const QString msg = err.value("message").toString();
        QVERIFY2(msg.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(msg));
        QVERIFY2(msg.contains("redirect_port"), qPrintable(msg));
        QVERIFY(!msg.contains('\n'));
        QCOMPARE(run.waitForExit(), 2);
        QVERIFY(run.waitFor("browser_url", 100).isEmpty());
    }

    void denyOnConsent()
    {
        TvpairRun run(args("denied"), env());
        const QJsonObject ev = run.waitFor("browser_url");
        QVERIFY2(!ev.isEmpty(), run.allStderr().constData());
        ScriptedBrowser b;
        const Page consent = toConsent(b, QUrl(ev.value("url").toString()));
        const QUrl deny = ScriptedBrowser::formAction(consent, "abort");
        QVERIFY2(deny.isValid(), consent.body.constData());
        const Page done = b.follow(b.request("POST", deny));
        QCOMPARE(done.status, 200);
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("access_denied"));
        QVERIFY(!err.value("message").toString().isEmpty());
        QCOMPARE(run.waitForExit(), 3);
        QVERIFY(run.waitFor("signed_in", 100).isEmpty());
    }

    void forgedStateIsRejected()
    {
        TvpairRun run(args("forged"), env());
        const QJsonObject ev = run.waitFor("browser_url");
        QVERIFY2(!ev.isEmpty(), run.allStderr().constData());
        QUrl redirect(QUrlQuery(QUrl(ev.value("url").toString())).queryItemValue("redirect_uri", QUrl::FullyDecoded));
        redirect.setQuery("code=forged-code&state=not-the-right-one");
        ScriptedBrowser b;
        QCOMPARE(b.request("GET", redirect).status, 400);
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("server"));
        QVERIFY(err.value("message").toString().contains("did not belong"));
        QCOMPARE(run.waitForExit(), 5);
    }
};

QTEST_GUILESS_MAIN(AuthCodeHeadlessTest)
#include "tst_authcode_headless.moc"
