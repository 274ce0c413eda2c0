#include "BridgeConfig.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "oauth/AuthorizationRequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace tvpair::bridge {

namespace {

class Reader {
public:
    explicit Reader(QString *error) : m_error(error) {}
    bool fail(const QString &field, const QString &why)
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("config: %1: %2").arg(field, why);
        return false;
    }
    bool onlyKeys(const QJsonObject &o, const QString &prefix, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(prefix + it.key(), QStringLiteral("unknown key"));
        }
        return true;
    }
    bool string(const QJsonObject &o, const QString &key, const QString &field, QString *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return required ? fail(field, QStringLiteral("missing (expected a string)")) : true;
        if (!v.isString() || (required && v.toString().isEmpty()))
            return fail(field, QStringLiteral("expected a non-empty string"));
        *out = v.toString();
        return true;
    }
    bool integer(const QJsonObject &o, const QString &key, const QString &field, int lo, int hi, int *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < lo || d > hi)
            return fail(field, QStringLiteral("expected a whole number from %1 to %2").arg(lo).arg(hi));
        *out = int(d);
        return true;
    }
    bool url(const QJsonObject &o, const QString &key, const QString &field, QUrl *out, bool required)
    {
        QString s;
        if (!string(o, key, field, &s, required))
            return false;
        if (s.isEmpty())
            return true;
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || (u.scheme() != "https" && u.scheme() != "http"))
            return fail(field, QStringLiteral("expected an absolute http(s) URL"));
        *out = u;
        return true;
    }

private:
    QString *m_error;
};

// The tenant-config reader's one line, `upstream: field "X": what`, as this file's
// `config: upstream.X: what`.
const QRegularExpression &tenantErrorPattern()
{
    static const QRegularExpression re(QStringLiteral("^upstream: field \"(.*)\": (.*)$"));
    return re;
}
QString upstreamField(const QString &tenantError)
{
    const auto m = tenantErrorPattern().match(tenantError);
    return m.hasMatch() ? QStringLiteral("upstream.") + m.captured(1) : QStringLiteral("upstream");
}
QString upstreamWhy(const QString &tenantError)
{
    const auto m = tenantErrorPattern().match(tenantError);
    return m.hasMatch() ? m.captured(2) : tenantError.section(QStringLiteral(": "), 1);
}

QString resolve(const QString &baseDir, const QString &path)
{
    return QDir::isAbsolutePath(path) ? path : QDir(baseDir).absoluteFilePath(path);
}

}  // namespace

const TvClient *BridgeConfig::client(const QString &id) const
{
    for (const TvClient &c : clients) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

std::optional<BridgeConfig> BridgeConfig::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("config: %1: cannot read the file").arg(path);
        return std::nullopt;
    }
    return fromJson(f.read(1024 * 1024), QFileInfo(path).absolutePath(), error, path);
}

