// createPaymentProvider(): which adapter, with which URLs and credentials (the tenant config's
// "payment" object and storage_keys.<provider> of the token response).
#include "payments/CleengProvider.h"
#include "payments/InPlayerProvider.h"
#include "payments/MpxProvider.h"
#include "payments/PaymentProvider.h"
#include "payments/RestProvider.h"
#include "payments/UserInfoProducts.h"

#include "net/JsonBody.h"
#include "net/Log.h"

#include <QLocale>

namespace tvpair {

namespace {

std::unique_ptr<PaymentProvider> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return nullptr;
}

}  // namespace

std::unique_ptr<PaymentProvider> createPaymentProvider(const PaymentConfig &config,
                                                       const PaymentCredentials &credentials,
                                                       net::HttpClient *http, QString *error)
{
    const QString provider = config.provider;
    if (provider.isEmpty() || provider == QLatin1String("none"))
        return fail(error, QStringLiteral("payments: no payment provider is configured (payment.provider is \"none\")"));
    if (!credentials.provider.isEmpty() && credentials.provider != provider)
        return fail(error, QStringLiteral("payments: the payment token is for \"%1\" but payment.provider is \"%2\"")
                               .arg(credentials.provider.left(40), provider));

    if (provider == QLatin1String("userinfo")) {
        const QString claim = config.claim.isEmpty() ? QStringLiteral("products") : config.claim;
        const QJsonValue v = credentials.extra.value(claim);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            return fail(error, QStringLiteral("userinfo: the claim \"%1\" is not a JSON array (payment.claim)").arg(claim));
        auto codes = std::make_unique<UserInfoProducts>(v.toArray());
        codes->setTitles(UserInfoProducts::titlesIn(config.titles, QLocale().name().section(QLatin1Char('_'), 0, 0)));
        return codes;
    }

    if (!http)
        return fail(error, QStringLiteral("%1: no HTTP client").arg(provider));
    if (credentials.token.isEmpty())
        return fail(error, QStringLiteral("%1: the identity server sent no payment token (storage_keys.%1.token)").arg(provider));
    log::rememberSecret(credentials.token);

    const QUrl base = config.baseUrl.isEmpty() ? defaultPaymentBaseUrl(provider, config.environment) : config.baseUrl;

    if (provider == QLatin1String("cleeng")) {
        QString customerId = answer::idText(credentials.extra.value(QStringLiteral("customer_id")));
        if (customerId.isEmpty()) {
            QString why;
            const auto fromJwt = CleengProvider::customerIdFromJwt(credentials.token, &why);
            if (!fromJwt)
                return fail(error, why + QStringLiteral(" (and storage_keys.cleeng has no customer_id)"));
            customerId = *fromJwt;
        }
        return std::make_unique<CleengProvider>(base, credentials.token, customerId, config.offerIds, http);
    }

    if (provider == QLatin1String("inplayer")) {
        if (config.assetIds.isEmpty())
            return fail(error, QStringLiteral("inplayer: payment.asset_ids is empty (the packages/assets to list)"));
        QDateTime expires;
        if (credentials.extra.contains(QStringLiteral("expires"))
            && !credentials.extra.value(QStringLiteral("expires")).isNull()) {
            const auto s = net::integerField(credentials.extra, QStringLiteral("expires"));
            if (!s || *s <= 0)
                return fail(error, QStringLiteral("inplayer: storage_keys.inplayer.expires is not Unix seconds"));
            expires = QDateTime::fromSecsSinceEpoch(*s, Qt::UTC);
        }
        return std::make_unique<InPlayerProvider>(base, credentials.token, expires, config.assetIds, http);
    }

    if (provider == QLatin1String("mpx")) {
        const QString userId = answer::idText(credentials.extra.value(QStringLiteral("user_id")));
        if (userId.isEmpty())
            return fail(error, QStringLiteral("mpx: storage_keys.mpx has no user_id (the user URI is needed for entitlements)"));
        QString account = answer::idText(credentials.extra.value(QStringLiteral("account")));
        if (account.isEmpty())
            account = config.account;
        if (account.isEmpty())
            return fail(error, QStringLiteral("mpx: no account URI (storage_keys.mpx.account or payment.account)"));
        const QUrl productUrl = !config.productUrl.isEmpty() ? config.productUrl
            : base.isEmpty() ? QUrl() : PaymentProvider::joinPath(base, QStringLiteral("/product/data/Product"));
        const QUrl entitlementUrl = !config.entitlementUrl.isEmpty() ? config.entitlementUrl
            : base.isEmpty() ? QUrl() : PaymentProvider::joinPath(base, QStringLiteral("/eds/data/Entitlement"));
        if (productUrl.isEmpty())
            return fail(error, QStringLiteral("mpx: payment.product_url is not set (nor base_url)"));
        if (entitlementUrl.isEmpty())
            return fail(error, QStringLiteral("mpx: payment.entitlement_url is not set (nor base_url)"));
        return std::make_unique<MpxProvider>(productUrl, entitlementUrl, credentials.token, userId, account,
                                             config.entitlementFields, http);
    }

    if (provider == QLatin1String("rest")) {
        if (config.entitlementUrl.isEmpty())
            return fail(error, QStringLiteral("rest: payment.entitlement_url is not set (the operator's entitlement service)"));
        return std::make_unique<RestProvider>(config.entitlementUrl, credentials.token, config.entitlementFields, http);
    }

    return fail(error, QStringLiteral("payments: unknown payment.provider \"%1\"").arg(provider.left(40)));
}

}  // namespace tvpair
