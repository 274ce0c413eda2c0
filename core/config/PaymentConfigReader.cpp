// The `payment` section of the tenant config.
#include "TenantConfig.h"

#include "ConfigReader.h"
#include "net/JsonBody.h"
#include "payments/CheckoutUrl.h"

#include <QJsonArray>

namespace tvpair::config {

bool readPayment(Reader &r, const QJsonObject &p, PaymentConfig *out)
{
    r.onlyKeys(p, "payment.",
               {"provider", "environment", "base_url", "publisher_id", "offer_ids", "asset_ids", "account",
                "product_url", "entitlement_url", "entitlement_fields", "claim", "checkout_url", "purchase_watch_seconds",
                "manage_url", "titles"});
    r.str(p, "provider", "payment.provider", &out->provider, true);
    r.oneOf(out->provider, "payment.provider", {"cleeng", "inplayer", "mpx", "userinfo", "none"});
    r.str(p, "environment", "payment.environment", &out->environment);
    r.oneOf(out->environment, "payment.environment", {"production", "sandbox"});
    r.url(p, "base_url", "payment.base_url", &out->baseUrl);
    r.str(p, "publisher_id", "payment.publisher_id", &out->publisherId);
    r.str(p, "account", "payment.account", &out->account);
    r.url(p, "product_url", "payment.product_url", &out->productUrl);
    r.url(p, "entitlement_url", "payment.entitlement_url", &out->entitlementUrl);
    r.str(p, "claim", "payment.claim", &out->claim);
    r.str(p, "checkout_url", "payment.checkout_url", &out->checkoutUrl);
    if (!out->checkoutUrl.isEmpty()) {
        const QString why = CheckoutUrl::check(out->checkoutUrl);
        if (!why.isEmpty())
            return r.fail("payment.checkout_url", why);
    }
    r.str(p, "manage_url", "payment.manage_url", &out->manageUrl);
    if (!out->manageUrl.isEmpty()) {
        const QString why = CheckoutUrl::check(out->manageUrl);
        if (!why.isEmpty())
            return r.fail("payment.manage_url", why);
    }
    if (p.contains("purchase_watch_seconds") && !p.value("purchase_watch_seconds").isNull()) {
        const double d = p.value("purchase_watch_seconds").toDouble(-1);
        if (!p.value("purchase_watch_seconds").isDouble() || d < 1 || d > 86400 || d != double(qint64(d)))
            return r.fail("payment.purchase_watch_seconds", "expected a whole number of seconds from 1 to 86400");
        out->purchaseWatchSeconds = int(d);
    }
    if (p.contains("offer_ids") && !p.value("offer_ids").isNull()) {
        if (!p.value("offer_ids").isArray())
            return r.fail("payment.offer_ids", "expected a list of offer id strings");
        for (const auto &v : p.value("offer_ids").toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return r.fail("payment.offer_ids", "expected a list of offer id strings");
            out->offerIds << v.toString();
        }
    }
    if (p.contains("asset_ids") && !p.value("asset_ids").isNull()) {
        if (!p.value("asset_ids").isArray())
            return r.fail("payment.asset_ids", "expected a list of numbers");
        for (const auto &v : p.value("asset_ids").toArray()) {
            const double d = v.toDouble(-1);
            const auto whole = net::truncatedInteger(d);
            if (!v.isDouble() || d < 1 || !whole || d != double(*whole))
                return r.fail("payment.asset_ids", "expected a list of positive whole numbers");
            out->assetIds << qint64(d);
        }
    }
    out->entitlementFields = {{"product_id", "productId"}, {"start", "startDate"}, {"end", "endDate"},
                              {"disabled", "disabled"}};
    if (p.contains("entitlement_fields") && !p.value("entitlement_fields").isNull()) {
        const QJsonValue v = p.value("entitlement_fields");
        if (!v.isObject())
            return r.fail("payment.entitlement_fields", "expected an object of field names");
        const QJsonObject f = v.toObject();
        r.onlyKeys(f, "payment.entitlement_fields.", {"product_id", "start", "end", "disabled"});
        for (auto it = f.begin(); it != f.end(); ++it) {
            if (!it.value().isString() || it.value().toString().isEmpty())
                return r.fail("payment.entitlement_fields." + it.key(), "expected a field name");
            out->entitlementFields[it.key()] = it.value().toString();
        }
    }
    if (p.contains("titles") && !p.value("titles").isNull()) {
        if (!p.value("titles").isObject())
            return r.fail("payment.titles", "expected an object of product code -> title or {language: title}");
        const QJsonObject t = p.value("titles").toObject();
        for (auto it = t.begin(); it != t.end(); ++it) {
            const QString field = QStringLiteral("payment.titles.") + it.key();
            if (it.value().isString() && !it.value().toString().isEmpty()) {
                out->titles[it.key()].insert(QString(), it.value().toString());
                continue;
            }
            if (!it.value().isObject() || it.value().toObject().isEmpty())
                return r.fail(field, "expected a title or an object of language -> title");
            const QJsonObject byLanguage = it.value().toObject();
            for (auto l = byLanguage.begin(); l != byLanguage.end(); ++l) {
                if (!l.value().isString() || l.value().toString().isEmpty())
                    return r.fail(field + QLatin1Char('.') + l.key(), "expected a title");
                out->titles[it.key()].insert(l.key(), l.value().toString());
            }
        }
    }
    if (!r.error.isEmpty())
        return false;
    if (out->provider == "cleeng" && out->publisherId.isEmpty())
        return r.fail("payment.publisher_id", "required for the cleeng provider");
    if (out->provider == "inplayer" && out->assetIds.isEmpty())
        return r.fail("payment.asset_ids", "required for the inplayer provider (the package/asset ids to list)");
    if (out->provider == "mpx") {
        if (out->productUrl.isEmpty() && out->baseUrl.isEmpty())
            return r.fail("payment.product_url", "required for the mpx provider (or base_url)");
        if (out->entitlementUrl.isEmpty() && out->baseUrl.isEmpty())
            return r.fail("payment.entitlement_url", "required for the mpx provider (or base_url)");
    }
    return r.error.isEmpty();
}

}  // namespace tvpair::config
