// The real tvpair binary, headless, against FaultAuthServer: a fake authorization server that
// misbehaves on purpose. Transient trouble (RFC 8628 §3.5) must not end the sign-in: it keeps polling
// and succeeds once the server is good again; fatal answers end it with an error event and the
// documented exit code (docs/headless-events.md). In every case nothing the fake issued (device code,
// tokens, payment tokens) appears on stdout or stderr, at --log-level debug.
#include "FaultServer.h"

#include <QtTest>

using namespace tvpair::test;

class FaultsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newDir()
    {
        const QString d = m_dir.path() + QStringLiteral("/run%1").arg(++m_n);
        QDir().mkpath(d);
        return d;
    }
    QProcessEnvironment env(const QString &d)
    {
        QProcessEnvironment e;
        e.insert("XDG_CACHE_HOME", d + "/cache");
        e.insert("XDG_DATA_HOME", d + "/data");
        return e;
    }
    std::unique_ptr<LiveRun> run(FaultAuthServer &fake, const QString &d, const QJsonObject &overrides = {})
    {
        return std::make_unique<LiveRun>(QStringList{"--headless", "--config", fake.writeConfig(d, overrides), "--store",
                                                     d + "/store", "--log-level", "debug"},
                                         env(d));
    }
    // Approve once `polls` polls have been answered, then expect a sign-in and exit 0.
    void expectRecovery(FaultAuthServer &fake, LiveRun &r, int polls, int timeoutMs = 60000)
    {
        QVERIFY2(!r.waitFor("user_code").isEmpty(), r.allOutput().constData());
        QTRY_VERIFY_WITH_TIMEOUT(fake.polls().size() >= polls || !r.running(), timeoutMs);
        QVERIFY2(r.running(), qPrintable(r.eventsText()));
        fake.approved = true;
        QVERIFY2(!r.waitFor("signed_in", timeoutMs).isEmpty(), qPrintable(r.eventsText()));
        QCOMPARE(r.waitForExit(), 0);
        for (const auto &e : r.events())
            QVERIFY2(e.value("event").toString() != "error", qPrintable(r.eventsText()));
    }
    void expectFatal(LiveRun &r, const QString &code, int exitCode)
    {
        const QJsonObject err = r.waitFor("error", 60000);
        QVERIFY2(!err.isEmpty(), r.allOutput().constData());
        QCOMPARE(err.value("code").toString(), code);
        QVERIFY(!err.value("message").toString().isEmpty());
        QCOMPARE(r.waitForExit(), exitCode);
    }
    void noLeak(const FaultAuthServer &fake, LiveRun &r)
    {
        const QByteArray all = r.allOutput();
        const QStringList leaks = fake.leaked(all);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", ")));
        QVERIFY(!fake.deviceCode.isEmpty() || fake.http.count("/device/auth") == 0);
    }

