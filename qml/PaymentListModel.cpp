#include "PaymentListModel.h"

int PaymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

QVariantMap PaymentListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= itemCount())
        return out;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    out.insert(QStringLiteral("kind"), kind());
    return out;
}
