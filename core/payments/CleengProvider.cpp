#include "CleengProvider.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/Log.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace tvpair {

struct CleengProvider::ProductsJob {
    ProductsCallback done;
    ProductsResult result;
    qint64 offset = 0;  // offers read so far (pageOffset of the next page)
    int pages = 0;
    int nextId = 0;     // index into m_offerIds
};

struct CleengProvider::EntitlementsJob {
    EntitlementsCallback done;
    EntitlementsResult result;
    int step = 0;  // 0: /subscriptions, 1: /offers
};

namespace {

bool isCalendarPeriod(const QString &p)
{
    return p == QLatin1String("day") || p == QLatin1String("week") || p == QLatin1String("month")
        || p == QLatin1String("year");
}

// Cleeng sends ids as strings, some integrations as numbers.
QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const auto n = net::truncatedInteger(v.toDouble());
        return n ? QString::number(*n) : QString();
    }
    return QString();
}

}  // namespace

CleengProvider::CleengProvider(const QUrl &baseUrl, const QString &customerJwt, const QString &customerId,
                               const QStringList &offerIds, net::HttpClient *http, QObject *parent)
    : PaymentProvider(http, parent), m_base(baseUrl), m_token(customerJwt), m_customerId(customerId),
      m_offerIds(offerIds)
{
}

std::optional<QString> CleengProvider::customerIdFromJwt(const QString &jwt, QString *error)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty()) {
        if (error)
            *error = QStringLiteral("cleeng: the customer token is not a JWT (expected three dot-separated parts)");
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        if (error)
            *error = QStringLiteral("cleeng: the customer token's payload is not base64url");
        return std::nullopt;
    }
    QString jsonError;
    const auto payload = net::parseJsonObject(*decoded, &jsonError);
    if (!payload) {
        if (error)
            *error = QStringLiteral("cleeng: the customer token's payload: %1").arg(jsonError);
        return std::nullopt;
    }
    const QString id = idString(payload->value(QStringLiteral("customerId")));
    if (id.isEmpty()) {
        if (error)
            *error = QStringLiteral("cleeng: the customer token's payload has no customerId");
        return std::nullopt;
    }
    return id;
}

PaymentProvider::Headers CleengProvider::headers() const
{
    return {{"Authorization", "Bearer " + m_token.toUtf8()}, {"Accept", "application/json"}};
}

