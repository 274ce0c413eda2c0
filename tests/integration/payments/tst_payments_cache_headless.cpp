// Headless runs of tvpair against a private sandbox (docs/headless-events.md): the lists of a
// signed-in run are cached; a restart with the payment emulator failing prints them with
// "stale":true (one products and one entitlements event, one payment_provider error, exit 5); a
// restart with the provider up prints the live lists only, without "stale"; sign-out wipes them.
#include "Sandbox.h"

#include <QDirIterator>
#include <QtTest>

using namespace tvpair::test;

namespace {

QList<QJsonObject> named(const QList<QJsonObject> &events, const QString &name)
{
    QList<QJsonObject> out;
    for (const auto &e : events) {
        if (e.value("event").toString() == name)
            out << e;
    }
    return out;
}

}  // namespace

class TestPaymentsCacheHeadless : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList args(const QString &config, const QStringList &extra = {})
    {
        return QStringList{"--headless", "--config", config, "--store", m_dir.path() + "/store", "--log-level", "info"}
            + extra;
    }
    QProcessEnvironment env() { return isolatedAppEnv(m_dir.path()); }
    QStringList cacheFiles()
    {
        QStringList out;
        QDirIterator it(m_dir.path() + "/cache", {"payments-*"}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

private slots:
    void staleListsWhenTheProviderFails()
    {
        QVERIFY(m_dir.isValid());
        auto s = Sandbox::startPrivate({"--interval", "1"});
        QVERIFY2(s, "the private sandbox did not start");
        const QString cfg = s->writeConfig(m_dir.path());

        QJsonArray products, entitlements;
        {
            TvpairRun run(args(cfg), env());
            const QJsonObject code = run.waitFor("user_code");
            QVERIFY2(!code.isEmpty(), run.allStderr().constData());
            s->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}});
            QCOMPARE(run.waitForExit(), 0);
            const auto p = named(run.events(), "products");
            const auto e = named(run.events(), "entitlements");
            QCOMPARE(p.size(), 1);
            QCOMPARE(e.size(), 1);
            QVERIFY(!p.at(0).contains("stale") && !e.at(0).contains("stale"));
            products = p.at(0).value("items").toArray();
            entitlements = e.at(0).value("items").toArray();
            QCOMPARE(entitlements.size(), 5);  // alice: two pages of /customers/{id}/offers
        }
        QCOMPARE(cacheFiles().size(), 2);

        {
            // The payment emulator down (every /payments/cleeng request answers 503).
            int status = 0;
            s->post("/test/fail", {{"path", "/payments/cleeng"}, {"status", 503}, {"count", 1000}}, &status);
            QCOMPARE(status, 200);
            TvpairRun run(args(cfg), env());
            QCOMPARE(run.waitForExit(), 5);
            s->post("/test/reset", {});
            QCOMPARE(named(run.events(), "signed_in").value(0).value("method").toString(), QStringLiteral("refresh_token"));
            const auto p = named(run.events(), "products");
            const auto e = named(run.events(), "entitlements");
            QCOMPARE(p.size(), 1);  // one event per list and provider, the cached one
            QCOMPARE(e.size(), 1);
            QCOMPARE(e.at(0).value("provider").toString(), QStringLiteral("cleeng"));
            QCOMPARE(e.at(0).value("stale"), QJsonValue(true));
            QCOMPARE(e.at(0).value("items").toArray(), entitlements);
            QCOMPARE(p.at(0).value("stale"), QJsonValue(true));
            QCOMPARE(p.at(0).value("items").toArray(), products);
            const auto errors = named(run.events(), "error");
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.at(0).value("code").toString(), QStringLiteral("payment_provider"));
            // The order of the contract: signed_in, then the lists.
            const int signedIn = int(run.events().indexOf(named(run.events(), "signed_in").value(0)));
            QVERIFY(signedIn >= 0 && run.events().indexOf(e.at(0)) > signedIn);
        }
        QCOMPARE(cacheFiles().size(), 2);  // a failure keeps the last good lists

        {
            // The provider back: the live lists only (the cached ones the controller shows at start
            // are for the UI; headless prints one event per list).
            TvpairRun run(args(cfg), env());
            QCOMPARE(run.waitForExit(), 0);
            const auto p = named(run.events(), "products");
            const auto e = named(run.events(), "entitlements");
            QCOMPARE(p.size(), 1);
            QCOMPARE(e.size(), 1);
            QVERIFY(!p.at(0).contains("stale"));
            QVERIFY(!e.at(0).contains("stale"));
            QCOMPARE(e.at(0).value("items").toArray(), entitlements);
            QVERIFY(named(run.events(), "error").isEmpty());
        }

        {
            TvpairRun out(QStringList{"--sign-out", "--config", cfg, "--store", m_dir.path() + "/store"}, env());
            QCOMPARE(out.waitForExit(), 0);
            QVERIFY2(cacheFiles().isEmpty(), qPrintable(cacheFiles().join(' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentsCacheHeadless)
#include "tst_payments_cache_headless.moc"
