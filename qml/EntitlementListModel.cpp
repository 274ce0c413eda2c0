#include "EntitlementListModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
constexpr const char *kCtx = "EntitlementListModel";
QString dateText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}
}  // namespace

QString EntitlementListModel::statusText(const tvpair::Entitlement &e)
{
    using S = tvpair::Entitlement::Status;
    switch (e.status) {
    case S::Active: return QCoreApplication::translate(kCtx, "Active");
    case S::Trial: return QCoreApplication::translate(kCtx, "Free trial");
    case S::CancelledValid: return QCoreApplication::translate(kCtx, "Cancelled");
    case S::Expired: return QCoreApplication::translate(kCtx, "Expired");
    case S::Revoked: return QCoreApplication::translate(kCtx, "Ended");
    }
    return QString();
}

QString EntitlementListModel::expiresText(const tvpair::Entitlement &e)
{
    using S = tvpair::Entitlement::Status;
    if (e.status == S::Trial && e.trialEndsAt.isValid())
        return QCoreApplication::translate(kCtx, "Trial ends %1").arg(dateText(e.trialEndsAt));
    if (!e.expiresAt.isValid())
        return e.grantsAccess() ? QCoreApplication::translate(kCtx, "No end date") : QString();
    if (e.grantsAccess())
        return QCoreApplication::translate(kCtx, "Until %1").arg(dateText(e.expiresAt));
    return QCoreApplication::translate(kCtx, "Ended %1").arg(dateText(e.expiresAt));
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
    }
    return {};
}

QHash<int, QByteArray> EntitlementListModel::roleNames() const
{
    return {{IdRole, "id"}, {TitleRole, "title"}, {StatusRole, "status"}, {StatusTextRole, "statusText"},
            {ExpiresTextRole, "expiresText"}, {ActiveRole, "active"}, {ProviderRole, "provider"}};
}

void EntitlementListModel::setEntitlements(const QString &provider, const QList<tvpair::Entitlement> &items)
{
    // What the viewer can watch first; ended ones last.
    replaceRows<tvpair::Entitlement>(m_items, provider, items, [](QList<tvpair::Entitlement> &rows) {
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.grantsAccess() && !b.grantsAccess();
        });
    });
}

void EntitlementListModel::clear()
{
    setEntitlements(QString(), {});
}
