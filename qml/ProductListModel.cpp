#include "ProductListModel.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
// A price as the UI language writes it (QLocale::setDefault follows the language): "9,99 €" in
// German, "€9.99" in English, "129,00 kr." in Danish. The locale's own symbol when the currency
// is its own, the common sign for the big ones, else the ISO code with a space ("DKK 129.00").
QString currencyText(double price, const QString &iso)
{
    const QLocale locale;
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == iso) symbol = locale.currencySymbol();
    else if (iso == QLatin1String("EUR")) symbol = QStringLiteral("€");
    else if (iso == QLatin1String("USD")) symbol = QStringLiteral("US$");
    else if (iso == QLatin1String("GBP")) symbol = QStringLiteral("£");
    else if (iso == QLatin1String("JPY")) symbol = QStringLiteral("¥");
    if (!symbol.isEmpty())
        return locale.toCurrencyString(price, symbol, 2);
    const QChar mark(0x00A4);  // where the locale puts the symbol
    QString text = locale.toCurrencyString(price, QString(mark), 2);
    const qsizetype at = text.indexOf(mark);
    const bool glued = at >= 0 && at + 1 < text.size() && !text.at(at + 1).isSpace();
    return text.replace(mark, glued ? iso + QChar(0x00A0) : iso);
}

// "<n> <unit>" or "<n> <unit>s", as the payment adapters write a count of units.
struct Length {
    int count = 0;
    QString unit;  // hour | day | week | month | year | period; empty: not a length
};

Length parseLength(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,6}) (hour|day|week|month|year|period)s?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2)};
}
}  // namespace

QString ProductListModel::priceText(const tvpair::Product &p)
{
    if (!p.hasPrice)
        return QString();
    if (p.price == 0)
        return tr("Free");
    return currencyText(p.price, p.currency);
}

QString ProductListModel::durationText(const QString &length)
{
    const Length l = parseLength(length);
    const int n = l.count;
    if (l.unit == QLatin1String("hour")) return tr("%n hour(s)", nullptr, n);
    if (l.unit == QLatin1String("day")) return tr("%n day(s)", nullptr, n);
    if (l.unit == QLatin1String("week")) return tr("%n week(s)", nullptr, n);
    if (l.unit == QLatin1String("month")) return tr("%n month(s)", nullptr, n);
    if (l.unit == QLatin1String("year")) return tr("%n year(s)", nullptr, n);
    if (l.unit == QLatin1String("period")) return tr("%n billing period(s)", nullptr, n);
    return length;
}

QString ProductListModel::periodText(const QString &period)
{
    if (period == QLatin1String("day")) return tr("per day");
    if (period == QLatin1String("week")) return tr("per week");
    if (period == QLatin1String("month")) return tr("per month");
    if (period == QLatin1String("year")) return tr("per year");
    if (period == QLatin1String("once")) return tr("one-time purchase");
    // A rental window is counted in hours; any other count is a recurring period.
    const Length l = parseLength(period);
    const int n = l.count;
    if (l.unit == QLatin1String("hour")) return tr("for %n hour(s)", nullptr, n);
    if (l.unit == QLatin1String("day")) return tr("every %n day(s)", nullptr, n);
    if (l.unit == QLatin1String("week")) return tr("every %n week(s)", nullptr, n);
    if (l.unit == QLatin1String("month")) return tr("every %n month(s)", nullptr, n);
    if (l.unit == QLatin1String("year")) return tr("every %n year(s)", nullptr, n);
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
    case TrialTextRole: return durationText(p.trial);
    case ProviderRole: return p.provider;
    case GrantsAccessToRole: return p.grantsAccessTo;
    }
    const tvpair::Entitlement *held = m_heldFrom ? m_heldFrom->holding(p) : nullptr;
    switch (role) {
    case HeldRole: return held != nullptr;
    case HeldStatusRole: return held ? tvpair::Entitlement::statusName(held->status) : QString();
    case HeldStatusTextRole: return held ? EntitlementListModel::statusText(*held) : QString();
    case HeldUntilTextRole: return held ? EntitlementListModel::expiresText(*held) : QString();
    case HeldIdRole: return held ? held->productId : QString();  // what a manage page names
    case HeldRenewsRole: return held && held->renews;
    }
    return {};
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    return {{IdRole, "id"}, {TitleRole, "title"}, {PriceTextRole, "priceText"}, {PeriodRole, "period"},
            {PeriodTextRole, "periodText"}, {TrialRole, "trial"}, {TrialTextRole, "trialText"},
            {ProviderRole, "provider"}, {HeldRole, "held"}, {HeldStatusRole, "heldStatus"},
            {HeldStatusTextRole, "heldStatusText"}, {HeldUntilTextRole, "heldUntilText"},
            {GrantsAccessToRole, "grantsAccessTo"}, {HeldIdRole, "heldId"}, {HeldRenewsRole, "heldRenews"}};
}

void ProductListModel::setProducts(const QString &provider, const QList<tvpair::Product> &items)
{
    replaceRows(m_items, provider, items);
}

void ProductListModel::clear()
{
    setProducts(QString(), {});
}

void ProductListModel::setHeldFrom(EntitlementListModel *entitlements)
{
    if (entitlements == m_heldFrom)
        return;
    disconnect(m_heldConnection);
    m_heldFrom = entitlements;
    if (entitlements)
        m_heldConnection = connect(entitlements, &EntitlementListModel::holdingsChanged, this,
                                   &ProductListModel::holdingsChanged);
    holdingsChanged();
    emit heldFromChanged();
}

// Rows keep their place (the catalogue's order): a product held or no longer held changes its
// card, never its position under the viewer's focus.
void ProductListModel::holdingsChanged()
{
    if (m_items.isEmpty())
        return;
    emit dataChanged(index(0), index(int(m_items.size()) - 1),
                     {HeldRole, HeldStatusRole, HeldStatusTextRole, HeldUntilTextRole, HeldIdRole, HeldRenewsRole});
}
