// "Buy on your phone" URLs: the template's placeholders are filled with percent-encoded
// values, a template naming anything else (a token above all) is refused when the config is
// read, and no payment token ever reaches the URL.
#include "config/TenantConfig.h"
#include "payments/CheckoutUrl.h"
#include "payments/PaymentProvider.h"

#include <QtTest>

using namespace tvpair;

static QByteArray configWith(const QByteArray &paymentExtra)
{
    return "{\"issuer\":\"https://id.example.com\",\"client_id\":\"tv-app\",\"payment\":{\"provider\":\"cleeng\","
           "\"publisher_id\":\"1\"" + paymentExtra + "}}";
}

class CheckoutUrlTest : public QObject {
    Q_OBJECT
private slots:
    void expandsEveryPlaceholderEncoded()
    {
        const QString t = "https://shop.example/buy/{product_id}?offer={offer_id}&c={customer_id}&hl={locale}";
        QCOMPARE(CheckoutUrl::check(t), QString());
        CheckoutValues v{"S1/ä &x=1", "http://data.product.theplatform.com/product/data/Product/9005", "7#0", "de-DE"};
        QCOMPARE(CheckoutUrl::expand(t, v),
                 QString("https://shop.example/buy/S1%2F%C3%A4%20%26x%3D1"
                         "?offer=http%3A%2F%2Fdata.product.theplatform.com%2Fproduct%2Fdata%2FProduct%2F9005"
                         "&c=7%230&hl=de-DE"));
        // An empty value (customer unknown) is an empty field, not the placeholder.
        v.customerId.clear();
        QVERIFY(CheckoutUrl::expand(t, v).contains("&c=&hl="));
    }

    void refusesWhatIsNotAPlaceholder_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token") << "https://shop.example/?t={token}" << "unknown placeholder {token}";
        QTest::newRow("access token") << "https://shop.example/{access_token}" << "unknown placeholder {access_token}";
        QTest::newRow("case") << "https://shop.example/{Product_Id}" << "unknown placeholder {Product_Id}";
        QTest::newRow("unclosed") << "https://shop.example/{product_id" << "without its \"}\"";
        QTest::newRow("stray close") << "https://shop.example/product_id}" << "without its \"{\"";
        QTest::newRow("not absolute") << "/buy/{product_id}" << "expected an absolute http(s) URL";
        QTest::newRow("scheme") << "javascript:{product_id}" << "expected an absolute http(s) URL";
        QTest::newRow("newline") << "https://shop.example/{a\nb}" << "unknown placeholder";
    }
    void refusesWhatIsNotAPlaceholder()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, expected);
        const QString why = CheckoutUrl::check(tmpl);
        QVERIFY2(why.contains(expected), qPrintable(why));
        QVERIFY(!why.contains('\n'));
        QCOMPARE(CheckoutUrl::expand(tmpl, {"a", "b", "c", "d"}), QString());
    }

    void configRefusesABadTemplateByName()
    {
        QString err;
        QVERIFY(!TenantConfig::fromJson(configWith(",\"checkout_url\":\"https://s.example/?t={token}\""), "c.json", &err));
        QVERIFY2(err.startsWith("c.json: field \"payment.checkout_url\": unknown placeholder {token}"), qPrintable(err));
        QVERIFY(!TenantConfig::fromJson(configWith(",\"purchase_watch_seconds\":0"), "c.json", &err));
        QVERIFY2(err.contains("payment.purchase_watch_seconds"), qPrintable(err));
        QVERIFY(!TenantConfig::fromJson(configWith(",\"purchase_watch_seconds\":1.5"), "c.json", &err));
        QVERIFY(!TenantConfig::fromJson(configWith(",\"manage_url\":\"manage\""), "c.json", &err));
        QVERIFY2(err.contains("payment.manage_url"), qPrintable(err));
        // The manage page is a template too, and as strict: no token can be put into it.
        QVERIFY(!TenantConfig::fromJson(configWith(",\"manage_url\":\"https://s.example/m?t={access_token}\""), "c.json", &err));
        QVERIFY2(err.startsWith("c.json: field \"payment.manage_url\": unknown placeholder {access_token}"), qPrintable(err));
    }

    void configKeysAndDefaults()
    {
        QString err;
        auto c = TenantConfig::fromJson(configWith(""), "c.json", &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->payment.purchaseWatchSeconds, 900);
        QVERIFY(c->payment.checkoutUrl.isEmpty());
        c = TenantConfig::fromJson(configWith(",\"checkout_url\":\"https://s.example/{offer_id}\",\"purchase_watch_seconds\":60,"
                                              "\"manage_url\":\"https://s.example/account?c={customer_id}&l={locale}\""),
                                   "c.json", &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->payment.checkoutUrl, QString("https://s.example/{offer_id}"));
        QCOMPARE(c->payment.purchaseWatchSeconds, 60);
        QCOMPARE(c->payment.manageUrl, QString("https://s.example/account?c={customer_id}&l={locale}"));
    }

    // The customer id comes from the payment token's extra fields (or a Cleeng JWT's payload),
    // never the token itself.
    void valuesNeverCarryTheToken()
    {
        const QString payload = QString::fromLatin1(QByteArray(R"({"customerId":"700000009","exp":9999999999})").toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString jwt = "eyJhbGciOiJIUzI1NiJ9." + payload + ".c2lnbmF0dXJl";
        const QString t = "https://s.example/{product_id}/{offer_id}/{customer_id}/{locale}";
        Product p;
        p.id = "S100000008_NL";
        const QString fromJwt =
            CheckoutUrl::expand(t, CheckoutUrl::valuesFor(p, PaymentCredentials{"cleeng", jwt, {}}, "de-DE"));
        QCOMPARE(fromJwt, QString("https://s.example/S100000008_NL/S100000008_NL/700000009/de-DE"));
        QVERIFY(!fromJwt.contains(jwt) && !fromJwt.contains(payload));
        const QString fromExtra = CheckoutUrl::expand(
            t, CheckoutUrl::valuesFor(p, PaymentCredentials{"cleeng", jwt, {{"customer_id", "700000001"}}}, "en"));
        QCOMPARE(fromExtra, QString("https://s.example/S100000008_NL/S100000008_NL/700000001/en"));

        Product fee;
        fee.id = "5101";
        fee.grantsAccessTo = "1001";
        const QString inplayer = CheckoutUrl::expand(
            t, CheckoutUrl::valuesFor(fee, PaymentCredentials{"inplayer", "ipl_secret", {{"account_id", 410001}}}, "en"));
        QCOMPARE(inplayer, QString("https://s.example/5101/5101/410001/en"));
        const QString mpx = CheckoutUrl::expand(
            t, CheckoutUrl::valuesFor(fee, PaymentCredentials{"mpx", "mpx_secret", {{"user_id", "https://u/1"}}}, "en"));
        QCOMPARE(mpx, QString("https://s.example/5101/5101//en"));
        QVERIFY(!inplayer.contains("ipl_secret") && !mpx.contains("mpx_secret"));
    }

    void localeTags()
    {
        QCOMPARE(CheckoutUrl::bcp47("de_DE"), QString("de-DE"));
        QCOMPARE(CheckoutUrl::bcp47("de_DE.UTF-8"), QString("de-DE"));
        QCOMPARE(CheckoutUrl::bcp47("C"), QString("en"));
        QCOMPARE(CheckoutUrl::bcp47("pt_BR"), QString("pt-BR"));
    }
};

QTEST_GUILESS_MAIN(CheckoutUrlTest)
#include "tst_checkout_url.moc"
