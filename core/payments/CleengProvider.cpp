#include "CleengProvider.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "payments/PagedListing.h"

#include <QUrlQuery>

namespace tvpair {

struct CleengProvider::OffersById {
    ProductsCallback done;
    ProductsResult result;
    int next = 0;  // index into m_offerIds
};

CleengProvider::CleengProvider(const QUrl &baseUrl, const QString &customerJwt, const QString &customerId,
                               const QStringList &offerIds, net::HttpClient *http, QObject *parent)
    : PaymentProvider(http, parent), m_base(baseUrl), m_token(customerJwt), m_customerId(customerId),
      m_offerIds(offerIds)
{
}

std::optional<QString> CleengProvider::customerIdFromJwt(const QString &jwt, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = QStringLiteral("cleeng: the customer token") + why;
        return std::nullopt;
    };
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return fail(QStringLiteral(" is not a JWT (expected three dot-separated parts)"));
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(QStringLiteral("'s payload is not base64url"));
    QString jsonError;
    const auto payload = net::parseJsonObject(*decoded, &jsonError);
    if (!payload)
        return fail(QStringLiteral("'s payload: %1").arg(jsonError));
    const QString id = answer::idText(payload->value(QStringLiteral("customerId")));
    if (id.isEmpty())
        return fail(QStringLiteral("'s payload has no customerId"));
    return id;
}

CleengAnswers CleengProvider::answers() const
{
    return CleengAnswers(nowUtc(), limits().maxBodyBytes);
}

PaymentProvider::Headers CleengProvider::headers() const
{
    return {{"Authorization", "Bearer " + m_token.toUtf8()}, {"Accept", "application/json"}};
}

QUrl CleengProvider::pageUrl(const QString &path, qint64 offset) const
{
    QUrl url = joinPath(m_base, path);
    url.setQuery(QUrlQuery{{QStringLiteral("pageLimit"), QString::number(limits().pageSize)},
                           {QStringLiteral("pageOffset"), QString::number(offset)}});
    return url;
}

// ---------------------------------------------------------------------------- products

void CleengProvider::listProducts(ProductsCallback done)
{
    if (!m_offerIds.isEmpty()) {
        auto job = std::make_shared<OffersById>();
        job->done = std::move(done);
        return fetchOfferById(job);
    }
    auto list = std::make_shared<ProductsResult>();
    auto offset = std::make_shared<qint64>(0);  // offers read so far: the next pageOffset
    const auto fetch = [this, list, offset](int, paging::Reply reply) {
        get(pageUrl(QStringLiteral("/offers"), *offset), headers(), [this, list, offset, reply](const net::HttpResponse &r) {
            const ListPage page = answers().offersPage(r, *offset, list->items);
            *offset += page.rows;
            reply(paging::Step{page.error, page.more(*offset, limits().pageSize)});
        });
    };
    paging::readPages(name() + QStringLiteral(": offers"), limits(), list, fetch,
                      [list, done = std::move(done)]() { done(*list); });
}

void CleengProvider::fetchOfferById(std::shared_ptr<OffersById> job)
{
    const QString offerId = m_offerIds.at(job->next);
    const QUrl url = joinPath(m_base, QStringLiteral("/offers/") + QString::fromLatin1(QUrl::toPercentEncoding(offerId)));
    get(url, headers(), [this, job, offerId](const net::HttpResponse &r) {
        job->next++;
        const ProductsResult offer = answers().offer(r, offerId);
        if (!offer.ok()) {
            job->result.items.clear();
            job->result.error = offer.error;
            return job->done(job->result);
        }
        job->result.items.append(offer.items);
        if (job->next >= m_offerIds.size())
            return job->done(job->result);
        fetchOfferById(job);
    });
}

// ---------------------------------------------------------------------------- entitlements

void CleengProvider::listEntitlements(EntitlementsCallback done)
{
    auto list = std::make_shared<EntitlementsResult>();
    readCustomerList(QStringLiteral("subscriptions"), list, [this, list, done = std::move(done)]() {
        if (!list->ok())
            return done(*list);
        readCustomerList(QStringLiteral("offers"), list, [list, done]() { done(*list); });
    });
}

void CleengProvider::readCustomerList(const QString &which, std::shared_ptr<EntitlementsResult> list,
                                      std::function<void()> done)
{
    const QString path = QStringLiteral("/customers/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_customerId)), which);
    auto offset = std::make_shared<qint64>(0);
    const auto fetch = [this, which, path, list, offset](int, paging::Reply reply) {
        get(pageUrl(path, *offset), headers(), [this, which, list, offset, reply](const net::HttpResponse &r) {
            const ListPage page = answers().customerPage(r, which, *offset, list->items);
            *offset += page.rows;
            // Cleeng documents these lists unpaged: a next page only when the answer says
            // there is one (x-total-count), never because a page merely looks full.
            reply(paging::Step{page.error, page.total && page.more(*offset, limits().pageSize)});
        });
    };
    paging::readPages(name() + QStringLiteral(": customer ") + which, limits(), list, fetch, std::move(done));
}

// ---------------------------------------------------------------------------- access

void CleengProvider::checkAccess(const QString &productId, AccessCallback done)
{
    const QUrl url = joinPath(m_base, QStringLiteral("/entitlements/") + QString::fromLatin1(QUrl::toPercentEncoding(productId)));
    get(url, headers(), [this, productId, done = std::move(done)](const net::HttpResponse &r) {
        done(answers().access(r, productId));
    });
}

}  // namespace tvpair