std::optional<QJsonValue> CleengProvider::responseData(const net::HttpResponse &r, const QString &what,
                                                       PaymentError *error) const
{
    std::optional<QJsonObject> body;
    QString jsonError;
    if (r.transportOk() && !r.body.isEmpty())
        body = net::parseJsonObject(r.body, &jsonError);
    QStringList serverErrors;
    if (body) {
        for (const auto &e : body->value(QStringLiteral("errors")).toArray()) {
            if (e.isString())
                serverErrors << e.toString();
            else if (e.isObject())
                serverErrors << e.toObject().value(QStringLiteral("message")).toString();
        }
    }
    if (auto e = httpError(r, what, serverErrors.join(QStringLiteral("; ")))) {
        *error = *e;
        return std::nullopt;
    }
    if (!body) {
        *error = malformed(QStringLiteral("%1 answer is not JSON (%2)").arg(what, jsonError), r.status);
        return std::nullopt;
    }
    if (!serverErrors.isEmpty()) {
        // A 2xx with errors: Cleeng reports some failures this way.
        *error = makeError(PaymentError::Server, r.status,
                           QStringLiteral("%1: %2").arg(what, serverErrors.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    if (!body->contains(QStringLiteral("responseData"))) {
        *error = malformed(QStringLiteral("%1 answer has no responseData").arg(what), r.status);
        return std::nullopt;
    }
    return body->value(QStringLiteral("responseData"));
}

std::optional<Product> CleengProvider::offerToProduct(const QJsonObject &o, QString *problem) const
{
    Product p;
    p.provider = name();
    p.id = idString(o.value(QStringLiteral("offerId")));
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

std::optional<Entitlement> CleengProvider::itemToEntitlement(const QJsonObject &o, QString *problem) const
{
    Entitlement e;
    e.provider = name();
    e.productId = idString(o.value(QStringLiteral("offerId")));
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
    const bool stillValid = !e.expiresAt.isValid() || e.expiresAt > nowUtc();
    if (*status == QLatin1String("active")) {
        e.status = o.value(QStringLiteral("inTrial")).toBool() ? Entitlement::Status::Trial : Entitlement::Status::Active;
        if (e.status == Entitlement::Status::Trial)
            e.trialEndsAt = e.expiresAt;
    } else if (*status == QLatin1String("cancelled")) {
        // Cancelled means "not renewed": it still gives access until expiresAt.
        e.status = e.expiresAt.isValid() && stillValid ? Entitlement::Status::CancelledValid
                                                       : Entitlement::Status::Expired;
    } else if (*status == QLatin1String("expired")) {
        e.status = Entitlement::Status::Expired;
    } else if (*status == QLatin1String("terminated")) {
        e.status = Entitlement::Status::Revoked;
    } else {
        // A status payments.md does not list: show it, but never as giving access.
        qCWarning(lcPayments) << "cleeng: unknown entitlement status" << status->left(40) << "for" << e.productId;
        e.status = Entitlement::Status::Expired;
    }
    if (const auto price = net::numberField(o, QStringLiteral("nextPaymentPrice"))) {
        e.price = *price;
        e.hasPrice = true;
        e.currency = o.value(QStringLiteral("nextPaymentCurrency")).toString();
    }
    return e;
}

// ---------------------------------------------------------------------------- products

void CleengProvider::listProducts(ProductsCallback done)
{
    auto job = std::make_shared<ProductsJob>();
    job->done = std::move(done);
    if (m_offerIds.isEmpty())
        fetchOfferPage(job);
    else
        fetchOfferById(job);
}

void CleengProvider::fetchOfferPage(std::shared_ptr<ProductsJob> job)
{
    if (job->pages >= limits().maxPages) {
        qCWarning(lcPayments) << "cleeng: stopped listing offers after" << job->pages << "pages";
        job->result.truncated = true;
        return later([job]() { job->done(job->result); });
    }
    QUrl url = joinPath(m_base, QStringLiteral("/offers"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageLimit"), QString::number(limits().pageSize));
    q.addQueryItem(QStringLiteral("pageOffset"), QString::number(job->offset));
    url.setQuery(q);
    get(url, headers(), [this, job](const net::HttpResponse &r) {
        job->pages++;
        PaymentError error;
        const auto data = responseData(r, QStringLiteral("offers"), &error);
        if (!data) {
            job->result.error = error;
            return job->done(job->result);
        }
        const QJsonValue items = data->toObject().value(QStringLiteral("items"));
        if (!items.isArray()) {
            job->result.error = malformed(QStringLiteral("offers answer has no responseData.items"), r.status);
            return job->done(job->result);
        }
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString problem;
            const auto p = offerToProduct(array.at(i).toObject(), &problem);
            if (!p) {
                job->result.error = malformed(QStringLiteral("offers item %1 %2").arg(job->offset + i).arg(problem));
                job->result.items.clear();
                return job->done(job->result);
            }
            if (array.at(i).toObject().value(QStringLiteral("active")).toBool(true))
                job->result.items.append(*p);
        }
        job->offset += array.size();
        bool totalOk = false;
        const qint64 total = r.header("x-total-count").trimmed().toLongLong(&totalOk);
        const bool finished = array.isEmpty() || (totalOk ? job->offset >= total : array.size() < limits().pageSize);
        if (finished)
            return job->done(job->result);
        fetchOfferPage(job);
    });
}

void CleengProvider::fetchOfferById(std::shared_ptr<ProductsJob> job)
{
    if (job->nextId >= m_offerIds.size())
        return later([job]() { job->done(job->result); });
    const QString offerId = m_offerIds.at(job->nextId);
    const QUrl url = joinPath(m_base, QStringLiteral("/offers/") + QString::fromLatin1(QUrl::toPercentEncoding(offerId)));
    get(url, headers(), [this, job, offerId](const net::HttpResponse &r) {
        job->nextId++;
        PaymentError error;
        const auto data = responseData(r, QStringLiteral("offer %1").arg(offerId), &error);
        if (!data) {
            if (r.transportOk() && r.status == 404)
                error.kind = PaymentError::Config;  // an offer id in the config that Cleeng does not know
            job->result.error = error;
            job->result.items.clear();
            return job->done(job->result);
        }
        QString problem;
        const auto p = data->isObject() ? offerToProduct(data->toObject(), &problem) : std::nullopt;
        if (!p) {
            job->result.error = malformed(QStringLiteral("offer %1 answer %2").arg(
                offerId, data->isObject() ? problem : QStringLiteral("has no responseData object")));
            job->result.items.clear();
            return job->done(job->result);
        }
        if (data->toObject().value(QStringLiteral("active")).toBool(true))
            job->result.items.append(*p);
        if (job->nextId >= m_offerIds.size())
            return job->done(job->result);
        fetchOfferById(job);
    });
}

// ---------------------------------------------------------------------------- entitlements

void CleengProvider::listEntitlements(EntitlementsCallback done)
{
    auto job = std::make_shared<EntitlementsJob>();
    job->done = std::move(done);
    fetchCustomerList(job);
}

void CleengProvider::fetchCustomerList(std::shared_ptr<EntitlementsJob> job)
{
    const QString list = job->step == 0 ? QStringLiteral("subscriptions") : QStringLiteral("offers");
    const QUrl url = joinPath(m_base, QStringLiteral("/customers/%1/%2")
                                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_customerId)), list));
    get(url, headers(), [this, job, list](const net::HttpResponse &r) {
        PaymentError error;
        const QString what = QStringLiteral("customer %1").arg(list);
        const auto data = responseData(r, what, &error);
        if (!data) {
            job->result.error = error;
            job->result.items.clear();
            return job->done(job->result);
        }
        const QJsonValue items = data->toObject().value(QStringLiteral("items"));
        if (!items.isArray()) {
            job->result.error = malformed(QStringLiteral("%1 answer has no responseData.items").arg(what), r.status);
            job->result.items.clear();
            return job->done(job->result);
        }
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString problem;
            const auto e = itemToEntitlement(array.at(i).toObject(), &problem);
            if (!e) {
                job->result.error = malformed(QStringLiteral("%1 item %2 %3").arg(what).arg(i).arg(problem));
                job->result.items.clear();
                return job->done(job->result);
            }
            // /offers also lists the subscriptions: keep the first answer for an offer.
            const bool seen = std::any_of(job->result.items.cbegin(), job->result.items.cend(),
                                          [&](const Entitlement &x) { return x.productId == e->productId; });
            if (!seen)
                job->result.items.append(*e);
        }
        if (++job->step > 1)
            return job->done(job->result);
        fetchCustomerList(job);
    });
}

// ---------------------------------------------------------------------------- access

void CleengProvider::checkAccess(const QString &productId, AccessCallback done)
{
    const QUrl url = joinPath(m_base, QStringLiteral("/entitlements/") + QString::fromLatin1(QUrl::toPercentEncoding(productId)));
    get(url, headers(), [this, productId, done = std::move(done)](const net::HttpResponse &r) {
        AccessResult result;
        PaymentError error;
        const auto data = responseData(r, QStringLiteral("entitlement %1").arg(productId), &error);
        if (!data) {
            result.error = error;
            return done(result);
        }
        const QJsonValue granted = data->toObject().value(QStringLiteral("accessGranted"));
        if (!granted.isBool()) {
            result.error = malformed(QStringLiteral("entitlement answer has no responseData.accessGranted"), r.status);
            return done(result);
        }
        // accessGranted is the truth, also in a grace period after expiresAt.
        result.granted = granted.toBool();
        result.expiresAt = fromUnixSeconds(net::integerField(data->toObject(), QStringLiteral("expiresAt")).value_or(0));
        if (!result.granted)
            result.error = makeError(PaymentError::NoAccess, r.status, QStringLiteral("no access to offer %1").arg(productId));
        done(result);
    });
}

// ---------------------------------------------------------------------------- parsing without a request

ProductsResult CleengProvider::parseOffers(const net::HttpResponse &r, bool single)
{
    const CleengProvider c(QUrl(), QString(), QString(), QStringList(), nullptr);
    ProductsResult result;
    PaymentError error;
    const auto data = c.responseData(r, single ? QStringLiteral("offer") : QStringLiteral("offers"), &error);
    if (!data) {
        result.error = error;
        return result;
    }
    QJsonArray array;
    if (single) {
        if (!data->isObject()) {
            result.error = c.malformed(QStringLiteral("offer answer has no responseData object"));
            return result;
        }
        array.append(*data);
    } else {
        const QJsonValue items = data->toObject().value(QStringLiteral("items"));
        if (!items.isArray()) {
            result.error = c.malformed(QStringLiteral("offers answer has no responseData.items"), r.status);
            return result;
        }
        array = items.toArray();
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        const auto p = c.offerToProduct(array.at(i).toObject(), &problem);
        if (!p) {
            result.error = c.malformed(QStringLiteral("offers item %1 %2").arg(i).arg(problem));
            result.items.clear();
            return result;
        }
        if (array.at(i).toObject().value(QStringLiteral("active")).toBool(true))
            result.items.append(*p);
    }
    return result;
}

EntitlementsResult CleengProvider::parseCustomerList(const net::HttpResponse &r, const QDateTime &now)
{
    CleengProvider c(QUrl(), QString(), QString(), QStringList(), nullptr);
    c.setClock([now]() { return now; });
    EntitlementsResult result;
    PaymentError error;
    const QString what = QStringLiteral("customer offers");
    const auto data = c.responseData(r, what, &error);
    if (!data) {
        result.error = error;
        return result;
    }
    const QJsonValue items = data->toObject().value(QStringLiteral("items"));
    if (!items.isArray()) {
        result.error = c.malformed(QStringLiteral("%1 answer has no responseData.items").arg(what), r.status);
        return result;
    }
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        const auto e = c.itemToEntitlement(array.at(i).toObject(), &problem);
        if (!e) {
            result.error = c.malformed(QStringLiteral("%1 item %2 %3").arg(what).arg(i).arg(problem));
            result.items.clear();
            return result;
        }
        const bool seen = std::any_of(result.items.cbegin(), result.items.cend(),
                                      [&](const Entitlement &x) { return x.productId == e->productId; });
        if (!seen)
            result.items.append(*e);
    }
    return result;
}

AccessResult CleengProvider::parseAccess(const net::HttpResponse &r, const QString &offerId)
{
    const CleengProvider c(QUrl(), QString(), QString(), QStringList(), nullptr);
    AccessResult result;
    PaymentError error;
    const auto data = c.responseData(r, QStringLiteral("entitlement %1").arg(offerId), &error);
    if (!data) {
        result.error = error;
        return result;
    }
    const QJsonValue granted = data->toObject().value(QStringLiteral("accessGranted"));
    if (!granted.isBool()) {
        result.error = c.malformed(QStringLiteral("entitlement answer has no responseData.accessGranted"), r.status);
        return result;
    }
    result.granted = granted.toBool();
    result.expiresAt = fromUnixSeconds(net::integerField(data->toObject(), QStringLiteral("expiresAt")).value_or(0));
    if (!result.granted)
        result.error = c.makeError(PaymentError::NoAccess, r.status, QStringLiteral("no access to offer %1").arg(offerId));
    return result;
}

}  // namespace tvpair
