// The identity-server dialects end to end: the real `tvpair --headless` with each shipped tenant
// config (resources/config/{paytronix,mobilepay,prenly,beacon}.json, the demo port replaced by a
// private sandbox's) signs in through the browser flow, the sandbox's pages driven as a person
// would (login form with its hidden fields, cookie jar, form_post's "Continue" button), then
// signs in again silently with the stored refresh token, then signs out.
// Each test reads the sandbox's request log (names and shapes only, never a value) to show
// what the server saw: Paytronix-like requestGuestToken JSON calls and no form post; the
// MobilePay-like refresh carrying code_verifier; Prenly-like client_secret_basic.
// The switches matter: the same servers refuse the plain RFC 6749 shapes (a form post to
// requestGuestToken, a MobilePay refresh without the verifier).
#include "Sandbox.h"
#include "ScriptedBrowser.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace tvpair::test;

namespace {

QString htmlUnescape(QString s)
{
    s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    return s.replace("&amp;", "&");
}

// The hidden inputs of the form with this id, in page order, unescaped.
QList<QPair<QString, QString>> hiddenFields(const Page &p, const QString &formId)
{
    const QString html = QString::fromUtf8(p.body);
    const qsizetype from = html.indexOf(QStringLiteral("<form id=\"%1\"").arg(formId));
    if (from < 0)
        return {};
    const QString form = html.mid(from, html.indexOf("</form>", from) - from);
    QList<QPair<QString, QString>> out;
    static const QRegularExpression re("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    for (auto it = re.globalMatch(form); it.hasNext();) {
        const auto m = it.next();
        out.append({htmlUnescape(m.captured(1)), htmlUnescape(m.captured(2))});
    }
    return out;
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

// The MobilePay-like server's subject for a demo account (mobilepay.js mobilePaySubject).
QString mobilePaySubject(const QString &user)
{
    const QString h = QString::fromLatin1(QCryptographicHash::hash(("mobilepay:" + user).toUtf8(), QCryptographicHash::Sha256).toHex());
    return h.mid(0, 8) + '-' + h.mid(8, 4) + "-4" + h.mid(13, 3) + "-a" + h.mid(17, 3) + '-' + h.mid(20, 12);
}

}  // namespace

class DialectsHeadlessTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;

    QProcessEnvironment env() { return isolatedAppEnv(m_dir.path()); }

