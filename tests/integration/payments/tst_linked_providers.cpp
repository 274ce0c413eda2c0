// Several providers at once through the real sandbox (a private one: its faults must not disturb
// other tests), with the shipped resources/config/linked-providers.json (Cleeng, InPlayer, MPX
// and the operator's `rest` entitlement service): every provider's lists merged in the UI's
// models, each row knowing its provider; the rest service's trial, cancellation and rental
// records on the one model; the lists fetched again after a refresh that renewed the tokens; a
// garbled rest answer costs only the rest list (the last good one stays, stale); and headless
// prints one products and one entitlements event per provider.
#include "Sandbox.h"
#include "TvpairRun.h"

#include "EntitlementListModel.h"
#include "ProductListModel.h"
#include "TvSession.h"
#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"
#include "session/SessionController.h"

#include <QtTest>

using namespace tvpair;
using tvpair::test::Sandbox;

namespace {

QHash<QString, int> rowsByProvider(const QAbstractItemModel *m, int providerRole)
{
    QHash<QString, int> out;
    for (int r = 0; r < m->rowCount(); ++r)
        out[m->index(r, 0).data(providerRole).toString()]++;
    return out;
}

// "id=status" of one provider's rows in the entitlements model.
QStringList entitlementRows(const EntitlementListModel *m, const QString &provider)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if (i.data(EntitlementListModel::ProviderRole).toString() == provider)
            out << i.data(EntitlementListModel::IdRole).toString() + "=" + i.data(EntitlementListModel::StatusRole).toString();
    }
    out.sort();
    return out;
}

int countIn(const QJsonArray &log, int from, const QString &path, int status = 200)
{
    int n = 0;
    for (int i = from; i < log.size(); ++i) {
        const QJsonObject r = log.at(i).toObject();
        n += r.value("path").toString() == path && r.value("status").toInt() == status;
    }
    return n;
}

}  // namespace

