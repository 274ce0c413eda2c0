#pragma once
// How an operator's entitlement service answers read into the model. The records have the shape
// of Brightcove Beacon's entitlement webhook (package_name, start_date, end_date, trial_end_date,
// effective_cancelation_date, notification_type new | renew | cancellation | buy | rent), under
// the operator's own field names (payment.entitlement_fields): a trial until its end, cancelled
// but valid until the effective cancellation date, a rental or purchase until end_date, and a
// `revoked` record (refunded, withdrawn) never grants access. Times are ISO 8601 texts or Unix
// seconds. A page is a JSON array of records, or an object with the records under `records` and
// the next page's link under `next`. RestProvider reads every answer through this, and so does
// the fuzzer.
#include "payments/PaymentAnswer.h"

#include <QHash>
#include <QJsonObject>

namespace tvpair {

class RestAnswers {
public:
    static QString provider() { return QStringLiteral("rest"); }
    // fields: the keys of PaymentConfig::restFieldDefaults() -> the operator's names; a missing
    // key keeps Beacon's name.
    explicit RestAnswers(const QDateTime &now, const QHash<QString, QString> &fields = {},
                         qint64 maxBodyBytes = PaymentLimits{}.maxBodyBytes);

    // One page into `items`; *next: the next page's link as the service wrote it (empty at the
    // end). On an error `items` may hold part of the page.
    ListPage entitlementsPage(const net::HttpResponse &r, QList<Entitlement> &items, QString *next) const;
    // One record onto the model, or nullopt with *problem (one line naming the field).
    std::optional<Entitlement> toEntitlement(const QJsonObject &o, QString *problem) const;
    // A service may keep several records for one package (a trial, then its renewal, then its
    // cancellation): one row per package, the one that grants access and ends last, else the
    // one that ended last. Order kept.
    static QList<Entitlement> onePerProduct(const QList<Entitlement> &items);

    const AnswerContext &context() const { return m_ctx; }
    QString field(const QString &key) const;

private:
    // A time field: invalid when missing or null; nullopt when it holds something else.
    std::optional<QDateTime> time(const QJsonObject &o, const QString &key, QString *problem) const;

    AnswerContext m_ctx;
    QHash<QString, QString> m_fields;
};

}  // namespace tvpair
