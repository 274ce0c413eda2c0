#include "EntitlementListModel.h"

#include <QLocale>

namespace {
// A date as the UI language writes it, short enough for a card at 720p: "10.01.31",
// "10.1.2031", "2031-01-10", "1/10/31".
QString dateText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}
}  // namespace

QString EntitlementListModel::statusText(const tvpair::Entitlement &e)
{
    using S = tvpair::Entitlement::Status;
    switch (e.status) {
    case S::Active: return tr("Active");
    case S::Trial: return tr("Free trial");
    case S::CancelledValid: return tr("Cancelled");
    case S::Expired: return tr("Expired");
    case S::Revoked: return tr("Ended");
    }
    return QString();
}

QString EntitlementListModel::expiresText(const tvpair::Entitlement &e)
{
    using S = tvpair::Entitlement::Status;
    if (e.status == S::Trial && e.trialEndsAt.isValid())
        return tr("Trial ends %1").arg(dateText(e.trialEndsAt));
    if (!e.expiresAt.isValid())
        return e.grantsAccess() ? tr("No end date") : QString();
    if (e.grantsAccess())
        return tr("Until %1").arg(dateText(e.expiresAt));
    return tr("Ended %1").arg(dateText(e.expiresAt));
}

QVariant EntitlementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const tvpair::Entitlement &e = m_items.at(index.row());
    switch (role) {
    case IdRole: return e.productId;
    case Qt::DisplayRole:
    case TitleRole: return e.title.isEmpty() ? e.productId : e.title;
    case StatusRole: return tvpair::Entitlement::statusName(e.status);
    case StatusTextRole: return statusText(e);
    case ExpiresTextRole: return expiresText(e);
    case ActiveRole: return e.grantsAccess();
    case ProviderRole: return e.provider;
    case RenewsRole: return e.renews && e.grantsAccess();  // it can be managed (cancelled) now
    }
    return {};
}

QHash<int, QByteArray> EntitlementListModel::roleNames() const
{
    return {{IdRole, "id"}, {TitleRole, "title"}, {StatusRole, "status"}, {StatusTextRole, "statusText"},
            {ExpiresTextRole, "expiresText"}, {ActiveRole, "active"}, {ProviderRole, "provider"},
            {RenewsRole, "renews"}};
}

void EntitlementListModel::setEntitlements(const QString &provider, const QList<tvpair::Entitlement> &items)
{
    // What the viewer can watch first; ended ones last.
    replaceRows<tvpair::Entitlement>(m_items, provider, items, [](QList<tvpair::Entitlement> &rows) {
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.grantsAccess() && !b.grantsAccess();
        });
    });
    indexHoldings();
}

void EntitlementListModel::clear()
{
    setEntitlements(QString(), {});
}

QString EntitlementListModel::productKey(const QString &provider, const QString &productId)
{
    if (productId.isEmpty())
        return QString();
    QString id = productId;
    if (provider == QLatin1String("mpx")) {
        const QString last = productId.section(QLatin1Char('/'), -1);
        bool numeric = false;
        last.toULongLong(&numeric);
        if (numeric)
            id = last;
    }
    return provider + QLatin1Char('\n') + id;
}

const tvpair::Entitlement *EntitlementListModel::holding(const tvpair::Product &product) const
{
    const QString key = productKey(product.provider, product.entitlementId());
    if (key.isEmpty())
        return nullptr;
    const auto it = m_held.constFind(key);
    return it == m_held.cend() ? nullptr : &m_items.at(*it);
}

void EntitlementListModel::indexHoldings()
{
    m_held.clear();
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        const tvpair::Entitlement &e = m_items.at(row);
        if (!e.grantsAccess())
            continue;
        const QString key = productKey(e.provider, e.productId);
        if (!key.isEmpty() && !m_held.contains(key))
            m_held.insert(key, row);
    }
    emit holdingsChanged();
}
