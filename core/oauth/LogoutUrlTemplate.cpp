#include "LogoutUrlTemplate.h"

#include "net/Printable.h"

namespace tvpair::oauth {

namespace {
constexpr int kMaxTemplateChars = 2048;

QUrl failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return {};
}
}  // namespace

QUrl expandLogoutUrlTemplate(const QString &templ, const LogoutUrlValues &values, QString *error)
{
    if (templ.size() > kMaxTemplateChars)
        return failWith(error, QStringLiteral("longer than %1 characters").arg(kMaxTemplateChars));
    QString out;
    out.reserve(templ.size() + 128);
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c == QLatin1Char('}'))
            return failWith(error, QStringLiteral("a \"}\" without its \"{\" at character %1").arg(i + 1));
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        const qsizetype end = templ.indexOf(QLatin1Char('}'), i + 1);
        if (end < 0)
            return failWith(error, QStringLiteral("a \"{\" without its \"}\" at character %1").arg(i + 1));
        const QString name = templ.mid(i + 1, end - i - 1);
        const QString *value = nullptr;
        if (name == QLatin1String("client_id"))
            value = &values.clientId;
        else if (name == QLatin1String("post_logout_redirect_uri"))
            value = &values.postLogoutRedirectUri;
        else if (name == QLatin1String("logout_error_uri"))
            value = &values.logoutErrorUri;
        else
            return failWith(error, QStringLiteral("unknown placeholder {%1}; expected {client_id}, "
                                                  "{post_logout_redirect_uri} or {logout_error_uri}")
                                       .arg(net::printableLine(name, 40)));
        if (value->isEmpty())
            return failWith(error, QStringLiteral("placeholder {%1} has no value (set %1 in the config)").arg(name));
        out += QString::fromLatin1(QUrl::toPercentEncoding(*value));
        i = end;
    }
    const QUrl url(out, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return failWith(error, QStringLiteral("expected an absolute http(s) URL after the placeholders are filled in"));
    return url;
}

}  // namespace tvpair::oauth
