#include "MpxAnswers.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"

#include <QJsonArray>

namespace tvpair {

using namespace answer;

namespace {

// An MPX time: epoch milliseconds (also as a string), or an ISO 8601 text some feeds use.
QDateTime mpxTime(const QJsonObject &o, const QString &key)
{
    if (const auto ms = net::integerField(o, key))
        return fromUnixMs(*ms);
    if (const auto text = net::stringField(o, key)) {
        const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return QDateTime();
}

}  // namespace

MpxAnswers::MpxAnswers(const QDateTime &now, const QHash<QString, QString> &entitlementFields,
                       const QHash<QString, QString> &productTitles, qint64 maxBodyBytes)
    : m_ctx{provider(), now, maxBodyBytes}, m_fields(entitlementFields), m_titles(productTitles)
{
}

QString MpxAnswers::field(const QString &key) const
{
    static const QHash<QString, QString> defaults{{QStringLiteral("product_id"), QStringLiteral("productId")},
                                                  {QStringLiteral("start"), QStringLiteral("startDate")},
                                                  {QStringLiteral("end"), QStringLiteral("endDate")},
                                                  {QStringLiteral("disabled"), QStringLiteral("disabled")}};
    const QString v = m_fields.value(key);
    return v.isEmpty() ? defaults.value(key) : v;
}

std::optional<QList<QJsonObject>> MpxAnswers::entries(const net::HttpResponse &r, const QString &what, ListPage &page) const
{
    QString jsonError;
    std::optional<QJsonObject> body;
    if (r.transportOk())
        body = net::parseJsonObject(r.body, &jsonError);
    // MPX reports failures as HTTP 200 with isException: always read the body first.
    if (body && flag(body->value(QStringLiteral("isException")))) {
        const auto rc = net::integerField(*body, QStringLiteral("responseCode"));
        const int code = rc && *rc > 0 && *rc < 1000 ? int(*rc) : r.status;
        QString text = body->value(QStringLiteral("description")).toString();
        if (text.isEmpty())
            text = body->value(QStringLiteral("title")).toString();
        const QString message = QStringLiteral("%1: %2 (responseCode %3)").arg(what, text).arg(code);
        PaymentError::Kind kind = PaymentError::Server;
        if (code == 401 || code == 403)
            kind = PaymentError::Unauthorized;
        else if (code == 400 || code == 404)
            kind = PaymentError::Config;  // the configured URL or field names do not fit the account
        page.error = m_ctx.error(kind, code, message);
        return std::nullopt;
    }
    if ((page.error = m_ctx.httpError(r, what)))
        return std::nullopt;
    if (!body) {
        page.error = m_ctx.malformed(QStringLiteral("%1 answer: %2").arg(what, jsonError), r.status);
        return std::nullopt;
    }
    const QJsonValue value = body->value(QStringLiteral("entries"));
    if (!value.isArray()) {
        page.error = m_ctx.malformed(QStringLiteral("%1 answer has no entries").arg(what), r.status);
        return std::nullopt;
    }
    QList<QJsonObject> out;
    for (const auto &v : value.toArray()) {
        if (!v.isObject()) {
            page.error = m_ctx.malformed(QStringLiteral("%1 entry is not an object").arg(what), r.status);
            return std::nullopt;
        }
        out.append(v.toObject());
    }
    page.rows = out.size();
    page.total = net::integerField(*body, QStringLiteral("totalResults"));
    if (const auto startIndex = net::integerField(*body, QStringLiteral("startIndex"))) {
        page.firstRow = qMax<qint64>(*startIndex, 0) - 1;  // 1-based; 0 or less is no place at all
        // itemsPerPage means the page size only next to the startIndex it belongs to.
        page.perPage = qMax<qint64>(0, net::integerField(*body, QStringLiteral("itemsPerPage")).value_or(0));
    }
    return out;
}

// ---------------------------------------------------------------------------- products

std::optional<Product> MpxAnswers::toProduct(const QJsonObject &o, QString *problem) const
{
    Product p;
    p.provider = m_ctx.provider;
    p.id = o.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty()) {
        *problem = QStringLiteral("a product entry has no id");
        return std::nullopt;
    }
    p.title = o.value(QStringLiteral("title")).toString(p.id);
    const QJsonObject plan = o.value(QStringLiteral("pricingPlan")).toObject();
    const QJsonArray tiers = plan.value(QStringLiteral("pricingTiers")).toArray();
    QJsonObject tier;
    for (const auto &t : tiers) {
        const QJsonValue active = t.toObject().value(QStringLiteral("isActive"));
        if (active.isUndefined() || active.isNull() || flag(active)) {
            tier = t.toObject();
            break;
        }
    }
    const QJsonObject amounts = tier.value(QStringLiteral("amounts")).toObject();
    if (!amounts.isEmpty()) {
        // One price per currency; USD when offered, else the first one.
        const QString currency = amounts.contains(QStringLiteral("USD")) ? QStringLiteral("USD") : amounts.keys().first();
        if (const auto price = net::numberField(amounts, currency)) {
            p.price = *price;
            p.hasPrice = true;
            p.currency = currency;
        }
    }
    const QString unit = tier.value(QStringLiteral("subscriptionUnits")).toString().toLower();
    const qint64 freq = net::integerField(tier, QStringLiteral("billingFrequency")).value_or(1);
    if (flag(plan.value(QStringLiteral("isRecurring")))) {
        if (unit == QLatin1String("month") && freq == 12)
            p.period = QStringLiteral("year");
        else if (!unit.isEmpty())
            p.period = freq == 1 ? unit : plural(freq, unit);
    } else if (unit == QLatin1String("hour")) {
        p.period = plural(freq, QStringLiteral("hour"));
    } else if (unit == QLatin1String("day")) {
        p.period = plural(freq * 24, QStringLiteral("hour"));  // a rental window
    } else if (!tier.isEmpty() || !plan.isEmpty()) {
        p.period = QStringLiteral("once");
    }
    return p;
}

// ---------------------------------------------------------------------------- entitlements

std::optional<Entitlement> MpxAnswers::toEntitlement(const QJsonObject &o, QString *problem) const
{
    Entitlement e;
    e.provider = m_ctx.provider;
    e.productId = idText(o.value(field(QStringLiteral("product_id"))));
    if (e.productId.isEmpty()) {
        *problem = QStringLiteral("an entitlement has no \"%1\" (payment.entitlement_fields.product_id)")
                       .arg(field(QStringLiteral("product_id")));
        return std::nullopt;
    }
    e.title = m_titles.value(e.productId, o.value(QStringLiteral("title")).toString(e.productId));
    e.startsAt = mpxTime(o, field(QStringLiteral("start")));
    e.expiresAt = mpxTime(o, field(QStringLiteral("end")));
    // A disabled entitlement (withdrawn, refunded) never grants access, whatever its dates say.
    if (flag(o.value(field(QStringLiteral("disabled")))))
        e.status = Entitlement::Status::Revoked;
    else if (e.expiresAt.isValid() && e.expiresAt <= m_ctx.now)
        e.status = Entitlement::Status::Expired;
    else
        e.status = Entitlement::Status::Active;
    return e;
}

template <typename T>
ListPage MpxAnswers::readPage(const net::HttpResponse &r, const QString &what, QList<T> &items,
                              std::optional<T> (MpxAnswers::*convert)(const QJsonObject &, QString *) const) const
{
    ListPage page;
    const auto list = entries(r, what, page);
    if (!list)
        return page;
    for (const auto &o : *list) {
        QString problem;
        const auto item = (this->*convert)(o, &problem);
        if (!item) {
            page.error = m_ctx.malformed(problem, r.status);
            return page;
        }
        items.append(*item);
    }
    return page;
}

ListPage MpxAnswers::productsPage(const net::HttpResponse &r, QList<Product> &items) const
{
    return readPage(r, QStringLiteral("products"), items, &MpxAnswers::toProduct);
}

ListPage MpxAnswers::entitlementsPage(const net::HttpResponse &r, QList<Entitlement> &items) const
{
    return readPage(r, QStringLiteral("entitlements"), items, &MpxAnswers::toEntitlement);
}

}  // namespace tvpair
