#pragma once
// Product codes from an OIDC claim: no payment provider,
// no network. Entitlements are the codes (active, no expiry); products are not listed.
#include "payments/PaymentProvider.h"

#include <QHash>
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
    // Titles for the codes (payment.titles in one language); a code without one is its title.
    void setTitles(const QHash<QString, QString> &titleByCode) { m_titles = titleByCode; }
    // payment.titles in `language` ("de"): that language, else the one for every language,
    // else English.
    static QHash<QString, QString> titlesIn(const QHash<QString, QHash<QString, QString>> &titles,
                                            const QString &language);

private:
    QStringList m_codes;
    QHash<QString, QString> m_titles;
};

}  // namespace tvpair
