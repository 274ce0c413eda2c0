#include "TenantConfig.h"

#include "net/JsonBody.h"
#include "net/Printable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tvpair {
namespace {

constexpr qint64 kMaxConfigBytes = 256 * 1024;

// Collects the first error with file and field; later checks become no-ops.
struct Reader {
    QString source;
    QString error;

    bool fail(const QString &field, const QString &what)
    {
        if (error.isEmpty()) {
            // A key from the file is quoted: keep the message one line (a key with a newline
            // would forge a second stderr line; found by tests/fuzz/fuzz_tenant_config).
            error = QStringLiteral("%1: field \"%2\": %3").arg(source, net::printableLine(field, 80), what);
        }
        return false;
    }

    bool onlyKeys(const QJsonObject &o, const QString &prefix, const QSet<QString> &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(prefix + it.key(), QStringLiteral("unknown key (check the spelling)"));
        }
        return true;
    }

    bool str(const QJsonObject &o, const QString &key, const QString &field, QString *out, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(field, QStringLiteral("missing; expected a string"));
            return true;
        }
        if (!v.isString())
            return fail(field, QStringLiteral("expected a string"));
        if (required && v.toString().trimmed().isEmpty())
            return fail(field, QStringLiteral("must not be empty"));
        *out = v.toString();
        return true;
    }

    bool url(const QJsonObject &o, const QString &key, const QString &field, QUrl *out)
    {
        QString s;
        if (!str(o, key, field, &s))
            return false;
        if (s.isEmpty())
            return true;
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || (u.scheme() != "https" && u.scheme() != "http"))
            return fail(field, QStringLiteral("expected an absolute http(s) URL"));
        *out = u;
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &field, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isBool())
            return fail(field, QStringLiteral("expected true or false"));
        *out = v.toBool();
        return true;
    }

    bool oneOf(const QString &value, const QString &field, const QStringList &allowed)
    {
        if (!allowed.contains(value))
            return fail(field, QStringLiteral("expected one of %1").arg(allowed.join(", ")));
        return true;
    }
};

bool readPayment(Reader &r, const QJsonObject &p, PaymentConfig *out)
{
    r.onlyKeys(p, "payment.",
               {"provider", "environment", "base_url", "publisher_id", "offer_ids", "asset_ids", "account",
                "product_url", "entitlement_url", "entitlement_fields", "claim"});
    r.str(p, "provider", "payment.provider", &out->provider, true);
    r.oneOf(out->provider, "payment.provider", {"cleeng", "inplayer", "mpx", "userinfo", "none"});
    r.str(p, "environment", "payment.environment", &out->environment);
    r.oneOf(out->environment, "payment.environment", {"production", "sandbox"});
    r.url(p, "base_url", "payment.base_url", &out->baseUrl);
    r.str(p, "publisher_id", "payment.publisher_id", &out->publisherId);
    r.str(p, "account", "payment.account", &out->account);
    r.url(p, "product_url", "payment.product_url", &out->productUrl);
    r.url(p, "entitlement_url", "payment.entitlement_url", &out->entitlementUrl);
    r.str(p, "claim", "payment.claim", &out->claim);
    if (p.contains("offer_ids") && !p.value("offer_ids").isNull()) {
        if (!p.value("offer_ids").isArray())
            return r.fail("payment.offer_ids", "expected a list of offer id strings");
        for (const auto &v : p.value("offer_ids").toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return r.fail("payment.offer_ids", "expected a list of offer id strings");
            out->offerIds << v.toString();
        }
    }
    if (p.contains("asset_ids") && !p.value("asset_ids").isNull()) {
        if (!p.value("asset_ids").isArray())
            return r.fail("payment.asset_ids", "expected a list of numbers");
        for (const auto &v : p.value("asset_ids").toArray()) {
            const double d = v.toDouble(-1);
            const auto whole = net::truncatedInteger(d);
            if (!v.isDouble() || d < 1 || !whole || d != double(*whole))
                return r.fail("payment.asset_ids", "expected a list of positive whole numbers");
            out->assetIds << qint64(d);
        }
    }
    out->entitlementFields = {{"product_id", "productId"}, {"start", "startDate"}, {"end", "endDate"},
                              {"disabled", "disabled"}};
    if (p.contains("entitlement_fields") && !p.value("entitlement_fields").isNull()) {
        const QJsonValue v = p.value("entitlement_fields");
        if (!v.isObject())
            return r.fail("payment.entitlement_fields", "expected an object of field names");
        const QJsonObject f = v.toObject();
        r.onlyKeys(f, "payment.entitlement_fields.", {"product_id", "start", "end", "disabled"});
        for (auto it = f.begin(); it != f.end(); ++it) {
            if (!it.value().isString() || it.value().toString().isEmpty())
                return r.fail("payment.entitlement_fields." + it.key(), "expected a field name");
            out->entitlementFields[it.key()] = it.value().toString();
        }
    }
    if (!r.error.isEmpty())
        return false;
    if (out->provider == "cleeng" && out->publisherId.isEmpty())
        return r.fail("payment.publisher_id", "required for the cleeng provider");
    if (out->provider == "inplayer" && out->assetIds.isEmpty())
        return r.fail("payment.asset_ids", "required for the inplayer provider (the package/asset ids to list)");
    if (out->provider == "mpx") {
        if (out->productUrl.isEmpty() && out->baseUrl.isEmpty())
            return r.fail("payment.product_url", "required for the mpx provider (or base_url)");
        if (out->entitlementUrl.isEmpty() && out->baseUrl.isEmpty())
            return r.fail("payment.entitlement_url", "required for the mpx provider (or base_url)");
    }
    return r.error.isEmpty();
}

}  // namespace

QString TenantConfig::authMethod() const
{
    if (!tokenEndpointAuthMethod.isEmpty())
        return tokenEndpointAuthMethod;
    return clientSecret.isEmpty() ? QStringLiteral("none") : QStringLiteral("client_secret_basic");
}

std::optional<TenantConfig> TenantConfig::fromJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    Reader r{sourceName, {}};
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
                       "redirect_path", "redirect_port", "post_logout_redirect_uri"});
    r.str(o, "app_name", "app_name", &c.appName);
    r.str(o, "issuer", "issuer", &c.issuer, true);
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
    if (r.error.isEmpty()) {
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
    if (o.contains("payment") && !o.value("payment").isNull()) {
        if (!o.value("payment").isObject())
            r.fail("payment", "expected an object");
        else if (r.error.isEmpty())
            readPayment(r, o.value("payment").toObject(), &c.payment);
    }
    if (r.error.isEmpty() && !c.scope.split(' ', Qt::SkipEmptyParts).contains("openid"))
        r.fail("scope", "must contain \"openid\"");
    if (r.error.isEmpty() && c.authMethod() != "none" && c.clientSecret.isEmpty())
        r.fail("client_secret", "required by token_endpoint_auth_method " + c.authMethod());
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return c;
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
    return fromJson(bytes, path, error);
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
    c.payment.entitlementFields = {{"product_id", "productId"}, {"start", "startDate"}, {"end", "endDate"},
                                   {"disabled", "disabled"}};
    return c;
}

}  // namespace tvpair
