#include "InPlayerProvider.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/Log.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace tvpair {

struct InPlayerProvider::ProductsJob {
    ProductsCallback done;
    ProductsResult result;
    int nextAsset = 0;
};

struct InPlayerProvider::EntitlementsJob {
    EntitlementsCallback done;
    EntitlementsResult result;
    int page = 0;
    int pages = 0;  // pages read in the current listing (bounded per listing)
};

namespace {

bool isCalendarPeriod(const QString &p)
{
    return p == QLatin1String("day") || p == QLatin1String("week") || p == QLatin1String("month")
        || p == QLatin1String("year");
}

// True when the page answer says there is nothing after it.
bool lastPage(const QJsonObject &page, qsizetype got, int page0, int size)
{
    if (got == 0 || got < size)
        return true;
    const auto total = net::integerField(page, QStringLiteral("total"));
    return total && qint64(page0 + 1) * size >= *total;
}

}  // namespace

InPlayerProvider::InPlayerProvider(const QUrl &baseUrl, const QString &token, const QDateTime &tokenExpires,
                                   const QList<qint64> &assetIds, net::HttpClient *http, QObject *parent)
    : PaymentProvider(http, parent), m_base(baseUrl), m_token(token), m_expires(tokenExpires), m_assetIds(assetIds)
{
}

PaymentProvider::Headers InPlayerProvider::headers(bool withAuth) const
{
    Headers h{{"Accept", "application/json"}};
    if (withAuth)
        h.append({"Authorization", "Bearer " + m_token.toUtf8()});
    return h;
}

std::optional<PaymentError> InPlayerProvider::expiredToken() const
{
    if (m_expires.isValid() && m_expires <= nowUtc())
        return makeError(PaymentError::Unauthorized, 0,
                         QStringLiteral("the access token expired at %1 (no request sent)")
                             .arg(m_expires.toString(Qt::ISODate)));
    return std::nullopt;
}

std::optional<PaymentError> InPlayerProvider::errorOf(const net::HttpResponse &r, const QString &what) const
{
    QString serverText;
    if (r.transportOk() && !r.isSuccess()) {
        if (const auto body = net::parseJsonObject(r.body, nullptr))
            serverText = body->value(QStringLiteral("message")).toString();
    }
    return httpError(r, what, serverText);
}

// ---------------------------------------------------------------------------- one row of an answer

