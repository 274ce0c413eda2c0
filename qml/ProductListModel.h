#pragma once
// Products for a ListView: roles, not JavaScript arrays, and text formatted only for the rows
// a delegate asks for, so 10,000 products cost a QList and nothing more.
#include "payments/Models.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class ProductListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Products come from TvSession.products")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, PriceTextRole, PeriodRole, PeriodTextRole,
                TrialRole, ProviderRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows of one provider (each provider answers on its own).
    void setProducts(const QString &provider, const QList<tvpair::Product> &items);
    void clear();
    // Everything a details screen shows, by row.
    Q_INVOKABLE QVariantMap get(int row) const;

    static QString priceText(const tvpair::Product &p);
    static QString periodText(const QString &period);

signals:
    void countChanged();

private:
    QList<tvpair::Product> m_items;
};
