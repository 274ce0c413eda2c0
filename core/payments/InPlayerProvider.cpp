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
    bool subscriptions = false;  // false: the access listing (first), true: the subscriptions
    int page = 0;
    int pages = 0;  // pages read in the current listing (bounded per listing)
};

// What one page of the access or subscriptions listing said (readPage).
struct InPlayerProvider::Page {
    bool noAccess = false;  // 402: nothing (more) to list, not a failure
    std::optional<PaymentError> error;
    QJsonObject body;
    qsizetype rows = 0;
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

// What an access row and a subscription both say: the item and its title.
Entitlement InPlayerProvider::itemEntitlement(const QJsonObject &row, qint64 itemId) const
{
    Entitlement e;
    e.provider = name();
    e.productId = QString::number(itemId);
    e.title = row.value(QStringLiteral("item_title")).toString(e.productId);
    return e;
}

Entitlement InPlayerProvider::accessRowToEntitlement(const QJsonObject &row, qint64 itemId) const
{
    Entitlement e = itemEntitlement(row, itemId);
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
    Entitlement e = itemEntitlement(row, itemId);
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
        if (auto e = readFees(r, assetId, job->result.items)) {
            job->result.items.clear();
            job->result.error = *e;
            return job->done(job->result);
        }
        if (job->nextAsset >= m_assetIds.size())
            return job->done(job->result);
        fetchFees(job);
    });
}

// One asset's fees, read the same way by listProducts() and parseAccessFees().
std::optional<PaymentError> InPlayerProvider::readFees(const net::HttpResponse &r, qint64 assetId,
                                                       QList<Product> &items) const
{
    if (auto e = errorOf(r, QStringLiteral("access fees of asset %1").arg(assetId))) {
        if (r.transportOk() && r.status == 404)
            e->kind = PaymentError::Config;  // an asset id in the config that InPlayer does not know
        return e;
    }
    QString jsonError;
    const auto fees = net::parseJsonArray(r.body, &jsonError);
    if (!fees)
        return malformed(QStringLiteral("access fees of asset %1: %2").arg(assetId).arg(jsonError), r.status);
    for (const auto &v : *fees) {
        const QJsonObject fee = v.toObject();
        const auto feeId = net::integerField(fee, QStringLiteral("id"));
        if (!feeId)
            return malformed(QStringLiteral("an access fee of asset %1 has no id").arg(assetId), r.status);
        items.append(feeToProduct(fee, *feeId, assetId));
    }
    return std::nullopt;
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
    fetchEntitlementPage(job);
}

// The access listing first, then the subscriptions, each page by page.
void InPlayerProvider::fetchEntitlementPage(std::shared_ptr<EntitlementsJob> job)
{
    const bool subscriptions = job->subscriptions;
    if (job->pages >= limits().maxPages) {
        qCWarning(lcPayments).noquote() << "inplayer: stopped listing" << (subscriptions ? "subscriptions" : "access")
                                        << "after" << job->pages << "pages";
        job->result.truncated = true;
        if (subscriptions)
            return later([job]() { job->done(job->result); });
        return nextListing(job);
    }
    const int size = limits().pageSize;
    QUrl url = joinPath(m_base, subscriptions ? QStringLiteral("/subscriptions") : QStringLiteral("/items/access/customers"));
    if (subscriptions)
        url.setQuery(QUrlQuery{{QStringLiteral("page"), QString::number(job->page)},
                               {QStringLiteral("limit"), QString::number(size)}});
    else
        url.setQuery(QUrlQuery{{QStringLiteral("status"), QStringLiteral("active")},
                               {QStringLiteral("page"), QString::number(job->page)},
                               {QStringLiteral("size"), QString::number(size)}});
    get(url, headers(true), [this, job, size, subscriptions](const net::HttpResponse &r) {
        job->pages++;
        const Page page = readPage(r, subscriptions, job->result.items);
        if (page.error) {
            job->result.items.clear();
            job->result.error = page.error;
            return job->done(job->result);
        }
        if (page.noAccess || lastPage(page.body, page.rows, job->page, size)) {
            if (subscriptions)
                return job->done(job->result);
            return nextListing(job);
        }
        job->page++;
        fetchEntitlementPage(job);
    });
}

void InPlayerProvider::nextListing(std::shared_ptr<EntitlementsJob> job)
{
    job->subscriptions = true;
    job->page = job->pages = 0;
    fetchEntitlementPage(job);
}

