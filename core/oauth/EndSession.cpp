#include "EndSession.h"

#include "net/HttpClient.h"

#include <QUrlQuery>

namespace tvpair::oauth {

QUrl EndSession::logoutUrl(const QUrl &endpoint, const TenantConfig &config, QString *why)
{
    if (endpoint.isEmpty())
        return {};
    net::UrlPolicy policy;
    policy.allowInsecureLoopback = config.allowInsecureLoopback;
    if (const QString refused = policy.check(endpoint); !refused.isEmpty()) {
        if (why)
            *why = QStringLiteral("end_session endpoint refused: ") + refused;
        return {};
    }
    QUrl url = endpoint;
    QUrlQuery q(endpoint);  // keep parameters the endpoint itself carries
    const auto add = [&q](const QString &k, const QString &v) {
        // As in the authorization URL: encode '+', '&', '=' and friends explicitly.
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add(QStringLiteral("client_id"), config.clientId);
    if (!config.postLogoutRedirectUri.isEmpty())
        add(QStringLiteral("post_logout_redirect_uri"), config.postLogoutRedirectUri.toString(QUrl::FullyEncoded));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

}  // namespace tvpair::oauth