std::optional<BridgeConfig> BridgeConfig::fromJson(const QByteArray &json, const QString &baseDir, QString *error,
                                                   const QString &source)
{
    error->clear();
    Reader r(error);
    QString why;
    const auto root = net::parseJsonObject(json, &why);
    if (!root) {
        r.fail(source, why);  // e.g. "config: /etc/tvpair-bridge/bridge.json: malformed JSON at offset 17: ..."
        return std::nullopt;
    }
    const QJsonObject o = *root;
    BridgeConfig c;
    if (!r.onlyKeys(o, {}, {"public_url", "listen", "store", "sealing_keys", "signing_key", "clients", "user_code",
                            "limits", "trusted_proxies", "upstream"}))
        return std::nullopt;

    if (!r.url(o, "public_url", "public_url", &c.publicUrl, true))
        return std::nullopt;
    const bool loopback = net::UrlPolicy::isLoopbackHost(c.publicUrl.host());
    if (c.publicUrl.scheme() != "https" && !loopback) {
        r.fail("public_url", QStringLiteral("must be https (plain http only on a loopback host)"));
        return std::nullopt;
    }
    if ((!c.publicUrl.path().isEmpty() && c.publicUrl.path() != "/") || c.publicUrl.hasQuery() || c.publicUrl.hasFragment()) {
        r.fail("public_url", QStringLiteral("must be a bare origin (no path, query or fragment)"));
        return std::nullopt;
    }
    c.publicUrl.setPath(QString());

    QString listen = QStringLiteral("127.0.0.1:8741");
    if (!r.string(o, "listen", "listen", &listen, false))
        return std::nullopt;
    const int colon = listen.lastIndexOf(':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || c.listenAddress.setAddress(host) == false) {
        r.fail("listen", QStringLiteral("expected ADDRESS:PORT, e.g. 127.0.0.1:8741 or [::1]:8741"));
        return std::nullopt;
    }
    c.listenPort = quint16(port);

    QString store = QStringLiteral("sqlite:bridge.db");
    if (!r.string(o, "store", "store", &store, false))
        return std::nullopt;
    if (PostgresTarget::isPostgresUrl(store)) {
        QString why;
        c.postgres = PostgresTarget::fromUrl(store, &why);
        if (!c.postgres) {
            r.fail("store", why);
            return std::nullopt;
        }
    } else if (store.startsWith("sqlite:") && store.size() > 7) {
        c.storePath = resolve(baseDir, store.mid(7));
    } else {
        r.fail("store", QStringLiteral("expected sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE"));
        return std::nullopt;
    }

    if (!r.string(o, "sealing_keys", "sealing_keys", &c.sealingKeyDir, true)
        || !r.string(o, "signing_key", "signing_key", &c.signingKeyPath, true))
        return std::nullopt;
    c.sealingKeyDir = resolve(baseDir, c.sealingKeyDir);
    c.signingKeyPath = resolve(baseDir, c.signingKeyPath);

    const QJsonValue clients = o.value("clients");
    if (!clients.isArray() || clients.toArray().isEmpty()) {
        r.fail("clients", QStringLiteral("expected a non-empty list of {\"id\", \"name\"}"));
        return std::nullopt;
    }
    QSet<QString> seen;
    for (int i = 0; i < clients.toArray().size(); ++i) {
        const QString field = QStringLiteral("clients[%1]").arg(i);
        const QJsonObject co = clients.toArray().at(i).toObject();
        TvClient tc;
        if (!r.onlyKeys(co, field + '.', {"id", "name"}) || !r.string(co, "id", field + ".id", &tc.id, true)
            || !r.string(co, "name", field + ".name", &tc.name, true))
            return std::nullopt;
        if (seen.contains(tc.id)) {
            r.fail(field + ".id", QStringLiteral("duplicate client id"));
            return std::nullopt;
        }
        seen.insert(tc.id);
        c.clients.append(tc);
    }

    const QJsonObject uc = o.value("user_code").toObject();
    if (!r.onlyKeys(uc, "user_code.", {"ttl", "interval"})
        || !r.integer(uc, "ttl", "user_code.ttl", 60, 3600, &c.userCodeTtlSeconds)
        || !r.integer(uc, "interval", "user_code.interval", 1, 60, &c.pollIntervalSeconds))
        return std::nullopt;

    const QJsonObject lim = o.value("limits").toObject();
    int maxBody = int(c.maxBodyBytes);
    if (!r.onlyKeys(lim, "limits.", {"max_body_bytes", "max_connections", "idle_timeout", "wrong_codes_per_address",
                                     "wrong_codes_global", "wrong_code_window"})
        || !r.integer(lim, "wrong_codes_per_address", "limits.wrong_codes_per_address", 1, 100000, &c.wrongCodesPerAddress)
        || !r.integer(lim, "wrong_codes_global", "limits.wrong_codes_global", 1, 10000000, &c.wrongCodesGlobal)
        || !r.integer(lim, "wrong_code_window", "limits.wrong_code_window", 1, 86400, &c.wrongCodeWindowSeconds)
        || !r.integer(lim, "max_body_bytes", "limits.max_body_bytes", 1024, 1024 * 1024, &maxBody)
        || !r.integer(lim, "max_connections", "limits.max_connections", 4, 100000, &c.maxConnections)
        || !r.integer(lim, "idle_timeout", "limits.idle_timeout", 1, 300, &c.idleTimeoutSeconds))
        return std::nullopt;
    c.maxBodyBytes = maxBody;

    const QJsonValue proxies = o.value("trusted_proxies");
    if (!proxies.isUndefined()) {
        if (!proxies.isArray()) {
            r.fail("trusted_proxies", QStringLiteral("expected a list of IP addresses"));
            return std::nullopt;
        }
        for (int i = 0; i < proxies.toArray().size(); ++i) {
            QHostAddress a;
            if (!a.setAddress(proxies.toArray().at(i).toString())) {
                r.fail(QStringLiteral("trusted_proxies[%1]").arg(i), QStringLiteral("expected an IP address"));
                return std::nullopt;
            }
            c.trustedProxies.append(a);
        }
    }

    const QJsonValue up = o.value("upstream");
    if (!up.isObject()) {
        r.fail("upstream", QStringLiteral("missing (expected an object)"));
        return std::nullopt;
    }
    const QJsonObject uo = up.toObject();
    if (!r.onlyKeys(uo, "upstream.", {"issuer", "endpoints", "client_id", "client_secret", "token_endpoint_auth_method",
                                      "scope", "audience", "resource", "redirect_uri", "allow_insecure_loopback",
                                      "discovery_url", "response_type", "response_mode", "authorization_params",
                                      "token_params", "refresh_params", "refresh_with_code_verifier", "token_dialect",
                                      "identity"})
        || !r.onlyKeys(uo.value("endpoints").toObject(), "upstream.endpoints.",
                       {"authorization", "token", "revocation", "userinfo", "jwks", "end_session"}))
        return std::nullopt;
    // The bridge is a confidential client: a secret, sent one of the two RFC 6749 §2.3.1 ways.
    QString ignored;
    if (!r.string(uo, "client_id", "upstream.client_id", &ignored, true)
        || !r.string(uo, "client_secret", "upstream.client_secret", &ignored, true))
        return std::nullopt;
    QString method = QStringLiteral("client_secret_basic");
    if (!r.string(uo, "token_endpoint_auth_method", "upstream.token_endpoint_auth_method", &method, false))
        return std::nullopt;
    if (method != "client_secret_basic" && method != "client_secret_post") {
        r.fail("upstream.token_endpoint_auth_method", QStringLiteral("expected client_secret_basic or client_secret_post"));
        return std::nullopt;
    }
    // Everything else of the identity server, dialect keys and `identity` included, is read by
    // the TV app's own tenant-config reader: one reader, the same keys and the same checks.
    QJsonObject tenant = uo;
    tenant.remove(QStringLiteral("redirect_uri"));
    tenant.insert(QStringLiteral("token_endpoint_auth_method"), method);
    tenant.insert(QStringLiteral("app_name"), QStringLiteral("tvpair-bridge"));
    tenant.insert(QStringLiteral("flow"), QStringLiteral("authorization_code"));
    QString tenantError;
    const auto parsedTenant = TenantConfig::fromJson(QJsonDocument(tenant).toJson(), QStringLiteral("upstream"), &tenantError);
    if (!parsedTenant) {
        r.fail(upstreamField(tenantError), upstreamWhy(tenantError));
        return std::nullopt;
    }
    TenantConfig &t = c.upstream;
    t = *parsedTenant;
    t.sourceName = QStringLiteral("upstream");
    const net::UrlPolicy policy{t.allowInsecureLoopback};
    if (!t.issuer.isEmpty()) {
        if (const QString why = policy.check(QUrl(t.issuer)); !why.isEmpty()) {
            r.fail("upstream.issuer", why);
            return std::nullopt;
        }
    }
    if (!r.url(uo, "redirect_uri", "upstream.redirect_uri", &c.redirectUri, false))
        return std::nullopt;
    c.responseMode = oauth::AuthorizationRequest::effectiveResponseMode(t);
    if (c.redirectUri.isEmpty())
        c.redirectUri = QUrl(c.publicUrl.toString() + QStringLiteral("/callback"));
    if (c.redirectUri.adjusted(QUrl::RemovePath | QUrl::RemoveQuery) != c.publicUrl || c.redirectUri.hasQuery()) {
        r.fail("upstream.redirect_uri", QStringLiteral("must be a path under public_url, without a query"));
        return std::nullopt;
    }
    return c;
}

}  // namespace tvpair::bridge
