#pragma once
// Entitlements for a ListView ("You have"): named roles, formatted per visible row.
#include "payments/Models.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class EntitlementListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Entitlements come from TvSession.entitlements")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, StatusRole, StatusTextRole, ExpiresTextRole,
                ActiveRole, ProviderRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntitlements(const QString &provider, const QList<tvpair::Entitlement> &items);
    void clear();
    Q_INVOKABLE QVariantMap get(int row) const;

    static QString statusText(const tvpair::Entitlement &e);
    static QString expiresText(const tvpair::Entitlement &e);

signals:
    void countChanged();

private:
    QList<tvpair::Entitlement> m_items;
};