Product InPlayerProvider::feeToProduct(const QJsonObject &fee, qint64 feeId, qint64 assetId) const
{
    Product p;
    p.provider = name();
    p.id = QString::number(feeId);
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

Entitlement InPlayerProvider::accessRowToEntitlement(const QJsonObject &row, qint64 itemId) const
{
    Entitlement e;
    e.provider = name();
    e.productId = QString::number(itemId);
    e.title = row.value(QStringLiteral("item_title")).toString(e.productId);
    e.startsAt = fromUnixSeconds(net::integerField(row, QStringLiteral("starts_at")).value_or(0));
    e.expiresAt = fromUnixSeconds(net::integerField(row, QStringLiteral("expires_at")).value_or(0));
    if (row.value(QStringLiteral("revoked")).toBool())
        e.status = Entitlement::Status::Revoked;
    else if (e.expiresAt.isValid() && e.expiresAt <= nowUtc())
        e.status = Entitlement::Status::Expired;
    else if (row.value(QStringLiteral("is_trial")).toBool()) {
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

Entitlement InPlayerProvider::subscriptionToEntitlement(const QJsonObject &row, qint64 itemId) const
{
    Entitlement e;
    e.provider = name();
    e.productId = QString::number(itemId);
    e.title = row.value(QStringLiteral("item_title")).toString(e.productId);
    e.expiresAt = fromUnixSeconds(net::integerField(row, QStringLiteral("next_rebill_date")).value_or(0));
    const QString action = row.value(QStringLiteral("action_type")).toString();
    if (action == QLatin1String("recurrent")) {
        e.status = Entitlement::Status::Active;
    } else if (action == QLatin1String("free-trial")) {
        e.status = Entitlement::Status::Trial;
        e.trialEndsAt = e.expiresAt;
    } else if (action == QLatin1String("canceled") || action == QLatin1String("cancelled")) {
        e.status = e.expiresAt.isValid() && e.expiresAt > nowUtc() ? Entitlement::Status::CancelledValid
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

// ---------------------------------------------------------------------------- products

void InPlayerProvider::listProducts(ProductsCallback done)
{
    auto job = std::make_shared<ProductsJob>();
    job->done = std::move(done);
    if (m_assetIds.isEmpty())
        return later([job]() { job->done(job->result); });
    fetchFees(job);
}

void InPlayerProvider::fetchFees(std::shared_ptr<ProductsJob> job)
{
    const qint64 assetId = m_assetIds.at(job->nextAsset);
    const QUrl url = joinPath(m_base, QStringLiteral("/v2/items/%1/access-fees").arg(assetId));
    // Access fees are public: no token is sent.
    get(url, headers(false), [this, job, assetId](const net::HttpResponse &r) {
        job->nextAsset++;
        if (auto e = errorOf(r, QStringLiteral("access fees of asset %1").arg(assetId))) {
            if (r.transportOk() && r.status == 404)
                e->kind = PaymentError::Config;  // an asset id in the config that InPlayer does not know
            job->result.items.clear();
            job->result.error = *e;
            return job->done(job->result);
        }
        QString jsonError;
        const auto fees = net::parseJsonArray(r.body, &jsonError);
        if (!fees) {
            job->result.items.clear();
            job->result.error = malformed(QStringLiteral("access fees of asset %1: %2").arg(assetId).arg(jsonError), r.status);
            return job->done(job->result);
        }
        for (const auto &v : *fees) {
            const QJsonObject fee = v.toObject();
            const auto feeId = net::integerField(fee, QStringLiteral("id"));
            if (!feeId) {
                job->result.items.clear();
                job->result.error = malformed(QStringLiteral("an access fee of asset %1 has no id").arg(assetId), r.status);
                return job->done(job->result);
            }
            const Product p = feeToProduct(fee, *feeId, assetId);
            job->result.items.append(p);
        }
        if (job->nextAsset >= m_assetIds.size())
            return job->done(job->result);
        fetchFees(job);
    });
}

// ---------------------------------------------------------------------------- entitlements

void InPlayerProvider::listEntitlements(EntitlementsCallback done)
{
    auto job = std::make_shared<EntitlementsJob>();
    job->done = std::move(done);
    if (auto e = expiredToken()) {
        job->result.error = *e;
        return later([job]() { job->done(job->result); });
    }
    fetchAccessPage(job);
}

void InPlayerProvider::fetchAccessPage(std::shared_ptr<EntitlementsJob> job)
{
    if (job->pages >= limits().maxPages) {
        qCWarning(lcPayments) << "inplayer: stopped listing access after" << job->pages << "pages";
        job->result.truncated = true;
        job->page = job->pages = 0;
        return fetchSubscriptionPage(job);
    }
    QUrl url = joinPath(m_base, QStringLiteral("/items/access/customers"));
    const int size = limits().pageSize;
    url.setQuery(QUrlQuery{{QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("page"), QString::number(job->page)},
                           {QStringLiteral("size"), QString::number(size)}});
    get(url, headers(true), [this, job, size](const net::HttpResponse &r) {
        job->pages++;
        if (r.transportOk() && r.status == 402) {
            // "No access" to anything: an empty list, not a failure.
            job->page = job->pages = 0;
            return fetchSubscriptionPage(job);
        }
        if (auto e = errorOf(r, QStringLiteral("access"))) {
            job->result.items.clear();
            job->result.error = *e;
            return job->done(job->result);
        }
        QString jsonError;
        const auto body = net::parseJsonObject(r.body, &jsonError);
        if (!body || !body->value(QStringLiteral("collection")).isArray()) {
            job->result.items.clear();
            job->result.error = malformed(body ? QStringLiteral("access answer has no collection")
                                               : QStringLiteral("access answer: %1").arg(jsonError), r.status);
            return job->done(job->result);
        }
        const QJsonArray rows = body->value(QStringLiteral("collection")).toArray();
        for (const auto &v : rows) {
            const QJsonObject row = v.toObject();
            const auto itemId = net::integerField(row, QStringLiteral("item_id"));
            if (!itemId) {
                job->result.items.clear();
                job->result.error = malformed(QStringLiteral("an access row has no item_id"), r.status);
                return job->done(job->result);
            }
            const Entitlement e = accessRowToEntitlement(row, *itemId);
            job->result.items.append(e);
        }
        if (lastPage(*body, rows.size(), job->page, size)) {
            job->page = job->pages = 0;
            return fetchSubscriptionPage(job);
        }
        job->page++;
        fetchAccessPage(job);
    });
}

void InPlayerProvider::fetchSubscriptionPage(std::shared_ptr<EntitlementsJob> job)
{
    if (job->pages >= limits().maxPages) {
        qCWarning(lcPayments) << "inplayer: stopped listing subscriptions after" << job->pages << "pages";
        job->result.truncated = true;
        return later([job]() { job->done(job->result); });
    }
    QUrl url = joinPath(m_base, QStringLiteral("/subscriptions"));
    const int size = limits().pageSize;
    url.setQuery(QUrlQuery{{QStringLiteral("page"), QString::number(job->page)},
                           {QStringLiteral("limit"), QString::number(size)}});
    get(url, headers(true), [this, job, size](const net::HttpResponse &r) {
        job->pages++;
        if (r.transportOk() && r.status == 402)
            return job->done(job->result);
        if (auto e = errorOf(r, QStringLiteral("subscriptions"))) {
            job->result.items.clear();
            job->result.error = *e;
            return job->done(job->result);
        }
        QString jsonError;
        const auto body = net::parseJsonObject(r.body, &jsonError);
        if (!body || !body->value(QStringLiteral("collection")).isArray()) {
            job->result.items.clear();
            job->result.error = malformed(body ? QStringLiteral("subscriptions answer has no collection")
                                               : QStringLiteral("subscriptions answer: %1").arg(jsonError), r.status);
            return job->done(job->result);
        }
        const QJsonArray rows = body->value(QStringLiteral("collection")).toArray();
        for (const auto &v : rows) {
            const QJsonObject row = v.toObject();
            const auto itemId = net::integerField(row, QStringLiteral("item_id"));
            if (!itemId) {
                job->result.items.clear();
                job->result.error = malformed(QStringLiteral("a subscription has no item_id"), r.status);
                return job->done(job->result);
            }
            const Entitlement e = subscriptionToEntitlement(row, *itemId);
            // The access row is the truth about access; a subscription adds whether it renews.
            auto same = std::find_if(job->result.items.begin(), job->result.items.end(),
                                     [&](const Entitlement &x) { return x.productId == e.productId; });
            if (same == job->result.items.end()) {
                job->result.items.append(e);
            } else if (e.status == Entitlement::Status::CancelledValid && same->status == Entitlement::Status::Active) {
                same->status = Entitlement::Status::CancelledValid;
            }
        }
        if (lastPage(*body, rows.size(), job->page, size))
            return job->done(job->result);
        job->page++;
        fetchSubscriptionPage(job);
    });
}

// ---------------------------------------------------------------------------- access

void InPlayerProvider::checkAccess(const QString &assetId, AccessCallback done)
{
    AccessResult early;
    bool numeric = false;
    assetId.toLongLong(&numeric);
    if (!numeric)
        early.error = makeError(PaymentError::Config, 0, QStringLiteral("asset id \"%1\" is not a number").arg(assetId.left(40)));
    else if (auto e = expiredToken())
        early.error = *e;
    if (early.error)
        return later([early, done = std::move(done)]() { done(early); });

    const QUrl url = joinPath(m_base, QStringLiteral("/items/%1/access").arg(assetId));
    get(url, headers(true), [this, assetId, done = std::move(done)](const net::HttpResponse &r) {
        AccessResult result;
        if (r.transportOk() && r.status == 402) {
            result.error = makeError(PaymentError::NoAccess, 402, QStringLiteral("no access to asset %1").arg(assetId));
            return done(result);
        }
        if (auto e = errorOf(r, QStringLiteral("access to asset %1").arg(assetId))) {
            if (r.transportOk() && r.status == 404)
                e->kind = PaymentError::Config;
            result.error = *e;
            return done(result);
        }
        QString jsonError;
        const auto body = net::parseJsonObject(r.body, &jsonError);
        if (!body) {
            result.error = malformed(QStringLiteral("access answer: %1").arg(jsonError), r.status);
            return done(result);
        }
        result.granted = true;
        result.expiresAt = fromUnixSeconds(net::integerField(*body, QStringLiteral("expires_at")).value_or(0));
        done(result);
    });
}

// ---------------------------------------------------------------------------- parsing without a request

ProductsResult InPlayerProvider::parseAccessFees(const net::HttpResponse &r, qint64 assetId)
{
    const InPlayerProvider ip(QUrl(), QString(), QDateTime(), {}, nullptr);
    ProductsResult result;
    if (auto e = ip.errorOf(r, QStringLiteral("access fees of asset %1").arg(assetId))) {
        if (r.transportOk() && r.status == 404)
            e->kind = PaymentError::Config;
        result.error = *e;
        return result;
    }
    QString jsonError;
    const auto fees = net::parseJsonArray(r.body, &jsonError);
    if (!fees) {
        result.error = ip.malformed(QStringLiteral("access fees of asset %1: %2").arg(assetId).arg(jsonError), r.status);
        return result;
    }
    for (const auto &v : *fees) {
        const QJsonObject fee = v.toObject();
        const auto feeId = net::integerField(fee, QStringLiteral("id"));
        if (!feeId) {
            result.items.clear();
            result.error = ip.malformed(QStringLiteral("an access fee of asset %1 has no id").arg(assetId), r.status);
            return result;
        }
        result.items.append(ip.feeToProduct(fee, *feeId, assetId));
    }
    return result;
}

namespace {
// The page check shared by parseAccessPage / parseSubscriptionsPage (as in the calls above).
std::optional<QJsonArray> collectionOf(const net::HttpResponse &r, const QString &what, QString *problem)
{
    QString jsonError;
    const auto body = net::parseJsonObject(r.body, &jsonError);
    if (!body || !body->value(QStringLiteral("collection")).isArray()) {
        *problem = body ? QStringLiteral("%1 answer has no collection").arg(what)
                        : QStringLiteral("%1 answer: %2").arg(what, jsonError);
        return std::nullopt;
    }
    return body->value(QStringLiteral("collection")).toArray();
}
}  // namespace

EntitlementsResult InPlayerProvider::parseAccessPage(const net::HttpResponse &r, const QDateTime &now)
{
    InPlayerProvider ip(QUrl(), QString(), QDateTime(), {}, nullptr);
    ip.setClock([now]() { return now; });
    EntitlementsResult result;
    if (r.transportOk() && r.status == 402)
        return result;  // "no access" to anything: an empty list
    if (auto e = ip.errorOf(r, QStringLiteral("access"))) {
        result.error = *e;
        return result;
    }
    QString problem;
    const auto rows = collectionOf(r, QStringLiteral("access"), &problem);
    if (!rows) {
        result.error = ip.malformed(problem, r.status);
        return result;
    }
    for (const auto &v : *rows) {
        const QJsonObject row = v.toObject();
        const auto itemId = net::integerField(row, QStringLiteral("item_id"));
        if (!itemId) {
            result.items.clear();
            result.error = ip.malformed(QStringLiteral("an access row has no item_id"), r.status);
            return result;
        }
        result.items.append(ip.accessRowToEntitlement(row, *itemId));
    }
    return result;
}

EntitlementsResult InPlayerProvider::parseSubscriptionsPage(const net::HttpResponse &r, const QDateTime &now)
{
    InPlayerProvider ip(QUrl(), QString(), QDateTime(), {}, nullptr);
    ip.setClock([now]() { return now; });
    EntitlementsResult result;
    if (r.transportOk() && r.status == 402)
        return result;
    if (auto e = ip.errorOf(r, QStringLiteral("subscriptions"))) {
        result.error = *e;
        return result;
    }
    QString problem;
    const auto rows = collectionOf(r, QStringLiteral("subscriptions"), &problem);
    if (!rows) {
        result.error = ip.malformed(problem, r.status);
        return result;
    }
    for (const auto &v : *rows) {
        const QJsonObject row = v.toObject();
        const auto itemId = net::integerField(row, QStringLiteral("item_id"));
        if (!itemId) {
            result.items.clear();
            result.error = ip.malformed(QStringLiteral("a subscription has no item_id"), r.status);
            return result;
        }
        const Entitlement e = ip.subscriptionToEntitlement(row, *itemId);
        auto same = std::find_if(result.items.begin(), result.items.end(),
                                 [&](const Entitlement &x) { return x.productId == e.productId; });
        if (same == result.items.end())
            result.items.append(e);
        else if (e.status == Entitlement::Status::CancelledValid && same->status == Entitlement::Status::Active)
            same->status = Entitlement::Status::CancelledValid;
    }
    return result;
}

AccessResult InPlayerProvider::parseAccess(const net::HttpResponse &r, const QString &assetId)
{
    const InPlayerProvider ip(QUrl(), QString(), QDateTime(), {}, nullptr);
    AccessResult result;
    if (r.transportOk() && r.status == 402) {
        result.error = ip.makeError(PaymentError::NoAccess, 402, QStringLiteral("no access to asset %1").arg(assetId));
        return result;
    }
    if (auto e = ip.errorOf(r, QStringLiteral("access to asset %1").arg(assetId))) {
        if (r.transportOk() && r.status == 404)
            e->kind = PaymentError::Config;
        result.error = *e;
        return result;
    }
    QString jsonError;
    const auto body = net::parseJsonObject(r.body, &jsonError);
    if (!body) {
        result.error = ip.malformed(QStringLiteral("access answer: %1").arg(jsonError), r.status);
        return result;
    }
    result.granted = true;
    result.expiresAt = fromUnixSeconds(net::integerField(*body, QStringLiteral("expires_at")).value_or(0));
    return result;
}

}  // namespace tvpair
