#pragma once
// MPX / thePlatform: token, account, schema and form=cjson as query
// parameters; range=a-b paging. Every answer is read by MpxAnswers.
#include "payments/MpxAnswers.h"
#include "payments/PaymentProvider.h"

#include <QHash>

namespace tvpair {

class MpxProvider : public PaymentProvider {
    Q_OBJECT
public:
    // entitlementFields: product_id/start/end/disabled -> the operator's field names
    // (defaults productId, startDate, endDate, disabled for a missing key).
    MpxProvider(const QUrl &productUrl, const QUrl &entitlementUrl, const QString &token, const QString &userId,
                const QString &account, const QHash<QString, QString> &entitlementFields, net::HttpClient *http,
                QObject *parent = nullptr);

    QString name() const override { return MpxAnswers::provider(); }
    void listProducts(ProductsCallback done) override;
    // Entitlement titles come from the products once listProducts() has answered.
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &productId, AccessCallback done) override;

    static constexpr const char *kSchema = "1.2";

private:
    // Reads `url` range by range into `list`; readPage reads one answer into it.
    template <typename T>
    void readRanges(const QUrl &url, const QString &what, std::shared_ptr<PaymentList<T>> list,
                    std::function<ListPage(const net::HttpResponse &, QList<T> &)> readPage, std::function<void()> done);
    QUrl withParams(const QUrl &url, const QList<QPair<QString, QString>> &extra) const;
    MpxAnswers answers() const;

    QUrl m_productUrl;
    QUrl m_entitlementUrl;
    QString m_token;
    QString m_userId;
    QString m_account;
    QHash<QString, QString> m_fields;
    QHash<QString, QString> m_productTitles;
};

}  // namespace tvpair
