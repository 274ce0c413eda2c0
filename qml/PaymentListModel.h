#pragma once
// What ProductListModel and EntitlementListModel share: the rows of several providers, one
// provider's rows replaced when it answers, `count` for bindings and get(row) for a details
// screen. The rows themselves (and their roles) live in the subclasses.
#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

class PaymentListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    // Everything a details screen shows, by row: every role by its name, and "kind".
    Q_INVOKABLE QVariantMap get(int row) const;
    // Every row's texts again (after a language switch: statuses, dates, prices, periods).
    void refreshTexts()
    {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
    }

signals:
    void countChanged();

protected:
    virtual int itemCount() const = 0;
    virtual QString kind() const = 0;  // "product" | "entitlement"

    // Replaces the rows of `provider` (every row when it is empty) with `items` in one model
    // reset; `arrange` may then reorder all rows.
    template <typename T>
    void replaceRows(QList<T> &rows, const QString &provider, const QList<T> &items,
                     const std::function<void(QList<T> &)> &arrange = {})
    {
        beginResetModel();
        if (provider.isEmpty()) {
            rows = items;
        } else {
            rows.removeIf([&](const T &x) { return x.provider == provider; });
            rows.append(items);
        }
        if (arrange)
            arrange(rows);
        endResetModel();
        emit countChanged();
    }
};