// One page of either listing into `items`, read the same way by listEntitlements() and
// parseAccessPage()/parseSubscriptionsPage(). On an error `items` may hold part of the page.
InPlayerProvider::Page InPlayerProvider::readPage(const net::HttpResponse &r, bool subscriptions,
                                                  QList<Entitlement> &items) const
{
    Page page;
    if (r.transportOk() && r.status == 402) {
        page.noAccess = true;  // "no access" to anything: an empty list
        return page;
    }
    const QString what = subscriptions ? QStringLiteral("subscriptions") : QStringLiteral("access");
    if ((page.error = errorOf(r, what)))
        return page;
    QString jsonError;
    const auto body = net::parseJsonObject(r.body, &jsonError);
    if (!body || !body->value(QStringLiteral("collection")).isArray()) {
        page.error = malformed(body ? QStringLiteral("%1 answer has no collection").arg(what)
                                    : QStringLiteral("%1 answer: %2").arg(what, jsonError), r.status);
        return page;
    }
    page.body = *body;
    const QJsonArray rows = body->value(QStringLiteral("collection")).toArray();
    page.rows = rows.size();
    for (const auto &v : rows) {
        const QJsonObject row = v.toObject();
        const auto itemId = net::integerField(row, QStringLiteral("item_id"));
        if (!itemId) {
            page.error = malformed(subscriptions ? QStringLiteral("a subscription has no item_id")
                                                 : QStringLiteral("an access row has no item_id"), r.status);
            return page;
        }
        if (!subscriptions) {
            items.append(accessRowToEntitlement(row, *itemId));
            continue;
        }
        const Entitlement e = subscriptionToEntitlement(row, *itemId);
        // The access row is the truth about access; a subscription adds whether it renews.
        auto same = std::find_if(items.begin(), items.end(), [&](const Entitlement &x) { return x.productId == e.productId; });
        if (same == items.end())
            items.append(e);
        else if (e.status == Entitlement::Status::CancelledValid && same->status == Entitlement::Status::Active)
            same->status = Entitlement::Status::CancelledValid;
    }
    return page;
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
        done(readAccess(r, assetId));
    });
}

// One access answer, read the same way by checkAccess() and parseAccess().
AccessResult InPlayerProvider::readAccess(const net::HttpResponse &r, const QString &assetId) const
{
    AccessResult result;
    if (r.transportOk() && r.status == 402) {
        result.error = makeError(PaymentError::NoAccess, 402, QStringLiteral("no access to asset %1").arg(assetId));
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
        result.error = malformed(QStringLiteral("access answer: %1").arg(jsonError), r.status);
        return result;
    }
    result.granted = true;
    result.expiresAt = fromUnixSeconds(net::integerField(*body, QStringLiteral("expires_at")).value_or(0));
    return result;
}

// ---------------------------------------------------------------------------- parsing without a request

ProductsResult InPlayerProvider::parseAccessFees(const net::HttpResponse &r, qint64 assetId)
{
    const InPlayerProvider ip(QUrl(), QString(), QDateTime(), {}, nullptr);
    ProductsResult result;
    if (auto e = ip.readFees(r, assetId, result.items)) {
        result.items.clear();
        result.error = *e;
    }
    return result;
}

EntitlementsResult InPlayerProvider::parsePage(const net::HttpResponse &r, const QDateTime &now, bool subscriptions)
{
    InPlayerProvider ip(QUrl(), QString(), QDateTime(), {}, nullptr);
    ip.setClock([now]() { return now; });
    EntitlementsResult result;
    const Page page = ip.readPage(r, subscriptions, result.items);
    if (page.error) {
        result.items.clear();
        result.error = page.error;
    }
    return result;
}

EntitlementsResult InPlayerProvider::parseAccessPage(const net::HttpResponse &r, const QDateTime &now)
{
    return parsePage(r, now, false);
}

EntitlementsResult InPlayerProvider::parseSubscriptionsPage(const net::HttpResponse &r, const QDateTime &now)
{
    return parsePage(r, now, true);
}

AccessResult InPlayerProvider::parseAccess(const net::HttpResponse &r, const QString &assetId)
{
    const InPlayerProvider ip(QUrl(), QString(), QDateTime(), {}, nullptr);
    return ip.readAccess(r, assetId);
}

}  // namespace tvpair
