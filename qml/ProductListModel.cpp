#include "ProductListModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString currencySymbol(const QString &iso)
{
    if (iso == QLatin1String("EUR")) return QStringLiteral("€");
    if (iso == QLatin1String("USD")) return QStringLiteral("$");
    if (iso == QLatin1String("GBP")) return QStringLiteral("£");
    if (iso == QLatin1String("JPY")) return QStringLiteral("¥");
    return iso + QLatin1Char(' ');
}
}  // namespace

QString ProductListModel::priceText(const tvpair::Product &p)
{
    if (!p.hasPrice)
        return QString();
    if (p.price == 0)
        return QCoreApplication::translate("ProductListModel", "Free");
    return QLocale().toCurrencyString(p.price, currencySymbol(p.currency), 2);
}

QString ProductListModel::periodText(const QString &period)
{
    const char *ctx = "ProductListModel";
    if (period == QLatin1String("day")) return QCoreApplication::translate(ctx, "per day");
    if (period == QLatin1String("week")) return QCoreApplication::translate(ctx, "per week");
    if (period == QLatin1String("month")) return QCoreApplication::translate(ctx, "per month");
    if (period == QLatin1String("year")) return QCoreApplication::translate(ctx, "per year");
    if (period == QLatin1String("once")) return QCoreApplication::translate(ctx, "one-time purchase");
    if (period.endsWith(QLatin1String(" hours")))
        return QCoreApplication::translate(ctx, "for %1 hours").arg(period.section(QLatin1Char(' '), 0, 0));
    return period;
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const tvpair::Product &p = m_items.at(index.row());
    switch (role) {
    case IdRole: return p.id;
    case Qt::DisplayRole:
    case TitleRole: return p.title.isEmpty() ? p.id : p.title;
    case PriceTextRole: return priceText(p);
    case PeriodRole: return p.period;
    case PeriodTextRole: return periodText(p.period);
    case TrialRole: return p.trial;
    case ProviderRole: return p.provider;
    }
    return {};
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    return {{IdRole, "id"}, {TitleRole, "title"}, {PriceTextRole, "priceText"}, {PeriodRole, "period"},
            {PeriodTextRole, "periodText"}, {TrialRole, "trial"}, {ProviderRole, "provider"}};
}

void ProductListModel::setProducts(const QString &provider, const QList<tvpair::Product> &items)
{
    replaceRows(m_items, provider, items);
}

void ProductListModel::clear()
{
    setProducts(QString(), {});
}
