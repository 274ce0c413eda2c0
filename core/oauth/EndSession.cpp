#include "EndSession.h"

#include "net/HttpClient.h"
#include "oauth/LogoutUrlTemplate.h"

#include <QUrlQuery>

namespace tvpair::oauth {

QUrl EndSession::fromTemplate(const TenantConfig &config, QString *why)
{
    QString error;
    const LogoutUrlValues values{config.clientId, config.postLogoutRedirectUri.toString(QUrl::FullyEncoded),
                                 config.dialect.logoutErrorUri.toString(QUrl::FullyEncoded)};
    const QUrl url = expandLogoutUrlTemplate(config.dialect.endSessionUrl, values, &error);
    if (url.isEmpty()) {
        if (why)
            *why = QStringLiteral("end_session_url: ") + error;
        return {};
    }
    net::UrlPolicy policy;
    policy.allowInsecureLoopback = config.allowInsecureLoopback;
    if (const QString refused = policy.check(url); !refused.isEmpty()) {
        if (why)
            *why = QStringLiteral("end_session_url refused: ") + refused;
        return {};
    }
    return url;
}

QUrl EndSession::logoutUrl(const QUrl &endpoint, const TenantConfig &config, QString *why)
{
    if (!config.dialect.endSessionUrl.isEmpty())
        return fromTemplate(config, why);
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
