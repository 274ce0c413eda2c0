#pragma once
// How InPlayer's answers read into the model: Unix seconds,
// {code, message} errors, 402 = no access, `revoked` rows never grant access. InPlayerProvider
// reads every answer through these, and so do the fuzzers.
#include "payments/PaymentAnswer.h"

namespace tvpair {

class InPlayerAnswers {
public:
    static QString provider() { return QStringLiteral("inplayer"); }
    explicit InPlayerAnswers(const QDateTime &now, qint64 maxBodyBytes = PaymentLimits{}.maxBodyBytes)
        : m_ctx{provider(), now, maxBodyBytes}
    {
    }

    // GET /v2/items/{assetId}/access-fees: one product per fee (id = the fee id).
    ProductsResult accessFees(const net::HttpResponse &r, qint64 assetId) const;
    // One page of GET /items/access/customers (access rows; productId = the item id) or of
    // GET /subscriptions (a subscription adds whether an item renews; an item without an access
    // row is listed from its subscription). Rows go into `items`; 402 is an empty last page.
    // On an error `items` may hold part of the page.
    ListPage accessPage(const net::HttpResponse &r, QList<Entitlement> &items) const;
    ListPage subscriptionsPage(const net::HttpResponse &r, QList<Entitlement> &items) const;
    // GET /items/{assetId}/access: 200 = granted, 402 = NoAccess.
    AccessResult access(const net::HttpResponse &r, const QString &assetId) const;

    const AnswerContext &context() const { return m_ctx; }

private:
    ListPage page(const net::HttpResponse &r, bool subscriptions, QList<Entitlement> &items) const;
    std::optional<PaymentError> errorOf(const net::HttpResponse &r, const QString &what) const;
    Product feeToProduct(const QJsonObject &fee, qint64 feeId, qint64 assetId) const;
    Entitlement itemEntitlement(const QJsonObject &row, qint64 itemId) const;
    Entitlement accessRowToEntitlement(const QJsonObject &row, qint64 itemId) const;
    Entitlement subscriptionToEntitlement(const QJsonObject &row, qint64 itemId) const;

    AnswerContext m_ctx;
};

}  // namespace tvpair
