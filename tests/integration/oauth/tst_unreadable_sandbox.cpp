// Answers that cannot be read, from the real identity server (the sandbox's oidc-provider with
// its /test/unreadable switch): a 200 or 4xx whose JSON is cut off or garbled, an answer over
// the size limit, a bare 400/500/503, a connection reset before any byte. While the device
// code is valid none of them ends the sign-in, and no poll goes out sooner than the interval
// after any of them (RFC 8628 §3.5), as the server's own request log measures. On refresh the
// session survives them, except a bare 400 that repeats: that is how an independent OpenID
// server says invalid_grant, so the session ends and a new code is shown. Endpoints that the
// URL policy refuses (https only; plain http to loopback when allowed) are a config error
// before any user code.
#include "Sandbox.h"
#include "net/HttpClient.h"
#include "oauth/TokenClient.h"
#include "secrets/SecretStoreFactory.h"
#include "session/SessionRecord.h"

#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

namespace {
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QList<QJsonObject> tokenRecords(const Sandbox &s, const QString &grant, qsizetype from = 0)
{
    QList<QJsonObject> out;
    const QJsonArray log = s.requestLog();
    for (qsizetype i = from; i < log.size(); ++i) {
        const QJsonObject o = log.at(i).toObject();
        if (o.value("path").toString() == QLatin1String("/token") && o.value("grant_type").toString() == grant)
            out << o;
    }
    return out;
}
}  // namespace

class UnreadableSandboxTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;  // a private one: its switches must not touch other tests
    int m_n = 0;

    QString newDir()
    {
        const QString d = m_dir.path() + QStringLiteral("/run%1").arg(++m_n);
        QDir().mkpath(d);
        return d;
    }
    static QProcessEnvironment env(const QString &d)
    {
        QProcessEnvironment e;
        e.insert("XDG_CACHE_HOME", d + "/cache");
        e.insert("XDG_DATA_HOME", d + "/data");
        return e;
    }
    static QStringList args(const QString &config, const QString &d)
    {
        return {"--headless", "--config", config, "--store", d + "/store", "--log-level", "debug"};
    }
    static std::optional<SessionRecord> stored(const QString &d, SecretRead::Status *status = nullptr)
    {
        StoreOptions o;
        o.dir = d + "/store";
        o.preferKeychain = false;
        QString err;
        auto store = openSecretStore(o, &err);
        if (!store)
            return std::nullopt;
        const SecretRead r = store->read(SessionRecord::kEntryName);
        if (status)
            *status = r.status;
        if (r.status != SecretRead::Found)
            return std::nullopt;
        return SessionRecord::fromBytes(r.value, nullptr);
    }
    void inject(const QString &kind, int status, const QString &grant, int count)
    {
        int http = 0;
        m_sandbox->post("/test/unreadable",
                        {{"path", "/token"}, {"kind", kind}, {"status", status}, {"grant_type", grant}, {"count", count}},
                        &http);
        QCOMPARE(http, 200);
    }
    static void addKinds(bool withBare400)
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("200 cut off") << "cut" << 200;
        QTest::newRow("400 cut off") << "cut" << 400;
        QTest::newRow("200 garbled") << "garbled" << 200;
        QTest::newRow("400 garbled") << "garbled" << 400;
        QTest::newRow("oversized") << "oversized" << 200;
        if (withBare400)
            QTest::newRow("bare 400") << "bare" << 400;
        QTest::newRow("bare 500") << "bare" << 500;
        QTest::newRow("bare 503") << "bare" << 503;
        QTest::newRow("reset") << "reset" << 200;
    }
    QString config(const QString &d, const QJsonObject &overrides = {}) const
    {
        return m_sandbox->writeConfig(d, overrides, QJsonObject{{"provider", "none"}});
    }
    // A headless sign-in approved at once; the stored session is what the refresh tests use.
    bool signIn(const QString &cfg, const QString &d)
    {
        TvpairRun run(args(cfg, d), env(d));
        const QJsonObject code = run.waitFor("user_code");
        if (code.isEmpty())
            return false;
        m_sandbox->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
        return !run.waitFor("signed_in").isEmpty() && run.waitForExit() == 0;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = Sandbox::startPrivate({"--interval", "1"});
        QVERIFY(m_sandbox);
    }
    void init() { m_sandbox->post("/test/reset", {}); }

    // ---- device code polls: back off and poll again, never sooner than the interval ----------

    void pollsThroughUnreadableAnswers_data() { addKinds(true); }
    void pollsThroughUnreadableAnswers()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        const qsizetype logStart = m_sandbox->requestLog().size();
        inject(kind, status, kDeviceGrant, 2);
        const QString d = newDir();
        TvpairRun run(args(config(d), d), env(d));
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY2(!code.isEmpty(), run.allStderr().constData());
        // Approve once both unreadable answers went out, so the sign-in can only complete by polling on.
        QElapsedTimer t;
        t.start();
        auto faulted = [&]() {
            int n = 0;
            for (const auto &r : tokenRecords(*m_sandbox, kDeviceGrant, logStart))
                n += r.contains("fault") ? 1 : 0;
            return n;
        };
        while (faulted() < 2 && run.process().state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(200);
        QVERIFY2(faulted() == 2, run.allStderr().right(3000).constData());
        m_sandbox->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
        const QJsonObject signedIn = run.waitFor("signed_in", 60000);
        QVERIFY2(!signedIn.isEmpty(), run.allStderr().right(3000).constData());
        QCOMPARE(run.waitForExit(), 0);
        for (const auto &e : run.events())
            QVERIFY2(e.value("event").toString() != QLatin1String("error"),
                     QJsonDocument(e).toJson(QJsonDocument::Compact).constData());
        // The server's log: every poll at least one interval (1 s) after the one before.
        const auto polls = tokenRecords(*m_sandbox, kDeviceGrant, logStart);
        QVERIFY2(polls.size() >= 3, qPrintable(QString::number(polls.size())));
        for (qsizetype i = 1; i < polls.size(); ++i) {
            const qint64 gap = polls.at(i).value("t_ms").toInteger() - polls.at(i - 1).value("t_ms").toInteger();
            QVERIFY2(gap >= 1000 - 50, qPrintable(QStringLiteral("poll %1 went out %2 ms after the one before").arg(i).arg(gap)));
        }
    }

    // ---- refresh: the session survives what cannot be read ------------------------------------

    void refreshThroughUnreadableAnswers_data() { addKinds(false); }
    void refreshThroughUnreadableAnswers()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        const QString d = newDir();
        const QString cfg = config(d);
        QVERIFY(signIn(cfg, d));
        const auto before = stored(d);
        QVERIFY(before && !before->refreshToken.isEmpty());
        const qsizetype logStart = m_sandbox->requestLog().size();
        inject(kind, status, "refresh_token", 1);
        TvpairRun run(args(cfg, d), env(d));
        const QJsonObject signedIn = run.waitFor("signed_in", 60000);
        QVERIFY2(!signedIn.isEmpty(), run.allStderr().right(3000).constData());
        QCOMPARE(signedIn.value("method").toString(), QString("refresh_token"));
        QCOMPARE(run.waitForExit(), 0);
        for (const auto &e : run.events())
            QVERIFY2(e.value("event").toString() != QLatin1String("error") && e.value("event").toString() != QLatin1String("user_code"),
                     QJsonDocument(e).toJson(QJsonDocument::Compact).constData());
        const auto refreshes = tokenRecords(*m_sandbox, "refresh_token", logStart);
        QCOMPARE(refreshes.size(), 2);  // the unreadable one, then one more after a back-off
        QVERIFY(refreshes.first().contains("fault"));
        QVERIFY2(refreshes.at(1).value("t_ms").toInteger() - refreshes.at(0).value("t_ms").toInteger() >= 500 - 50,
                 "the repeat waited for the back-off");
        const auto after = stored(d);
        QVERIFY(after && !after->refreshToken.isEmpty());
        QVERIFY(after->refreshToken != before->refreshToken);  // rotated: the session lives on
        QVERIFY(!run.allStderr().contains(after->refreshToken.toUtf8()));
    }

    // A real OpenID server answers a dead refresh token with a bare 400. Once may be a proxy's
    // hiccup; the same answer again to the same token ends the session, and a new code follows.
    void refreshBare400Once()
    {
        const QString d = newDir();
        const QString cfg = config(d);
        QVERIFY(signIn(cfg, d));
        inject("bare", 400, "refresh_token", 1);
        TvpairRun run(args(cfg, d), env(d));
        const QJsonObject signedIn = run.waitFor("signed_in", 60000);
        QVERIFY2(!signedIn.isEmpty(), run.allStderr().right(3000).constData());
        QCOMPARE(signedIn.value("method").toString(), QString("refresh_token"));
        QCOMPARE(run.waitForExit(), 0);
    }

    void refreshBare400TwiceEndsTheSession()
    {
        const QString d = newDir();
        const QString cfg = config(d);
        QVERIFY(signIn(cfg, d));
        const auto rec = stored(d);
        QVERIFY(rec && !rec->refreshToken.isEmpty());
        inject("bare", 400, "refresh_token", 2);
        TvpairRun run(args(cfg, d), env(d));
        const QJsonObject err = run.waitFor("error", 60000);
        QVERIFY2(!err.isEmpty(), run.allStderr().right(3000).constData());
        QCOMPARE(err.value("code").toString(), QString("invalid_grant"));
        const QJsonObject code = run.waitFor("user_code", 30000);  // a new code, not an exit
        QVERIFY2(!code.isEmpty(), run.allStderr().right(3000).constData());
        SecretRead::Status st = SecretRead::Found;
        stored(d, &st);
        QCOMPARE(st, SecretRead::Absent);  // the dead session was wiped
        QVERIFY(!run.allStderr().contains(rec->refreshToken.toUtf8()));
    }

    // The rule itself, in process: transient, then invalid_grant for the same token; any other
    // answer in between starts the count again.
    void bare400CountIsPerTokenAndConsecutive()
    {
        TenantConfig c;
        c.issuer = m_sandbox->issuer;
        c.clientId = "tv-app";
        c.allowInsecureLoopback = true;
        net::HttpClient http(net::UrlPolicy{true});
        oauth::TokenClient client(c, &http);
        oauth::ServerMetadata m;
        m.issuer = c.issuer;
        m.tokenEndpoint = QUrl(c.issuer + "/token");
        client.setMetadata(m);
        auto refresh = [&](const QString &token) {
            std::optional<oauth::OAuthError> out;
            client.refresh(token, [&](const std::optional<oauth::TokenSet> &, const oauth::OAuthError &e) { out = e; });
            QElapsedTimer t;
            t.start();
            while (!out && t.elapsed() < 20000)
                QTest::qWait(20);
            return out.value_or(oauth::OAuthError::malformed("no answer"));
        };
        inject("bare", 400, "refresh_token", 5);
        const auto first = refresh("rt-unknown-a");
        QVERIFY2(first.isTransient() && first.error != QLatin1String("invalid_grant"), qPrintable(first.toString()));
        const auto other = refresh("rt-unknown-b");  // another token: its first bare 400
        QVERIFY2(other.isTransient(), qPrintable(other.toString()));
        const auto second = refresh("rt-unknown-b");
        QCOMPARE(second.error, QString("invalid_grant"));
        QVERIFY(!second.isTransient());
        const auto again = refresh("rt-unknown-b");  // counting starts over
        QVERIFY2(again.isTransient(), qPrintable(again.toString()));
        m_sandbox->post("/test/reset", {});
        const auto real = refresh("rt-unknown-b");  // the provider's own answer, not bare
        QCOMPARE(real.error, QString("invalid_grant"));
        inject("bare", 400, "refresh_token", 1);
        QVERIFY(refresh("rt-unknown-b").isTransient());  // the provider's answer broke the run of bare 400s
    }

    // ---- URL policy: before any user code ---------------------------------------------------

    void plainHttpEndpointIsAConfigError_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("name");
        QTest::newRow("token") << "token" << "token_endpoint";
        QTest::newRow("device_authorization") << "device_authorization" << "device_authorization_endpoint";
        QTest::newRow("jwks") << "jwks" << "jwks_uri";
    }
    void plainHttpEndpointIsAConfigError()
    {
        QFETCH(QString, field);
        QFETCH(QString, name);
        const qsizetype logStart = m_sandbox->requestLog().size();
        const QString d = newDir();
        const QString cfg = config(d, {{"endpoints", QJsonObject{{field, "http://id.tv-operator.example/" + field}}}});
        TvpairRun run(args(cfg, d), env(d));
        const QJsonObject err = run.waitFor("error", 30000);
        QVERIFY2(!err.isEmpty(), run.allStderr().right(3000).constData());
        QCOMPARE(err.value("code").toString(), QString("config"));
        QVERIFY2(err.value("message").toString().contains(name), qPrintable(err.value("message").toString()));
        QCOMPARE(run.waitForExit(), 2);
        for (const auto &e : run.events())
            QVERIFY(e.value("event").toString() != QLatin1String("user_code"));
        const QJsonArray log = m_sandbox->requestLog();
        for (qsizetype i = logStart; i < log.size(); ++i)
            QVERIFY(log.at(i).toObject().value("path").toString() != QLatin1String("/device/auth"));
    }
};

QTEST_GUILESS_MAIN(UnreadableSandboxTest)
#include "tst_unreadable_sandbox.moc"
