#include "InPlayerProvider.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "payments/PagedListing.h"

#include <QUrlQuery>

namespace tvpair {

struct InPlayerProvider::ProductsJob {
    ProductsCallback done;
    ProductsResult result;
    int nextAsset = 0;
};

InPlayerProvider::InPlayerProvider(const QUrl &baseUrl, const QString &token, const QDateTime &tokenExpires,
                                   const QList<qint64> &assetIds, net::HttpClient *http, QObject *parent)
    : PaymentProvider(http, parent), m_base(baseUrl), m_token(token), m_expires(tokenExpires), m_assetIds(assetIds)
{
}

InPlayerAnswers InPlayerProvider::answers() const
{
    return InPlayerAnswers(nowUtc(), limits().maxBodyBytes);
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
        return context().error(PaymentError::Unauthorized, 0,
                               QStringLiteral("the access token expired at %1 (no request sent)")
                                   .arg(m_expires.toString(Qt::ISODate)));
    return std::nullopt;
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
        const ProductsResult fees = answers().accessFees(r, assetId);
        if (!fees.ok()) {
            job->result.items.clear();
            job->result.error = fees.error;
            return job->done(job->result);
        }
        job->result.items.append(fees.items);
        if (job->nextAsset >= m_assetIds.size())
            return job->done(job->result);
        fetchFees(job);
    });
}

// ---------------------------------------------------------------------------- entitlements

void InPlayerProvider::listEntitlements(EntitlementsCallback done)
{
    auto list = std::make_shared<EntitlementsResult>();
    if (auto e = expiredToken()) {
        list->error = *e;
        return later([list, done = std::move(done)]() { done(*list); });
    }
    // The access listing first (the truth about access), then the subscriptions.
    readListing(false, list, [this, list, done = std::move(done)]() {
        if (!list->ok())
            return done(*list);
        readListing(true, list, [list, done]() { done(*list); });
    });
}

void InPlayerProvider::readListing(bool subscriptions, std::shared_ptr<EntitlementsResult> list,
                                   std::function<void()> done)
{
    struct Position {
        int page = 0;       // pages from 0
        qint64 size = 0;    // rows per page: as asked, or the provider's smaller "limit"
        qint64 seen = 0;    // rows read in this listing
    };
    auto at = std::make_shared<Position>();
    at->size = limits().pageSize;
    const QString path = subscriptions ? QStringLiteral("/subscriptions") : QStringLiteral("/items/access/customers");
    const auto fetch = [this, subscriptions, list, at, path](int index, paging::Reply reply) {
        at->page = index;
        QUrl url = joinPath(m_base, path);
        const QString page = QString::number(at->page);
        const QString size = QString::number(at->size);
        if (subscriptions)
            url.setQuery(QUrlQuery{{QStringLiteral("page"), page}, {QStringLiteral("limit"), size}});
        else
            url.setQuery(QUrlQuery{{QStringLiteral("status"), QStringLiteral("active")},
                                   {QStringLiteral("page"), page},
                                   {QStringLiteral("size"), size}});
        get(url, headers(true), [this, subscriptions, index, list, at, reply](const net::HttpResponse &r) {
            QList<Entitlement> items = list->items;
            const ListPage page = subscriptions ? answers().subscriptionsPage(r, items) : answers().accessPage(r, items);
            if (index > 0 && !page.startsAt(at->seen)) {
                qCWarning(lcPayments).noquote() << name() << (subscriptions ? "subscriptions:" : "access:")
                                                << "page" << at->page << "was answered from offset" << *page.firstRow
                                                << "instead of" << at->seen << "- the list ends there";
                return reply(paging::Step{});
            }
            list->items = std::move(items);
            at->seen += page.rows;
            const bool more = page.more(at->seen, at->size);
            // A provider that serves fewer rows per page than asked says so in "limit": the next
            // page number counts in its pages.
            if (page.perPage > 0 && page.perPage < at->size)
                at->size = page.perPage;
            reply(paging::Step{page.error, more});
        });
    };
    paging::readPages(name() + (subscriptions ? QStringLiteral(": subscriptions") : QStringLiteral(": access")),
                      limits(), list, fetch, std::move(done));
}

// ---------------------------------------------------------------------------- access

void InPlayerProvider::checkAccess(const QString &assetId, AccessCallback done)
{
    AccessResult early;
    bool numeric = false;
    assetId.toLongLong(&numeric);
    if (!numeric)
        early.error = context().error(PaymentError::Config, 0,
                                      QStringLiteral("asset id \"%1\" is not a number").arg(assetId.left(40)));
    else if (auto e = expiredToken())
        early.error = *e;
    if (early.error)
        return later([early, done = std::move(done)]() { done(early); });

    const QUrl url = joinPath(m_base, QStringLiteral("/items/%1/access").arg(assetId));
    get(url, headers(true), [this, assetId, done = std::move(done)](const net::HttpResponse &r) {
        done(answers().access(r, assetId));
    });
}

}  // namespace tvpair
