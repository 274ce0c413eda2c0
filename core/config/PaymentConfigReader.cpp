// The `payment` section of the tenant config.
#include "TenantConfig.h"

#include "ConfigReader.h"
#include "net/JsonBody.h"
#include "payments/CheckoutUrl.h"

#include <QJsonArray>
#include <QSet>

namespace tvpair::config {

bool readPayment(Reader &r, const QJsonObject &p, const QString &at, PaymentConfig *out)
{
    r.onlyKeys(p, at,
               {"provider", "environment", "base_url", "publisher_id", "offer_ids", "asset_ids", "account",
                "product_url", "entitlement_url", "entitlement_fields", "claim", "checkout_url", "purchase_watch_seconds",
                "manage_url", "titles", "token_source"});
    r.str(p, "provider", at + "provider", &out->provider, true);
    r.oneOf(out->provider, at + "provider", {"cleeng", "inplayer", "mpx", "rest", "userinfo", "none"});
    r.str(p, "environment", at + "environment", &out->environment);
    r.oneOf(out->environment, at + "environment", {"production", "sandbox"});
    r.url(p, "base_url", at + "base_url", &out->baseUrl);
    r.str(p, "publisher_id", at + "publisher_id", &out->publisherId);
    r.str(p, "account", at + "account", &out->account);
    r.url(p, "product_url", at + "product_url", &out->productUrl);
    r.url(p, "entitlement_url", at + "entitlement_url", &out->entitlementUrl);
    r.str(p, "claim", at + "claim", &out->claim);
    r.str(p, "token_source", at + "token_source", &out->tokenSource);
    r.oneOf(out->tokenSource, at + "token_source", {"access_token", "storage_keys"});
    r.str(p, "checkout_url", at + "checkout_url", &out->checkoutUrl);
    if (!out->checkoutUrl.isEmpty()) {
        const QString why = CheckoutUrl::check(out->checkoutUrl);
        if (!why.isEmpty())
            return r.fail(at + "checkout_url", why);
    }
    r.str(p, "manage_url", at + "manage_url", &out->manageUrl);
    if (!out->manageUrl.isEmpty()) {
        const QString why = CheckoutUrl::check(out->manageUrl);
        if (!why.isEmpty())
            return r.fail(at + "manage_url", why);
    }
    if (p.contains("purchase_watch_seconds") && !p.value("purchase_watch_seconds").isNull()) {
        const double d = p.value("purchase_watch_seconds").toDouble(-1);
        if (!p.value("purchase_watch_seconds").isDouble() || d < 1 || d > 86400 || d != double(qint64(d)))
            return r.fail(at + "purchase_watch_seconds", "expected a whole number of seconds from 1 to 86400");
        out->purchaseWatchSeconds = int(d);
    }
    if (p.contains("offer_ids") && !p.value("offer_ids").isNull()) {
        if (!p.value("offer_ids").isArray())
            return r.fail(at + "offer_ids", "expected a list of offer id strings");
        for (const auto &v : p.value("offer_ids").toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return r.fail(at + "offer_ids", "expected a list of offer id strings");
            out->offerIds << v.toString();
        }
    }
    if (p.contains("asset_ids") && !p.value("asset_ids").isNull()) {
        if (!p.value("asset_ids").isArray())
            return r.fail(at + "asset_ids", "expected a list of numbers");
        for (const auto &v : p.value("asset_ids").toArray()) {
            const double d = v.toDouble(-1);
            const auto whole = net::truncatedInteger(d);
            if (!v.isDouble() || d < 1 || !whole || d != double(*whole))
                return r.fail(at + "asset_ids", "expected a list of positive whole numbers");
            out->assetIds << qint64(d);
        }
    }
    const bool rest = out->provider == QLatin1String("rest");
    out->entitlementFields = rest ? PaymentConfig::restFieldDefaults() : PaymentConfig::mpxFieldDefaults();
    if (p.contains("entitlement_fields") && !p.value("entitlement_fields").isNull()) {
        const QJsonValue v = p.value("entitlement_fields");
        if (!v.isObject())
            return r.fail(at + "entitlement_fields", "expected an object of field names");
        const QJsonObject f = v.toObject();
        QSet<QString> known;
        for (auto it = out->entitlementFields.cbegin(); it != out->entitlementFields.cend(); ++it)
            known.insert(it.key());
        r.onlyKeys(f, at + "entitlement_fields.", known);
        for (auto it = f.begin(); it != f.end(); ++it) {
            if (!it.value().isString() || it.value().toString().isEmpty())
                return r.fail(at + "entitlement_fields." + it.key(), "expected a field name");
            out->entitlementFields[it.key()] = it.value().toString();
        }
    }
    if (p.contains("titles") && !p.value("titles").isNull()) {
        if (!p.value("titles").isObject())
            return r.fail(at + "titles", "expected an object of product code -> title or {language: title}");
        const QJsonObject t = p.value("titles").toObject();
        for (auto it = t.begin(); it != t.end(); ++it) {
            const QString field = at + QStringLiteral("titles.") + it.key();
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
        return r.fail(at + "publisher_id", "required for the cleeng provider");
    if (out->provider == "inplayer" && out->assetIds.isEmpty())
        return r.fail(at + "asset_ids", "required for the inplayer provider (the package/asset ids to list)");
    if (out->provider == "mpx") {
        if (out->productUrl.isEmpty() && out->baseUrl.isEmpty())
            return r.fail(at + "product_url", "required for the mpx provider (or base_url)");
        if (out->entitlementUrl.isEmpty() && out->baseUrl.isEmpty())
            return r.fail(at + "entitlement_url", "required for the mpx provider (or base_url)");
    }
    if (rest && out->entitlementUrl.isEmpty())
        return r.fail(at + "entitlement_url", "required for the rest provider (the operator's entitlement service)");
    return r.error.isEmpty();
}

// `payment` is one provider object or a list of them (a viewer linked to several providers at
// once); errors in a list name the element: payment[1].publisher_id.
bool readPayments(Reader &r, const QJsonValue &v, QList<PaymentConfig> *out)
{
    if (v.isObject()) {
        PaymentConfig one;
        if (!readPayment(r, v.toObject(), QStringLiteral("payment."), &one))
            return false;
        out->append(one);
        return true;
    }
    if (!v.isArray() || v.toArray().isEmpty())
        return r.fail("payment", "expected a provider object or a non-empty list of them");
    const QJsonArray list = v.toArray();
    if (list.size() > kMaxPaymentProviders)
        return r.fail("payment", QStringLiteral("expected at most %1 providers").arg(kMaxPaymentProviders));
    QStringList seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("payment[%1].").arg(i);
        if (!list.at(i).isObject())
            return r.fail(at.chopped(1), "expected a provider object");
        PaymentConfig one;
        if (!readPayment(r, list.at(i).toObject(), at, &one))
            return false;
        if (one.provider == QLatin1String("none"))
            return r.fail(at + "provider", "\"none\" cannot be one of several providers (leave it out)");
        if (seen.contains(one.provider))
            return r.fail(at + "provider", QStringLiteral("\"%1\" is listed twice").arg(one.provider));
        seen << one.provider;
        out->append(one);
    }
    return true;
}

}  // namespace tvpair::config
