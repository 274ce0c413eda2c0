// tvpair-bridge end to end against the sandbox's oidc-provider (the ctest fixture), with the
// bridge as its own process:
// - the real `tvpair --headless` signs in through the bridge (code + QR URL from the bridge,
//   the phone a scripted browser over the bridge's and the sandbox's pages), then refreshes
//   silently through it and signs out (the revocation reaches the identity server);
// - a TV scripted over HTTP checks what it is handed: the bridge's own ID token (verified by
//   the core's validator against the bridge's JWKS), a sealed refresh token that refreshes,
//   is refused when tampered with or foreign, and stops working once revoked;
// - attacks, each refused cleanly: unknown client, polling too fast (slow_down), a forged
//   state, a callback from another browser, a replayed callback, a confirmation without its
//   CSRF token, an oversized body; the pages' security headers;
// - exit codes and one-line errors of the executable for a bad config and an unusable key;
// - on PostgreSQL (the `postgres` fixture): two bridge instances share one database (a code
//   issued by one is approved through the other and collected from the first), and an
//   approved sign-in survives SIGKILL on both back ends.
#include "BridgeTestSupport.h"
#include "PostgresFixture.h"
#include "Sealer.h"
#include "oauth/IdTokenValidator.h"
#include "oauth/Jwks.h"
#include "oauth/Jwt.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>
#include <sys/socket.h>
#include <unistd.h>

using namespace tvpair::test;

namespace {
const QByteArray kForm = "application/x-www-form-urlencoded";
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}
}  // namespace

class BridgeEndToEndTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Sandbox m_sandbox;
    QString m_bridgeUrl;
    std::unique_ptr<BridgeRun> m_bridge;
    int m_notifyFd = -1;  // the service manager's end of NOTIFY_SOCKET, as systemd holds it for Type=notify
    QByteArray notified()
    {
        char buf[256];
        const ssize_t n = ::recv(m_notifyFd, buf, sizeof buf, MSG_DONTWAIT);
        return n > 0 ? QByteArray(buf, int(n)) : QByteArray();
    }

    QJsonObject post(const QString &path, const QList<QPair<QString, QString>> &fields, int *status)
    {
        return QJsonDocument::fromJson(httpCall("POST", QUrl(m_bridgeUrl + path), formBody(fields), kForm, status)).object();
    }
    QJsonObject newDeviceCode()
    {
        int status = 0;
        const QJsonObject o = post("/device_authorization", {{"client_id", "tv-app"}, {"scope", "openid"}}, &status);
        return status == 200 ? o : QJsonObject();
    }
    QJsonObject poll(const QString &deviceCode, int *status)
    {
        return post("/token", {{"client_id", "tv-app"}, {"grant_type", kDeviceGrant}, {"device_code", deviceCode}}, status);
    }
    // Polls as a well-behaved TV (a little over the 1 s interval) until an answer that is not pending.
    QJsonObject pollUntilDone(const QString &deviceCode, int *status)
    {
        QJsonObject o;
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(1200);
            o = poll(deviceCode, status);
            if (o.value("error").toString() != "authorization_pending")
                break;
        }
        return o;
    }
    int revocationsAtSandbox() const
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox.requestLog()) {
            const QJsonObject r = v.toObject();
            if (r.value("path").toString() == "/token/revocation" && r.value("client_id").toString() == "tvpair-bridge"
                && r.value("status").toInt() == 200)
                ++n;
        }
        return n;
    }
    QStringList tvArgs(const QString &name)
    {
        const QString dir = m_dir.path() + "/tv-" + name;
        QDir().mkpath(dir);
        const QString cfg = m_sandbox.writeConfig(dir, {{"issuer", m_bridgeUrl}, {"client_id", "tv-app"}});
        return {"--headless", "--config", cfg, "--store", m_dir.path() + "/tv-store", "--log-level", "debug"};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = Sandbox::fixture();
        const quint16 port = freeLoopbackPort();
        QVERIFY(port > 0);
        m_bridgeUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QByteArray notifyPath = QFile::encodeName(m_dir.filePath("notify"));
        m_notifyFd = bindDatagramSocket(notifyPath);
        QVERIFY(m_notifyFd >= 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("NOTIFY_SOCKET", QString::fromLocal8Bit(notifyPath));
        m_bridge = std::make_unique<BridgeRun>(writeBridgeConfig(m_dir.path() + "/bridge", m_sandbox.issuer, port),
                                               QStringLiteral("debug"), env);
        QVERIFY2(m_bridge->ready(), m_bridge->stderrSoFar().constData());
    }

    void theServiceManagerHearsReadyOnceItListens()
    {
        // Type=notify in the unit: READY=1 is sent once the port is bound (and before the ready
        // line on stdout), so whatever `systemctl start` releases finds the bridge answering.
        QCOMPARE(notified(), QByteArray("READY=1"));
        int status = 0;
        httpCall("GET", QUrl(m_bridgeUrl + "/healthz"), {}, {}, &status);
        QCOMPARE(status, 200);
        QVERIFY(notified().isEmpty());  // once
    }

    void tvSignsInRefreshesAndSignsOutThroughTheBridge()
    {
        const QStringList args = tvArgs("journey");
        const QProcessEnvironment env = isolatedAppEnv(m_dir.path() + "/tv-env");
        QUrl callback;
        {
            TvpairRun run(args, env);
            const QJsonObject code = run.waitFor("user_code");
            QVERIFY2(!code.isEmpty(), run.allStderr().constData());
            const QString complete = code.value("verification_uri_complete").toString();
            QVERIFY2(complete.startsWith(m_bridgeUrl + "/device?user_code="), qPrintable(complete));
            QVERIFY(QRegularExpression("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$")
                        .match(code.value("user_code").toString()).hasMatch());

            PhoneBrowser phone;
            Page last;
            callback = phone.approveUntilCallback(QUrl(complete), "alice", &last);
            QVERIFY2(callback.isValid(), last.body.left(2000).constData());
            QCOMPARE(callback.toString(QUrl::RemoveQuery), m_bridgeUrl + "/callback");
            const Page done = phone.request("GET", callback);
            QCOMPARE(done.status, 200);
            QVERIFY(done.body.contains("id=\"success\""));

            const QJsonObject signedIn = run.waitFor("signed_in");
            QVERIFY2(!signedIn.isEmpty(), run.allStderr().right(3000).constData());
            QCOMPARE(signedIn.value("method").toString(), QString("device_code"));
            QCOMPARE(signedIn.value("subject").toString(), QString("alice"));
            // The payment tokens of the identity server pass through the bridge unchanged.
            const QStringList providers = run.waitFor("payment_tokens").value("providers").toVariant().toStringList();
            QVERIFY2(providers.contains("cleeng"), qPrintable(providers.join(',')));
            QVERIFY(!run.waitFor("entitlements").value("items").toArray().isEmpty());
            QCOMPARE(run.waitForExit(), 0);

            // The same callback again (a replay, in the browser that started it): refused.
            const Page replay = phone.request("GET", callback);
            QCOMPARE(replay.status, 400);
            QVERIFY(replay.body.contains("id=\"bad-state\""));
        }
        {
            // Silent sign-in: the TV's sealed refresh token, refreshed upstream by the bridge.
            TvpairRun again(args, env);
            const QJsonObject signedIn = again.waitFor("signed_in");
            QVERIFY2(!signedIn.isEmpty(), again.allStderr().right(3000).constData());
            QCOMPARE(signedIn.value("method").toString(), QString("refresh_token"));
            QCOMPARE(again.waitForExit(), 0);
        }
        {
            const int before = revocationsAtSandbox();
            TvpairRun out(args + QStringList{"--sign-out"}, env);
            QCOMPARE(out.waitForExit(), 0);
            // RFC 7009 through the bridge: the identity server revoked the upstream token.
            QTRY_VERIFY_WITH_TIMEOUT(revocationsAtSandbox() == before + 1, 20000);
        }
    }

    void tvReceivesTheBridgesIdTokenAndASealedRefreshToken()
    {
        const QJsonObject code = newDeviceCode();
        QVERIFY(!code.isEmpty());
        PhoneBrowser phone;
        // Typed on the phone in lower case without the hyphen: the same code.
        const QString typed = code.value("user_code").toString().remove('-').toLower();
        const QUrl callback = phone.approveUntilCallback(QUrl(m_bridgeUrl + "/device?user_code=" + typed), "alice");
        QVERIFY(callback.isValid());
        QCOMPARE(phone.request("GET", callback).status, 200);

        int status = 0;
        const QJsonObject tokens = pollUntilDone(code.value("device_code").toString(), &status);
        QCOMPARE(status, 200);
        QVERIFY(!tokens.value("access_token").toString().isEmpty());
        QCOMPARE(tokens.value("token_type").toString(), QString("Bearer"));
        QVERIFY(tokens.value("refresh_token").toString().startsWith("tvb1."));
        QVERIFY(tokens.value("extensions").toObject().value("storage_keys").toObject().contains("cleeng"));

        // The ID token is the bridge's: its issuer, the TV's audience, the upstream subject,
        // signed with the key at the bridge's jwks_uri (checked as a TV checks it).
        const QByteArray idToken = tokens.value("id_token").toString().toLatin1();
        QString error;
        const auto jwks = tvpair::oauth::Jwks::parse(httpCall("GET", QUrl(m_bridgeUrl + "/jwks")), &error);
        QVERIFY2(jwks, qPrintable(error));
        tvpair::oauth::IdTokenExpectations expect;
        expect.issuer = m_bridgeUrl;
        expect.clientId = "tv-app";
        const auto v = tvpair::oauth::IdTokenValidator::validate(idToken, *jwks, expect);
        QVERIFY2(v.ok, qPrintable(v.message));
        QCOMPARE(v.claims.value("sub").toString(), QString("alice"));
        QCOMPARE(tvpair::oauth::Jwt::parse(idToken)->algorithm(), QString("ES256"));

        // Picked up once.
        const QJsonObject again = poll(code.value("device_code").toString(), &status);
        QCOMPARE(status, 400);
        QCOMPARE(again.value("error").toString(), QString("invalid_grant"));

        // Refresh through the bridge: a new access token and a new sealed refresh token.
        const QString sealed = tokens.value("refresh_token").toString();
        const QJsonObject refreshed = post("/token", {{"client_id", "tv-app"}, {"grant_type", "refresh_token"},
                                                      {"refresh_token", sealed}}, &status);
        QCOMPARE(status, 200);
        QVERIFY(!refreshed.value("access_token").toString().isEmpty());
        const QString sealed2 = refreshed.value("refresh_token").toString();
        QVERIFY(sealed2.startsWith("tvb1.") && sealed2 != sealed);

        // A tampered envelope, an envelope of another bridge's key: invalid_grant, no upstream call.
        QString tampered = sealed2;
        const int mid = tampered.size() / 2;
        tampered[mid] = tampered[mid] == 'A' ? QChar('B') : QChar('A');
        QJsonObject r = post("/token", {{"client_id", "tv-app"}, {"grant_type", "refresh_token"}, {"refresh_token", tampered}}, &status);
        QCOMPARE(status, 400);
        QCOMPARE(r.value("error").toString(), QString("invalid_grant"));
        tvpair::bridge::Sealer foreign;
        foreign.addKey(1, QByteArray(32, 'x'));
        r = post("/token", {{"client_id", "tv-app"}, {"grant_type", "refresh_token"},
                            {"refresh_token", foreign.seal("some-upstream-token", "refresh|tv-app")}}, &status);
        QCOMPARE(status, 400);
        QCOMPARE(r.value("error").toString(), QString("invalid_grant"));

        // Revocation through the bridge reaches the identity server: the token stops working.
        httpCall("POST", QUrl(m_bridgeUrl + "/revoke"),
                 formBody({{"client_id", "tv-app"}, {"token", sealed2}, {"token_type_hint", "refresh_token"}}), kForm, &status);
        QCOMPARE(status, 200);
        r = post("/token", {{"client_id", "tv-app"}, {"grant_type", "refresh_token"}, {"refresh_token", sealed2}}, &status);
        QCOMPARE(status, 400);
        QCOMPARE(r.value("error").toString(), QString("invalid_grant"));
        // Revoking garbage is still 200 for the TV (RFC 7009 §2.2).
        httpCall("POST", QUrl(m_bridgeUrl + "/revoke"), formBody({{"client_id", "tv-app"}, {"token", "tvb1.9.AAAA"}}), kForm, &status);
        QCOMPARE(status, 200);
    }

    void upstreamRefusalsMapToWhatTheTvShouldDo()
    {
        // A well-sealed envelope (this bridge's key) around a token the identity server does
        // not know: its invalid_grant reaches the TV, which ends the session.
        QString error;
        const auto sealer = tvpair::bridge::Sealer::fromDirectory(m_dir.path() + "/bridge/keys", &error);
        QVERIFY2(sealer, qPrintable(error));
        const QString unknown = sealer->seal("not-a-token-the-server-issued", "refresh|tv-app");
        int status = 0;
        QJsonObject r = post("/token", {{"client_id", "tv-app"}, {"grant_type", "refresh_token"}, {"refresh_token", unknown}}, &status);
        QCOMPARE(status, 400);
        QCOMPARE(r.value("error").toString(), QString("invalid_grant"));

        // A bridge whose own client secret the identity server refuses: the TV must not be
        // signed out for the operator's mistake (503, retried later), never invalid_grant.
        const quint16 port = freeLoopbackPort();
        const QString dir = m_dir.path() + "/badsecret";
        QJsonObject upstream{{"issuer", m_sandbox.issuer}, {"client_id", "tvpair-bridge"}, {"client_secret", "wrong-secret"},
                             {"scope", "openid offline_access"}, {"allow_insecure_loopback", true}};
        BridgeRun bad(writeBridgeConfig(dir, m_sandbox.issuer, port, {{"upstream", upstream}}));
        QVERIFY(bad.ready());
        const auto badSealer = tvpair::bridge::Sealer::fromDirectory(dir + "/keys", &error);
        QVERIFY2(badSealer, qPrintable(error));
        r = QJsonDocument::fromJson(httpCall("POST", QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port)),
                                             formBody({{"client_id", "tv-app"}, {"grant_type", "refresh_token"},
                                                       {"refresh_token", badSealer->seal("any", "refresh|tv-app")}}),
                                             kForm, &status)).object();
        QCOMPARE(status, 503);
        QCOMPARE(r.value("error").toString(), QString("temporarily_unavailable"));
        QCOMPARE(bad.stop(), 0);
    }

    void pollingFasterThanTheIntervalGetsSlowDown()
    {
        const QJsonObject code = newDeviceCode();
        QCOMPARE(code.value("interval").toInt(), 1);
        int status = 0;
        QCOMPARE(poll(code.value("device_code").toString(), &status).value("error").toString(), QString("authorization_pending"));
        // At once again: sooner than 1 s (minus the 0.5 s tolerance) however slow this machine is? Only
        // when the second request arrives within 0.5 s; keep asking until one does, a bounded number of times.
        bool sawSlowDown = false;
        for (int i = 0; i < 20 && !sawSlowDown; ++i)
            sawSlowDown = poll(code.value("device_code").toString(), &status).value("error").toString() == "slow_down";
        QVERIFY(sawSlowDown);
        QCOMPARE(status, 400);
    }

    void anExpiredCodeAnswersExpiredToken()
    {
        // A bridge of its own: the row is aged in the database file while that bridge is stopped
        // (as time would, without waiting). A running bridge on SQLite keeps the poll state of
        // open codes in memory (it owns its file), so the restart is what makes it read the
        // file again.
        const quint16 port = freeLoopbackPort();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QString dir = m_dir.path() + "/expiring";
        const QString cfg = writeBridgeConfig(dir, m_sandbox.issuer, port);
        auto bridge = std::make_unique<BridgeRun>(cfg);
        QVERIFY2(bridge->ready(), bridge->stderrSoFar().constData());
        int status = 0;
        const QJsonObject code = QJsonDocument::fromJson(httpCall("POST", QUrl(base + "/device_authorization"),
                                                                  "client_id=tv-app", kForm, &status)).object();
        QCOMPARE(status, 200);
        const QString deviceCode = code.value("device_code").toString();
        const auto pollHere = [&](int *st) {
            return QJsonDocument::fromJson(httpCall("POST", QUrl(base + "/token"),
                                                    formBody({{"client_id", "tv-app"}, {"grant_type", kDeviceGrant},
                                                              {"device_code", deviceCode}}),
                                                    kForm, st)).object();
        };
        QCOMPARE(pollHere(&status).value("error").toString(), QString("authorization_pending"));
        QCOMPARE(bridge->stop(), 0);
        const QString userCode = code.value("user_code").toString().remove('-');
        const qint64 expiresAt = QDateTime::currentMSecsSinceEpoch() + 5000;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "age");
            db.setDatabaseName(dir + "/state/bridge.db");
            db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=10000");
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare("UPDATE pending SET expires_at_ms = ? WHERE user_code = ?");
            // Still open when the bridge starts again (its start purges what has expired; a start
            // takes well under a second), expired at the poll.
            q.addBindValue(expiresAt);
            q.addBindValue(userCode);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase("age");
        bridge = std::make_unique<BridgeRun>(cfg);
        QVERIFY2(bridge->ready(), bridge->stderrSoFar().constData());
        QVERIFY(QTest::qWaitFor([expiresAt] { return QDateTime::currentMSecsSinceEpoch() > expiresAt; }, 20000));
        PhoneBrowser phone;
        const Page p = phone.request("GET", QUrl(code.value("verification_uri_complete").toString()));
        QVERIFY(p.body.contains("id=\"bad-code\""));  // the phone cannot confirm it any more
        QJsonObject r = pollHere(&status);
        QCOMPARE(status, 400);
        QCOMPARE(r.value("error").toString(), QString("expired_token"));
        r = pollHere(&status);
        QCOMPARE(r.value("error").toString(), QString("invalid_grant"));  // and the row is gone
        const QByteArray m = httpCall("GET", QUrl(base + "/metrics"), {}, {}, &status);
        QVERIFY2(m.contains("\ntvpair_bridge_codes_expired_total 1\n"), m.constData());
        QCOMPARE(bridge->stop(), 0);
    }

    void unknownClientsAndDeviceCodesAreRefused()
    {
        int status = 0;
        QJsonObject r = post("/device_authorization", {{"client_id", "stranger"}}, &status);
        QCOMPARE(status, 401);
        QCOMPARE(r.value("error").toString(), QString("invalid_client"));
        r = poll("no-such-device-code", &status);
        QCOMPARE(status, 400);
        QCOMPARE(r.value("error").toString(), QString("invalid_grant"));
        r = post("/token", {{"client_id", "tv-app"}, {"grant_type", "password"}}, &status);
        QCOMPARE(r.value("error").toString(), QString("unsupported_grant_type"));
    }

    void forgedStateAndAnotherBrowserAreRefused()
    {
        PhoneBrowser attacker;
        Page p = attacker.request("GET", QUrl(m_bridgeUrl + "/callback?state=forged-state&code=stolen"));
        QCOMPARE(p.status, 400);
        QVERIFY(p.body.contains("id=\"bad-state\""));

        const QJsonObject code = newDeviceCode();
        PhoneBrowser viewer;
        const QUrl callback = viewer.approveUntilCallback(QUrl(code.value("verification_uri_complete").toString()), "alice");
        QVERIFY(callback.isValid());
        // The right state and a real code, but not in the browser that confirmed the TV's code.
        p = attacker.request("GET", callback);
        QCOMPARE(p.status, 400);
        QVERIFY(p.body.contains("id=\"bad-browser\""));
        // The viewer's own browser still completes it, once.
        QCOMPARE(viewer.request("GET", callback).status, 200);
        p = viewer.request("GET", callback);
        QCOMPARE(p.status, 400);
        QVERIFY(p.body.contains("id=\"bad-state\""));
        int status = 0;
        pollUntilDone(code.value("device_code").toString(), &status);
        QCOMPARE(status, 200);
    }

    void confirmationNeedsItsCsrfTokenAndPagesSendSecurityHeaders()
    {
        const QJsonObject code = newDeviceCode();
        PhoneBrowser phone;
        const Page confirm = phone.request("GET", QUrl(code.value("verification_uri_complete").toString()));
        QCOMPARE(confirm.status, 200);
        QVERIFY(confirm.body.contains("Bridge Test TV"));  // the TV app's name (RFC 8628 §5.4)
        QVERIFY(confirm.body.contains(code.value("user_code").toString().toUtf8()));
        QVERIFY(confirm.headers.value("content-security-policy").contains("frame-ancestors 'none'"));
        QCOMPARE(confirm.headers.value("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(confirm.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(confirm.headers.value("cache-control"), QByteArray("no-store"));

        const QByteArray noCsrf = "user_code=" + code.value("user_code").toString().toUtf8();
        Page p = phone.request("POST", QUrl(m_bridgeUrl + "/device"), noCsrf);
        QCOMPARE(p.status, 403);
        PhoneBrowser other;  // a forged form from another site: no cookie of the bridge
        p = other.request("POST", QUrl(m_bridgeUrl + "/device"),
                          noCsrf + "&csrf=" + PhoneBrowser::hiddenValue(confirm, "csrf").toUtf8());
        QCOMPARE(p.status, 403);

        p = phone.request("GET", QUrl(m_bridgeUrl + "/device?user_code=BCDF-GHJK"));
        QCOMPARE(p.status, 200);
        QVERIFY(p.body.contains("id=\"bad-code\""));
    }

    void aSlowClientIsDroppedWhileOthersAreServed()
    {
        const quint16 port = freeLoopbackPort();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        BridgeRun bridge(writeBridgeConfig(m_dir.path() + "/slow", m_sandbox.issuer, port,
                                           {{"limits", QJsonObject{{"idle_timeout", 1}}}}));
        QVERIFY(bridge.ready());
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(slow.waitForConnected(10000));
        slow.write("POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");  // and then nothing
        slow.flush();
        int status = 0;
        httpCall("GET", QUrl(base + "/healthz"), {}, {}, &status);
        QCOMPARE(status, 200);  // not blocked by the slow one
        // The bridge hangs up on the idle client (waiting for that, with a generous deadline).
        QTRY_VERIFY_WITH_TIMEOUT(slow.state() == QAbstractSocket::UnconnectedState
                                     || (slow.waitForDisconnected(100), slow.state() == QAbstractSocket::UnconnectedState),
                                 30000);
        QCOMPARE(bridge.stop(), 0);
    }

    void anOversizedBodyIsRefused()
    {
        int status = 0;
        const QByteArray big = "client_id=tv-app&grant_type=refresh_token&refresh_token=" + QByteArray(64 * 1024, 'A');
        httpCall("POST", QUrl(m_bridgeUrl + "/token"), big, kForm, &status);
        QCOMPARE(status, 413);
        // The bridge still serves.
        httpCall("GET", QUrl(m_bridgeUrl + "/healthz"), {}, {}, &status);
        QCOMPARE(status, 200);
    }

    void badConfigAndUnusableKeysExitWithTheirCodes()
    {
        const QString dir = m_dir.path() + "/exit";
        const QString cfg = writeBridgeConfig(dir, m_sandbox.issuer, 1);
        QProcess p;
        p.start(TVPAIR_BRIDGE_BIN, {"--config", cfg, "--check-config"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);

        QFile f(cfg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject c = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const auto runWith = [&](const QJsonObject &config, QByteArray *err) {
            QFile out(dir + "/variant.json");
            out.open(QIODevice::WriteOnly | QIODevice::Truncate);
            out.write(QJsonDocument(config).toJson());
            out.close();
            QProcess q;
            q.start(TVPAIR_BRIDGE_BIN, {"--config", dir + "/variant.json", "--check-config"});
            q.waitForFinished(30000);
            *err = q.readAllStandardError();
            return q.exitCode();
        };
        QByteArray err;
        QJsonObject bad = c;
        bad.insert("public_url", "http://bridge.example");
        QCOMPARE(runWith(bad, &err), 2);
        QVERIFY2(err.startsWith("tvpair-bridge: config: public_url:") && err.count('\n') == 1, err.constData());

        QJsonObject noKeys = c;
        noKeys.insert("sealing_keys", dir + "/no-such-dir");
        QCOMPARE(runWith(noKeys, &err), 6);
        QVERIFY2(err.contains("sealing key directory"), err.constData());
        QVERIFY(!err.contains("bridge-sandbox-secret"));
    }

    void aDenialOnThePhoneReachesTheTv()
    {
        const QJsonObject code = newDeviceCode();
        PhoneBrowser phone;
        const QUrl callback = phone.approveUntilCallback(QUrl(code.value("verification_uri_complete").toString()),
                                                         "alice", nullptr, "abort");
        QVERIFY(callback.isValid());
        QCOMPARE(QUrlQuery(callback).queryItemValue("error"), QString("access_denied"));
        const Page p = phone.request("GET", callback);
        QCOMPARE(p.status, 200);
        QVERIFY(p.body.contains("id=\"denied\""));
        int status = 0;
        const QJsonObject r = pollUntilDone(code.value("device_code").toString(), &status);
        QCOMPARE(status, 400);
        QCOMPARE(r.value("error").toString(), QString("access_denied"));
    }

    void formPostResponsesAreAccepted()
    {
        // Its own bridge asking the identity server for response_mode=form_post: the browser
        // posts code and state to /callback from the identity server's auto-submitting page.
        const quint16 port = freeLoopbackPort();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QJsonObject upstream{{"issuer", m_sandbox.issuer}, {"client_id", "tvpair-bridge"},
                             {"client_secret", "bridge-sandbox-secret"}, {"scope", "openid offline_access profile products"},
                             {"allow_insecure_loopback", true}, {"response_mode", "form_post"}};
        BridgeRun bridge(writeBridgeConfig(m_dir.path() + "/formpost", m_sandbox.issuer, port, {{"upstream", upstream}}));
        QVERIFY(bridge.ready());
        int status = 0;
        const QJsonObject code = QJsonDocument::fromJson(httpCall("POST", QUrl(base + "/device_authorization"),
                                                                  "client_id=tv-app", kForm, &status)).object();
        QCOMPARE(status, 200);
        PhoneBrowser phone;
        Page last;
        const QUrl stopped = phone.approveUntilCallback(QUrl(code.value("verification_uri_complete").toString()), "alice", &last);
        QVERIFY(!stopped.isValid());  // no redirect to /callback: a page with a form instead
        const QRegularExpression form("<form[^>]*action=\"([^\"]+)\"");
        const auto m = form.match(QString::fromUtf8(last.body));
        QVERIFY2(m.hasMatch(), last.body.left(2000).constData());
        QCOMPARE(QUrl(m.captured(1)).toString(), base + "/callback");
        QByteArray fields;
        const QRegularExpression input("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
        for (auto it = input.globalMatch(QString::fromUtf8(last.body)); it.hasNext();) {
            const auto f = it.next();
            fields += (fields.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(f.captured(1)) + '='
                + QUrl::toPercentEncoding(f.captured(2));
        }
        QVERIFY(fields.contains("state=") && fields.contains("code="));
        const Page done = phone.request("POST", QUrl(m.captured(1)), fields);
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains("id=\"success\""));
        const QByteArray answer = httpCall("POST", QUrl(base + "/token"),
                                           formBody({{"client_id", "tv-app"}, {"grant_type", kDeviceGrant},
                                                     {"device_code", code.value("device_code").toString()}}),
                                           kForm, &status);
        QCOMPARE(status, 200);
        QVERIFY(!QJsonDocument::fromJson(answer).object().value("access_token").toString().isEmpty());
        QCOMPARE(bridge.stop(), 0);
    }

    void wrongCodeGuessingIsRateLimited()
    {
        // Its own bridge with a low limit, so the other tests' phones are not counted.
        const quint16 port = freeLoopbackPort();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        BridgeRun limited(writeBridgeConfig(m_dir.path() + "/limited", m_sandbox.issuer, port,
                                            {{"limits", QJsonObject{{"wrong_codes_per_address", 3}}}}));
        QVERIFY(limited.ready());
        int status = 0;
        const QJsonObject code = QJsonDocument::fromJson(httpCall("POST", QUrl(base + "/device_authorization"),
                                                                  "client_id=tv-app", kForm, &status)).object();
        QVERIFY2(status == 200, limited.stderrSoFar().right(2000).constData());
        PhoneBrowser guesser;
        for (const char *wrong : {"BCDF-GHJK", "LMNP-QRST", "VWXZ-BCDF"}) {
            const Page p = guesser.request("GET", QUrl(base + "/device?user_code=" + wrong));
            QCOMPARE(p.status, 200);
            QVERIFY(p.body.contains("id=\"bad-code\""));
        }
        // Now even the right code is refused from this address, on GET and on POST.
        Page p = guesser.request("GET", QUrl(base + "/device?user_code=" + code.value("user_code").toString()));
        QCOMPARE(p.status, 429);
        QVERIFY(p.body.contains("id=\"rate-limited\""));
        p = guesser.request("POST", QUrl(base + "/device"), "user_code=" + code.value("user_code").toString().toUtf8());
        QCOMPARE(p.status, 429);
        QCOMPARE(limited.stop(), 0);
    }

    void anApprovedSignInSurvivesSigkill_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }
    void anApprovedSignInSurvivesSigkill()
    {
        QFETCH(QString, backend);
        QJsonObject overrides;
        if (backend == "postgresql") {
            QString error;
            const QString url = newPostgresDatabase("e2e_sigkill", &error);
            QVERIFY2(!url.isEmpty(), qPrintable(error));
            overrides.insert("store", url);
        }
        const quint16 port = freeLoopbackPort();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QString cfg = writeBridgeConfig(m_dir.path() + "/killed-" + backend, m_sandbox.issuer, port, overrides);
        auto bridge = std::make_unique<BridgeRun>(cfg);
        QVERIFY2(bridge->ready(), bridge->stderrSoFar().constData());
        int status = 0;
        const QJsonObject code = QJsonDocument::fromJson(httpCall("POST", QUrl(base + "/device_authorization"),
                                                                  "client_id=tv-app", kForm, &status)).object();
        QCOMPARE(status, 200);
        PhoneBrowser phone;
        const QUrl callback = phone.approveUntilCallback(QUrl(code.value("verification_uri_complete").toString()), "alice");
        QVERIFY(callback.isValid());
        QCOMPARE(phone.request("GET", callback).status, 200);  // approved and stored
        bridge->kill();
        bridge = std::make_unique<BridgeRun>(cfg);  // same store, keys and port
        QVERIFY2(bridge->ready(), bridge->stderrSoFar().constData());
        const QByteArray answer = httpCall("POST", QUrl(base + "/token"),
                                           formBody({{"client_id", "tv-app"}, {"grant_type", kDeviceGrant},
                                                     {"device_code", code.value("device_code").toString()}}),
                                           kForm, &status);
        QCOMPARE(status, 200);
        QVERIFY(!QJsonDocument::fromJson(answer).object().value("access_token").toString().isEmpty());
        QCOMPARE(bridge->stop(), 0);
    }

    void twoInstancesShareOnePostgresql()
    {
        // Two instances as behind a load balancer: one database, the same sealing and signing
        // keys. The TV asks A for a code; the phone confirms it through B (B's pages, B's
        // callback, B exchanges the code); the TV collects the result from A, once.
        QString error;
        const QString url = newPostgresDatabase("e2e_two_instances", &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const quint16 portA = freeLoopbackPort();
        const QString cfgA = writeBridgeConfig(m_dir.path() + "/two-a", m_sandbox.issuer, portA, {{"store", url}});
        quint16 portB = freeLoopbackPort();
        for (int i = 0; i < 20 && portB == portA; ++i)
            portB = freeLoopbackPort();
        QVERIFY(portB != portA);
        QFile fa(cfgA);
        QVERIFY(fa.open(QIODevice::ReadOnly));
        QJsonObject b = QJsonDocument::fromJson(fa.readAll()).object();
        const QString baseA = QStringLiteral("http://127.0.0.1:%1").arg(portA);
        const QString baseB = QStringLiteral("http://127.0.0.1:%1").arg(portB);
        b.insert("public_url", baseB);
        b.insert("listen", QStringLiteral("127.0.0.1:%1").arg(portB));
        b.insert("sealing_keys", m_dir.path() + "/two-a/keys");
        b.insert("signing_key", m_dir.path() + "/two-a/signing.pem");
        QDir().mkpath(m_dir.path() + "/two-b");
        const QString cfgB = m_dir.path() + "/two-b/bridge.json";
        QFile fb(cfgB);
        QVERIFY(fb.open(QIODevice::WriteOnly));
        fb.write(QJsonDocument(b).toJson());
        fb.close();

        BridgeRun a(cfgA);
        QVERIFY2(a.ready(), a.stderrSoFar().constData());
        BridgeRun bridgeB(cfgB);
        QVERIFY2(bridgeB.ready(), bridgeB.stderrSoFar().constData());

        int status = 0;
        const QJsonObject code = QJsonDocument::fromJson(httpCall("POST", QUrl(baseA + "/device_authorization"),
                                                                  "client_id=tv-app", kForm, &status)).object();
        QCOMPARE(status, 200);
        const QString userCode = code.value("user_code").toString();
        const QByteArray pollBody = formBody({{"client_id", "tv-app"}, {"grant_type", kDeviceGrant},
                                              {"device_code", code.value("device_code").toString()}});
        QCOMPARE(QJsonDocument::fromJson(httpCall("POST", QUrl(baseA + "/token"), pollBody, kForm, &status))
                     .object().value("error").toString(), QString("authorization_pending"));

        PhoneBrowser phone;
        const QUrl callback = phone.approveUntilCallback(QUrl(baseB + "/device?user_code=" + userCode), "alice");
        QVERIFY(callback.isValid());
        QCOMPARE(callback.port(), int(portB));  // the identity server answers B
        QCOMPARE(phone.request("GET", callback).status, 200);
        // A replayed callback at A finds nothing to claim.
        QUrl atA = callback;
        atA.setPort(portA);
        const Page replay = phone.request("GET", atA);
        QCOMPARE(replay.status, 400);
        QVERIFY(replay.body.contains("id=\"bad-state\""));

        QTest::qWait(1200);  // one interval after the first poll: no slow_down
        const QJsonObject tokens = QJsonDocument::fromJson(httpCall("POST", QUrl(baseA + "/token"), pollBody, kForm, &status)).object();
        QCOMPARE(status, 200);
        QVERIFY(!tokens.value("access_token").toString().isEmpty());
        QVERIFY(!tokens.value("refresh_token").toString().isEmpty());
        // Collected once: neither instance hands it out again.
        QTest::qWait(1200);
        httpCall("POST", QUrl(baseB + "/token"), pollBody, kForm, &status);
        QCOMPARE(status, 400);
        // A refresh token sealed by B opens at A (shared sealing keys).
        const QJsonObject refreshed = QJsonDocument::fromJson(httpCall("POST", QUrl(baseA + "/token"),
            formBody({{"client_id", "tv-app"}, {"grant_type", "refresh_token"},
                      {"refresh_token", tokens.value("refresh_token").toString()}}), kForm, &status)).object();
        QCOMPARE(status, 200);
        QVERIFY(!refreshed.value("access_token").toString().isEmpty());
        QCOMPARE(a.stop(), 0);
        QCOMPARE(bridgeB.stop(), 0);
    }

    void metricsCountWhatHappenedAndHoldNoSecrets()
    {
        int status = 0;
        const QByteArray m = httpCall("GET", QUrl(m_bridgeUrl + "/metrics"), {}, {}, &status);
        QCOMPARE(status, 200);
        const auto value = [&m](const QByteArray &name) {
            const QRegularExpression re(QStringLiteral("^%1 (\\d+)$").arg(QString::fromLatin1(name)),
                                        QRegularExpression::MultilineOption);
            const auto match = re.match(QString::fromLatin1(m));
            return match.hasMatch() ? match.captured(1).toLongLong() : -1;
        };
        // The tests above issued, approved, denied, slowed down and refreshed.
        QVERIFY2(value("tvpair_bridge_codes_issued_total") >= 6, m.constData());
        QVERIFY(value("tvpair_bridge_codes_approved_total") >= 3);
        QVERIFY(value("tvpair_bridge_codes_denied_total") >= 1);
        // codes_expired_total: anExpiredCodeAnswersExpiredToken checks it on its own bridge.
        QVERIFY(value("tvpair_bridge_slow_downs_total") >= 1);
        QVERIFY(value("tvpair_bridge_tokens_handed_out_total") >= 3);
        QVERIFY(value("tvpair_bridge_refreshes_total") >= 2);
        QVERIFY(value("tvpair_bridge_upstream_calls_total") >= 5);
        QVERIFY(value("tvpair_bridge_upstream_errors_total") >= 1);
        QVERIFY(value("tvpair_bridge_pending_codes") >= 0);
        QVERIFY(!m.contains("tvb1.") && !m.contains("secret"));
        captureRunOutput(m, {});  // the metrics join the suite-wide secrets scan
    }

    void cleanupTestCase()
    {
        if (m_bridge) {
            QCOMPARE(m_bridge->stop(), 0);  // SIGTERM: a clean exit
            QCOMPARE(notified(), QByteArray("STOPPING=1"));
            ::close(m_notifyFd);
            const QByteArray log = m_bridge->stderrSoFar();
            // The bridge's own log names what happened but never a secret it handled.
            QVERIFY(log.contains("sign-in approved for client tv-app"));
            QVERIFY(!log.contains("bridge-sandbox-secret"));
            QVERIFY(!log.contains("tvb1."));
            QVERIFY(!log.contains("code_verifier"));
        }
    }
};

QTEST_GUILESS_MAIN(BridgeEndToEndTest)
#include "tst_bridge_e2e.moc"
