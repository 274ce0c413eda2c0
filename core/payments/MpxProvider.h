#pragma once
// MPX / thePlatform (payments.md, "MPX"): token, account, schema and form=cjson as query
// parameters; errors as HTTP 200 with isException; epoch milliseconds; range=a-b paging.
#include "payments/PaymentProvider.h"

#include <QHash>
#include <QJsonArray>

namespace tvpair {

class MpxProvider : public PaymentProvider {
    Q_OBJECT
public:
    // entitlementFields: product_id/start/end/disabled -> the operator's field names
    // (defaults productId, startDate, endDate, disabled for a missing key).
    MpxProvider(const QUrl &productUrl, const QUrl &entitlementUrl, const QString &token, const QString &userId,
                const QString &account, const QHash<QString, QString> &entitlementFields, net::HttpClient *http,
                QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("mpx"); }
    void listProducts(ProductsCallback done) override;
    // Entitlement titles come from the products once listProducts() has answered.
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &productId, AccessCallback done) override;

    static constexpr const char *kSchema = "1.2";

    // One answer read as the calls above read it, without a request (tests/fuzz): the page
    // check (isException, entries) and the same converters; `now` is the clock,
    // entitlementFields as in the constructor. *full: the page came back full (pageSize).
    static ProductsResult parseProductsPage(const net::HttpResponse &r, int pageSize = 50, bool *full = nullptr);
    static EntitlementsResult parseEntitlementsPage(const net::HttpResponse &r, const QDateTime &now,
                                                    const QHash<QString, QString> &entitlementFields = {},
                                                    int pageSize = 50, bool *full = nullptr);

private:
    struct PageJob;
    using EntriesCallback = std::function<void(const QList<QJsonObject> &entries,
                                               const std::optional<PaymentError> &error, bool truncated)>;
    // Reads `url` page by page (range=a-b) while a page comes back full.
    void fetchAll(const QUrl &url, const QString &what, EntriesCallback done);
    void fetchPage(std::shared_ptr<PageJob> job);
    // One page answer: its entries, or the error the page reports (isException, HTTP, shape).
    std::optional<PaymentError> pageEntries(const net::HttpResponse &r, const QString &what,
                                            QList<QJsonObject> *entries) const;
    QUrl withParams(const QUrl &url, const QList<QPair<QString, QString>> &extra) const;
    std::optional<Product> toProduct(const QJsonObject &o) const;
    std::optional<Entitlement> toEntitlement(const QJsonObject &o, QString *problem) const;
    QString field(const QString &key) const;

    QUrl m_productUrl;
    QUrl m_entitlementUrl;
    QString m_token;
    QString m_userId;
    QString m_account;
    QHash<QString, QString> m_fields;
    QHash<QString, QString> m_productTitles;
};

}  // namespace tvpair
