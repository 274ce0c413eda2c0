#pragma once
// Product codes from an OIDC claim: no payment provider,
// no network. Entitlements are the codes (active, no expiry); products are not listed.
#include "payments/PaymentProvider.h"

#include <QJsonArray>
#include <QStringList>

namespace tvpair {

class UserInfoProducts : public PaymentProvider {
    Q_OBJECT
public:
    // claim: the JSON array claim (e.g. "products") from UserInfo or the ID token. Entries
    // that are not non-empty strings are dropped (and logged), duplicates once.
    explicit UserInfoProducts(const QJsonArray &claim, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("userinfo"); }
    void listProducts(ProductsCallback done) override;
    void listEntitlements(EntitlementsCallback done) override;
    void checkAccess(const QString &productId, AccessCallback done) override;

    const QStringList &codes() const { return m_codes; }

private:
    QStringList m_codes;
};

}  // namespace tvpair
