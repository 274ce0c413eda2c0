#include "TenantConfig.h"

#include "ConfigReader.h"
#include "net/JsonBody.h"
#include "net/Printable.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tvpair {
namespace {

constexpr qint64 kMaxConfigBytes = 256 * 1024;

// OIDC Core §3.1.2.1: an ID token comes only with the `openid` scope, and it is checked
// against the issuer. Servers without OIDC (scopes of their own) need neither, as long as
// the endpoints are known without the issuer's discovery document.
void checkIdTokenNeeds(config::Reader &r, const QJsonObject &o, const TenantConfig &c)
{
    if (!r.error.isEmpty())
        return;
    const bool openid = c.scope.split(' ', Qt::SkipEmptyParts).contains(QLatin1String("openid"));
    if (!openid && c.dialect.responseType == QLatin1String("code id_token"))
        r.fail("scope", "must contain \"openid\" for response_type \"code id_token\"");
    else if (!openid && c.identity.subject == QLatin1String("id_token"))
        r.fail("scope", "must contain \"openid\" for identity.subject \"id_token\"");
    else if (c.issuer.isEmpty() && (c.expectsIdToken() || (c.endpoints.token.isEmpty() && c.dialect.discoveryUrl.isEmpty())))
        r.fail("issuer", o.contains("issuer") && !o.value("issuer").isNull()
                             ? "must not be empty"
                             : (c.expectsIdToken() ? "missing; required when an ID token is expected (scope openid)"
                                                   : "missing; required unless discovery_url or endpoints.token is given"));
}

}  // namespace

bool TenantConfig::expectsIdToken() const
{
    return scope.split(' ', Qt::SkipEmptyParts).contains(QLatin1String("openid"))
        || dialect.responseType == QLatin1String("code id_token") || identity.subject == QLatin1String("id_token");
}

QString TenantConfig::subjectSource() const
{
    if (!identity.subject.isEmpty())
        return identity.subject;
    return expectsIdToken() ? QStringLiteral("id_token") : QString();
}

QString TenantConfig::serverKey() const
{
    if (!issuer.isEmpty())
        return issuer;
    if (!dialect.discoveryUrl.isEmpty())
        return dialect.discoveryUrl.toString();
    return endpoints.token.toString();
}

QString TenantConfig::authMethod() const
{
    if (!tokenEndpointAuthMethod.isEmpty())
        return tokenEndpointAuthMethod;
    return clientSecret.isEmpty() ? QStringLiteral("none") : QStringLiteral("client_secret_basic");
}