class TestLinkedProviders : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> sandbox;
    QTemporaryDir tmp;
    QString configFile;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        sandbox = Sandbox::startPrivate({"--interval", "1"});
        QVERIFY2(sandbox, "the private sandbox did not start");
        // The shipped config, the demo port replaced by the private sandbox's.
        QFile shipped(QStringLiteral(TVPAIR_SOURCE_DIR "/resources/config/linked-providers.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray json = shipped.readAll();
        json.replace("http://127.0.0.1:8740", sandbox->issuer.toUtf8());
        configFile = tmp.path() + "/linked-providers.json";
        QFile out(configFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
    }

    void mergedInTheModels()
    {
        QString err;
        const auto config = TenantConfig::fromFile(configFile, &err);
        QVERIFY2(config, qPrintable(err));
        net::HttpClient http(net::UrlPolicy{true});
        MemorySecretStore store;
        SessionController session(*config, &store, &http);
        session.setSignInAfterSignOut(false);
        TvSession tv(&session);
        tv.products()->setHeldFrom(tv.entitlements());
        int finished = 0;
        QStringList errors;
        connect(&session, &SessionController::paymentsFinished, this, [&finished]() { ++finished; });
        connect(&session, &SessionController::errorOccurred, this,
                [&errors](const ViewerError &e, bool) { errors << e.eventCode() + ": " + e.detail(); });
        connect(&session, &SessionController::userCodeReady, this, [this](const UserCodeInfo &info) {
            QTimer::singleShot(0, this, [this, code = info.userCode]() {
                sandbox->post("/test/approve", {{"user_code", code}, {"account", "alice"}});
            });
        });
        QCOMPARE(session.paymentProviders(), QStringList({"cleeng", "inplayer", "mpx", "rest"}));
        const int logStart = int(sandbox->requestLog().size());
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 90000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));

        // Products of three providers in one model (the rest service sells nothing), each row its own.
        const QHash<QString, int> products = rowsByProvider(tv.products(), ProductListModel::ProviderRole);
        QCOMPARE(products.keys().size(), 3);
        QCOMPARE(products.value("cleeng"), 24);
        QCOMPARE(products.value("inplayer"), 5);
        QCOMPARE(products.value("mpx"), 12);
        // Entitlements of all four, merged.
        const QHash<QString, int> ents = rowsByProvider(tv.entitlements(), EntitlementListModel::ProviderRole);
        QCOMPARE(ents.keys().size(), 4);
        QVERIFY(ents.value("cleeng") > 0 && ents.value("inplayer") > 0 && ents.value("mpx") > 0);
        // The operator's records: a trial, cancelled-but-valid, a live and an ended rental, a refund,
        // a cancellation in effect, and a renewal that stands for its first period.
        QCOMPARE(entitlementRows(tv.entitlements(), "rest"),
                 QStringList({"cinema-monthly=cancelled_valid", "docs-yearly=expired", "event-final=revoked",
                              "film-rental-a=active", "film-rental-b=expired", "premium-monthly=active",
                              "sports-monthly=trial"}));
        for (int r = 0; r < tv.entitlements()->rowCount(); ++r) {
            const QVariantMap row = tv.entitlements()->get(r);
            if (row.value("id") == "sports-monthly") {
                QCOMPARE(row.value("title").toString(), QString("Sports"));  // package_title through the mapping
                QVERIFY2(row.value("expiresText").toString().startsWith("Trial ends"), qPrintable(row.value("expiresText").toString()));
            }
        }
        // What alice holds at Cleeng shows as held among the products; what she does not, at its price.
        bool heldPremium = false, offeredKids = false;
        for (int r = 0; r < tv.products()->rowCount(); ++r) {
            const QModelIndex i = tv.products()->index(r, 0);
            if (i.data(ProductListModel::IdRole) == "S100000001_NL")
                heldPremium = i.data(ProductListModel::HeldRole).toBool();
            if (i.data(ProductListModel::IdRole) == "S100000007_NL")
                offeredKids = !i.data(ProductListModel::HeldRole).toBool();
        }
        QVERIFY(heldPremium);
        QVERIFY(offeredKids);
        // The rest service was read page by page with the viewer's access token: 8 records, 3 a page.
        QCOMPARE(countIn(sandbox->requestLog(), logStart, "/operator/entitlements"), 3);

        // A refresh that renews the payment tokens brings every list again, by itself.
        QJsonArray log = sandbox->requestLog();
        const int beforeRefresh = int(log.size());
        bool refreshed = false;
        session.refreshNow([&refreshed](bool ok) { refreshed = ok; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 60000);
        QVERIFY(refreshed);
        log = sandbox->requestLog();
        QCOMPARE(countIn(log, beforeRefresh, "/operator/entitlements"), 3);
        QVERIFY(countIn(log, beforeRefresh, "/payments/cleeng/offers") > 0);
        QVERIFY(countIn(log, beforeRefresh, "/payments/inplayer/items/access/customers") > 0);
        QVERIFY(errors.isEmpty());

        // A garbled answer from the rest service: one clear error naming it; its last good list
        // stays (stale); the other providers' lists are fresh.
        sandbox->post("/test/unreadable", {{"path", "/operator/entitlements"}, {"kind", "garbled"}, {"count", 1}});
        tv.reloadPayments();
        QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 60000);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith("payment_provider: rest: entitlements:"), qPrintable(errors.first()));
        QCOMPARE(entitlementRows(tv.entitlements(), "rest").size(), 7);
        QVERIFY(tv.stale());
        QCOMPARE(rowsByProvider(tv.products(), ProductListModel::ProviderRole).value("cleeng"), 24);
    }

    void headlessOneEventPerProvider()
    {
        const QString dir = tmp.path() + "/headless";
        QDir().mkpath(dir);
        test::TvpairRun run({"--headless", "--config", configFile, "--store", dir + "/store"},
                            test::isolatedAppEnv(dir));
        const QJsonObject code = run.waitFor("user_code");
        QVERIFY2(!code.isEmpty(), run.allStderr().constData());
        sandbox->post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "bob"}});
        QCOMPARE(run.waitForExit(90000), 0);
        QHash<QString, QStringList> byEvent;
        for (const QJsonObject &e : run.events()) {
            const QString name = e.value("event").toString();
            if (name == "products" || name == "entitlements")
                byEvent[name] << e.value("provider").toString();
            if (name == "entitlements" && e.value("provider") == "rest") {
                // bob's operator record: a trial, with when it ends.
                const QJsonArray items = e.value("items").toArray();
                QCOMPARE(items.size(), 1);
                QCOMPARE(items.at(0).toObject().value("status").toString(), QString("trial"));
                QVERIFY(!items.at(0).toObject().value("trial_ends_at").toString().isEmpty());
            }
        }
        for (auto &l : byEvent)
            l.sort();
        const QStringList all{"cleeng", "inplayer", "mpx", "rest"};
        QCOMPARE(byEvent.value("products"), all);
        QCOMPARE(byEvent.value("entitlements"), all);
    }
};

QTEST_MAIN(TestLinkedProviders)
#include "tst_linked_providers.moc"
