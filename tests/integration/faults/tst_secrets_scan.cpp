// Secrets scan: a whole life cycle — device-flow sign-in, a restart that refreshes, and
// sign-out — at --log-level debug, and not one issued value may appear on stdout or stderr.
// Two servers: the fake (which knows every value it issued: device code, access, refresh and
// payment tokens) and the real sandbox (whose refresh and payment tokens of both generations
// are read back from the sealed store with the platform's own store; its JWTs — ID token,
// access token of tv-app-jwt, Cleeng token — are also caught by shape).
#include "FaultServer.h"
#include "Sandbox.h"
#include "secrets/SecretStoreFactory.h"
#include "session/SessionRecord.h"

#include <QRegularExpression>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

class SecretsScanTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment env(const QString &d)
    {
        QProcessEnvironment e;
        e.insert("XDG_CACHE_HOME", d + "/cache");
        e.insert("XDG_DATA_HOME", d + "/data");
        return e;
    }
    static QStringList args(const QString &cfg, const QString &d, bool signOut = false)
    {
        QStringList a{signOut ? "--sign-out" : "--headless", "--config", cfg, "--store", d + "/store", "--log-level", "debug"};
        return a;
    }
    static std::optional<SessionRecord> stored(const QString &d)
    {
        StoreOptions o;
        o.dir = d + "/store";
        o.preferKeychain = false;
        QString err;
        auto store = openSecretStore(o, &err);
        if (!store)
            return std::nullopt;
        const SecretRead r = store->read(SessionRecord::kEntryName);
        return r.status == SecretRead::Found ? SessionRecord::fromBytes(r.value, nullptr) : std::nullopt;
    }
    static QStringList secretsOf(const SessionRecord &rec)
    {
        QStringList out{rec.refreshToken};
        for (const auto &p : rec.paymentTokens)
            out << p.token;
        return out;
    }
    static QStringList found(const QByteArray &text, const QStringList &secrets)
    {
        QStringList out;
        for (const QString &s : secrets)
            if (!s.isEmpty() && text.contains(s.toUtf8()))
                out << s.left(8) + "...";
        // Any JWT at all (header.payload of a JSON object): tvpair prints none.
        static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}"));
        const auto m = jwt.match(QString::fromUtf8(text));
        if (m.hasMatch())
            out << "a JWT: " + m.captured(0).left(12) + "...";
        return out;
    }

private slots:
    void fakeServerLifeCycle()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.approved = true;
        const QString d = m_dir.path() + "/fake";
        const QString cfg = fake.writeConfig(d, {{"client_secret", "scan-secret-123456"}});
        QByteArray all;
        {
            LiveRun r(args(cfg, d), env(d));
            QVERIFY(!r.waitFor("signed_in").isEmpty());
            QCOMPARE(r.waitForExit(), 0);
            all += r.allOutput();
        }
        {
            LiveRun r(args(cfg, d), env(d));  // restart: silent refresh, rotation
            QCOMPARE(r.waitFor("signed_in").value("method").toString(), QString("refresh_token"));
            QCOMPARE(r.waitForExit(), 0);
            all += r.allOutput();
        }
        {
            LiveRun r(args(cfg, d, true), env(d));
            QCOMPARE(r.waitForExit(), 0);
            all += r.allOutput();
        }
        QCOMPARE(fake.http.count("/token/revocation"), 1);
        QVERIFY(fake.issuedSecrets.size() >= 8);  // 1 device code + 2 x (access, refresh, 2 payment)
        QVERIFY2(all.contains("[debug]"), "debug logging was not on");
        const QStringList leaks = found(all, fake.issuedSecrets + QStringList{"scan-secret-123456"});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", ")));
    }

    // The suite runs every tvpair at debug level through $TVPAIR_LOG_LEVEL (tests/run-all.sh);
    // --log-level wins over it; a bad value is one clear line and exit 2.
    void logLevelFromTheEnvironment()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.approved = true;
        const QString d = m_dir.path() + "/loglevel";
        const QString cfg = fake.writeConfig(d);
        const QStringList base{"--headless", "--config", cfg, "--store", d + "/store"};
        QProcessEnvironment e = env(d);
        e.insert("TVPAIR_LOG_LEVEL", "debug");
        {
            LiveRun r(base, e);
            QCOMPARE(r.waitForExit(), 0);
            QVERIFY2(r.allStderr().contains("[debug]"), r.allStderr().constData());
            QVERIFY(fake.leaked(r.allOutput()).isEmpty());
        }
        {
            LiveRun r(QStringList{"--sign-out", "--config", cfg, "--store", d + "/store", "--log-level", "error"}, e);
            QCOMPARE(r.waitForExit(), 0);
            QVERIFY2(!r.allStderr().contains("[debug]"), r.allStderr().constData());
        }
        e.insert("TVPAIR_LOG_LEVEL", "verbose");
        {
            LiveRun r(base, e);
            QCOMPARE(r.waitForExit(), 2);
            const QByteArray err = r.allStderr().trimmed();
            QVERIFY2(err.contains("TVPAIR_LOG_LEVEL") && err.contains("verbose") && !err.contains('\n'), err.constData());
        }
    }

    void sandboxLifeCycle_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::newRow("tv-app (opaque access token)") << "tv-app";
        QTest::newRow("tv-app-jwt (JWT access token)") << "tv-app-jwt";
    }
    void sandboxLifeCycle()
    {
        QFETCH(QString, clientId);
        const Sandbox s = Sandbox::fixture();
        const QString d = m_dir.path() + "/sandbox-" + clientId;
        QDir().mkpath(d);
        const QString cfg = s.writeConfig(d, {{"client_id", clientId}});
        QByteArray all;
        QStringList secrets;
        {
            TvpairRun r(args(cfg, d), env(d));
            const QJsonObject code = r.waitFor("user_code");
            QVERIFY(!code.isEmpty());
            s.post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
            QVERIFY(!r.waitFor("entitlements").isEmpty());
            QCOMPARE(r.waitForExit(), 0);
            all += r.allStdout() + r.allStderr();
        }
        const auto first = stored(d);
        QVERIFY(first && !first->refreshToken.isEmpty() && !first->paymentTokens.isEmpty());
        secrets << secretsOf(*first);
        {
            TvpairRun r(args(cfg, d), env(d));
            QCOMPARE(r.waitFor("signed_in").value("method").toString(), QString("refresh_token"));
            QCOMPARE(r.waitForExit(), 0);
            all += r.allStdout() + r.allStderr();
        }
        const auto second = stored(d);
        QVERIFY(second && second->refreshToken != first->refreshToken);  // rotated and stored
        secrets << secretsOf(*second);
        {
            TvpairRun r(args(cfg, d, true), env(d));
            QCOMPARE(r.waitForExit(), 0);
            all += r.allStdout() + r.allStderr();
        }
        QVERIFY(!stored(d));
        QVERIFY2(all.contains("[debug]"), "debug logging was not on");
        const QStringList leaks = found(all, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", ")));
    }
};

QTEST_GUILESS_MAIN(SecretsScanTest)
#include "tst_secrets_scan.moc"
