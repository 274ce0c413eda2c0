// Headless sign-in against the real sandbox: approved, denied, expired, slow_down
// (gaps measured in the sandbox's own request log), 5xx, and silent sign-in on a second run.
#include "Sandbox.h"

#include <QtTest>

using namespace tvpair::test;

class HeadlessTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList args(const QString &config, const QString &store, const QStringList &extra = {})
    {
        return QStringList{"--headless", "--config", config, "--store", store, "--log-level", "debug"} + extra;
    }
    QProcessEnvironment env() { return isolatedAppEnv(m_dir.path()); }
    // Poll records of the device-code grant in the sandbox's log, oldest first.
    static QList<QJsonObject> polls(const Sandbox &s)
    {
        QList<QJsonObject> out;
        for (const auto &v : s.requestLog()) {
            const QJsonObject o = v.toObject();
            if (o.value("path").toString() == "/token"
                && o.value("grant_type").toString() == "urn:ietf:params:oauth:grant-type:device_code")
                out << o;
        }
        return out;
    }

private slots:
    void approvedThenSilent()
    {
        const Sandbox s = Sandbox::fixture();
        const QString dir = m_dir.path() + "/approved";
        QDir().mkpath(dir);
        const QString cfg = s.writeConfig(dir);
        {
            TvpairRun run(args(cfg, dir + "/store"), env());
            const QJsonObject code = run.waitFor("user_code");
            QVERIFY2(!code.isEmpty(), run.allStderr().constData());
            QVERIFY(!code.value("user_code").toString().isEmpty());
            QCOMPARE(code.value("verification_uri").toString(), s.issuer + "/device");
            QVERIFY(code.value("verification_uri_complete").toString().startsWith(s.issuer + "/device?user_code="));
            QVERIFY(code.value("expires_in").toInt() > 0);
            int status = 0;
            s.post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}}, &status);
            QCOMPARE(status, 200);
            const QJsonObject signedIn = run.waitFor("signed_in");
            QCOMPARE(signedIn.value("subject").toString(), QString("alice"));
            QCOMPARE(signedIn.value("method").toString(), QString("device_code"));
            const QJsonObject tokens = run.waitFor("payment_tokens");
            const QStringList providers = tokens.value("providers").toVariant().toStringList();
            QVERIFY2(providers.contains("cleeng") && providers.contains("inplayer") && providers.contains("mpx"),
                     qPrintable(providers.join(',')));
            const QJsonObject ents = run.waitFor("entitlements");
            QCOMPARE(ents.value("provider").toString(), QString("cleeng"));
            QVERIFY(!ents.value("items").toArray().isEmpty());
            QCOMPARE(run.waitForExit(), 0);
            // Names only: no event carries a token value.
            for (const auto &e : run.events())
                QVERIFY(!e.contains("token") && !e.contains("access_token") && !e.contains("refresh_token"));
        }
        {
            // Second run: the stored refresh token signs in without a new user code.
            TvpairRun run(args(cfg, dir + "/store"), env());
            const QJsonObject signedIn = run.waitFor("signed_in");
            QCOMPARE(signedIn.value("method").toString(), QString("refresh_token"));
            QCOMPARE(signedIn.value("subject").toString(), QString("alice"));
            QCOMPARE(run.waitForExit(), 0);
            for (const auto &e : run.events())
                QVERIFY(e.value("event").toString() != "user_code");
        }
        {
            // Sign-out revokes and wipes; the next run needs a new code.
            TvpairRun out(QStringList{"--sign-out", "--config", cfg, "--store", dir + "/store"}, env());
            QCOMPARE(out.waitForExit(), 0);
            TvpairRun again(args(cfg, dir + "/store"), env());
            QVERIFY(!again.waitFor("user_code").isEmpty());
        }
    }

    void jwksCachedAcrossRuns()
    {
        // RFC 7234 cache: the keys that verified the ID token are kept on disk; a restart fetches no /jwks.
        auto s = Sandbox::startPrivate({"--interval", "1"});
        QVERIFY(s);
        const QString dir = m_dir.path() + "/jwkscache";
        QDir().mkpath(dir);
        const QString cfg = s->writeConfig(dir);
        auto jwksFetches = [&]() {
            int n = 0;
            for (const auto &v : s->requestLog())
                n += v.toObject().value("path").toString() == "/jwks";
            return n;
        };
        {
            TvpairRun run(args(cfg, dir + "/store"), env());
            const QJsonObject code = run.waitFor("user_code");
            QVERIFY(!code.isEmpty());
            s->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
            QCOMPARE(run.waitForExit(), 0);
        }
        QCOMPARE(jwksFetches(), 1);
        {
            TvpairRun run(args(cfg, dir + "/store"), env());
            QCOMPARE(run.waitFor("signed_in").value("method").toString(), QString("refresh_token"));
            QCOMPARE(run.waitForExit(), 0);
        }
        QCOMPARE(jwksFetches(), 1);
    }

    void denied()
    {
        const Sandbox s = Sandbox::fixture();
        const QString dir = m_dir.path() + "/denied";
        QDir().mkpath(dir);
        TvpairRun run(args(s.writeConfig(dir), dir + "/store"), env());
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY(!code.isEmpty());
        s.post("/test/deny", {{"user_code", code.value("user_code")}});
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("access_denied"));
        QVERIFY(!err.value("message").toString().isEmpty());
        QCOMPARE(run.waitForExit(), 3);
    }

    // The error sentence in the viewer's language: German for a German locale, the code and
    // the exit code unchanged.
    void deniedInGerman()
    {
        const Sandbox s = Sandbox::fixture();
        const QString dir = m_dir.path() + "/denied-de";
        QDir().mkpath(dir);
        QProcessEnvironment e = env();
        e.insert("LANGUAGE", "de");
        e.insert("LANG", "de_DE.UTF-8");
        e.insert("LC_ALL", "de_DE.UTF-8");
        TvpairRun run(args(s.writeConfig(dir), dir + "/store"), e);
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY(!code.isEmpty());
        s.post("/test/deny", {{"user_code", code.value("user_code")}});
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("access_denied"));
        QCOMPARE(err.value("message").toString(), QString::fromUtf8("Die Anmeldung wurde am Handy abgelehnt."));
        QCOMPARE(run.waitForExit(), 3);
    }

    void expiredExits4()
    {
        auto s = Sandbox::startPrivate({"--device-ttl", "3", "--interval", "1"});
        QVERIFY(s);
        const QString dir = m_dir.path() + "/expired";
        QDir().mkpath(dir);
        TvpairRun run(args(s->writeConfig(dir), dir + "/store"), env());
        QVERIFY(!run.waitFor("user_code").isEmpty());
        const QJsonObject err = run.waitFor("error", 20000);
        QCOMPARE(err.value("code").toString(), QString("expired_token"));
        QCOMPARE(run.waitForExit(), 4);
    }

    void expiredKeepTryingGetsNewCode()
    {
        auto s = Sandbox::startPrivate({"--device-ttl", "3", "--interval", "1"});
        QVERIFY(s);
        const QString dir = m_dir.path() + "/keeptrying";
        QDir().mkpath(dir);
        TvpairRun run(args(s->writeConfig(dir), dir + "/store", {"--keep-trying"}), env());
        const QJsonObject first = run.waitFor("user_code");
        const QJsonObject second = run.waitFor("user_code", 20000);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first.value("user_code") != second.value("user_code"));
        s->post("/test/approve", {{"user_code", second.value("user_code")}, {"account", "bob"}});
        QCOMPARE(run.waitFor("signed_in").value("subject").toString(), QString("bob"));
    }

    void slowDownAddsFiveSeconds()
    {
        auto s = Sandbox::startPrivate({"--interval", "1"});
        QVERIFY(s);
        const QString dir = m_dir.path() + "/slowdown";
        QDir().mkpath(dir);
        TvpairRun run(args(s->writeConfig(dir), dir + "/store"), env());
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY(!code.isEmpty());
        s->post("/test/slow-down", {{"count", 1}});
        // Wait until the server saw three polls: slow_down, then two at the new interval.
        QTRY_VERIFY_WITH_TIMEOUT(polls(*s).size() >= 3, 30000);
        s->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
        QVERIFY(!run.waitFor("signed_in").isEmpty());
        const auto p = polls(*s);
        QCOMPARE(p.at(0).value("status").toInt(), 400);  // the injected slow_down
        const double gap1 = p.at(1).value("t_ms").toDouble() - p.at(0).value("t_ms").toDouble();
        const double gap2 = p.at(2).value("t_ms").toDouble() - p.at(1).value("t_ms").toDouble();
        // interval 1 s + 5 s for slow_down, for this and all later polls (RFC 8628 §3.5).
        QVERIFY2(gap1 >= 6000, qPrintable(QString::number(gap1)));
        QVERIFY2(gap2 >= 6000, qPrintable(QString::number(gap2)));
    }

    void serverErrorsAreNotTerminal()
    {
        auto s = Sandbox::startPrivate({"--interval", "1"});
        QVERIFY(s);
        const QString dir = m_dir.path() + "/fivexx";
        QDir().mkpath(dir);
        TvpairRun run(args(s->writeConfig(dir), dir + "/store"), env());
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY(!code.isEmpty());
        s->post("/test/fail", {{"path", "/token"}, {"count", 2}, {"status", 503}, {"retry_after", 1}});
        QTRY_VERIFY_WITH_TIMEOUT(polls(*s).size() >= 3, 30000);
        s->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
        QCOMPARE(run.waitFor("signed_in").value("subject").toString(), QString("alice"));
        QCOMPARE(run.waitForExit(), 0);
    }

    void runsWithoutTheUiModule()
    {
        // Headless never maps Qt Gui: the window is libtvpair_ui.so, loaded only when one opens.
        // A tvpair copied away from it still signs in headless; asked for a window it stops with
        // one line that names the missing module, instead of crashing or falling back silently.
        const Sandbox s = Sandbox::fixture();
        const QString dir = m_dir.path() + "/nomodule";
        QDir().mkpath(dir + "/bin");
        const QString bin = dir + "/bin/tvpair";
        QVERIFY(QFile::copy(QStringLiteral(TVPAIR_BIN), bin));
        const QString cfg = s.writeConfig(dir);
        {
            TvpairRun run(args(cfg, dir + "/store"), env(), bin);
            const QJsonObject code = run.waitFor("user_code");
            QVERIFY2(!code.value("user_code").toString().isEmpty(), run.allStderr().constData());
        }
        // What a headless run maps (the real binary, with its modules beside it): Qt Network and
        // no library of the window (Qt Gui, Quick, Qml) or of the OS keychain (QtKeychain, Qt
        // DBus, libdbus): their dynamic linking was most of a headless start to the user code.
        {
            TvpairRun run(args(cfg, dir + "/store-maps"), env());
            QVERIFY2(!run.waitFor("user_code").isEmpty(), run.allStderr().constData());
            QFile maps(QStringLiteral("/proc/%1/maps").arg(run.process().processId()));
            QVERIFY(maps.open(QIODevice::ReadOnly));
            const QByteArray mapped = maps.readAll();
            QVERIFY2(mapped.contains("/libQt6Network.so"), mapped.constData());
            for (const char *lib : {"/libQt6Gui.so", "/libQt6Quick.so", "/libQt6Qml.so", "/libqt6keychain.so",
                                    "/libQt6DBus.so", "/libdbus-1.so", "/libtvpair_ui.so", "/libtvpair_keychain.so"})
                QVERIFY2(!mapped.contains(lib), lib);
        }
#ifdef TVPAIR_TEST_UI_MODULE
        QProcessEnvironment uiEnv = env();
        uiEnv.insert("QT_QPA_PLATFORM", "offscreen");
        TvpairRun ui({"--config", cfg, "--store", dir + "/store-ui"}, uiEnv, bin);
        QCOMPARE(ui.waitForExit(30000), 2);
        const QList<QByteArray> lines = ui.allStderr().trimmed().split('\n');
        QVERIFY2(lines.size() == 1 && lines.first().contains("libtvpair_ui.so not found"), ui.allStderr().constData());
#endif
    }

    void coldStartAsksBothOnOneConnection()
    {
        // A cold start's discovery GET and device authorization POST go to the same server: the
        // POST must not open a second connection beside the GET's kept-alive one (its TCP and, on
        // https, TLS set-up would sit between the two round trips). At the user_code line the
        // process holds one socket to the server (/proc/<pid>/fd and net/tcp).
        const Sandbox s = Sandbox::fixture();
        const QString dir = m_dir.path() + "/oneconnection";
        QDir().mkpath(dir);
        QProcessEnvironment e = env();
        e.insert("XDG_CACHE_HOME", dir + "/cache");  // cold: discovery, then the device authorization
        TvpairRun run(args(s.writeConfig(dir), dir + "/store"), e);
        QVERIFY2(!run.waitFor("user_code").isEmpty(), run.allStderr().constData());
        const QStringList conns = tcpConnectionsTo(run.process().processId(), s.port);
        QVERIFY2(conns.size() == 1, qPrintable(conns.join(' ')));
        // The discovery cache is written on a pool thread, no longer before the POST: it still
        // arrives (the wait is generous; nothing here is timed).
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir + "/cache/tvpair").entryList({"metadata-*.json"}, QDir::Files).isEmpty(), 30000);
    }

    // The process's TCP sockets whose remote port is `port` ("local->remote" per socket).
    static QStringList tcpConnectionsTo(qint64 pid, int port)
    {
        QSet<QByteArray> inodes;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        for (const QString &fd : QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = QFile::symLinkTarget(fdDir + "/" + fd);
            if (target.contains("socket:["))
                inodes.insert(target.section('[', 1).chopped(1).toLatin1());
        }
        QStringList found;
        QFile tcp(QStringLiteral("/proc/%1/net/tcp").arg(pid));
        if (!tcp.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read /proc/<pid>/net/tcp")};
        for (const QByteArray &line : tcp.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 10 || !inodes.contains(f.at(9)))
                continue;
            if (f.at(2).split(':').value(1).toInt(nullptr, 16) == port)
                found << QString::fromLatin1(f.at(1) + "->" + f.at(2));
        }
        return found;
    }

    void defaultIntervalIsFiveSeconds()
    {
        // The one test on the real default: the server sends no interval (RFC 8628 §3.2: 5 s).
        auto s = Sandbox::startPrivate({"--no-interval"});
        QVERIFY(s);
        const QString dir = m_dir.path() + "/nointerval";
        QDir().mkpath(dir);
        TvpairRun run(args(s->writeConfig(dir), dir + "/store"), env());
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY(!code.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(polls(*s).size() >= 2, 30000);
        const auto p = polls(*s);
        const double gap = p.at(1).value("t_ms").toDouble() - p.at(0).value("t_ms").toDouble();
        QVERIFY2(gap >= 5000, qPrintable(QString::number(gap)));
    }
};

QTEST_GUILESS_MAIN(HeadlessTest)
#include "tst_headless.moc"
