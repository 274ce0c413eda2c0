#pragma once
// Cleeng MediaStore API: Bearer customer JWT, paged lists with
// pageLimit/pageOffset and x-total-count. Every answer is read by CleengAnswers.
#include "payments/CleengAnswers.h"
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

    QString name() const override { return CleengAnswers::provider(); }
    void listProducts(ProductsCallback done) override;
    // The customer's subscriptions, then everything the customer holds (/offers), each read
    // to its last page when the answer is paged (x-total-count); an offer once.
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &productId, AccessCallback done) override;

    QString customerId() const { return m_customerId; }

private:
    struct OffersById;
    void fetchOfferById(std::shared_ptr<OffersById> job);
    // Every page of GET /customers/{id}/<list> into `list`.
    void readCustomerList(const QString &which, std::shared_ptr<EntitlementsResult> list, std::function<void()> done);
    // `path` with pageLimit and pageOffset.
    QUrl pageUrl(const QString &path, qint64 offset) const;
    CleengAnswers answers() const;
    Headers headers() const;

    QUrl m_base;
    QString m_token;
    QString m_customerId;
    QStringList m_offerIds;
};

}  // namespace tvpair
