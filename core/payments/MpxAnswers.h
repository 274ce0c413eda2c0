#pragma once
// How MPX data service answers read into the model: failures as HTTP 200
// with isException, epoch milliseconds, pages with startIndex/itemsPerPage/entryCount (and
// totalResults when asked for), a `disabled` entitlement never grants access. MpxProvider reads
// every answer through these, and so do the fuzzers.
#include "payments/PaymentAnswer.h"

#include <QHash>

namespace tvpair {

class MpxAnswers {
public:
    static QString provider() { return QStringLiteral("mpx"); }
    // entitlementFields: product_id/start/end/disabled -> the operator's field names (defaults
    // productId, startDate, endDate, disabled for a missing key). productTitles: product URI ->
    // title, for entitlement titles.
    MpxAnswers(const QDateTime &now, const QHash<QString, QString> &entitlementFields = {},
               const QHash<QString, QString> &productTitles = {}, qint64 maxBodyBytes = PaymentLimits{}.maxBodyBytes);

    // One page of the Product Data Service / the Entitlement Data Service into `items`.
    // On an error `items` may hold part of the page.
    ListPage productsPage(const net::HttpResponse &r, QList<Product> &items) const;
    ListPage entitlementsPage(const net::HttpResponse &r, QList<Entitlement> &items) const;

    const AnswerContext &context() const { return m_ctx; }
    // The operator's field name for product_id | start | end | disabled.
    QString field(const QString &key) const;

private:
    // The page's entries, or the error it reports (isException, HTTP, shape).
    std::optional<QList<QJsonObject>> entries(const net::HttpResponse &r, const QString &what, ListPage &page) const;
    // One page's entries through `convert` into `items`; the first entry it refuses is the error.
    template <typename T>
    ListPage readPage(const net::HttpResponse &r, const QString &what, QList<T> &items,
                      std::optional<T> (MpxAnswers::*convert)(const QJsonObject &, QString *) const) const;
    std::optional<Product> toProduct(const QJsonObject &o, QString *problem) const;
    std::optional<Entitlement> toEntitlement(const QJsonObject &o, QString *problem) const;

    AnswerContext m_ctx;
    QHash<QString, QString> m_fields;
    QHash<QString, QString> m_titles;
};

}  // namespace tvpair
