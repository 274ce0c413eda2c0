// Buy on your phone, headless: `--watch-purchase` against the real sandbox. The scripted phone
// buys from the printed checkout URL; the run prints entitlement_granted and exits 0 with no
// provider call after it; a 401 while watching gets one session refresh; a watch that sees no
// purchase ends with exit 4 when its bound runs out, having asked politely (counted from the
// sandbox's request log, not timed).
#include "Sandbox.h"
#include "ScriptedBrowser.h"

#include <QtTest>

using namespace tvpair::test;

namespace {

// The watch's test schedule: first question after 200 ms, the interval doubling to 2 s.
constexpr int kFirstMs = 200;

QString checkoutTemplate(const QString &issuer, const QString &provider)
{
    return issuer + "/checkout/" + provider + "?offer={offer_id}&customer={customer_id}&lang={locale}";
}

}  // namespace

class WatchPurchaseTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;

    QProcessEnvironment env()
    {
        QProcessEnvironment e = isolatedAppEnv(m_dir.path());
        e.insert("TVPAIR_PURCHASE_WATCH_INTERVAL_MS", QString::number(kFirstMs));
        e.insert("LC_ALL", "de_DE.UTF-8");  // {locale} = de-DE
        return e;
    }
    QStringList args(const QString &config, const QString &store, const QString &product)
    {
        return {"--headless", "--config", config, "--store", store, "--log-level", "info", "--watch-purchase", product};
    }
    // Signed in: silently with the store's refresh token, or by a device code approved at the
    // sandbox for `account`.
    static bool approveIfAsked(TvpairRun &run, const Sandbox &s, const QString &account)
    {
        bool approved = false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            run.allStderr();  // reads what the run printed so far
            for (const auto &e : run.events()) {
                const QString name = e.value("event").toString();
                if (name == "signed_in")
                    return true;
                if (name == "user_code" && !approved) {
                    s.post("/test/approve", {{"user_code", e.value("user_code")}, {"account", account}});
                    approved = true;
                }
            }
            if (!run.running())
                return false;
            QTest::qWait(50);
        }
        return false;
    }
    // Provider requests in the log from index `from` on (paths under /payments/<provider>).
    QList<QJsonObject> providerRequests(const QString &provider, qsizetype from = 0) const
    {
        QList<QJsonObject> out;
        const QJsonArray log = m_sandbox->requestLog();
        for (qsizetype i = from; i < log.size(); ++i) {
            const QJsonObject o = log.at(i).toObject();
            if (o.value("path").toString().startsWith("/payments/" + provider + "/"))
                out << o;
        }
        return out;
    }
    qsizetype logSize() const { return m_sandbox->requestLog().size(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = Sandbox::startPrivate({"--checkout-delay", "500"});
        QVERIFY(m_sandbox);
    }

    // The phone buys Cleeng's Cinema Monthly from the printed URL; the payment token expires
    // while watching (one refresh, the watch goes on); access shows, the run ends at once.
    void boughtOnThePhone()
    {
        const Sandbox &s = *m_sandbox;
        const QString dir = m_dir.path() + "/cleeng";
        QDir().mkpath(dir);
        const QString cfg = s.writeConfig(dir, {},
                                          {{"provider", "cleeng"}, {"publisher_id", "123456789"},
                                           {"base_url", s.issuer + "/payments/cleeng"},
                                           {"checkout_url", checkoutTemplate(s.issuer, "cleeng")},
                                           {"purchase_watch_seconds", 300}});
        const QString offer = "S100000008_NL";
        TvpairRun run(args(cfg, dir + "/store", offer), env());
        QVERIFY2(approveIfAsked(run, s, "alice"), run.allStderr().constData());
        const QJsonObject checkout = run.waitFor("checkout_url");
        QVERIFY2(!checkout.isEmpty(), run.allStderr().constData());
        QCOMPARE(checkout.value("provider").toString(), QString("cleeng"));
        QCOMPARE(checkout.value("product_id").toString(), offer);
        const QString url = checkout.value("url").toString();
        QCOMPARE(url, s.issuer + "/checkout/cleeng?offer=S100000008_NL&customer=700000001&lang=de-DE");
        QCOMPARE(checkout.keys().size(), 4);

        // The TV is asking about that one offer, and is told "not yet".
        const QString accessPath = "/payments/cleeng/entitlements/" + offer;
        auto asked = [&]() {
            int n = 0;
            for (const auto &r : providerRequests("cleeng"))
                n += r.value("path").toString() == accessPath;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(asked() >= 2, 60000);

        // The payment token expires: the next question gets a 401, one refresh renews it.
        const qsizetype beforeExpiry = logSize();
        s.post("/test/expire-payment-tokens", {});
        auto sawRefreshAndRetry = [&]() {
            bool unauthorized = false, refreshed = false, retried = false;
            const QJsonArray log = s.requestLog();
            for (qsizetype i = beforeExpiry; i < log.size(); ++i) {
                const QJsonObject o = log.at(i).toObject();
                if (o.value("path").toString() == accessPath && o.value("status").toInt() == 401)
                    unauthorized = true;
                else if (unauthorized && o.value("grant_type").toString() == "refresh_token" && o.value("status").toInt() == 200)
                    refreshed = true;
                else if (refreshed && o.value("path").toString() == accessPath && o.value("status").toInt() == 200)
                    retried = true;
            }
            return unauthorized && refreshed && retried;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawRefreshAndRetry(), 60000);
        for (const auto &e : run.events())
            QVERIFY(e.value("event").toString() != "entitlement_granted" && e.value("event").toString() != "error");

        // The phone: open the URL, press Buy.
        ScriptedBrowser phone;
        const Page offerPage = phone.request("GET", QUrl(url));
        QCOMPARE(offerPage.status, 200);
        QVERIFY(offerPage.body.contains("Cinema Monthly"));
        const QUrl buy = ScriptedBrowser::formAction(offerPage, "buy");
        QVERIFY(buy.isValid());
        const QByteArray form = "offer=" + QUrl::toPercentEncoding(ScriptedBrowser::hiddenValue(offerPage, "offer"))
            + "&account=" + QUrl::toPercentEncoding(ScriptedBrowser::hiddenValue(offerPage, "account"));
        QCOMPARE(ScriptedBrowser::hiddenValue(offerPage, "account"), QString("alice"));
        const Page bought = phone.request("POST", buy, form);
        QCOMPARE(bought.status, 200);
        QVERIFY(bought.body.contains("id=\"bought\""));

        const QJsonObject granted = run.waitFor("entitlement_granted", 120000);
        QVERIFY2(!granted.isEmpty(), run.allStderr().constData());
        QCOMPARE(granted.value("provider").toString(), QString("cleeng"));
        QCOMPARE(granted.value("product_id").toString(), offer);
        QCOMPARE(run.waitForExit(), 0);
        QCOMPARE(run.events().last().value("event").toString(), QString("entitlement_granted"));
        // The answer that granted was the last provider call: nothing after it.
        const auto all = providerRequests("cleeng");
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.last().value("path").toString(), accessPath);
        QCOMPARE(all.last().value("status").toInt(), 200);
        const qsizetype afterExit = providerRequests("cleeng").size();
        QTest::qWait(3 * kFirstMs * 10);  // longer than the watch's longest interval
        QCOMPARE(providerRequests("cleeng").size(), afterExit);
        // No event carries a token; the URL carries only the template's values.
        for (const auto &e : run.events())
            QVERIFY(!e.contains("token"));
    }

    // A held product is not offered again: granted at once, no checkout URL, no watch.
    void heldProductIsNotOffered()
    {
        const Sandbox &s = *m_sandbox;
        const QString dir = m_dir.path() + "/cleeng";  // the store of boughtOnThePhone: silent sign-in
        const QString cfg = dir + "/config.json";
        const qsizetype from = logSize();
        TvpairRun run(args(cfg, dir + "/store", "S100000001_NL"), env());
        QVERIFY2(approveIfAsked(run, s, "alice"), run.allStderr().constData());
        QCOMPARE(run.waitFor("entitlement_granted").value("product_id").toString(), QString("S100000001_NL"));
        QCOMPARE(run.waitForExit(), 0);
        for (const auto &e : run.events())
            QVERIFY(e.value("event").toString() != "checkout_url");
        for (const auto &r : providerRequests("cleeng", from))
            QVERIFY(!r.value("path").toString().startsWith("/payments/cleeng/entitlements/"));
    }

    void unknownProductIsAConfigError()
    {
        const QString dir = m_dir.path() + "/cleeng";
        TvpairRun run(args(dir + "/config.json", dir + "/store", "S999_NOPE"), env());
        QVERIFY2(approveIfAsked(run, *m_sandbox, "alice"), run.allStderr().constData());
        const QJsonObject err = run.waitFor("error");
        QCOMPARE(err.value("code").toString(), QString("config"));
        QVERIFY(err.value("message").toString().contains("S999_NOPE"));
        QCOMPARE(run.waitForExit(), 2);
    }

    // InPlayer: the product is an access fee, the watch asks about the asset it opens.
    void inplayerFeeOpensItsAsset()
    {
        const Sandbox &s = *m_sandbox;
        const QString dir = m_dir.path() + "/inplayer";
        QDir().mkpath(dir);
        const QString cfg = s.writeConfig(dir, {},
                                          {{"provider", "inplayer"}, {"asset_ids", QJsonArray{1001, 1002, 1003}},
                                           {"base_url", s.issuer + "/payments/inplayer"},
                                           {"checkout_url", checkoutTemplate(s.issuer, "inplayer")}});
        TvpairRun run(args(cfg, dir + "/store", "5202"), env());  // Sports yearly: alice's Sports access is revoked
        QVERIFY2(approveIfAsked(run, s, "alice"), run.allStderr().constData());
        const QJsonObject checkout = run.waitFor("checkout_url");
        QVERIFY2(!checkout.isEmpty(), run.allStderr().constData());
        QCOMPARE(checkout.value("url").toString(), s.issuer + "/checkout/inplayer?offer=5202&customer=410001&lang=de-DE");
        auto asked = [&]() {
            int n = 0;
            for (const auto &r : providerRequests("inplayer"))
                n += r.value("path").toString() == "/payments/inplayer/items/1002/access" && r.value("status").toInt() == 402;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(asked() >= 1, 60000);
        ScriptedBrowser phone;
        const Page offerPage = phone.request("GET", QUrl(checkout.value("url").toString()));
        QCOMPARE(offerPage.status, 200);
        const Page bought = phone.request("POST", ScriptedBrowser::formAction(offerPage, "buy"), "offer=5202&account=alice");
        QCOMPARE(bought.status, 200);
        QCOMPARE(run.waitFor("entitlement_granted", 120000).value("product_id").toString(), QString("5202"));
        QCOMPARE(run.waitForExit(), 0);
        const auto all = providerRequests("inplayer");
        QCOMPARE(all.last().value("path").toString(), QString("/payments/inplayer/items/1002/access"));
        QCOMPARE(all.last().value("status").toInt(), 200);
    }

    // Nobody buys: the bound ends the watch (exit 4 after an expired_token error), and the
    // watch asked no more often than its schedule allows.
    void boundEndsTheWatchPolitely()
    {
        const Sandbox &s = *m_sandbox;
        const QString dir = m_dir.path() + "/bound";
        QDir().mkpath(dir);
        const int boundSeconds = 8;
        const QString cfg = s.writeConfig(dir, {},
                                          {{"provider", "cleeng"}, {"publisher_id", "123456789"},
                                           {"base_url", s.issuer + "/payments/cleeng"},
                                           {"checkout_url", checkoutTemplate(s.issuer, "cleeng")},
                                           {"purchase_watch_seconds", boundSeconds}});
        const QString offer = "S100000009_NL";
        TvpairRun run(args(cfg, dir + "/store", offer), env());
        QVERIFY2(approveIfAsked(run, s, "alice"), run.allStderr().constData());
        QVERIFY(!run.waitFor("checkout_url").isEmpty());
        const QJsonObject err = run.waitFor("error", 120000);
        QCOMPARE(err.value("code").toString(), QString("expired_token"));
        QVERIFY(!err.value("message").toString().isEmpty());
        QCOMPARE(run.waitForExit(), 4);

        QList<qint64> at;
        for (const auto &r : providerRequests("cleeng")) {
            if (r.value("path").toString() == "/payments/cleeng/entitlements/" + offer)
                at << qint64(r.value("t_ms").toDouble());
        }
        // The most questions the schedule allows in the bound: each wait is at least 0.8 of its
        // interval (jitter) and a coarse timer may fire 5 % early; a slow machine only asks less.
        // The first question comes after kFirstMs exactly, then the waits are kFirstMs, 2x, 4x ...
        int allowed = 1;
        double t = kFirstMs * 0.95, interval = kFirstMs;
        while ((t += interval * 0.8 * 0.95) <= boundSeconds * 1000.0) {
            ++allowed;
            interval = std::min(interval * 2, kFirstMs * 10.0);
        }
        const double minutes = at.size() > 1 ? (at.last() - at.first()) / 60000.0 : 0;
        qInfo("watch: %lld questions in a %d s bound (schedule allows at most %d); %.1f a minute at a %d ms first "
              "interval, i.e. %.1f a minute at the default 3 s",
              qlonglong(at.size()), boundSeconds, allowed, minutes > 0 ? at.size() / minutes : 0.0, kFirstMs,
              minutes > 0 ? at.size() / minutes * kFirstMs / 3000.0 : 0.0);
        QVERIFY2(at.size() >= 2, "the watch asked at least twice");
        QVERIFY2(at.size() <= allowed, qPrintable(QString("%1 questions > %2 allowed").arg(at.size()).arg(allowed)));
        // Every gap is at least the jittered interval of its step (lower bounds only).
        interval = kFirstMs;
        for (qsizetype i = 1; i < at.size(); ++i) {
            QVERIFY2(at[i] - at[i - 1] >= qint64(interval * 0.8 * 0.95) - 1,
                     qPrintable(QString("gap %1: %2 ms < %3 ms").arg(i).arg(at[i] - at[i - 1]).arg(interval * 0.76)));
            interval = std::min(interval * 2, kFirstMs * 10.0);
        }
        // Nothing after the run ended.
        const qsizetype n = providerRequests("cleeng").size();
        QTest::qWait(3 * kFirstMs * 10);
        QCOMPARE(providerRequests("cleeng").size(), n);
    }
};

QTEST_GUILESS_MAIN(WatchPurchaseTest)
#include "tst_watch_purchase.moc"
