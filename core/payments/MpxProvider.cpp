#include "MpxProvider.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "payments/PagedListing.h"

#include <QUrlQuery>

namespace tvpair {

MpxProvider::MpxProvider(const QUrl &productUrl, const QUrl &entitlementUrl, const QString &token,
                         const QString &userId, const QString &account,
                         const QHash<QString, QString> &entitlementFields, net::HttpClient *http, QObject *parent)
    : PaymentProvider(http, parent), m_productUrl(productUrl), m_entitlementUrl(entitlementUrl), m_token(token),
      m_userId(userId), m_account(account), m_fields(entitlementFields)
{
}

MpxAnswers MpxProvider::answers() const
{
    return MpxAnswers(nowUtc(), m_fields, m_productTitles, limits().maxBodyBytes);
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

// range=a-b is 1-based and inclusive. The next range starts after the rows received, so a
// service that serves fewer rows than asked (its own page size, in itemsPerPage) loses none.
template <typename T>
void MpxProvider::readRanges(const QUrl &url, const QString &what, std::shared_ptr<PaymentList<T>> list,
                             std::function<ListPage(const net::HttpResponse &, QList<T> &)> readPage,
                             std::function<void()> done)
{
    auto start = std::make_shared<qint64>(1);
    const auto fetch = [this, url, what, list, start, readPage](int index, paging::Reply reply) {
        const qint64 size = limits().pageSize;
        const QString range = QStringLiteral("%1-%2").arg(*start).arg(*start + size - 1);
        get(withParams(url, {{QStringLiteral("range"), range}}), {{"Accept", "application/json"}},
            [this, what, index, list, start, size, readPage, reply](const net::HttpResponse &r) {
                QList<T> items = list->items;
                const ListPage page = readPage(r, items);
                if (index > 0 && !page.startsAt(*start - 1)) {
                    qCWarning(lcPayments).noquote() << name() + QStringLiteral(": ") + what
                            + QStringLiteral(": range %1- was answered from another start: the list ends there").arg(*start);
                    return reply(paging::Step{});
                }
                list->items = std::move(items);
                *start += page.rows;
                reply(paging::Step{page.error, page.more(*start - 1, size)});
            });
    };
    paging::readPages(name() + QStringLiteral(": ") + what, limits(), list, fetch, std::move(done));
}

void MpxProvider::listProducts(ProductsCallback done)
{
    QUrl url = m_productUrl;
    QUrlQuery q(url);
    if (!q.hasQueryItem(QStringLiteral("fields")))
        q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,title,description,pricingPlan,scopes"));
    url.setQuery(q);
    auto list = std::make_shared<ProductsResult>();
    readRanges<Product>(
        url, QStringLiteral("products"), list,
        [this](const net::HttpResponse &r, QList<Product> &items) { return answers().productsPage(r, items); },
        [this, list, done = std::move(done)]() {
            for (const auto &p : std::as_const(list->items))
                m_productTitles.insert(p.id, p.title);
            done(*list);
        });
}

void MpxProvider::listEntitlements(EntitlementsCallback done)
{
    QUrl url = m_entitlementUrl;
    QUrlQuery q(url);
    q.removeAllQueryItems(QStringLiteral("byUserId"));
    q.addQueryItem(QStringLiteral("byUserId"), m_userId);
    url.setQuery(q);
    auto list = std::make_shared<EntitlementsResult>();
    // Read at each page, so products listed meanwhile give the titles.
    readRanges<Entitlement>(
        url, QStringLiteral("entitlements"), list,
        [this](const net::HttpResponse &r, QList<Entitlement> &items) { return answers().entitlementsPage(r, items); },
        [list, done = std::move(done)]() { done(*list); });
}

void MpxProvider::checkAccess(const QString &productId, AccessCallback done)
{
    // EDS has no "access to one product" call that MPX documents: read the list.
    accessFromList(productId, QStringLiteral("product %1").arg(productId), std::move(done));
}

}  // namespace tvpair
