#include "MpxProvider.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/Log.h"

#include <QUrlQuery>

namespace tvpair {

struct MpxProvider::PageJob {
    QUrl url;
    QString what;
    EntriesCallback done;
    QList<QJsonObject> entries;
    qint64 start = 1;  // 1-based, inclusive
    int pages = 0;
};

namespace {

// An MPX time: epoch milliseconds (also as a string), or an ISO 8601 text some feeds use.
QDateTime mpxTime(const QJsonObject &o, const QString &key)
{
    if (const auto ms = net::integerField(o, key))
        return *ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    if (const auto text = net::stringField(o, key)) {
        const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return QDateTime();
}

}  // namespace

MpxProvider::MpxProvider(const QUrl &productUrl, const QUrl &entitlementUrl, const QString &token,
                         const QString &userId, const QString &account,
                         const QHash<QString, QString> &entitlementFields, net::HttpClient *http, QObject *parent)
    : PaymentProvider(http, parent), m_productUrl(productUrl), m_entitlementUrl(entitlementUrl), m_token(token),
      m_userId(userId), m_account(account), m_fields(entitlementFields)
{
}

QString MpxProvider::field(const QString &key) const
{
    static const QHash<QString, QString> defaults{{QStringLiteral("product_id"), QStringLiteral("productId")},
                                                  {QStringLiteral("start"), QStringLiteral("startDate")},
                                                  {QStringLiteral("end"), QStringLiteral("endDate")},
                                                  {QStringLiteral("disabled"), QStringLiteral("disabled")}};
    const QString v = m_fields.value(key);
    return v.isEmpty() ? defaults.value(key) : v;
}

QUrl MpxProvider::withParams(const QUrl &url, const QList<QPair<QString, QString>> &extra) const
{
    QUrl u = url;
    QUrlQuery q(u);
    // The token and account always come from the session; schema and form only when the
    // configured URL (an operator's feed or proxy) does not already say them.
    q.removeAllQueryItems(QStringLiteral("token"));
    q.addQueryItem(QStringLiteral("token"), m_token);
    if (!m_account.isEmpty()) {
        q.removeAllQueryItems(QStringLiteral("account"));
        q.addQueryItem(QStringLiteral("account"), m_account);
    }
    if (!q.hasQueryItem(QStringLiteral("schema")))
        q.addQueryItem(QStringLiteral("schema"), QString::fromLatin1(kSchema));
    q.removeAllQueryItems(QStringLiteral("form"));
    q.addQueryItem(QStringLiteral("form"), QStringLiteral("cjson"));
    for (const auto &kv : extra) {
        q.removeAllQueryItems(kv.first);
        q.addQueryItem(kv.first, kv.second);
    }
    // QUrlQuery leaves '+' alone, which a server reads as a space: encode it in values.
    QString query = q.toString(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QLatin1String("%2B"));
    u.setQuery(query, QUrl::StrictMode);
    return u;
}

void MpxProvider::fetchAll(const QUrl &url, const QString &what, EntriesCallback done)
{
    auto job = std::make_shared<PageJob>();
    job->url = url;
    job->what = what;
    job->done = std::move(done);
    fetchPage(job);
}

void MpxProvider::fetchPage(std::shared_ptr<PageJob> job)
{
    const int size = limits().pageSize;
    if (job->pages >= limits().maxPages) {
        qCWarning(lcPayments) << "mpx: stopped listing" << job->what << "after" << job->pages << "pages";
        return later([job]() { job->done(job->entries, std::nullopt, true); });
    }
    const QUrl url = withParams(job->url, {{QStringLiteral("range"),
                                            QStringLiteral("%1-%2").arg(job->start).arg(job->start + size - 1)}});
    get(url, {{"Accept", "application/json"}}, [this, job, size](const net::HttpResponse &r) {
        job->pages++;
        QList<QJsonObject> entries;
        if (auto e = pageEntries(r, job->what, &entries))
            return job->done({}, *e, false);
        job->entries.append(entries);
        // A full page may have a next one; a short (or empty) page is the end.
        if (entries.size() < size)
            return job->done(job->entries, std::nullopt, false);
        job->start += size;
        fetchPage(job);
    });
}

std::optional<PaymentError> MpxProvider::pageEntries(const net::HttpResponse &r, const QString &what,
                                                     QList<QJsonObject> *entries) const
{
    QString jsonError;
    std::optional<QJsonObject> body;
    if (r.transportOk())
        body = net::parseJsonObject(r.body, &jsonError);
    // MPX reports failures as HTTP 200 with isException: always read the body first.
    if (body && body->value(QStringLiteral("isException")).toBool()) {
        const int code = int(net::integerField(*body, QStringLiteral("responseCode")).value_or(r.status));
        QString text = body->value(QStringLiteral("description")).toString();
        if (text.isEmpty())
            text = body->value(QStringLiteral("title")).toString();
        const QString message = QStringLiteral("%1: %2 (responseCode %3)").arg(what, text).arg(code);
        PaymentError::Kind kind = PaymentError::Server;
        if (code == 401 || code == 403)
            kind = PaymentError::Unauthorized;
        else if (code == 400 || code == 404)
            kind = PaymentError::Config;  // the configured URL or field names do not fit the account
        return makeError(kind, code, message);
    }
    if (auto e = httpError(r, what))
        return e;
    if (!body)
        return malformed(QStringLiteral("%1 answer: %2").arg(what, jsonError), r.status);
    const QJsonValue value = body->value(QStringLiteral("entries"));
    if (!value.isArray())
        return malformed(QStringLiteral("%1 answer has no entries").arg(what), r.status);
    const QJsonArray array = value.toArray();
    for (const auto &v : array) {
        if (!v.isObject())
            return malformed(QStringLiteral("%1 entry is not an object").arg(what), r.status);
        entries->append(v.toObject());
    }
    return std::nullopt;
}

ProductsResult MpxProvider::parseProductsPage(const net::HttpResponse &r, int pageSize, bool *full)
{
    const MpxProvider mpx(QUrl(), QUrl(), QString(), QString(), QString(), {}, nullptr);
    ProductsResult result;
    QList<QJsonObject> entries;
    result.error = mpx.pageEntries(r, QStringLiteral("products"), &entries);
    if (full)
        *full = !result.error && entries.size() >= pageSize;
    if (result.error)
        return result;
    for (const auto &o : entries) {
        const auto p = mpx.toProduct(o);
        if (!p) {
            result.error = mpx.malformed(QStringLiteral("a product entry has no id"));
            result.items.clear();
            break;
        }
        result.items.append(*p);
    }
    return result;
}

EntitlementsResult MpxProvider::parseEntitlementsPage(const net::HttpResponse &r, const QDateTime &now,
                                                      const QHash<QString, QString> &entitlementFields,
                                                      int pageSize, bool *full)
{
    MpxProvider mpx(QUrl(), QUrl(), QString(), QString(), QString(), entitlementFields, nullptr);
    mpx.setClock([now]() { return now; });
    EntitlementsResult result;
    QList<QJsonObject> entries;
    result.error = mpx.pageEntries(r, QStringLiteral("entitlements"), &entries);
    if (full)
        *full = !result.error && entries.size() >= pageSize;
    if (result.error)
        return result;
    for (const auto &o : entries) {
        QString problem;
        const auto e = mpx.toEntitlement(o, &problem);
        if (!e) {
            result.error = mpx.malformed(problem);
            result.items.clear();
            break;
        }
        result.items.append(*e);
    }
    return result;
}

// ---------------------------------------------------------------------------- products

std::optional<Product> MpxProvider::toProduct(const QJsonObject &o) const
{
    Product p;
    p.provider = name();
    p.id = o.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        return std::nullopt;
    p.title = o.value(QStringLiteral("title")).toString(p.id);
    const QJsonObject plan = o.value(QStringLiteral("pricingPlan")).toObject();
    const QJsonArray tiers = plan.value(QStringLiteral("pricingTiers")).toArray();
    QJsonObject tier;
    for (const auto &t : tiers) {
        if (t.toObject().value(QStringLiteral("isActive")).toBool(true)) {
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
    if (plan.value(QStringLiteral("isRecurring")).toBool()) {
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

void MpxProvider::listProducts(ProductsCallback done)
{
    QUrl url = m_productUrl;
    QUrlQuery q(url);
    if (!q.hasQueryItem(QStringLiteral("fields")))
        q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,title,description,pricingPlan,scopes"));
    url.setQuery(q);
    fetchAll(url, QStringLiteral("products"),
             [this, done = std::move(done)](const QList<QJsonObject> &entries, const std::optional<PaymentError> &error,
                                            bool truncated) {
                 ProductsResult result;
                 result.error = error;
                 result.truncated = truncated;
                 if (!error) {
                     for (const auto &o : entries) {
                         const auto p = toProduct(o);
                         if (!p) {
                             result.error = malformed(QStringLiteral("a product entry has no id"));
                             result.items.clear();
                             break;
                         }
                         m_productTitles.insert(p->id, p->title);
                         result.items.append(*p);
                     }
                 }
                 done(result);
             });
}

// ---------------------------------------------------------------------------- entitlements

std::optional<Entitlement> MpxProvider::toEntitlement(const QJsonObject &o, QString *problem) const
{
    Entitlement e;
    e.provider = name();
    const QJsonValue id = o.value(field(QStringLiteral("product_id")));
    const auto idNumber = id.isDouble() ? net::truncatedInteger(id.toDouble()) : std::nullopt;
    e.productId = idNumber ? QString::number(*idNumber) : id.toString();
    if (e.productId.isEmpty()) {
        *problem = QStringLiteral("an entitlement has no \"%1\" (payment.entitlement_fields.product_id)")
                       .arg(field(QStringLiteral("product_id")));
        return std::nullopt;
    }
    e.title = m_productTitles.value(e.productId, o.value(QStringLiteral("title")).toString(e.productId));
    e.startsAt = mpxTime(o, field(QStringLiteral("start")));
    e.expiresAt = mpxTime(o, field(QStringLiteral("end")));
    if (o.value(field(QStringLiteral("disabled"))).toBool())
        e.status = Entitlement::Status::Revoked;
    else if (e.expiresAt.isValid() && e.expiresAt <= nowUtc())
        e.status = Entitlement::Status::Expired;
    else
        e.status = Entitlement::Status::Active;
    return e;
}

void MpxProvider::listEntitlements(EntitlementsCallback done)
{
    QUrl url = m_entitlementUrl;
    QUrlQuery q(url);
    q.removeAllQueryItems(QStringLiteral("byUserId"));
    q.addQueryItem(QStringLiteral("byUserId"), m_userId);
    url.setQuery(q);
    fetchAll(url, QStringLiteral("entitlements"),
             [this, done = std::move(done)](const QList<QJsonObject> &entries, const std::optional<PaymentError> &error,
                                            bool truncated) {
                 EntitlementsResult result;
                 result.error = error;
                 result.truncated = truncated;
                 if (!error) {
                     for (const auto &o : entries) {
                         QString problem;
                         const auto e = toEntitlement(o, &problem);
                         if (!e) {
                             result.error = malformed(problem);
                             result.items.clear();
                             break;
                         }
                         result.items.append(*e);
                     }
                 }
                 done(result);
             });
}

void MpxProvider::checkAccess(const QString &productId, AccessCallback done)
{
    // EDS has no "access to one product" call that payments.md documents: read the list.
    listEntitlements([this, productId, done = std::move(done)](const EntitlementsResult &list) {
        AccessResult result;
        if (!list.ok()) {
            result.error = list.error;
            return done(result);
        }
        for (const auto &e : list.items) {
            if (e.productId == productId && e.grantsAccess()) {
                result.granted = true;
                result.expiresAt = e.expiresAt;
                return done(result);
            }
        }
        result.error = makeError(PaymentError::NoAccess, 0, QStringLiteral("no access to product %1").arg(productId));
        done(result);
    });
}

}  // namespace tvpair
