// Every payment adapter against the sandbox's payment emulator (tests/sandbox, fixture
// `sandbox`), with real payment tokens from a device-flow sign-in (storage_keys).
#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "payments/PaymentProvider.h"
#include "payments/UserInfoProducts.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QtTest>

using namespace tvpair;

namespace {

template <typename Result, typename Start>
std::optional<Result> await(Start start, int timeoutMs = 20000)
{
    std::optional<Result> out;
    QEventLoop loop;
    start([&](const Result &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

const Entitlement *find(const QList<Entitlement> &items, const QString &id)
{
    for (const auto &e : items) {
        if (e.productId == id)
            return &e;
    }
    return nullptr;
}

const QString kMpxProduct = QStringLiteral("http://data.product.theplatform.com/product/data/Product/");

}  // namespace

class TestPaymentsSandbox : public QObject {
    Q_OBJECT

    QString issuer;
    net::HttpClient *http = nullptr;
    QHash<QString, QJsonObject> tokenResponses;  // account -> token response

    net::HttpResponse call(const net::HttpRequest &req)
    {
        return await<net::HttpResponse>([&](auto cb) { http->send(req, cb); }).value_or(net::HttpResponse{});
    }

    // Device flow for `account`: device auth, /test/approve, poll /token.
    std::optional<QJsonObject> signIn(const QString &account)
    {
        const auto dev = call(net::HttpRequest::form(
            QUrl(issuer + "/device/auth"),
            {{"client_id", "tv-app"}, {"scope", "openid offline_access profile products"}}));
        if (dev.status != 200)
            return std::nullopt;
        const auto devBody = net::parseJsonObject(dev.body, nullptr).value_or(QJsonObject());
        net::HttpRequest approve;
        approve.method = "POST";
        approve.url = QUrl(issuer + "/test/approve");
        approve.contentType = "application/json";
        approve.body = QJsonDocument(QJsonObject{{"user_code", devBody.value("user_code")}, {"account", account}})
                           .toJson(QJsonDocument::Compact);
        if (call(approve).status != 200)
            return std::nullopt;
        for (int attempt = 0; attempt < 20; ++attempt) {
            const auto tok = call(net::HttpRequest::form(
                QUrl(issuer + "/token"), {{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"},
                                          {"device_code", devBody.value("device_code").toString()},
                                          {"client_id", "tv-app"}}));
            const auto body = net::parseJsonObject(tok.body, nullptr).value_or(QJsonObject());
            if (tok.status == 200 && body.contains("access_token"))
                return body;
            const QString error = body.value("error").toString();
            if (error != "authorization_pending" && error != "slow_down")
                return std::nullopt;
            QTest::qWait(1000 * qMax(1, devBody.value("interval").toInt(1)));
        }
        return std::nullopt;
    }

    std::unique_ptr<PaymentProvider> provider(const QString &account, const QString &name, QString *error)
    {
        const QJsonObject keys = tokenResponses.value(account)
                                     .value("extensions").toObject()
                                     .value("storage_keys").toObject();
        if (!keys.contains(name)) {
            *error = "no storage_keys." + name;
            return nullptr;
        }
        PaymentCredentials creds;
        creds.provider = name;
        creds.token = keys.value(name).toObject().value("token").toString();
        creds.extra = keys.value(name).toObject();
        creds.extra.remove("token");
        PaymentConfig c;
        c.provider = name;
        c.environment = "sandbox";
        c.baseUrl = QUrl(issuer + "/payments/" + name);
        c.publisherId = "123456789";
        c.assetIds = {1001, 1002, 1003};
        return createPaymentProvider(c, creds, http, error);
    }

    EntitlementsResult entitlementsOf(const QString &account, const QString &name)
    {
        QString error;
        auto p = provider(account, name, &error);
        if (!p)
            return EntitlementsResult{{}, PaymentError{PaymentError::Config, 0, error}};
        return await<EntitlementsResult>([&](auto cb) { p->listEntitlements(cb); })
            .value_or(EntitlementsResult{{}, PaymentError{PaymentError::Network, 0, "no answer"}});
    }
    ProductsResult productsOf(const QString &account, const QString &name, int pageSize = 50)
    {
        QString error;
        auto p = provider(account, name, &error);
        if (!p)
            return ProductsResult{{}, PaymentError{PaymentError::Config, 0, error}};
        p->setLimits({pageSize, 50, 15000});
        return await<ProductsResult>([&](auto cb) { p->listProducts(cb); })
            .value_or(ProductsResult{{}, PaymentError{PaymentError::Network, 0, "no answer"}});
    }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(TVPAIR_BINARY_DIR "/sandbox/sandbox.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "sandbox.json missing: is the `sandbox` fixture running?");
        const auto info = net::parseJsonObject(f.readAll(), nullptr);
        QVERIFY(info);
        issuer = info->value("issuer").toString();
        QVERIFY(issuer.startsWith("http://127.0.0.1:"));
        http = new net::HttpClient(net::UrlPolicy{true}, this);
        for (const QString account : {"alice", "bob", "carol", "dave"}) {
            const auto tokens = signIn(account);
            QVERIFY2(tokens, qPrintable("device-flow sign-in failed for " + account));
            tokenResponses.insert(account, *tokens);
        }
        QVERIFY(!tokenResponses.value("dave").contains("extensions"));  // dave has no payment provider
    }

    // The emulator serves at most 3 rows a page (tests/sandbox/payments.js, PAGE_MAX), whatever
    // is asked: alice's lists span several pages, with an active entitlement only on a later
    // page and a revoked (refunded, disabled) row still inside its dates among the valid ones.
    void cleeng()
    {
        const auto products = productsOf("alice", "cleeng");
        QVERIFY2(products.ok(), qPrintable(products.error ? products.error->message : QString()));
        QCOMPARE(products.items.size(), 24);  // 25 offers, one inactive, 3 a page
        QVERIFY(!products.truncated);
        const auto paged = productsOf("alice", "cleeng", 2);
        QVERIFY(paged.ok());
        QCOMPARE(paged.items.size(), 24);

        using S = Entitlement::Status;
        auto e = entitlementsOf("alice", "cleeng");
        QVERIFY2(e.ok(), qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.items.size(), 5);
        QCOMPARE(find(e.items, "S100000001_NL")->status, S::Active);
        QCOMPARE(find(e.items, "S100000003_NL")->status, S::CancelledValid);
        QCOMPARE(find(e.items, "R200000001_NL")->status, S::Expired);
        QVERIFY(find(e.items, "S100000001_NL")->expiresAt > QDateTime::currentDateTimeUtc().addDays(19));
        // Page 2 of /customers/{id}/offers: an active Month Pass and a terminated (refunded) pass.
        const Entitlement *pass = find(e.items, "P300000003_NL");
        QVERIFY2(pass, "the entitlement on the second page is missing");
        QCOMPARE(pass->status, S::Active);
        const Entitlement *refunded = find(e.items, "P300000001_NL");
        QVERIFY(refunded);
        QCOMPARE(refunded->status, S::Revoked);
        QVERIFY(!refunded->grantsAccess());
        QVERIFY(refunded->expiresAt > QDateTime::currentDateTimeUtc());  // inside its dates, still no access

        e = entitlementsOf("bob", "cleeng");
        QVERIFY(e.ok());
        QCOMPARE(e.items.size(), 1);
        QCOMPARE(e.items.at(0).status, S::Trial);

        QString error;
        auto p = provider("alice", "cleeng", &error);
        QVERIFY2(p, qPrintable(error));
        auto a = await<AccessResult>([&](auto cb) { p->checkAccess("S100000001_NL", cb); });
        QVERIFY(a && a->granted);
        a = await<AccessResult>([&](auto cb) { p->checkAccess("S100000002_NL", cb); });
        QVERIFY(a && !a->granted && a->error->kind == PaymentError::NoAccess);
        a = await<AccessResult>([&](auto cb) { p->checkAccess("P300000001_NL", cb); });
        QVERIFY(a && !a->granted && a->error->kind == PaymentError::NoAccess);
    }

    void inplayer()
    {
        const auto products = productsOf("alice", "inplayer");
        QVERIFY2(products.ok(), qPrintable(products.error ? products.error->message : QString()));
        QCOMPARE(products.items.size(), 5);

        using S = Entitlement::Status;
        auto e = entitlementsOf("alice", "inplayer");
        QVERIFY2(e.ok(), qPrintable(e.error ? e.error->message : QString()));
        QVERIFY(!e.truncated);
        QCOMPARE(find(e.items, "1001")->status, S::Active);
        // Item 1003: an ended row on page 0 and the live row on page 1 (the second, 3 rows a
        // page); no subscription stands for it, so only reading page 1 shows it active.
        const Entitlement *ppv = find(e.items, "1003");
        QVERIFY(ppv);
        QCOMPARE(ppv->status, S::Active);
        QVERIFY(ppv->expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(ppv->currency, QStringLiteral("EUR"));  // perchased_currency
        // revoked: 1, still inside its expires_at (the access row is the truth, not the ended
        // subscription).
        QCOMPARE(find(e.items, "1002")->status, S::Revoked);
        QVERIFY(!find(e.items, "1002")->grantsAccess());
        QVERIFY(find(e.items, "1002")->expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(e.items.size(), 3);
        e = entitlementsOf("bob", "inplayer");
        QVERIFY(e.ok());
        QCOMPARE(find(e.items, "1002")->status, S::Trial);

        QString error;
        auto p = provider("alice", "inplayer", &error);
        QVERIFY2(p, qPrintable(error));
        auto a = await<AccessResult>([&](auto cb) { p->checkAccess("1001", cb); });
        QVERIFY(a && a->granted);
        a = await<AccessResult>([&](auto cb) { p->checkAccess("1002", cb); });
        QVERIFY(a && !a->granted);
        QCOMPARE(a->error->kind, PaymentError::NoAccess);
        QCOMPARE(a->error->httpStatus, 402);
    }

    void mpx()
    {
        const auto products = productsOf("alice", "mpx");  // 12 products, 3 a range
        QVERIFY2(products.ok(), qPrintable(products.error ? products.error->message : QString()));
        QCOMPARE(products.items.size(), 12);
        QCOMPARE(products.items.at(0).currency, QStringLiteral("USD"));
        QVERIFY(!products.truncated);

        using S = Entitlement::Status;
        auto e = entitlementsOf("alice", "mpx");
        QVERIFY2(e.ok(), qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.items.size(), 4);
        const Entitlement *premium = find(e.items, kMpxProduct + "9001");
        QVERIFY2(premium, "the entitlement on the second page is missing");
        QCOMPARE(premium->status, S::Active);
        QCOMPARE(find(e.items, kMpxProduct + "9003")->status, S::Revoked);  // disabled, inside its dates
        QCOMPARE(find(e.items, kMpxProduct + "9012")->status, S::Revoked);
        QCOMPARE(find(e.items, kMpxProduct + "9010")->status, S::Expired);
        e = entitlementsOf("carol", "mpx");
        QVERIFY(e.ok());
        QCOMPARE(find(e.items, kMpxProduct + "9004")->status, S::Active);
        QCOMPARE(find(e.items, kMpxProduct + "9010")->status, S::Expired);

        QString error;
        auto p = provider("alice", "mpx", &error);
        QVERIFY2(p, qPrintable(error));
        auto a = await<AccessResult>([&](auto cb) { p->checkAccess(kMpxProduct + "9001", cb); });
        QVERIFY(a && a->granted);
        a = await<AccessResult>([&](auto cb) { p->checkAccess(kMpxProduct + "9003", cb); });
        QVERIFY(a && !a->granted);
        QCOMPARE(a->error->kind, PaymentError::NoAccess);
    }

    void userinfoProducts()
    {
        net::HttpRequest me;
        me.url = QUrl(issuer + "/me");
        me.setHeader("Authorization", "Bearer " + tokenResponses.value("alice").value("access_token").toString().toUtf8());
        const auto r = call(me);
        QCOMPARE(r.status, 200);
        const auto claims = net::parseJsonObject(r.body, nullptr);
        QVERIFY(claims);
        PaymentConfig c;
        c.provider = "userinfo";
        QString error;
        auto p = createPaymentProvider(c, {"userinfo", {}, *claims}, http, &error);
        QVERIFY2(p, qPrintable(error));
        const auto e = await<EntitlementsResult>([&](auto cb) { p->listEntitlements(cb); });
        QVERIFY(e && e->ok());
        QCOMPARE(e->items.size(), 2);
        QVERIFY(find(e->items, "premium") && find(e->items, "sports"));
    }

    // Last: it expires every payment token issued so far.
    void expiredTokensAreUnauthorized()
    {
        net::HttpRequest expire;
        expire.method = "POST";
        expire.url = QUrl(issuer + "/test/expire-payment-tokens");
        expire.contentType = "application/json";
        expire.body = "{}";
        QCOMPARE(call(expire).status, 200);
        for (const QString name : {"cleeng", "inplayer", "mpx"}) {
            const auto e = entitlementsOf("alice", name);
            QVERIFY2(!e.ok(), qPrintable(name));
            QVERIFY2(e.error->kind == PaymentError::Unauthorized, qPrintable(e.error->message));
            QVERIFY2(e.error->message.startsWith(name + ": "), qPrintable(e.error->message));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentsSandbox)
#include "tst_payments_sandbox.moc"
