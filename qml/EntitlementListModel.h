#pragma once
// Entitlements for a ListView ("You have"): named roles, formatted per visible row, and an index
// of the products they hold, so a product list can mark what the viewer already has.
#include "PaymentListModel.h"
#include "payments/Models.h"

#include <QHash>

class EntitlementListModel : public PaymentListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Entitlements come from TvSession.entitlements")
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, StatusRole, StatusTextRole, ExpiresTextRole,
                ActiveRole, ProviderRole, RenewsRole };
    Q_ENUM(Role)

    using PaymentListModel::PaymentListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntitlements(const QString &provider, const QList<tvpair::Entitlement> &items);
    void clear();

    // The entitlement that gives access to `product` now (active, trial or cancelled but still
    // valid), or null. Ended entitlements hold nothing: that product can be bought again.
    const tvpair::Entitlement *holding(const tvpair::Product &product) const;

    // The key under which a product id and an entitlement's product id name the same product of
    // one provider; empty where the two ids live in different id spaces and cannot be compared.
    //  - cleeng: both are the offer id.
    //  - mpx: both are the Product URI (.../Product/<n>); an entitlement feed may give the bare
    //    number <n>, the URI's last segment, so both are keyed by that number when there is one.
    //  - inplayer: a product is an access fee and an entitlement names an asset (item id): the
    //    product is keyed by the asset its fee opens (Product::entitlementId()), never the fee id.
    //  - others (userinfo product codes, previews): the ids as they are.
    static QString productKey(const QString &provider, const QString &productId);

    static QString statusText(const tvpair::Entitlement &e);
    static QString expiresText(const tvpair::Entitlement &e);

signals:
    // The set of held products changed (after every setEntitlements / clear).
    void holdingsChanged();

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString kind() const override { return QStringLiteral("entitlement"); }

private:
    void indexHoldings();

    QList<tvpair::Entitlement> m_items;
    QHash<QString, qsizetype> m_held;  // productKey -> row in m_items of the first granting entitlement
};