std::optional<TenantConfig> TenantConfig::fromJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    config::Reader r{sourceName, {}};
    QString perr;
    if (json.size() > kMaxConfigBytes) {
        if (error)
            *error = QStringLiteral("%1: larger than %2 bytes; not a tvpair config").arg(sourceName).arg(kMaxConfigBytes);
        return std::nullopt;
    }
    const auto root = net::parseJsonObject(json, &perr);
    if (!root) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(sourceName, perr);
        return std::nullopt;
    }
    TenantConfig c;
    c.sourceName = sourceName;
    const QJsonObject &o = *root;
    r.onlyKeys(o, "", {"app_name", "issuer", "client_id", "client_secret", "token_endpoint_auth_method", "scope",
                       "audience", "resource", "endpoints", "flow", "allow_insecure_loopback", "payment",
                       "redirect_path", "redirect_port", "post_logout_redirect_uri", "discovery_url", "response_type",
                       "response_mode", "authorization_params", "token_params", "refresh_params",
                       "refresh_with_code_verifier", "token_dialect", "end_session_url", "logout_error_uri",
                       "identity", "branding"});
    r.str(o, "app_name", "app_name", &c.appName);
    r.str(o, "issuer", "issuer", &c.issuer);
    r.str(o, "client_id", "client_id", &c.clientId, true);
    r.str(o, "client_secret", "client_secret", &c.clientSecret);
    r.str(o, "token_endpoint_auth_method", "token_endpoint_auth_method", &c.tokenEndpointAuthMethod);
    if (!c.tokenEndpointAuthMethod.isEmpty())
        r.oneOf(c.tokenEndpointAuthMethod, "token_endpoint_auth_method",
                {"none", "client_secret_basic", "client_secret_post"});
    r.str(o, "scope", "scope", &c.scope);
    r.str(o, "audience", "audience", &c.audience);
    r.str(o, "resource", "resource", &c.resource);
    r.str(o, "flow", "flow", &c.flow);
    if (!c.flow.isEmpty())
        r.oneOf(c.flow, "flow", {"device_code", "authorization_code"});
    r.boolean(o, "allow_insecure_loopback", "allow_insecure_loopback", &c.allowInsecureLoopback);
    r.str(o, "redirect_path", "redirect_path", &c.redirectPath);
    if (!c.redirectPath.startsWith('/'))
        r.fail("redirect_path", "expected a path starting with /");
    if (o.contains("redirect_port") && !o.value("redirect_port").isNull()) {
        const QJsonValue v = o.value("redirect_port");
        const double d = v.toDouble(-1);
        const auto whole = net::truncatedInteger(d);
        if (!v.isDouble() || !whole || d != double(*whole) || *whole < 1024 || *whole > 65535)
            r.fail("redirect_port", "expected a whole number from 1024 to 65535 (or leave it out for an ephemeral port)");
        else
            c.redirectPort = quint16(*whole);
    }
    {
        QString s;
        if (r.str(o, "post_logout_redirect_uri", "post_logout_redirect_uri", &s) && o.contains("post_logout_redirect_uri")
            && !o.value("post_logout_redirect_uri").isNull()) {
            const QUrl u(s, QUrl::StrictMode);
            const bool web = u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http");
            if (s.isEmpty() || !u.isValid() || u.isRelative() || u.hasFragment() || (web && u.host().isEmpty()))
                r.fail("post_logout_redirect_uri", "expected an absolute URL without a fragment, as registered with the server");
            else
                c.postLogoutRedirectUri = u;
        }
    }
    if (r.error.isEmpty() && o.contains("issuer") && !o.value("issuer").isNull()) {
        const QUrl iss(c.issuer, QUrl::StrictMode);
        if (!iss.isValid() || iss.host().isEmpty() || (iss.scheme() != "https" && iss.scheme() != "http")
            || iss.hasQuery() || iss.hasFragment())
            r.fail("issuer", "expected an absolute https URL without query or fragment");
    }
    if (o.contains("endpoints") && !o.value("endpoints").isNull()) {
        if (!o.value("endpoints").isObject()) {
            r.fail("endpoints", "expected an object of endpoint URLs");
        } else {
            const QJsonObject e = o.value("endpoints").toObject();
            r.onlyKeys(e, "endpoints.", {"device_authorization", "token", "revocation", "userinfo", "jwks",
                                         "authorization", "introspection", "end_session"});
            r.url(e, "device_authorization", "endpoints.device_authorization", &c.endpoints.deviceAuthorization);
            r.url(e, "token", "endpoints.token", &c.endpoints.token);
            r.url(e, "revocation", "endpoints.revocation", &c.endpoints.revocation);
            r.url(e, "userinfo", "endpoints.userinfo", &c.endpoints.userinfo);
            r.url(e, "jwks", "endpoints.jwks", &c.endpoints.jwks);
            r.url(e, "authorization", "endpoints.authorization", &c.endpoints.authorization);
            r.url(e, "introspection", "endpoints.introspection", &c.endpoints.introspection);
            r.url(e, "end_session", "endpoints.end_session", &c.endpoints.endSession);
        }
    }
    if (o.contains("payment") && !o.value("payment").isNull() && r.error.isEmpty()) {
        if (config::readPayments(r, o.value("payment"), &c.payments))
            c.payment = c.payments.first();
    }
    if (r.error.isEmpty())
        config::readDialect(r, o, &c);
    if (r.error.isEmpty())
        config::readBranding(r, o, &c);
    checkIdTokenNeeds(r, o, c);
    if (r.error.isEmpty() && c.authMethod() != "none" && c.clientSecret.isEmpty())
        r.fail("client_secret", "required by token_endpoint_auth_method " + c.authMethod());
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return c;
}

QList<PaymentConfig> TenantConfig::paymentProviders() const
{
    QList<PaymentConfig> out;
    if (payment.provider != QLatin1String("none"))
        out << payment;
    for (qsizetype i = 1; i < payments.size(); ++i)
        out << payments.at(i);
    return out;
}

std::optional<PaymentConfig> TenantConfig::paymentFor(const QString &provider) const
{
    for (const PaymentConfig &p : paymentProviders()) {
        if (p.provider == provider)
            return p;
    }
    return std::nullopt;
}

std::optional<TenantConfig> TenantConfig::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read the config file (%2)").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.read(kMaxConfigBytes + 1);
    auto c = fromJson(bytes, path, error);
    // A relative logo path is relative to the config file, wherever the app was started.
    if (c && !c->branding.logoFile.isEmpty() && QFileInfo(c->branding.logoFile).isRelative())
        c->branding.logoFile = QFileInfo(path).absoluteDir().absoluteFilePath(c->branding.logoFile);
    return c;
}

TenantConfig TenantConfig::builtinSandbox(int port)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    TenantConfig c;
    c.sourceName = QStringLiteral("built-in sandbox config");
    c.appName = QStringLiteral("tvpair sandbox");
    c.issuer = base;
    c.clientId = QStringLiteral("tv-app");
    c.scope = QStringLiteral("openid offline_access profile products");
    c.allowInsecureLoopback = true;
    c.payment.provider = QStringLiteral("cleeng");
    c.payment.environment = QStringLiteral("sandbox");
    c.payment.publisherId = QStringLiteral("123456789");
    c.payment.baseUrl = QUrl(base + QStringLiteral("/payments/cleeng"));
    c.payment.checkoutUrl = base + QStringLiteral("/checkout/cleeng?offer={offer_id}&customer={customer_id}&lang={locale}");
    c.payment.manageUrl = base + QStringLiteral("/checkout/cleeng/manage?customer={customer_id}&lang={locale}");
    c.payment.entitlementFields = PaymentConfig::mpxFieldDefaults();
    c.payments = {c.payment};
    return c;
}

}  // namespace tvpair
