#include "InPlayerAnswers.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/Log.h"

#include <QJsonArray>

namespace tvpair {

using namespace answer;

namespace {

bool endsLater(const Entitlement &a, const Entitlement &b)
{
    if (!b.expiresAt.isValid())
        return false;  // b never ends
    return !a.expiresAt.isValid() || a.expiresAt > b.expiresAt;
}

}  // namespace

std::optional<PaymentError> InPlayerAnswers::errorOf(const net::HttpResponse &r, const QString &what) const
{
    QString serverText;
    if (r.transportOk() && !r.isSuccess()) {
        if (const auto body = net::parseJsonObject(r.body, nullptr))
            serverText = body->value(QStringLiteral("message")).toString();
    }
    return m_ctx.httpError(r, what, serverText);
}

// ---------------------------------------------------------------------------- one row of an answer

Product InPlayerAnswers::feeToProduct(const QJsonObject &fee, qint64 feeId, qint64 assetId) const
{
    Product p;
    p.provider = m_ctx.provider;
    p.id = QString::number(feeId);
    p.grantsAccessTo = QString::number(assetId);
    const QJsonObject item = fee.value(QStringLiteral("item")).toObject();
    const QString itemTitle = item.value(QStringLiteral("title")).toString(QString::number(assetId));
    const QString description = fee.value(QStringLiteral("description")).toString();
    p.title = description.isEmpty() ? itemTitle : itemTitle + QStringLiteral(" – ") + description;
    if (const auto amount = net::numberField(fee, QStringLiteral("amount"))) {
        p.price = *amount;
        p.hasPrice = true;
        p.currency = fee.value(QStringLiteral("currency")).toString();
    }
    const QJsonObject type = fee.value(QStringLiteral("access_type")).toObject();
    const QString typeName = type.value(QStringLiteral("name")).toString();
    const QString period = type.value(QStringLiteral("period")).toString();
    const qint64 quantity = net::integerField(type, QStringLiteral("quantity")).value_or(1);
    if (typeName == QLatin1String("ppv") || typeName == QLatin1String("ppv_custom"))
        p.period = QStringLiteral("once");
    else if (period == QLatin1String("month") && quantity == 12)
        p.period = QStringLiteral("year");
    else if (quantity == 1 && isCalendarPeriod(period))
        p.period = period;
    else if (!period.isEmpty() && quantity > 0)
        p.period = plural(quantity, period);
    const QJsonValue trial = fee.value(QStringLiteral("trial_period"));
    if (trial.isObject()) {
        const QJsonObject t = trial.toObject();
        const qint64 n = net::integerField(t, QStringLiteral("quantity")).value_or(0);
        const QString unit = t.value(QStringLiteral("period")).toString();
        p.trial = n > 0 && !unit.isEmpty() ? plural(n, unit) : t.value(QStringLiteral("description")).toString();
    }
    return p;
}

// What an access row and a subscription both say: the item and its title.
Entitlement InPlayerAnswers::itemEntitlement(const QJsonObject &row, qint64 itemId) const
{
    Entitlement e;
    e.provider = m_ctx.provider;
    e.productId = QString::number(itemId);
    e.title = row.value(QStringLiteral("item_title")).toString(e.productId);
    return e;
}

Entitlement InPlayerAnswers::accessRowToEntitlement(const QJsonObject &row, qint64 itemId) const
{
    Entitlement e = itemEntitlement(row, itemId);
    e.startsAt = fromUnixSeconds(net::integerField(row, QStringLiteral("starts_at")).value_or(0));
    e.expiresAt = fromUnixSeconds(net::integerField(row, QStringLiteral("expires_at")).value_or(0));
    // A revoked row (refunded or withdrawn; InPlayer sends true or 1) never grants access,
    // whatever its dates say.
    if (flag(row.value(QStringLiteral("revoked"))))
        e.status = Entitlement::Status::Revoked;
    else if (e.expiresAt.isValid() && e.expiresAt <= m_ctx.now)
        e.status = Entitlement::Status::Expired;
    else if (flag(row.value(QStringLiteral("is_trial")))) {
        e.status = Entitlement::Status::Trial;
        e.trialEndsAt = e.expiresAt;
    }
    if (const auto amount = net::numberField(row, QStringLiteral("purchased_amount"))) {
        e.price = *amount;
        e.hasPrice = true;
        // One SDK spells it "perchased_currency".
        e.currency = row.value(QStringLiteral("purchased_currency"))
                         .toString(row.value(QStringLiteral("perchased_currency")).toString());
    }
    return e;
}

Entitlement InPlayerAnswers::subscriptionToEntitlement(const QJsonObject &row, qint64 itemId) const
{
    Entitlement e = itemEntitlement(row, itemId);
    e.expiresAt = fromUnixSeconds(net::integerField(row, QStringLiteral("next_rebill_date")).value_or(0));
    const QString action = row.value(QStringLiteral("action_type")).toString();
    if (action == QLatin1String("recurrent")) {
        e.status = Entitlement::Status::Active;
        e.renews = true;
    } else if (action == QLatin1String("free-trial")) {
        e.status = Entitlement::Status::Trial;
        e.trialEndsAt = e.expiresAt;
        e.renews = true;
    } else if (action == QLatin1String("canceled") || action == QLatin1String("cancelled")) {
        e.status = e.expiresAt.isValid() && e.expiresAt > m_ctx.now ? Entitlement::Status::CancelledValid
                                                                    : Entitlement::Status::Expired;
    } else {
        if (action != QLatin1String("ended"))
            qCWarning(lcPayments) << "inplayer: unknown subscription action_type" << action.left(40);
        e.status = Entitlement::Status::Expired;
    }
    if (const auto price = net::numberField(row, QStringLiteral("subscription_price"))) {
        e.price = *price;
        e.hasPrice = true;
        e.currency = row.value(QStringLiteral("currency")).toString();
    }
    return e;
}

// ---------------------------------------------------------------------------- whole answers

ProductsResult InPlayerAnswers::accessFees(const net::HttpResponse &r, qint64 assetId) const
{
    ProductsResult result;
    if (auto e = errorOf(r, QStringLiteral("access fees of asset %1").arg(assetId))) {
        if (r.transportOk() && r.status == 404)
            e->kind = PaymentError::Config;  // an asset id in the config that InPlayer does not know
        result.error = e;
        return result;
    }
    QString jsonError;
    const auto fees = net::parseJsonArray(r.body, &jsonError);
    if (!fees) {
        result.error = m_ctx.malformed(QStringLiteral("access fees of asset %1: %2").arg(assetId).arg(jsonError), r.status);
        return result;
    }
    for (const auto &v : *fees) {
        const QJsonObject fee = v.toObject();
        const auto feeId = net::integerField(fee, QStringLiteral("id"));
        if (!feeId) {
            result.items.clear();
            result.error = m_ctx.malformed(QStringLiteral("an access fee of asset %1 has no id").arg(assetId), r.status);
            return result;
        }
        result.items.append(feeToProduct(fee, *feeId, assetId));
    }
    return result;
}

ListPage InPlayerAnswers::accessPage(const net::HttpResponse &r, QList<Entitlement> &items) const
{
    return page(r, false, items);
}

ListPage InPlayerAnswers::subscriptionsPage(const net::HttpResponse &r, QList<Entitlement> &items) const
{
    return page(r, true, items);
}

ListPage InPlayerAnswers::page(const net::HttpResponse &r, bool subscriptions, QList<Entitlement> &items) const
{
    ListPage page;
    if (r.transportOk() && r.status == 402)
        return page;  // "no access" to anything: nothing (more) to list
    const QString what = subscriptions ? QStringLiteral("subscriptions") : QStringLiteral("access");
    if ((page.error = errorOf(r, what)))
        return page;
    QString jsonError;
    const auto body = net::parseJsonObject(r.body, &jsonError);
    if (!body || !body->value(QStringLiteral("collection")).isArray()) {
        page.error = m_ctx.malformed(body ? QStringLiteral("%1 answer has no collection").arg(what)
                                          : QStringLiteral("%1 answer: %2").arg(what, jsonError), r.status);
        return page;
    }
    page.total = net::integerField(*body, QStringLiteral("total"));
    // /subscriptions says its page size as "limit"; the access listing too, next to "size".
    page.perPage = qMax<qint64>(0, net::integerField(*body, QStringLiteral("limit")).value_or(0));
    page.firstRow = net::integerField(*body, QStringLiteral("offset"));
    const QJsonArray rows = body->value(QStringLiteral("collection")).toArray();
    page.rows = rows.size();
    for (const auto &v : rows) {
        const QJsonObject row = v.toObject();
        const auto itemId = net::integerField(row, QStringLiteral("item_id"));
        if (!itemId) {
            page.error = m_ctx.malformed(subscriptions ? QStringLiteral("a subscription has no item_id")
                                                       : QStringLiteral("an access row has no item_id"), r.status);
            return page;
        }
        if (!subscriptions) {
            // Several rows for one item (a renewal, a refunded purchase and a new one): the item
            // once, from the row that grants access, else from the one that ends last.
            const Entitlement e = accessRowToEntitlement(row, *itemId);
            auto same = std::find_if(items.begin(), items.end(), [&](const Entitlement &x) { return x.productId == e.productId; });
            if (same == items.end())
                items.append(e);
            else if (e.grantsAccess() != same->grantsAccess() ? e.grantsAccess() : endsLater(e, *same))
                *same = e;
            continue;
        }
        const Entitlement e = subscriptionToEntitlement(row, *itemId);
        // The access row is the truth about access; a subscription adds whether it renews.
        auto same = std::find_if(items.begin(), items.end(), [&](const Entitlement &x) { return x.productId == e.productId; });
        if (same == items.end()) {
            items.append(e);
            continue;
        }
        if (e.status == Entitlement::Status::CancelledValid && same->status == Entitlement::Status::Active)
            same->status = Entitlement::Status::CancelledValid;
        same->renews = e.renews && same->grantsAccess();
    }
    return page;
}

AccessResult InPlayerAnswers::access(const net::HttpResponse &r, const QString &assetId) const
{
    AccessResult result;
    if (r.transportOk() && r.status == 402) {
        result.error = m_ctx.error(PaymentError::NoAccess, 402, QStringLiteral("no access to asset %1").arg(assetId));
        return result;
    }
    if (auto e = errorOf(r, QStringLiteral("access to asset %1").arg(assetId))) {
        if (r.transportOk() && r.status == 404)
            e->kind = PaymentError::Config;
        result.error = *e;
        return result;
    }
    QString jsonError;
    const auto body = net::parseJsonObject(r.body, &jsonError);
    if (!body) {
        result.error = m_ctx.malformed(QStringLiteral("access answer: %1").arg(jsonError), r.status);
        return result;
    }
    result.expiresAt = fromUnixSeconds(net::integerField(*body, QStringLiteral("expires_at")).value_or(0));
    if (flag(body->value(QStringLiteral("revoked")))) {
        result.error = m_ctx.error(PaymentError::NoAccess, r.status, QStringLiteral("access to asset %1 was revoked").arg(assetId));
        return result;
    }
    result.granted = true;
    return result;
}

}  // namespace tvpair
