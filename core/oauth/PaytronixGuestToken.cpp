#include "PaytronixGuestToken.h"

#include "net/JsonBody.h"
#include "net/Log.h"
#include "net/Printable.h"

#include <QJsonDocument>

namespace tvpair::oauth::paytronix {

net::HttpRequest guestTokenRequest(const QUrl &endpoint, const TenantConfig &config, const FormFields &core,
                                   const QJsonObject &extra)
{
    QJsonObject body;
    for (const auto &f : core) {
        // The documented request has no PKCE member: the verifier stays home.
        if (f.first != QLatin1String("code_verifier"))
            body.insert(f.first, f.second);
    }
    body.insert(QStringLiteral("client_id"), config.clientId);
    QJsonObject allowed = extra;
    for (const char *own : {"grant_type", "code", "redirect_uri", "refresh_token", "code_verifier", "client_id", "client_secret"})
        allowed.remove(QLatin1String(own));
    body = withExtraMembers(body, allowed);
    net::HttpRequest req;
    req.method = "POST";
    req.url = endpoint;
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req.contentType = "application/json";
    req.setHeader("Accept", "application/json");
    // "API Authentication": base64 of identifier:secret, as the integration was issued them.
    req.setHeader("Authorization", "Basic " + (config.clientId.toUtf8() + ':' + config.clientSecret.toUtf8()).toBase64());
    req.followRedirects = false;
    return req;
}

QString oauthErrorFor(const QString &paytronixErrorCode, int httpStatus)
{
    const QString c = paytronixErrorCode.toLower();
    const auto has = [&c](const char *part) { return c.contains(QLatin1String(part)); };
    if (has("invalid_client") || has("integration") || has("authentication") || has("unauthorized") || httpStatus == 401)
        return QStringLiteral("invalid_client");
    if (has("invalid_scope") || has("scope"))
        return QStringLiteral("invalid_scope");
    if (has("grant") || has("code") || has("refresh") || has("token") || has("expired") || has("revoked"))
        return QStringLiteral("invalid_grant");
    if (httpStatus == 429 || httpStatus >= 500 || has("unavailable") || has("system"))
        return QStringLiteral("server");
    return QStringLiteral("invalid_request");
}

namespace {
// Only ASCII letters, digits and "_-." of the server's error code, at most 64 (no injection).
QString printableCode(const QString &code)
{
    QString out = code.left(64);
    for (QChar &ch : out) {
        const char16_t u = ch.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '-' || u == '.'))
            ch = '_';
    }
    return out;
}
}  // namespace

std::optional<TokenSet> readGuestTokenAnswer(const net::HttpResponse &r, OAuthError *error)
{
    OAuthError e;
    if (!r.transportOk()) {
        *error = r.error == net::NetError::TooLarge ? OAuthError::unreadableAnswer(r, r.errorText) : OAuthError::fromResponse(r);
        return std::nullopt;
    }
    QString perr;
    const auto o = net::parseJsonObject(r.body, &perr);
    if (!o) {
        if (r.status == 429 || r.status >= 500) {
            *error = OAuthError::fromResponse(r);
        } else {
            *error = OAuthError::unreadableAnswer(
                r, QStringLiteral("HTTP %1 with an answer that is not a JSON object (%2)").arg(r.status).arg(perr));
        }
        return std::nullopt;
    }
    const QString result = o->value(QStringLiteral("result")).toString();
    const bool failed = result.compare(QLatin1String("failure"), Qt::CaseInsensitive) == 0
                        || o->value(QStringLiteral("errorCode")).isString() || r.status < 200 || r.status >= 300;
    if (failed) {
        if (o->value(QStringLiteral("error")).isString()) {  // an RFC 6749 error from a gateway in front
            *error = OAuthError::fromResponse(r);
            if (!error->isNull())
                return std::nullopt;
        }
        const QString code = printableCode(o->value(QStringLiteral("errorCode")).toString());
        e.error = oauthErrorFor(code, r.status);
        e.httpStatus = r.status;
        e.retryAfterSeconds = r.retryAfterSeconds();
        // Tokens in a failure answer are still secrets: never quoted back in the message.
        for (const char *secret : {"access_token", "refresh_token", "id_token"})
            log::rememberSecret(o->value(QLatin1String(secret)).toString());
        const QString message = net::printableLine(o->value(QStringLiteral("errorMessage")).toString(), 200);
        e.description = log::redact(QStringLiteral("Paytronix refused the guest token request")
                                    + (code.isEmpty() ? QString() : QStringLiteral(" (errorCode %1)").arg(code))
                                    + (message.isEmpty() ? QString() : QStringLiteral(": ") + message));
        *error = e;
        return std::nullopt;
    }
    QJsonObject withType = *o;
    if (!withType.value(QStringLiteral("token_type")).isString())
        withType.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    QString why;
    auto t = TokenSet::fromJson(withType, &why);
    if (!t) {
        *error = OAuthError::malformed(why, r.status);
        return std::nullopt;
    }
    t->response = *o;
    return t;
}

}  // namespace tvpair::oauth::paytronix