    // The shipped config `name`.json on this sandbox's port, with top-level overrides, written
    // to <tmp>/<run>/config.json; the arguments of a headless run with its own store.
    QStringList args(const QString &name, const QString &run, const QJsonObject &overrides = {})
    {
        QFile shipped(QStringLiteral(TVPAIR_SOURCE_DIR "/resources/config/%1.json").arg(name));
        if (!shipped.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = shipped.readAll();
        text.replace("http://127.0.0.1:8740", m_sandbox->issuer.toUtf8());
        QJsonObject cfg = QJsonDocument::fromJson(text).object();
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            cfg.insert(it.key(), it.value());
        const QString dir = m_dir.path() + "/" + run;
        QDir().mkpath(dir);
        QFile out(dir + "/config.json");
        out.open(QIODevice::WriteOnly);
        out.write(QJsonDocument(cfg).toJson());
        return {"--headless", "--config", out.fileName(), "--store", dir + "/store", "--log-level", "debug"};
    }

    // The sandbox's request log records of one path (or path prefix ending in '/').
    QList<QJsonObject> ledger(const QString &path) const
    {
        QList<QJsonObject> out;
        for (const auto &v : m_sandbox->requestLog()) {
            const QJsonObject o = v.toObject();
            const QString p = o.value("path").toString();
            if (p == path || (path.endsWith('/') && p.startsWith(path)))
                out.append(o);
        }
        return out;
    }
    static QStringList params(const QJsonObject &rec) { return rec.value("params").toVariant().toStringList(); }

    // browser_url -> the login page -> alice's password posted with the form's hidden fields.
    // The answer is returned unfollowed (a redirect, or form_post's page).
    static Page signInAt(ScriptedBrowser &b, const QUrl &authUrl, const QString &user = QStringLiteral("alice"))
    {
        const Page login = b.follow(b.request("GET", authUrl));
        const QUrl action = ScriptedBrowser::formAction(login, "login");
        if (login.status != 200 || !action.isValid())
            return login;
        auto fields = hiddenFields(login, "login");
        fields << qMakePair(QStringLiteral("username"), user) << qMakePair(QStringLiteral("password"), user)
               << qMakePair(QStringLiteral("action"), QStringLiteral("login"));
        return b.request("POST", action, formBody(fields));
    }

    // From the identity server's answer to tvpair's loopback listener: redirects followed; a
    // form_post page submitted as its <noscript> "Continue" button would. The listener's page.
    static Page deliver(ScriptedBrowser &b, Page p, quint16 port, QUrl *hit)
    {
        if (p.status == 200 && ScriptedBrowser::formAction(p, "form_post").isValid()) {
            *hit = ScriptedBrowser::formAction(p, "form_post");
            return b.request("POST", *hit, formBody(hiddenFields(p, "form_post")));
        }
        return b.followNotingPort(p, port, hit);
    }

    // Fragment mode: the browser keeps the fragment to itself; the listener's page holds a
    // script that posts it back. ScriptedBrowser runs no script, so it does what the script
    // does: load the page, then POST the fragment (form-encoded, as it stands) to the page's
    // target. The page must show it reads location.hash.
    static Page postFragmentAsThePageWould(ScriptedBrowser &b, const QUrl &withFragment)
    {
        QUrl pageUrl = withFragment;
        pageUrl.setFragment(QString());
        const Page page = b.request("GET", pageUrl);
        if (page.status != 200 || !page.body.contains("location.hash"))
            return page;
        QUrl target = pageUrl;
        static const QRegularExpression action("<form[^>]*action=\"([^\"]+)\"");
        static const QRegularExpression fetchTarget("fetch\\(\\s*['\"]([^'\"]+)['\"]");
        const QString html = QString::fromUtf8(page.body);
        if (const auto m = fetchTarget.match(html); m.hasMatch())
            target = pageUrl.resolved(QUrl(m.captured(1)));
        else if (const auto m2 = action.match(html); m2.hasMatch())
            target = pageUrl.resolved(QUrl(htmlUnescape(m2.captured(1))));
        return b.request("POST", target, withFragment.fragment(QUrl::FullyEncoded).toUtf8());
    }

    // One browser sign-in with the config `name` (run dir `run`): the signed_in event.
    QJsonObject browserSignIn(const QString &name, const QString &run, const QJsonObject &overrides,
                              QUrlQuery *authQuery, bool fragment = false)
    {
        TvpairRun tv(args(name, run, overrides), env());
        const QJsonObject ev = tv.waitFor("browser_url");
        if (ev.isEmpty()) {
            qWarning("no browser_url: %s", tv.allStderr().constData());
            return {};
        }
        const QUrl authUrl(ev.value("url").toString());
        *authQuery = QUrlQuery(authUrl);
        const QUrl redirect(authQuery->queryItemValue("redirect_uri", QUrl::FullyDecoded));
        ScriptedBrowser b;
        Page answer = signInAt(b, authUrl);
        // oidc-provider (Beacon-like): after the login, its consent page ("Allow").
        QUrl toListener;
        const Page next = b.follow(answer, redirect.path(), &toListener);
        if (!toListener.isValid() && next.status == 200 && ScriptedBrowser::formAction(next, "confirm").isValid())
            answer = b.request("POST", ScriptedBrowser::formAction(next, "confirm"));
        QUrl hit;
        Page landing;
        if (fragment) {
            if (!(answer.status == 303 && answer.location.port() == redirect.port() && answer.location.hasFragment())) {
                qWarning("expected a 303 with a fragment to the listener, got %d", answer.status);
                return {};
            }
            landing = postFragmentAsThePageWould(b, answer.location);
        } else {
            landing = deliver(b, answer, quint16(redirect.port()), &hit);
            if (!hit.isValid() || hit.port() != redirect.port())
                qWarning("the browser never reached the listener: %d", answer.status);  // no body: it may hold a code
        }
        if (landing.status != 200)
            qWarning("the listener answered %d", landing.status);
        const QJsonObject signedIn = tv.waitFor("signed_in", 60000);
        if (signedIn.isEmpty())
            qWarning("no signed_in: %s", tv.allStderr().right(1500).constData());
        const int rc = tv.waitForExit();
        if (rc != 0)
            qWarning("exit %d", rc);
        // No front-channel secret in the run's output (the suite-wide scan checks every value).
        if (tv.allOutput().contains("eyJ") || tv.allOutput().contains("code_verifier="))
            return {{"event", "leak"}};
        return rc == 0 ? signedIn : QJsonObject{};
    }

    // The second run: silent, with the stored refresh token.
    QJsonObject silentRun(const QString &name, const QString &run, const QJsonObject &overrides = {}, int *exitCode = nullptr)
    {
        TvpairRun tv(args(name, run, overrides), env());
        const QJsonObject signedIn = tv.waitFor("signed_in", 60000);
        if (!signedIn.isEmpty() || exitCode) {
            const int rc = tv.waitForExit();
            if (exitCode)
                *exitCode = rc;
        }
        return signedIn;
    }

    QUrl signOut(const QString &name, const QString &run, QByteArray *stdoutText = nullptr)
    {
        TvpairRun tv(QStringList(args(name, run)) << "--sign-out", env());
        const int rc = tv.waitForExit();
        if (stdoutText)
            *stdoutText = tv.allStdout();
        if (rc != 0)
            qWarning("sign-out exit %d: %s", rc, tv.allStderr().right(800).constData());
        for (const auto &e : tv.events())
            if (e.value("event").toString() == "logout_url")
                return QUrl(e.value("url").toString());
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = Sandbox::startPrivate({});
        QVERIFY2(m_sandbox, "could not start the sandbox (node tests/sandbox/server.js)");
    }

    void paytronix()
    {
        QUrlQuery q;
        const QJsonObject in = browserSignIn("paytronix", "paytronix", {}, &q);
        QCOMPARE(q.queryItemValue("scope", QUrl::FullyDecoded), QString("account_read account_write user_read user_write"));
        QCOMPARE(q.queryItemValue("client_id"), QString("tvpair-paytronix"));
        QVERIFY2(!in.isEmpty(), "browser sign-in failed");
        QCOMPARE(in.value("method").toString(), QString("authorization_code"));
        QCOMPARE(in.value("subject").toString(), QString("alice"));        // the answer's username
        QCOMPARE(in.value("display_name").toString(), QString("alice"));

        const QJsonObject again = silentRun("paytronix", "paytronix");
        QCOMPARE(again.value("method").toString(), QString("refresh_token"));
        QCOMPARE(again.value("subject").toString(), QString("alice"));

        // The server saw two requestGuestToken calls, both JSON (never a form), code then refresh,
        // each with the integer merchantId and the integration's Basic credentials (else 401).
        const auto calls = ledger("/paytronix/rest/oauth/requestGuestToken.json");
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].value("grant_type").toString(), QString("authorization_code"));
        QCOMPARE(calls[1].value("grant_type").toString(), QString("refresh_token"));
        for (const auto &c : calls) {
            QCOMPARE(c.value("body").toString(), QString("json"));
            QCOMPARE(c.value("status").toInt(), 200);
            QVERIFY2(params(c).contains("merchantId"), qPrintable(params(c).join(',')));
        }

