#pragma once
// One product and one entitlement model for every payment provider (no screen sees a provider's shape).
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tvpair {

struct Product {
    QString id;
    QString title;
    double price = 0;
    bool hasPrice = false;
    QString currency;  // ISO 4217
    QString period;    // day | week | month | year | "<n> hours" | once | "" (unknown)
    QString trial;     // "" or a short description such as "7 days"
    QString provider;  // cleeng | inplayer | mpx | userinfo
    // The provider's id of what buying this gives access to, when that is not `id` itself:
    // an InPlayer access fee (id) opens its asset (this), which is what access rows name.
    QString grantsAccessTo;

    // The id an entitlement to this product carries.
    QString entitlementId() const { return grantsAccessTo.isEmpty() ? id : grantsAccessTo; }

    // The item of a headless "products" event (docs/headless-events.md).
    QJsonObject toEventJson() const;

    bool operator==(const Product &o) const
    {
        return id == o.id && title == o.title && price == o.price && hasPrice == o.hasPrice && currency == o.currency
            && period == o.period && trial == o.trial && provider == o.provider && grantsAccessTo == o.grantsAccessTo;
    }
    bool operator!=(const Product &o) const { return !(*this == o); }
};

struct Entitlement {
    enum class Status { Active, Trial, CancelledValid, Expired, Revoked };
    QString productId;
    QString title;
    Status status = Status::Active;
    QDateTime startsAt;    // UTC, invalid when unknown
    QDateTime expiresAt;   // UTC, invalid when it does not expire
    QDateTime trialEndsAt; // UTC, invalid when not a trial
    QString provider;
    // The next (recurring) or last (one-off) payment, when the provider says it.
    double price = 0;
    bool hasPrice = false;
    QString currency;  // ISO 4217
    // A subscription (or a trial that turns into one) that renews by itself until cancelled:
    // the viewer manages it on the provider's or operator's page.
    bool renews = false;

    // Active, trial and cancelled-but-still-valid give access; expired and revoked do not.
    bool grantsAccess() const
    {
        return status == Status::Active || status == Status::Trial || status == Status::CancelledValid;
    }
    static QString statusName(Status s);
    // The item of a headless "entitlements" event.
    QJsonObject toEventJson() const;

    bool operator==(const Entitlement &o) const
    {
        return productId == o.productId && title == o.title && status == o.status && startsAt == o.startsAt
            && expiresAt == o.expiresAt && trialEndsAt == o.trialEndsAt && provider == o.provider && price == o.price
            && hasPrice == o.hasPrice && currency == o.currency && renews == o.renews;
    }
    bool operator!=(const Entitlement &o) const { return !(*this == o); }
};

}  // namespace tvpair

Q_DECLARE_METATYPE(tvpair::Product)
Q_DECLARE_METATYPE(tvpair::Entitlement)
