// The identity-server dialect keys and `identity` (top-level keys of the tenant config).
#include "TenantConfig.h"

#include "ConfigReader.h"
#include "oauth/LogoutUrlTemplate.h"

#include <QJsonArray>

namespace tvpair::config {

namespace {

// Parameters the core sets itself (RFC 6749 §4.1, §6; RFC 7636; OIDC Core §3.1.2.1;
// RFC 8628 §3.4): an extra parameter of the same name would override or duplicate them.
const QSet<QString> &coreParameters()
{
    static const QSet<QString> names{"client_id",     "grant_type",     "code",
                                     "redirect_uri",  "code_verifier",  "code_challenge",
                                     "code_challenge_method", "state",  "nonce",
                                     "response_type", "response_mode",  "scope",
                                     "refresh_token", "device_code",    "client_secret"};
    return names;
}

bool readParams(Reader &r, const QJsonObject &root, const QString &key, QJsonObject *out)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return r.fail(key, QStringLiteral("expected an object of parameter names to strings, numbers or true/false"));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = key + QLatin1Char('.') + it.key();
        if (it.key().isEmpty())
            return r.fail(field, QStringLiteral("a parameter name must not be empty"));
        if (coreParameters().contains(it.key()))
            return r.fail(field, QStringLiteral("set by tvpair itself; it cannot be overridden"));
        const QJsonValue p = it.value();
        if (!p.isString() && !p.isDouble() && !p.isBool())
            return r.fail(field, QStringLiteral("expected a string, a number or true/false"));
    }
    *out = o;
    return true;
}

bool readAbsoluteUri(Reader &r, const QJsonObject &root, const QString &key, QUrl *out)
{
    if (!root.contains(key) || root.value(key).isNull())
        return true;
    QString s;
    if (!r.str(root, key, key, &s))
        return false;
    const QUrl u(s, QUrl::StrictMode);
    const bool web = u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http");
    if (s.isEmpty() || !u.isValid() || u.isRelative() || u.hasFragment() || (web && u.host().isEmpty()))
        return r.fail(key, QStringLiteral("expected an absolute URL without a fragment, as registered with the server"));
    *out = u;
    return true;
}

bool readIdentity(Reader &r, const QJsonObject &root, IdentityConfig *out)
{
    const QJsonValue v = root.value(QStringLiteral("identity"));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return r.fail(QStringLiteral("identity"), QStringLiteral("expected an object"));
    const QJsonObject o = v.toObject();
    r.onlyKeys(o, QStringLiteral("identity."), {"subject", "display_name", "customer_number"});
    r.str(o, "subject", "identity.subject", &out->subject);
    if (o.contains("subject") && !o.value("subject").isNull()) {
        const QString &s = out->subject;
        const QString prefix = QStringLiteral("token_response:");
        const bool ok = s == QLatin1String("id_token") || s == QLatin1String("userinfo")
            || s == QLatin1String("access_token") || (s.startsWith(prefix) && s.size() > prefix.size());
        if (!ok)
            r.fail("identity.subject", QStringLiteral("expected one of id_token, userinfo, access_token, "
                                                      "token_response:<property>"));
    }
    if (o.contains("display_name") && !o.value("display_name").isNull()) {
        const QJsonValue d = o.value("display_name");
        bool ok = d.isArray() && !d.toArray().isEmpty();
        for (const auto &name : d.toArray()) {
            ok = ok && name.isString() && !name.toString().trimmed().isEmpty();
            out->displayName << name.toString();
        }
        if (!ok) {
            out->displayName.clear();
            r.fail("identity.display_name", QStringLiteral("expected a list of claim or property names, "
                                                           "e.g. [\"name\", \"email\"]"));
        }
    }
    if (o.contains("customer_number") && !o.value("customer_number").isNull()) {
        if (r.str(o, "customer_number", "identity.customer_number", &out->customerNumber)
            && out->customerNumber.trimmed().isEmpty())
            r.fail("identity.customer_number", QStringLiteral("expected a claim or property name"));
    }
    return r.error.isEmpty();
}

}  // namespace

bool readDialect(Reader &r, const QJsonObject &root, TenantConfig *out)
{
    DialectConfig &d = out->dialect;
    r.url(root, "discovery_url", "discovery_url", &d.discoveryUrl);
    r.str(root, "response_type", "response_type", &d.responseType);
    r.oneOf(d.responseType, "response_type", {"code", "code id_token"});
    r.str(root, "response_mode", "response_mode", &d.responseMode);
    r.oneOf(d.responseMode, "response_mode", {"query", "form_post", "fragment"});
    readParams(r, root, "authorization_params", &d.authorizationParams);
    readParams(r, root, "token_params", &d.tokenParams);
    readParams(r, root, "refresh_params", &d.refreshParams);
    r.boolean(root, "refresh_with_code_verifier", "refresh_with_code_verifier", &d.refreshWithCodeVerifier);
    r.str(root, "token_dialect", "token_dialect", &d.tokenDialect);
    r.oneOf(d.tokenDialect, "token_dialect", {"rfc6749", "paytronix"});
    readAbsoluteUri(r, root, "logout_error_uri", &d.logoutErrorUri);
    r.str(root, "end_session_url", "end_session_url", &d.endSessionUrl);
    if (r.error.isEmpty() && root.contains("end_session_url") && !root.value("end_session_url").isNull()) {
        QString why;
        const oauth::LogoutUrlValues values{out->clientId, out->postLogoutRedirectUri.toString(QUrl::FullyEncoded),
                                            d.logoutErrorUri.toString(QUrl::FullyEncoded)};
        if (oauth::expandLogoutUrlTemplate(d.endSessionUrl, values, &why).isEmpty())
            r.fail("end_session_url", why);
        else if (!out->endpoints.endSession.isEmpty())
            r.fail("end_session_url", QStringLiteral("give either end_session_url or endpoints.end_session, not both"));
    }
    readIdentity(r, root, &out->identity);
    return r.error.isEmpty();
}

}  // namespace tvpair::config
