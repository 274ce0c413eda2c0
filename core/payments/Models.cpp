#include "Models.h"

namespace tvpair {

QJsonObject Product::toEventJson() const
{
    QJsonObject o{{"id", id}, {"title", title}};
    if (hasPrice) {
        o.insert("price", price);
        o.insert("currency", currency);
    }
    if (!period.isEmpty())
        o.insert("period", period);
    if (!trial.isEmpty())
        o.insert("trial", trial);
    return o;
}

QString Entitlement::statusName(Status s)
{
    switch (s) {
    case Status::Active: return QStringLiteral("active");
    case Status::Trial: return QStringLiteral("trial");
    case Status::CancelledValid: return QStringLiteral("cancelled_valid");
    case Status::Expired: return QStringLiteral("expired");
    case Status::Revoked: return QStringLiteral("revoked");
    }
    return QStringLiteral("active");
}

QJsonObject Entitlement::toEventJson() const
{
    QJsonObject o{{"product_id", productId}, {"title", title}, {"active", grantsAccess()},
                  {"status", statusName(status)}};
    if (expiresAt.isValid())
        o.insert("expires_at", expiresAt.toUTC().toString(Qt::ISODate));
    if (startsAt.isValid())
        o.insert("starts_at", startsAt.toUTC().toString(Qt::ISODate));
    if (trialEndsAt.isValid())
        o.insert("trial_ends_at", trialEndsAt.toUTC().toString(Qt::ISODate));
    return o;
}

}  // namespace tvpair
