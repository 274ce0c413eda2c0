#include "OAuthError.h"

#include "net/JsonBody.h"
#include "net/Log.h"
#include "net/Printable.h"

namespace tvpair::oauth {


bool OAuthError::isTransient() const
{
    if (unreadable)
        return true;
    if (netError == net::NetError::Timeout || netError == net::NetError::Connection)
        return true;
    if (netError != net::NetError::None)
        return false;  // TLS, redirect, too large, insecure URL: retrying will not help
    if (httpStatus == 429 || httpStatus >= 500)
        return error == QLatin1String("server") || error == QLatin1String("server_error")
            || error == QLatin1String("temporarily_unavailable") || error == QLatin1String("malformed");
    return error == QLatin1String("temporarily_unavailable");
}

QString OAuthError::toString() const
{
    QString s = error;
    if (httpStatus)
        s += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!description.isEmpty())
        s += QStringLiteral(": ") + description;
    return log::redact(s);
}

OAuthError OAuthError::malformed(const QString &what, int status)
{
    OAuthError e;
    e.error = QStringLiteral("malformed");
    e.description = what;
    e.httpStatus = status;
    return e;
}

OAuthError OAuthError::unreadableAnswer(const net::HttpResponse &r, const QString &what)
{
    OAuthError e;
    e.error = r.transportOk() ? QStringLiteral("server") : QStringLiteral("network");
    e.description = what;
    e.httpStatus = r.status;
    e.netError = r.error;
    e.retryAfterSeconds = r.retryAfterSeconds();
    e.unreadable = true;
    return e;
}

OAuthError OAuthError::fromResponse(const net::HttpResponse &r)
{
    OAuthError e;
    e.httpStatus = r.status;
    e.retryAfterSeconds = r.retryAfterSeconds();
    if (!r.transportOk()) {
        e.netError = r.error;
        e.error = QStringLiteral("network");
        e.description = r.errorText;
        return e;
    }
    QString perr;
    const auto obj = net::parseJsonObject(r.body, &perr);
    if (obj && obj->value("error").isString() && !obj->value("error").toString().isEmpty()) {
        // Only ASCII letters, digits and "_-." are kept (RFC 6749 error codes are ASCII), so a
        // hostile server cannot inject text, look-alike letters or a second log line.
        QString code = obj->value("error").toString().left(64);
        for (QChar &c : code) {
            const char16_t u = c.unicode();
            const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                || u == '_' || u == '-' || u == '.';
            if (!ok)
                c = '_';
        }
        e.error = code;
        e.description = log::redact(net::printableLine(obj->value("error_description").toString(), 200));
        return e;
    }
    if (r.status >= 200 && r.status < 300)
        return {};  // success; the caller validates the body
    if (r.status == 429 || r.status >= 500) {
        e.error = QStringLiteral("server");
        e.description = QStringLiteral("the server answered HTTP %1").arg(r.status);
    } else if (r.status == 401) {
        e.error = QStringLiteral("invalid_client");
        e.description = QStringLiteral("the server refused the client (HTTP 401)");
    } else if (r.status == 400 || r.status == 403) {
        e.error = QStringLiteral("invalid_request");
        e.description = QStringLiteral("the server refused the request (HTTP %1) without saying why").arg(r.status);
    } else {
        e.error = QStringLiteral("server");
        e.description = QStringLiteral("unexpected HTTP %1").arg(r.status);
        e.httpStatus = r.status;
    }
    return e;
}

}  // namespace tvpair::oauth
