#include "CleengAnswers.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/Log.h"

#include <QJsonArray>

namespace tvpair {

using namespace answer;

namespace {

// An offer without "active" is on sale; "active" as false, 0 or "0" is not.
bool onSale(const QJsonObject &offer)
{
    const QJsonValue active = offer.value(QStringLiteral("active"));
    return active.isUndefined() || active.isNull() || answer::flag(active);
}

std::optional<qint64> totalCount(const net::HttpResponse &r)
{
    bool ok = false;
    const qint64 total = r.header("x-total-count").trimmed().toLongLong(&ok);
    return ok && total >= 0 ? std::optional<qint64>(total) : std::nullopt;
}

}  // namespace

std::optional<QJsonValue> CleengAnswers::responseData(const net::HttpResponse &r, const QString &what,
                                                      PaymentError *error) const
{
    std::optional<QJsonObject> body;
    QString jsonError;
    if (r.transportOk() && !r.body.isEmpty())
        body = net::parseJsonObject(r.body, &jsonError);
    else if (r.transportOk())
        jsonError = QStringLiteral("empty body");
    QStringList serverErrors;
    if (body) {
        for (const auto &e : body->value(QStringLiteral("errors")).toArray()) {
            if (e.isString())
                serverErrors << e.toString();
            else if (e.isObject())
                serverErrors << e.toObject().value(QStringLiteral("message")).toString();
        }
    }
    if (auto e = m_ctx.httpError(r, what, serverErrors.join(QStringLiteral("; ")))) {
        *error = *e;
        return std::nullopt;
    }
    if (!body) {
        *error = m_ctx.malformed(QStringLiteral("%1 answer is not JSON (%2)").arg(what, jsonError), r.status);
        return std::nullopt;
    }
    if (!serverErrors.isEmpty()) {
        // A 2xx with errors: Cleeng reports some failures this way.
        *error = m_ctx.error(PaymentError::Server, r.status,
                             QStringLiteral("%1: %2").arg(what, serverErrors.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    if (!body->contains(QStringLiteral("responseData"))) {
        *error = m_ctx.malformed(QStringLiteral("%1 answer has no responseData").arg(what), r.status);
        return std::nullopt;
    }
    return body->value(QStringLiteral("responseData"));
}

std::optional<QJsonArray> CleengAnswers::pageItems(const net::HttpResponse &r, const QString &what, ListPage &page) const
{
    PaymentError error;
    const auto data = responseData(r, what, &error);
    if (!data) {
        page.error = error;
        return std::nullopt;
    }
    const QJsonValue items = data->toObject().value(QStringLiteral("items"));
    if (!items.isArray()) {
        page.error = m_ctx.malformed(QStringLiteral("%1 answer has no responseData.items").arg(what), r.status);
        return std::nullopt;
    }
    page.total = totalCount(r);
    page.rows = items.toArray().size();
    return items.toArray();
}

// ---------------------------------------------------------------------------- one item of an answer

std::optional<Product> CleengAnswers::offerToProduct(const QJsonObject &o, QString *problem) const
{
    Product p;
    p.provider = m_ctx.provider;
    p.id = idText(o.value(QStringLiteral("offerId")));
    if (p.id.isEmpty()) {
        *problem = QStringLiteral("has no offerId");
        return std::nullopt;
    }
    p.title = o.value(QStringLiteral("offerTitle")).toString(p.id);
    if (const auto price = net::numberField(o, QStringLiteral("customerPriceInclTax"))) {
        p.price = *price;
        p.hasPrice = true;
        p.currency = o.value(QStringLiteral("customerCurrency")).toString();
    }
    const QJsonValue period = o.value(QStringLiteral("period"));
    const auto periodNumber = period.isDouble() ? net::truncatedInteger(period.toDouble()) : std::nullopt;
    const QString periodText = periodNumber ? QString::number(*periodNumber) : period.toString();
    bool isHours = false;
    const int hours = periodText.toInt(&isHours);
    if (isCalendarPeriod(periodText))
        p.period = periodText;
    else if (isHours && hours > 0)
        p.period = plural(hours, QStringLiteral("hour"));  // rentals: hours as a string
    else if (p.id.startsWith(QLatin1Char('A')))
        p.period = QStringLiteral("once");
    const qint64 freeDays = net::integerField(o, QStringLiteral("freeDays")).value_or(0);
    const qint64 freePeriods = net::integerField(o, QStringLiteral("freePeriods")).value_or(0);
    if (freeDays > 0)
        p.trial = plural(freeDays, QStringLiteral("day"));
    else if (freePeriods > 0)
        p.trial = plural(freePeriods, isCalendarPeriod(p.period) ? p.period : QStringLiteral("period"));
    return p;
}

std::optional<Entitlement> CleengAnswers::itemToEntitlement(const QJsonObject &o, QString *problem) const
{
    Entitlement e;
    e.provider = m_ctx.provider;
    e.productId = idText(o.value(QStringLiteral("offerId")));
    if (e.productId.isEmpty()) {
        *problem = QStringLiteral("has no offerId");
        return std::nullopt;
    }
    e.title = o.value(QStringLiteral("offerTitle")).toString(e.productId);
    e.startsAt = fromUnixSeconds(net::integerField(o, QStringLiteral("startedAt")).value_or(0));
    e.expiresAt = fromUnixSeconds(net::integerField(o, QStringLiteral("expiresAt")).value_or(0));
    const auto status = net::stringField(o, QStringLiteral("status"));
    if (!status) {
        *problem = QStringLiteral("has no status");
        return std::nullopt;
    }
    const bool stillValid = !e.expiresAt.isValid() || e.expiresAt > m_ctx.now;
    if (*status == QLatin1String("active")) {
        // Active: also past expiresAt while a renewal is pending (Cleeng's grace period).
        e.status = flag(o.value(QStringLiteral("inTrial"))) ? Entitlement::Status::Trial : Entitlement::Status::Active;
        if (e.status == Entitlement::Status::Trial)
            e.trialEndsAt = e.expiresAt;
    } else if (*status == QLatin1String("cancelled")) {
        // Cancelled means "not renewed": it still gives access until expiresAt.
        e.status = e.expiresAt.isValid() && stillValid ? Entitlement::Status::CancelledValid
                                                       : Entitlement::Status::Expired;
    } else if (*status == QLatin1String("expired")) {
        e.status = Entitlement::Status::Expired;
    } else if (*status == QLatin1String("terminated")) {
        // Ended by the publisher (a refund, a chargeback): never access, whatever expiresAt says.
        e.status = Entitlement::Status::Revoked;
    } else {
        // A status Cleeng does not document: show it, but never as giving access.
        qCWarning(lcPayments) << "cleeng: unknown entitlement status" << status->left(40) << "for" << e.productId;
        e.status = Entitlement::Status::Expired;
    }
    if (const auto price = net::numberField(o, QStringLiteral("nextPaymentPrice"))) {
        e.price = *price;
        e.hasPrice = true;
        e.currency = o.value(QStringLiteral("nextPaymentCurrency")).toString();
        // A next payment is due: the subscription renews unless it is cancelled.
        e.renews = e.status == Entitlement::Status::Active || e.status == Entitlement::Status::Trial;
    }
    return e;
}

// ---------------------------------------------------------------------------- whole answers

ListPage CleengAnswers::offersPage(const net::HttpResponse &r, qint64 offset, QList<Product> &items) const
{
    ListPage page;
    const auto array = pageItems(r, QStringLiteral("offers"), page);
    if (!array)
        return page;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonObject o = array->at(i).toObject();
        QString problem;
        const auto p = offerToProduct(o, &problem);
        if (!p) {
            page.error = m_ctx.malformed(QStringLiteral("offers item %1 %2").arg(offset + i).arg(problem), r.status);
            return page;
        }
        if (onSale(o))
            items.append(*p);
    }
    return page;
}

ProductsResult CleengAnswers::offer(const net::HttpResponse &r, const QString &offerId) const
{
    ProductsResult result;
    PaymentError error;
    const auto data = responseData(r, QStringLiteral("offer %1").arg(offerId), &error);
    if (!data) {
        if (r.transportOk() && r.status == 404)
            error.kind = PaymentError::Config;  // an offer id in the config that Cleeng does not know
        result.error = error;
        return result;
    }
    QString problem;
    const auto p = data->isObject() ? offerToProduct(data->toObject(), &problem) : std::nullopt;
    if (!p) {
        result.error = m_ctx.malformed(QStringLiteral("offer %1 answer %2").arg(
            offerId, data->isObject() ? problem : QStringLiteral("has no responseData object")), r.status);
        return result;
    }
    if (onSale(data->toObject()))
        result.items.append(*p);
    return result;
}

ListPage CleengAnswers::customerPage(const net::HttpResponse &r, const QString &list, qint64 offset,
                                     QList<Entitlement> &items) const
{
    ListPage page;
    const QString what = QStringLiteral("customer %1").arg(list);
    const auto array = pageItems(r, what, page);
    if (!array)
        return page;
    for (qsizetype i = 0; i < array->size(); ++i) {
        QString problem;
        const auto e = itemToEntitlement(array->at(i).toObject(), &problem);
        if (!e) {
            page.error = m_ctx.malformed(QStringLiteral("%1 item %2 %3").arg(what).arg(offset + i).arg(problem), r.status);
            return page;
        }
        const bool seen = std::any_of(items.cbegin(), items.cend(),
                                      [&](const Entitlement &x) { return x.productId == e->productId; });
        if (!seen)
            items.append(*e);
    }
    return page;
}

AccessResult CleengAnswers::access(const net::HttpResponse &r, const QString &offerId) const
{
    AccessResult result;
    PaymentError error;
    const auto data = responseData(r, QStringLiteral("entitlement %1").arg(offerId), &error);
    if (!data) {
        result.error = error;
        return result;
    }
    const QJsonValue granted = data->toObject().value(QStringLiteral("accessGranted"));
    if (!granted.isBool()) {
        result.error = m_ctx.malformed(QStringLiteral("entitlement answer has no responseData.accessGranted"), r.status);
        return result;
    }
    // accessGranted is the truth, also in a grace period after expiresAt.
    result.granted = granted.toBool();
    result.expiresAt = fromUnixSeconds(net::integerField(data->toObject(), QStringLiteral("expiresAt")).value_or(0));
    if (!result.granted)
        result.error = m_ctx.error(PaymentError::NoAccess, r.status, QStringLiteral("no access to offer %1").arg(offerId));
    return result;
}

}  // namespace tvpair
