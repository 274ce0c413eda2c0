#pragma once
// Products for a ListView: roles, not JavaScript arrays, and text formatted only for the rows
// a delegate asks for, so 10,000 products cost a QList and nothing more.
#include "PaymentListModel.h"
#include "payments/Models.h"

class ProductListModel : public PaymentListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Products come from TvSession.products")
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, PriceTextRole, PeriodRole, PeriodTextRole,
                TrialRole, ProviderRole };
    Q_ENUM(Role)

    using PaymentListModel::PaymentListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows of one provider (each provider answers on its own).
    void setProducts(const QString &provider, const QList<tvpair::Product> &items);
    void clear();

    static QString priceText(const tvpair::Product &p);
    static QString periodText(const QString &period);

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString kind() const override { return QStringLiteral("product"); }

private:
    QList<tvpair::Product> m_items;
};
