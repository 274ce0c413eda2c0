#pragma once
// Products for a ListView: roles, not JavaScript arrays, and text formatted only for the rows
// a delegate asks for, so 10,000 products cost a QList and nothing more. With `heldFrom` set,
// a product the viewer already holds says so (`held`, its status and end date) instead of
// being offered at its price.
#include "EntitlementListModel.h"
#include "PaymentListModel.h"
#include "payments/Models.h"

#include <QPointer>

class ProductListModel : public PaymentListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Products come from TvSession.products")
    // The viewer's entitlements; null: nothing is marked held.
    Q_PROPERTY(EntitlementListModel *heldFrom READ heldFrom WRITE setHeldFrom NOTIFY heldFromChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, PriceTextRole, PeriodRole, PeriodTextRole,
                TrialRole, TrialTextRole, ProviderRole, HeldRole, HeldStatusRole, HeldStatusTextRole,
                HeldUntilTextRole, GrantsAccessToRole, HeldIdRole, HeldRenewsRole };
    Q_ENUM(Role)

    using PaymentListModel::PaymentListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows of one provider (each provider answers on its own).
    void setProducts(const QString &provider, const QList<tvpair::Product> &items);
    void clear();

    EntitlementListModel *heldFrom() const { return m_heldFrom; }
    void setHeldFrom(EntitlementListModel *entitlements);

    static QString priceText(const tvpair::Product &p);
    // "per month", "every 3 months", "for 48 hours", "one-time purchase" (translated, plural forms).
    static QString periodText(const QString &period);
    // A length as the providers give it ("7 days", "1 month", "2 periods"), translated with its
    // plural form; anything else as it is.
    static QString durationText(const QString &length);

signals:
    void heldFromChanged();

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString kind() const override { return QStringLiteral("product"); }

private:
    void holdingsChanged();

    QList<tvpair::Product> m_items;
    QPointer<EntitlementListModel> m_heldFrom;
    QMetaObject::Connection m_heldConnection;
};
