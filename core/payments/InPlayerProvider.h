#pragma once
// InPlayer / JW Player (payments.md, "InPlayer"): Bearer access token with a known expiry,
// {code, message} errors, 402 = no access, Unix seconds, pages from 0.
#include "payments/PaymentProvider.h"

namespace tvpair {

class InPlayerProvider : public PaymentProvider {
    Q_OBJECT
public:
    // tokenExpires: `expires` of storage_keys.inplayer (invalid when not given). assetIds: the
    // packages/assets of the config whose access fees are the products.
    InPlayerProvider(const QUrl &baseUrl, const QString &token, const QDateTime &tokenExpires,
                     const QList<qint64> &assetIds, net::HttpClient *http, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("inplayer"); }
    // Products: one per access fee; Product::id is the fee id, the title names the asset.
    void listProducts(ProductsCallback done) override;
    // Entitlements: Entitlement::productId is the asset (item) id, as checkAccess() takes it.
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &assetId, AccessCallback done) override;

    // One answer read as the calls above read it, without a request (tests/fuzz): the rows of
    // one page through the same converters, the same errors. `now` is the clock.
    static ProductsResult parseAccessFees(const net::HttpResponse &r, qint64 assetId);
    static EntitlementsResult parseAccessPage(const net::HttpResponse &r, const QDateTime &now);
    static EntitlementsResult parseSubscriptionsPage(const net::HttpResponse &r, const QDateTime &now);
    static AccessResult parseAccess(const net::HttpResponse &r, const QString &assetId);

private:
    struct ProductsJob;
    struct EntitlementsJob;
    struct Page;
    void fetchFees(std::shared_ptr<ProductsJob> job);
    void fetchEntitlementPage(std::shared_ptr<EntitlementsJob> job);
    void nextListing(std::shared_ptr<EntitlementsJob> job);  // from access to subscriptions
    // One answer read into the model; the calls and the parse* functions share these.
    std::optional<PaymentError> readFees(const net::HttpResponse &r, qint64 assetId, QList<Product> &items) const;
    Page readPage(const net::HttpResponse &r, bool subscriptions, QList<Entitlement> &items) const;
    AccessResult readAccess(const net::HttpResponse &r, const QString &assetId) const;
    static EntitlementsResult parsePage(const net::HttpResponse &r, const QDateTime &now, bool subscriptions);
    // Unauthorized without a request when `expires` has passed.
    std::optional<PaymentError> expiredToken() const;
    std::optional<PaymentError> errorOf(const net::HttpResponse &r, const QString &what) const;
    Headers headers(bool withAuth) const;
    Product feeToProduct(const QJsonObject &fee, qint64 feeId, qint64 assetId) const;
    Entitlement itemEntitlement(const QJsonObject &row, qint64 itemId) const;
    Entitlement accessRowToEntitlement(const QJsonObject &row, qint64 itemId) const;
    Entitlement subscriptionToEntitlement(const QJsonObject &row, qint64 itemId) const;

    QUrl m_base;
    QString m_token;
    QDateTime m_expires;
    QList<qint64> m_assetIds;
};

}  // namespace tvpair