private slots:
    // ---- RFC 8628 §3.1, §3.4: what the server sees ----------------------------------------

    void formFieldsSeenByTheServer()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        const QString d = newDir();
        auto r = run(fake, d, {{"client_secret", "fake-secret-77"}, {"audience", "urn:tv:api"}});
        expectRecovery(fake, *r, 1);
        const FaultRequest dev = fake.http.to("/device/auth").first();
        QCOMPARE(dev.method, QByteArray("POST"));
        QVERIFY(dev.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(dev.form().queryItemValue("client_id"), QString("tv-fake"));
        QCOMPARE(dev.form().queryItemValue("scope", QUrl::FullyDecoded), QString("openid offline_access"));
        QCOMPARE(dev.form().queryItemValue("audience", QUrl::FullyDecoded), QString("urn:tv:api"));
        // A confidential client authenticates at the device endpoint as at the token endpoint.
        QCOMPARE(dev.header("authorization"), "Basic " + QByteArray("tv-fake:fake-secret-77").toBase64());
        const FaultRequest poll = fake.polls().first();
        QCOMPARE(poll.form().queryItemValue("grant_type", QUrl::FullyDecoded),
                 QString("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(poll.form().queryItemValue("device_code", QUrl::FullyDecoded), QString(fake.deviceCode));
        QCOMPARE(poll.form().queryItemValue("client_id"), QString("tv-fake"));
        QCOMPARE(poll.header("authorization"), dev.header("authorization"));
        noLeak(fake, *r);
        QVERIFY(!r->allOutput().contains("fake-secret-77"));
    }

    // ---- transient: keep polling, then succeed (RFC 8628 §3.5) -----------------------------

    void transient_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("503 with error body") << int(FaultReply::Respond) << 503 << QByteArray(R"({"error":"server_error"})") << QByteArray();
        QTest::newRow("500 empty") << int(FaultReply::Respond) << 500 << QByteArray() << QByteArray();
        QTest::newRow("502 html") << int(FaultReply::Respond) << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray();
        QTest::newRow("429 Retry-After 2") << int(FaultReply::Respond) << 429 << QByteArray() << QByteArray("2");
        QTest::newRow("connection reset") << int(FaultReply::Reset) << 0 << QByteArray() << QByteArray();
        QTest::newRow("truncated JSON") << int(FaultReply::Truncate) << 200
                                        << QByteArray(R"({"access_token":"at-truncated-xyz","token_type":"Bearer"})")
                                        << QByteArray();
        QTest::newRow("200 with error pending") << int(FaultReply::Respond) << 200
                                                << QByteArray(R"({"error":"authorization_pending"})") << QByteArray();
        // Answers that cannot be read say nothing about the grant: poll on.
        QTest::newRow("200 JSON cut off, complete message") << int(FaultReply::Respond) << 200
                                                            << QByteArray(R"({"access_token": "at-bad", )") << QByteArray();
        QTest::newRow("400 JSON cut off") << int(FaultReply::Respond) << 400
                                          << QByteArray("{\"error\":\"authorization_pen") << QByteArray();
        QTest::newRow("401 JSON garbled") << int(FaultReply::Respond) << 401
                                          << QByteArray("{\"error\":\"invalid_client\"").append('\x01').append(']') << QByteArray();
        QTest::newRow("temporarily_unavailable") << int(FaultReply::Respond) << 400
                                                 << QByteArray(R"({"error":"temporarily_unavailable"})") << QByteArray();
    }
    void transient()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        FaultAuthServer fake;
        QVERIFY(fake.start());
        for (int i = 0; i < 2; ++i) {
            FaultReply f = FaultReply::json(status, body);
            f.kind = FaultReply::Kind(kind);
            if (!retryAfter.isEmpty())
                f.headers << qMakePair(QByteArray("Retry-After"), retryAfter);
            fake.pollScript.enqueue(f);
        }
        const QString d = newDir();
        auto r = run(fake, d);
        expectRecovery(fake, *r, 3);
        if (!retryAfter.isEmpty()) {
            // Retry-After measured by the server: the poll after a 429 waits at least that long.
            const auto p = fake.polls();
            QVERIFY2(p.at(1).atMs - p.at(0).atMs >= retryAfter.toInt() * 1000 - 50,
                     qPrintable(QString::number(p.at(1).atMs - p.at(0).atMs)));
        }
        noLeak(fake, *r);
    }

    // A captive portal or proxy page (HTTP 200, not JSON, not labelled JSON) is not the
    // authorization server answering: transient like a network failure, back off and retry
    // while the code is valid, like a body labelled JSON that does not parse (transient rows).
    void captivePortalPageWhilePolling_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("text/html login page") << QByteArray("text/html; charset=utf-8")
                                              << QByteArray("<html><body><form>Sign in to Wi-Fi</form></body></html>");
        QTest::newRow("no content type, empty body") << QByteArray() << QByteArray();
    }
    void captivePortalPageWhilePolling()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.approved = true;  // the first polls get the portal's page, the next one the tokens
        for (int i = 0; i < 2; ++i) {
            FaultReply page = FaultReply::json(200, body);
            page.contentType = contentType;
            fake.pollScript.enqueue(page);
        }
        const QString d = newDir();
        auto r = run(fake, d);
        QVERIFY2(!r->waitFor("signed_in", 60000).isEmpty(), qPrintable(r->eventsText()));
        QCOMPARE(r->waitForExit(), 0);
        for (const auto &e : r->events())
            QVERIFY2(e.value("event").toString() != "error", qPrintable(r->eventsText()));
        const auto p = fake.polls();
        QCOMPARE(p.size(), 3);
        // Backed off, never sooner than the interval (RFC 8628 §3.5), as measured by the server.
        for (int i = 1; i < p.size(); ++i)
            QVERIFY2(p.at(i).atMs - p.at(i - 1).atMs >= fake.interval * 1000 - 50,
                     qPrintable(QString::number(p.at(i).atMs - p.at(i - 1).atMs)));
        QVERIFY2(r->allStderr().contains("captive portal"), r->allStderr().constData());
        noLeak(fake, *r);
    }

    void captivePortalPageForTheDeviceCode()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.approved = true;
        int calls = 0;
        fake.http.on("/device/auth", [&fake, &calls](const FaultRequest &) {
            if (++calls <= 1) {
                FaultReply page = FaultReply::json(200, QByteArray("<html><body>Accept the terms</body></html>"));
                page.contentType = "text/html";
                return page;
            }
            return fake.deviceCodeAnswer();
        });
        const QString d = newDir();
        auto r = run(fake, d);
        QVERIFY2(!r->waitFor("signed_in", 60000).isEmpty(), qPrintable(r->eventsText()));
        QCOMPARE(r->waitForExit(), 0);
        QCOMPARE(fake.http.count("/device/auth"), 2);
        noLeak(fake, *r);
    }

    void neverAnswersThenRecovers()
    {
        // The poll's deadline (20 s) ends the hung request; the next poll goes out normally.
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.pollScript.enqueue(FaultReply::of(FaultReply::NeverAnswer));
        const QString d = newDir();
        auto r = run(fake, d);
        expectRecovery(fake, *r, 2, 90000);
        noLeak(fake, *r);
    }

    void slowLorisThenRecovers()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        FaultReply f = FaultReply::json(400, QByteArray(R"({"error":"authorization_pending","error_description":")")
                                                 + QByteArray(4000, 'x') + "\"}");
        f.kind = FaultReply::SlowBody;
        f.chunkEveryMs = 50;  // 4 KB at 20 B/s: far beyond the 20 s deadline
        fake.pollScript.enqueue(f);
        const QString d = newDir();
        auto r = run(fake, d);
        expectRecovery(fake, *r, 2, 90000);
        noLeak(fake, *r);
    }

    void deviceEndpointHiccupThenCode()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        int calls = 0;
        fake.http.on("/device/auth", [&fake, &calls](const FaultRequest &) {
            if (++calls <= 2)
                return FaultReply::json(503, QByteArray());
            return fake.deviceCodeAnswer();
        });
        const QString d = newDir();
        auto r = run(fake, d);
        expectRecovery(fake, *r, 1);
        QCOMPARE(fake.http.count("/device/auth"), 3);
        noLeak(fake, *r);
    }

    // ---- fatal: error event + documented exit code -------------------------------------------

    void fatal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("200 with access_denied") << 200 << QByteArray(R"({"error":"access_denied"})") << QByteArray("application/json") << "access_denied" << 3;
        QTest::newRow("200 with expired_token") << 200 << QByteArray(R"({"error":"expired_token"})") << QByteArray("application/json") << "expired_token" << 4;
        QTest::newRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})") << QByteArray("application/json") << "invalid_client" << 2;
        QTest::newRow("bare 401") << 401 << QByteArray() << QByteArray("text/plain") << "invalid_client" << 2;
        QTest::newRow("invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant"})") << QByteArray("application/json") << "invalid_grant" << 5;
        QTest::newRow("token without token_type") << 200 << QByteArray(R"({"access_token":"at-no-type-123456"})") << QByteArray("application/json") << "server" << 5;
        QTest::newRow("unknown error") << 400 << QByteArray(R"({"error":"weird_thing"})") << QByteArray("application/json") << "server" << 5;
    }
    void fatal()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, code);
        QFETCH(int, exitCode);
        FaultAuthServer fake;
        QVERIFY(fake.start());
        FaultReply f = FaultReply::json(status, body);
        f.contentType = contentType;
        fake.pollScript.enqueue(f);
        const QString d = newDir();
        auto r = run(fake, d);
        QVERIFY(!r->waitFor("user_code").isEmpty());
        expectFatal(*r, code, exitCode);
        QCOMPARE(fake.polls().size(), 1);  // stopped at once
        noLeak(fake, *r);
    }

    void errorDescriptionEchoingTheCodeIsRedacted()
    {
        // A server that quotes the device code back in its error text must not make us log it.
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.whilePending = [&fake](const FaultRequest &) {
            return FaultReply::json(400, QJsonObject{{"error", "invalid_request"},
                                                     {"error_description", "device_code " + QString(fake.deviceCode) + " is bad"}});
        };
        const QString d = newDir();
        auto r = run(fake, d);
        QVERIFY(!r->waitFor("user_code").isEmpty());
        expectFatal(*r, "server", 5);
        noLeak(fake, *r);
    }

    void wrongContentTypeWithJsonIsAccepted()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.http.on("/token", [&fake](const FaultRequest &) {
            FaultReply f = FaultReply::json(200, fake.tokens());
            f.contentType = "text/plain";
            return f;
        });
        const QString d = newDir();
        auto r = run(fake, d);
        QVERIFY(!r->waitFor("signed_in").isEmpty());
        QCOMPARE(r->waitForExit(), 0);
        noLeak(fake, *r);
    }

    void tenMegabyteBodyIsRefusedAndPollingGoesOn()
    {
        // Over the size limit: not read, and not the server's word either: poll on.
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.pollScript.enqueue(FaultReply::json(200, "{\"pad\":\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}"));
        const QString d = newDir();
        auto r = run(fake, d);
        expectRecovery(fake, *r, 2);
        const auto p = fake.polls();
        QVERIFY2(p.at(1).atMs - p.at(0).atMs >= fake.interval * 1000 - 50, qPrintable(QString::number(p.at(1).atMs - p.at(0).atMs)));
        noLeak(fake, *r);
    }

    // Discovery metadata naming a plain-http endpoint on another host (the sandbox's provider
    // cannot be made to say that): a config error naming the endpoint, before any user code.
    void plainHttpEndpointInMetadataIsAConfigError()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.http.on("/.well-known/openid-configuration",
                     FaultReply::json(200, QJsonObject{{"issuer", fake.http.base()},
                                                       {"device_authorization_endpoint", fake.http.base() + "/device/auth"},
                                                       {"token_endpoint", "http://tv-id.example.net/token"}}));
        const QString d = newDir();
        auto r = std::make_unique<LiveRun>(
            QStringList{"--headless", "--config", fake.writeConfig(d, {{"endpoints", QJsonObject{}}}), "--store",
                        d + "/store", "--log-level", "debug"},
            env(d));
        const QJsonObject err = r->waitFor("error", 60000);
        QVERIFY2(!err.isEmpty(), r->allOutput().constData());
        QCOMPARE(err.value("code").toString(), QString("config"));
        QVERIFY2(err.value("message").toString().contains("token_endpoint"), qPrintable(err.value("message").toString()));
        QCOMPARE(r->waitForExit(), 2);
        for (const auto &e : r->events())
            QVERIFY(e.value("event").toString() != QLatin1String("user_code"));
        QCOMPARE(fake.http.count("/device/auth"), 0);
    }

    void redirectOnTheTokenEndpointIsNotFollowed()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.pollScript.enqueue(FaultReply::json(307, QByteArray(), {{"Location", fake.http.url("/stolen").toEncoded()}}));
        const QString d = newDir();
        auto r = run(fake, d);
        QVERIFY(!r->waitFor("user_code").isEmpty());
        expectFatal(*r, "network", 5);
        QCOMPARE(fake.http.count("/stolen"), 0);  // redirects not followed: the device code went nowhere else
        noLeak(fake, *r);
    }

    void endlessSlowDown()
    {
        // slow_down forever: +5 s per answer (gaps measured by the server), then the code expires.
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.expiresIn = 14;
        fake.whilePending = [](const FaultRequest &) { return FaultReply::json(400, QJsonObject{{"error", "slow_down"}}); };
        const QString d = newDir();
        auto r = run(fake, d);
        QVERIFY(!r->waitFor("user_code").isEmpty());
        expectFatal(*r, "expired_token", 4);
        const auto p = fake.polls();
        QVERIFY2(p.size() >= 2 && p.size() <= 3, qPrintable(QString::number(p.size())));
        QVERIFY2(p.at(1).atMs - p.at(0).atMs >= 6000 - 50, qPrintable(QString::number(p.at(1).atMs - p.at(0).atMs)));
        if (p.size() == 3)
            QVERIFY(p.at(2).atMs - p.at(1).atMs >= 11000 - 50);
        noLeak(fake, *r);
    }

    void jwtAccessTokenClaimsArePaymentTokens()
    {
        // A JWT claim without storage_keys: only the access token's <provider>_token claim names cleeng.
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.jwtAccessToken = true;
        fake.approved = true;
        const QString d = newDir();
        auto r = run(fake, d);
        const QJsonObject pt = r->waitFor("payment_tokens");
        QCOMPARE(pt.value("providers").toVariant().toStringList(), QStringList{"cleeng"});
        QCOMPARE(r->waitForExit(), 0);
        noLeak(fake, *r);
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
