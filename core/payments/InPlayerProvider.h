#pragma once
// InPlayer / JW Player: Bearer access token with a known expiry,
// pages from 0. Every answer is read by InPlayerAnswers.
#include "payments/InPlayerAnswers.h"
#include "payments/PaymentProvider.h"

namespace tvpair {

class InPlayerProvider : public PaymentProvider {
    Q_OBJECT
public:
    // tokenExpires: `expires` of storage_keys.inplayer (invalid when not given). assetIds: the
    // packages/assets of the config whose access fees are the products.
    InPlayerProvider(const QUrl &baseUrl, const QString &token, const QDateTime &tokenExpires,
                     const QList<qint64> &assetIds, net::HttpClient *http, QObject *parent = nullptr);

    QString name() const override { return InPlayerAnswers::provider(); }
    // Products: one per access fee; Product::id is the fee id, the title names the asset.
    void listProducts(ProductsCallback done) override;
    // Entitlements: the access listing, then the subscriptions, each read to its last page.
    // Entitlement::productId is the asset (item) id, as checkAccess() takes it.
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &assetId, AccessCallback done) override;

private:
    struct ProductsJob;
    void fetchFees(std::shared_ptr<ProductsJob> job);
    // Every page of one listing (access or subscriptions) into `list`.
    void readListing(bool subscriptions, std::shared_ptr<EntitlementsResult> list, std::function<void()> done);
    InPlayerAnswers answers() const;
    // Unauthorized without a request when `expires` has passed.
    std::optional<PaymentError> expiredToken() const;
    Headers headers(bool withAuth) const;

    QUrl m_base;
    QString m_token;
    QDateTime m_expires;
    QList<qint64> m_assetIds;
};

}  // namespace tvpair
