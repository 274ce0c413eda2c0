#pragma once
// Entitlements for a ListView ("You have"): named roles, formatted per visible row.
#include "PaymentListModel.h"
#include "payments/Models.h"

class EntitlementListModel : public PaymentListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Entitlements come from TvSession.entitlements")
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, StatusRole, StatusTextRole, ExpiresTextRole,
                ActiveRole, ProviderRole };
    Q_ENUM(Role)

    using PaymentListModel::PaymentListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntitlements(const QString &provider, const QList<tvpair::Entitlement> &items);
    void clear();

    static QString statusText(const tvpair::Entitlement &e);
    static QString expiresText(const tvpair::Entitlement &e);

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString kind() const override { return QStringLiteral("entitlement"); }

private:
    QList<tvpair::Entitlement> m_items;
};
