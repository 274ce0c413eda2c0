#pragma once
// An operator's own entitlement service (the `rest` provider): Beacon-shaped entitlement records
// from the configured URL, with the viewer's access token (or storage_keys.rest.token) as a
// Bearer token, page after page by the `next` link, read by RestAnswers. Nothing is bought
// through it, so it lists no products.
#include "payments/PaymentProvider.h"
#include "payments/RestAnswers.h"

#include <QHash>

namespace tvpair {

class RestProvider : public PaymentProvider {
    Q_OBJECT
public:
    RestProvider(const QUrl &entitlementUrl, const QString &token, const QHash<QString, QString> &fields,
                 net::HttpClient *http, QObject *parent = nullptr);

    QString name() const override { return RestAnswers::provider(); }
    void listProducts(ProductsCallback done) override;
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &productId, AccessCallback done) override;

    // The next page's link resolved against the page it came from; empty (with *why) when it
    // leaves the service's origin: the token goes with every page, so only there.
    static QUrl nextPage(const QUrl &service, const QUrl &current, const QString &link, QString *why);

private:
    RestAnswers answers() const;

    QUrl m_url;
    QString m_token;
    QHash<QString, QString> m_fields;
};

}  // namespace tvpair
