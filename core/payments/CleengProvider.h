#pragma once
// Cleeng MediaStore API (payments.md, "Cleeng"): Bearer customer JWT, {responseData, errors}
// envelopes, Unix seconds.
#include "payments/PaymentProvider.h"

#include <QStringList>

namespace tvpair {

class CleengProvider : public PaymentProvider {
    Q_OBJECT
public:
    // offerIds non-empty: products are GET /offers/{id} for each, else GET /offers paged.
    CleengProvider(const QUrl &baseUrl, const QString &customerJwt, const QString &customerId,
                   const QStringList &offerIds, net::HttpClient *http, QObject *parent = nullptr);

    // customerId from the JWT payload (base64url of the middle part; no signature check,
    // the server checks it). A number or a string in the payload; nullopt with *error otherwise.
    static std::optional<QString> customerIdFromJwt(const QString &jwt, QString *error);

    QString name() const override { return QStringLiteral("cleeng"); }
    void listProducts(ProductsCallback done) override;
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &productId, AccessCallback done) override;

    QString customerId() const { return m_customerId; }

    // One answer read as the calls above read it, without a request (tests/fuzz): the same
    // envelope check and the same item converters; `now` is the clock. parseOffers reads an
    // /offers page (responseData.items) or, with single, one /offers/{id} answer.
    static ProductsResult parseOffers(const net::HttpResponse &r, bool single);
    static EntitlementsResult parseCustomerList(const net::HttpResponse &r, const QDateTime &now);
    static AccessResult parseAccess(const net::HttpResponse &r, const QString &offerId);

private:
    struct ProductsJob;
    struct EntitlementsJob;
    void fetchOfferPage(std::shared_ptr<ProductsJob> job);
    void fetchOfferById(std::shared_ptr<ProductsJob> job);
    void fetchCustomerList(std::shared_ptr<EntitlementsJob> job);
    Headers headers() const;
    // The envelope's responseData, or an error (HTTP status, envelope errors[], bad JSON).
    std::optional<QJsonValue> responseData(const net::HttpResponse &r, const QString &what, PaymentError *error) const;
    std::optional<Product> offerToProduct(const QJsonObject &o, QString *problem) const;
    std::optional<Entitlement> itemToEntitlement(const QJsonObject &o, QString *problem) const;

    QUrl m_base;
    QString m_token;
    QString m_customerId;
    QStringList m_offerIds;
};

}  // namespace tvpair
