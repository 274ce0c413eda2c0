#include "RestProvider.h"

#include "net/HttpClient.h"
#include "payments/PagedListing.h"

namespace tvpair {

RestProvider::RestProvider(const QUrl &entitlementUrl, const QString &token, const QHash<QString, QString> &fields,
                           net::HttpClient *http, QObject *parent)
    : PaymentProvider(http, parent), m_url(entitlementUrl), m_token(token), m_fields(fields)
{
}

RestAnswers RestProvider::answers() const
{
    return RestAnswers(nowUtc(), m_fields, limits().maxBodyBytes);
}

QUrl RestProvider::nextPage(const QUrl &service, const QUrl &current, const QString &link, QString *why)
{
    const QUrl next = current.resolved(QUrl(link, QUrl::StrictMode));
    if (!next.isValid() || next.scheme() != service.scheme() || next.host() != service.host()
        || next.port() != service.port()) {
        *why = QStringLiteral("entitlements: the next page's link leaves the service (%1://%2)")
                   .arg(next.scheme().left(10), next.host().left(80));
        return QUrl();
    }
    return next;
}

void RestProvider::listProducts(ProductsCallback done)
{
    later([done = std::move(done)]() { done(ProductsResult{}); });
}

void RestProvider::listEntitlements(EntitlementsCallback done)
{
    auto list = std::make_shared<EntitlementsResult>();
    auto url = std::make_shared<QUrl>(m_url);
    const auto fetch = [this, list, url](int, paging::Reply reply) {
        const Headers headers{{"Authorization", "Bearer " + m_token.toUtf8()}, {"Accept", "application/json"}};
        get(*url, headers, [this, list, url, reply](const net::HttpResponse &r) {
            QString link;
            const ListPage page = answers().entitlementsPage(r, list->items, &link);
            if (page.error || link.isEmpty() || page.rows == 0)
                return reply(paging::Step{page.error, false});
            QString why;
            const QUrl next = nextPage(m_url, *url, link, &why);
            if (next.isEmpty())
                return reply(paging::Step{context().malformed(why), false});
            *url = next;
            reply(paging::Step{std::nullopt, true});
        });
    };
    paging::readPages(name() + QStringLiteral(": entitlements"), limits(), list, fetch, [list, done = std::move(done)]() {
        list->items = RestAnswers::onePerProduct(list->items);
        done(*list);
    });
}

void RestProvider::checkAccess(const QString &productId, AccessCallback done)
{
    // A service of records has no "access to one package" call: read the list.
    accessFromList(productId, productId, std::move(done));
}

}  // namespace tvpair
