// Headless sign-in with the authorization code flow + PKCE and a loopback redirect (issue 12),
// against a private sandbox: browser_url event -> the sandbox's HTML pages (login alice/alice,
// consent) driven like a browser with a cookie jar -> redirect to tvpair's loopback listener ->
// signed_in {method authorization_code} and the payment events. Also: Deny -> access_denied,
// exit 3; a forged answer with another state -> error, exit 5.
#include "Sandbox.h"

#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace tvpair::test;

namespace {

struct Page {
    int status = 0;
    QUrl url;
    QUrl location;
    QByteArray body;
};

// A minimal browser: its own cookie jar, redirects followed by hand so each hop is visible.
class Browser {
public:
    Browser() { m_nam.setCookieJar(new QNetworkCookieJar(&m_nam)); }

    Page request(const QByteArray &method, const QUrl &url, const QByteArray &form = {})
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (method == "POST")
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Page p;
        p.url = url;
        p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        p.body = reply->readAll();
        const QByteArray loc = reply->rawHeader("Location");
        if (!loc.isEmpty())
            p.location = url.resolved(QUrl::fromEncoded(loc));
        reply->deleteLater();
        return p;
    }
    // Follows 3xx until a page that is not a redirect (or until `stopAtHost:port` would be hit).
    Page follow(Page p, QUrl *loopbackHit = nullptr, quint16 stopPort = 0)
    {
        for (int hops = 0; hops < 10 && p.status >= 300 && p.status < 400 && p.location.isValid(); ++hops) {
            if (stopPort && p.location.port() == stopPort && loopbackHit)
                *loopbackHit = p.location;
            p = request("GET", p.location);
        }
        return p;
    }
    // The action of the form with this id on the page, resolved against the page's URL.
    static QUrl formAction(const Page &p, const QString &id)
    {
        const QRegularExpression re(QStringLiteral("<form id=\"%1\"[^>]*action=\"([^\"]+)\"").arg(id));
        const auto m = re.match(QString::fromUtf8(p.body));
        return m.hasMatch() ? p.url.resolved(QUrl(m.captured(1).replace("&amp;", "&"))) : QUrl();
    }

private:
    QNetworkAccessManager m_nam;
};

}  // namespace

class AuthCodeHeadlessTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;

    QProcessEnvironment env()
    {
        QProcessEnvironment e;
        e.insert("XDG_CACHE_HOME", m_dir.path() + "/cache");
        e.insert("XDG_DATA_HOME", m_dir.path() + "/data");
        e.insert("TVPAIR_STORE_KEY_FILE", "");
        return e;
    }
    QStringList args(const QString &name)
    {
        const QString dir = m_dir.path() + "/" + name;
        QDir().mkpath(dir);
        const QString cfg = m_sandbox->writeConfig(dir, {{"flow", "authorization_code"}});
        return {"--headless", "--config", cfg, "--store", dir + "/store", "--log-level", "debug"};
    }
    // browser_url -> login as alice -> the consent page.
    static Page toConsent(Browser &b, const QUrl &authUrl)
    {
        Page p = b.follow(b.request("GET", authUrl));
        if (p.status != 200)
            return p;
        const QUrl login = Browser::formAction(p, "login");
        if (!login.isValid())
            return p;
        return b.follow(b.request("POST", login, "username=alice&password=alice"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = Sandbox::startPrivate({});
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

        Browser b;
        const Page consent = toConsent(b, authUrl);
        const QUrl allow = Browser::formAction(consent, "confirm");
        QVERIFY2(allow.isValid(), consent.body.constData());
        QUrl hit;
        const Page done = b.follow(b.request("POST", allow), &hit, quint16(redirect.port()));
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
        // S1: neither the code nor the verifier-bearing request shows up anywhere.
        QVERIFY(!run.allStdout().contains(code.toUtf8()));
        QVERIFY(!run.allStderr().contains(code.toUtf8()));
        QVERIFY(!run.allStderr().contains("code_verifier="));

        // Second run: silent sign-in with the stored refresh token (offline_access was granted).
        TvpairRun again(args("approved"), env());
        QCOMPARE(again.waitFor("signed_in").value("method").toString(), QString("refresh_token"));
        QCOMPARE(again.waitForExit(), 0);
    }

    void denyOnConsent()
    {
        TvpairRun run(args("denied"), env());
        const QJsonObject ev = run.waitFor("browser_url");
        QVERIFY2(!ev.isEmpty(), run.allStderr().constData());
        Browser b;
        const Page consent = toConsent(b, QUrl(ev.value("url").toString()));
        const QUrl deny = Browser::formAction(consent, "abort");
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
        Browser b;
        QCOMPARE(b.request("GET", redirect).status, 400);
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("server"));
        QVERIFY(err.value("message").toString().contains("did not belong"));
        QCOMPARE(run.waitForExit(), 5);
    }
};

QTEST_GUILESS_MAIN(AuthCodeHeadlessTest)
#include "tst_authcode_headless.moc"