        // Nothing to end in a browser: the guide has no logout URL, the sign-out prints none.
        QByteArray printed;
        QVERIFY(!signOut("paytronix", "paytronix", &printed).isValid());
        QVERIFY2(!printed.contains("logout_url"), printed.constData());
        QVERIFY(!QFile::exists(m_dir.path() + "/paytronix/store/session.sealed"));
    }

    void paytronixRefusesAnRfc6749Form()
    {
        // Without token_dialect paytronix the code goes as an RFC 6749 form: the server refuses it.
        TvpairRun tv(args("paytronix", "paytronix-rfc", {{"token_dialect", "rfc6749"}}), env());
        const QJsonObject ev = tv.waitFor("browser_url");
        QVERIFY2(!ev.isEmpty(), tv.allStderr().constData());
        const QUrl authUrl(ev.value("url").toString());
        const QUrl redirect(QUrlQuery(authUrl).queryItemValue("redirect_uri", QUrl::FullyDecoded));
        ScriptedBrowser b;
        QUrl hit;
        deliver(b, signInAt(b, authUrl), quint16(redirect.port()), &hit);
        QVERIFY(hit.isValid());
        QVERIFY(!tv.waitFor("error", 60000).isEmpty());
        QVERIFY(tv.waitForExit() != 0);
        QVERIFY(tv.waitFor("signed_in", 100).isEmpty());
        const auto calls = ledger("/paytronix/rest/oauth/requestGuestToken.json");
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last().value("body").toString(), QString("form"));
        QCOMPARE(calls.last().value("status").toInt(), 400);
    }

    void mobilePay_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("form_post") << "form_post";
        QTest::newRow("fragment") << "fragment";
    }
    void mobilePay()
    {
        QFETCH(QString, mode);
        const QString run = "mobilepay-" + mode;
        QUrlQuery q;
        const QJsonObject in = browserSignIn("mobilepay", run, {{"response_mode", mode}}, &q, mode == "fragment");
        QCOMPARE(q.queryItemValue("response_type", QUrl::FullyDecoded), QString("code id_token"));
        QCOMPARE(q.queryItemValue("response_mode"), mode);
        QCOMPARE(q.queryItemValue("merchant_vat"), QString("DK12345678"));
        QCOMPARE(q.queryItemValue("code_challenge_method"), QString("S256"));
        QVERIFY(!q.queryItemValue("nonce").isEmpty());
        QVERIFY2(!in.isEmpty(), "browser sign-in failed");
        QCOMPARE(in.value("method").toString(), QString("authorization_code"));
        QCOMPARE(in.value("subject").toString(), mobilePaySubject("alice"));
        QCOMPARE(in.value("display_name").toString(), QString("Alice Example"));

        const QJsonObject again = silentRun("mobilepay", run, {{"response_mode", mode}});
        QCOMPARE(again.value("method").toString(), QString("refresh_token"));
        QCOMPARE(again.value("subject").toString(), mobilePaySubject("alice"));
        QCOMPARE(again.value("display_name").toString(), QString("Alice Example"));

        // Discovery came from the discovery_url (the issuer's own well-known path is a 404 and
        // was not needed); the refresh carried the verifier again, in a client_secret_post form.
        QVERIFY(!ledger("/mobilepay/merchant-authentication-openidconnect/.well-known/openid-configuration").isEmpty());
        const auto refreshes = ledger("/mobilepay/merchant-authentication-openidconnect/connect/token");
        QList<QJsonObject> mine;
        for (const auto &r : refreshes)
            if (r.value("grant_type").toString() == "refresh_token")
                mine.append(r);
        QVERIFY(!mine.isEmpty());
        QCOMPARE(mine.last().value("status").toInt(), 200);
        QCOMPARE(mine.last().value("body").toString(), QString("form"));
        QVERIFY2(params(mine.last()).contains("code_verifier"), qPrintable(params(mine.last()).join(',')));
        QVERIFY(params(mine.last()).contains("client_secret"));

        const QUrl logout = signOut("mobilepay", run);
        QCOMPARE(logout.toString(QUrl::RemoveQuery), m_sandbox->issuer + "/mobilepay/account/connect/endsession");
        const QUrlQuery lq(logout);
        QCOMPARE(lq.queryItemValue("client_id"), QString("tvpair-mobilepay"));
        QCOMPARE(lq.queryItemValue("post_logout_redirect_uri", QUrl::FullyDecoded), m_sandbox->issuer + "/signed-out");
        QVERIFY(!lq.hasQueryItem("id_token_hint"));
    }

    void mobilePayRefusesARefreshWithoutTheVerifier()
    {
        QUrlQuery q;
        const QJsonObject off{{"refresh_with_code_verifier", false}};
        QVERIFY(!browserSignIn("mobilepay", "mobilepay-noverifier", off, &q).isEmpty());
        int rc = 0;
        const QJsonObject again = silentRun("mobilepay", "mobilepay-noverifier", off, &rc);
        QVERIFY2(again.value("method").toString() != "refresh_token", "a refresh without the verifier went through");
        QList<QJsonObject> refreshes;
        for (const auto &r : ledger("/mobilepay/merchant-authentication-openidconnect/connect/token"))
            if (r.value("grant_type").toString() == "refresh_token")
                refreshes.append(r);
        QVERIFY(!refreshes.isEmpty());
        QCOMPARE(refreshes.last().value("status").toInt(), 400);
        QVERIFY(!params(refreshes.last()).contains("code_verifier"));
        QCOMPARE(refreshes.last().value("error").toString(), QString("invalid_request"));
    }

    void prenly()
    {
        QUrlQuery q;
        const QJsonObject in = browserSignIn("prenly", "prenly", {}, &q);
        QCOMPARE(q.queryItemValue("client_id"), QString("tvpair-prenly"));
        QVERIFY2(!in.isEmpty(), "browser sign-in failed");
        QCOMPARE(in.value("subject").toString(), QString("prn-100001"));   // token response user_id
        QCOMPARE(in.value("display_name").toString(), QString("Alice Example"));  // UserInfo name
        QCOMPARE(in.value("customer_number").toString(), QString("880001"));

        int rc = -1;
        TvpairRun tv(args("prenly", "prenly"), env());
        const QJsonObject again = tv.waitFor("signed_in", 60000);
        QCOMPARE(again.value("method").toString(), QString("refresh_token"));
        QCOMPARE(again.value("subject").toString(), QString("prn-100001"));
        QCOMPARE(again.value("customer_number").toString(), QString("880001"));
        const QJsonObject ents = tv.waitFor("entitlements");  // products from the UserInfo array claim
        QCOMPARE(ents.value("provider").toString(), QString("userinfo"));
        QStringList ids;
        for (const auto &i : ents.value("items").toArray())
            ids << i.toObject().value("product_id").toString();
        QCOMPARE(ids, QStringList({"premium", "sports"}));
        rc = tv.waitForExit();
        QCOMPARE(rc, 0);

        for (const auto &t : ledger("/prenly/oauth/token")) {
            QCOMPARE(t.value("client_auth").toString(), QString("client_secret_basic"));
            QCOMPARE(t.value("status").toInt(), 200);
        }

        const QUrl logout = signOut("prenly", "prenly");
        QCOMPARE(logout.toString(QUrl::RemoveQuery), m_sandbox->issuer + "/prenly/logout");
        const QUrlQuery lq(logout);
        QCOMPARE(lq.queryItemValue("client_id"), QString("tvpair-prenly"));
        QCOMPARE(lq.queryItemValue("return_uri", QUrl::FullyDecoded), m_sandbox->issuer + "/prenly/signed-out");
        QCOMPARE(lq.queryItemValue("error_uri", QUrl::FullyDecoded), m_sandbox->issuer + "/prenly/logout-error");
        // Followed with GET (the only method it takes), it lands on the return URI.
        ScriptedBrowser b;
        const Page out = b.request("GET", logout);
        QCOMPARE(out.status, 302);
        QCOMPARE(out.location, QUrl(m_sandbox->issuer + "/prenly/signed-out"));
    }

    void beacon()
    {
        QUrlQuery q;
        const QJsonObject in = browserSignIn("beacon", "beacon", {}, &q);
        QCOMPARE(q.queryItemValue("client_id"), QString("tvpair-beacon"));
        QVERIFY2(!in.isEmpty(), "browser sign-in failed");
        QCOMPARE(in.value("subject").toString(), QString("alice"));   // the JWT access token's sub
        QCOMPARE(in.value("display_name").toString(), QString("Alice Example"));

        const QJsonObject again = silentRun("beacon", "beacon");
        QCOMPARE(again.value("method").toString(), QString("refresh_token"));
        QCOMPARE(again.value("subject").toString(), QString("alice"));

        const QUrl logout = signOut("beacon", "beacon");
        QCOMPARE(logout.toString(QUrl::RemoveQuery), m_sandbox->issuer + "/session/end");
        const QUrlQuery lq(logout);
        QCOMPARE(lq.queryItemValue("client_id"), QString("tvpair-beacon"));
        QCOMPARE(lq.queryItemValue("post_logout_redirect_uri", QUrl::FullyDecoded), m_sandbox->issuer + "/signed-out");
        QVERIFY(!lq.hasQueryItem("id_token_hint"));
    }
};

QTEST_GUILESS_MAIN(DialectsHeadlessTest)
#include "tst_dialects_headless.moc"
