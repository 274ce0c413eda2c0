// Who the viewer is (config `identity`), end to end through the real tvpair binary against
// FaultAuthServer: the subject from a JWT access token or a token-response property, the
// display name and customer number from the token response or UserInfo (fetched even without
// a payment provider), printed in `signed_in` as additive keys; nothing issued leaks.
#include "FaultServer.h"

#include <QtTest>

using namespace tvpair::test;

class HeadlessIdentityTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<LiveRun> run(FaultAuthServer &fake, const QJsonObject &overrides)
    {
        const QString d = m_dir.path() + QStringLiteral("/run%1").arg(++m_n);
        QDir().mkpath(d);
        QProcessEnvironment e;
        e.insert("XDG_CACHE_HOME", d + "/cache");
        e.insert("XDG_DATA_HOME", d + "/data");
        return std::make_unique<LiveRun>(QStringList{"--headless", "--config", fake.writeConfig(d, overrides), "--store",
                                                     d + "/store", "--log-level", "debug"},
                                         e);
    }
    static QJsonObject endpoints(const FaultAuthServer &fake, bool userinfo)
    {
        QJsonObject e{{"device_authorization", fake.http.base() + "/device/auth"},
                      {"token", fake.http.base() + "/token"},
                      {"revocation", fake.http.base() + "/token/revocation"}};
        if (userinfo)
            e.insert("userinfo", fake.http.base() + "/userinfo");
        return e;
    }
    QJsonObject signIn(FaultAuthServer &fake, LiveRun &r)
    {
        fake.approved = true;
        const QJsonObject ev = r.waitFor("signed_in", 60000);
        if (ev.isEmpty())
            qWarning("%s", r.allOutput().constData());
        [&]() { QCOMPARE(r.waitForExit(), 0); }();
        const QStringList leaks = fake.leaked(r.allOutput());
        [&]() { QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", "))); }();
        return ev;
    }

private slots:
    void accessTokenSubjectAndUserInfoNames()
    {
        FaultAuthServer fake;
        fake.jwtAccessToken = true;  // its sub is "alice"
        QVERIFY(fake.start());
        fake.http.on("/userinfo", FaultReply::json(200, QJsonObject{{"sub", "alice"}, {"name", "Alice Example"},
                                                                    {"customer_no", 4711}}));
        auto r = run(fake, {{"scope", "tv_read"},
                            {"endpoints", endpoints(fake, true)},
                            {"identity", QJsonObject{{"subject", "access_token"},
                                                     {"display_name", QJsonArray{"nickname", "name"}},
                                                     {"customer_number", "customer_no"}}}});
        const QJsonObject ev = signIn(fake, *r);
        QCOMPARE(ev.value("subject").toString(), QString("alice"));
        QCOMPARE(ev.value("display_name").toString(), QString("Alice Example"));
        QCOMPARE(ev.value("customer_number").toString(), QString("4711"));
        QCOMPARE(ev.value("method").toString(), QString("device_code"));
        // UserInfo was asked with the access token, without any payment provider configured.
        QCOMPARE(fake.http.count("/userinfo"), 1);
        for (const FaultRequest &req : fake.http.requests) {
            if (req.path == "/userinfo")
                QVERIFY(req.header("authorization").startsWith("Bearer "));
        }
    }

    void tokenResponsePropertyWins()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        // The token answer carries the guest's name (as Paytronix's `username` does).
        fake.http.on("/token", [&fake](const FaultRequest &) {
            QJsonObject o = fake.tokens();
            o.insert("username", "guest.jane");
            o.insert("customer", QJsonObject{{"nested", true}});  // not a name: skipped
            return FaultReply::json(200, o);
        });
        fake.http.on("/userinfo", FaultReply::json(200, QJsonObject{{"sub", "x"}, {"username", "from-userinfo"}}));
        auto r = run(fake, {{"scope", "account_read user_read"},
                            {"endpoints", endpoints(fake, false)},
                            {"identity", QJsonObject{{"subject", "token_response:username"},
                                                     {"display_name", QJsonArray{"username"}},
                                                     {"customer_number", "customer"}}}});
        const QJsonObject ev = signIn(fake, *r);
        QCOMPARE(ev.value("subject").toString(), QString("guest.jane"));
        QCOMPARE(ev.value("display_name").toString(), QString("guest.jane"));
        QVERIFY(!ev.contains("customer_number"));
        QCOMPARE(fake.http.count("/userinfo"), 0);  // no userinfo endpoint configured or discovered
    }

    void withoutIdentityTheEventIsUnchanged()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        auto r = run(fake, {});
        const QJsonObject ev = signIn(fake, *r);
        QCOMPARE(QStringList(ev.keys()), QStringList({"event", "method", "subject"}));
    }
};

QTEST_GUILESS_MAIN(HeadlessIdentityTest)
#include "tst_headless_identity.moc"
