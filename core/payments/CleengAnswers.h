#pragma once
// How Cleeng MediaStore answers read into the model: the
// {responseData, errors} envelope, Unix seconds, `x-total-count` on paged lists, `terminated`
// never grants access. CleengProvider reads every answer through these, and so do the fuzzers.
#include "payments/PaymentAnswer.h"

namespace tvpair {

class CleengAnswers {
public:
    static QString provider() { return QStringLiteral("cleeng"); }
    explicit CleengAnswers(const QDateTime &now, qint64 maxBodyBytes = PaymentLimits{}.maxBodyBytes)
        : m_ctx{provider(), now, maxBodyBytes}
    {
    }

    // One page of GET /offers (responseData.items; active offers into `items`); `offset` is the
    // page's pageOffset (it numbers the items in errors). total: the x-total-count header.
    ListPage offersPage(const net::HttpResponse &r, qint64 offset, QList<Product> &items) const;
    // GET /offers/{offerId}: the offer, or nothing when it is not active. A 404 is Config.
    ProductsResult offer(const net::HttpResponse &r, const QString &offerId) const;
    // One page of GET /customers/{id}/subscriptions or /offers (`list` names it): items whose
    // offerId is already in `items` are skipped (/offers repeats the subscriptions).
    // total: the x-total-count header, when the answer is paged.
    ListPage customerPage(const net::HttpResponse &r, const QString &list, qint64 offset,
                          QList<Entitlement> &items) const;
    // GET /entitlements/{offerId}: accessGranted is the truth (also in a grace period).
    AccessResult access(const net::HttpResponse &r, const QString &offerId) const;

    const AnswerContext &context() const { return m_ctx; }

private:
    // The envelope's responseData, or an error (HTTP status, envelope errors[], bad JSON).
    std::optional<QJsonValue> responseData(const net::HttpResponse &r, const QString &what, PaymentError *error) const;
    // responseData.items of a paged answer, or the error.
    std::optional<QJsonArray> pageItems(const net::HttpResponse &r, const QString &what, ListPage &page) const;
    std::optional<Product> offerToProduct(const QJsonObject &o, QString *problem) const;
    std::optional<Entitlement> itemToEntitlement(const QJsonObject &o, QString *problem) const;

    AnswerContext m_ctx;
};

}  // namespace tvpair
