#include "ServerMetadata.h"

#include "net/JsonBody.h"
#include "net/Log.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThreadPool>

namespace tvpair::oauth {

static bool readUrl(const QJsonObject &doc, const char *key, QUrl *out, QString *error)
{
    const QJsonValue v = doc.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const QUrl u(v.toString(), QUrl::StrictMode);
    if (!v.isString() || !u.isValid() || u.host().isEmpty()) {
        if (error)
            *error = QStringLiteral("metadata field \"%1\" is not an absolute URL").arg(QLatin1String(key));
        return false;
    }
    *out = u;
    return true;
}

std::optional<ServerMetadata> ServerMetadata::fromJson(const QJsonObject &doc, const QString &expectedIssuer,
                                                       QString *error)
{
    ServerMetadata m;
    const auto iss = net::stringField(doc, "issuer");
    if (!iss) {
        if (error)
            *error = QStringLiteral("metadata has no \"issuer\"");
        return std::nullopt;
    }
    // Without a configured issuer (no ID token expected) the document's own issuer is kept.
    if (!expectedIssuer.isEmpty() && *iss != expectedIssuer) {
        if (error)
            *error = QStringLiteral("metadata issuer \"%1\" differs from the configured issuer \"%2\"")
                         .arg(iss->left(200), expectedIssuer);
        return std::nullopt;
    }
    m.issuer = *iss;
    if (!readUrl(doc, "device_authorization_endpoint", &m.deviceAuthorizationEndpoint, error)
        || !readUrl(doc, "token_endpoint", &m.tokenEndpoint, error)
        || !readUrl(doc, "revocation_endpoint", &m.revocationEndpoint, error)
        || !readUrl(doc, "userinfo_endpoint", &m.userinfoEndpoint, error)
        || !readUrl(doc, "jwks_uri", &m.jwksUri, error)
        || !readUrl(doc, "authorization_endpoint", &m.authorizationEndpoint, error)
        || !readUrl(doc, "introspection_endpoint", &m.introspectionEndpoint, error)
        || !readUrl(doc, "end_session_endpoint", &m.endSessionEndpoint, error))
        return std::nullopt;
    return m;
}

void ServerMetadata::applyOverrides(const Endpoints &e)
{
    if (!e.deviceAuthorization.isEmpty()) deviceAuthorizationEndpoint = e.deviceAuthorization;
    if (!e.token.isEmpty()) tokenEndpoint = e.token;
    if (!e.revocation.isEmpty()) revocationEndpoint = e.revocation;
    if (!e.userinfo.isEmpty()) userinfoEndpoint = e.userinfo;
    if (!e.jwks.isEmpty()) jwksUri = e.jwks;
    if (!e.authorization.isEmpty()) authorizationEndpoint = e.authorization;
    if (!e.introspection.isEmpty()) introspectionEndpoint = e.introspection;
    if (!e.endSession.isEmpty()) endSessionEndpoint = e.endSession;
}

bool ServerMetadata::checkUrls(const net::UrlPolicy &policy, QString *error) const
{
    const std::pair<const char *, const QUrl *> endpoints[] = {
        {"device_authorization_endpoint", &deviceAuthorizationEndpoint},
        {"token_endpoint", &tokenEndpoint},
        {"revocation_endpoint", &revocationEndpoint},
        {"userinfo_endpoint", &userinfoEndpoint},
        {"jwks_uri", &jwksUri},
        {"authorization_endpoint", &authorizationEndpoint},
        {"introspection_endpoint", &introspectionEndpoint},
        {"end_session_endpoint", &endSessionEndpoint},
    };
    for (const auto &[name, url] : endpoints) {
        if (url->isEmpty())
            continue;
        const QString refused = policy.check(*url);
        if (!refused.isEmpty()) {
            if (error)
                *error = QStringLiteral("the %1 %2 is not allowed: %3")
                             .arg(QLatin1String(name), log::redactedUrl(*url), refused);
            return false;
        }
    }
    return true;
}

QJsonObject ServerMetadata::toJson() const
{
    QJsonObject o{{"issuer", issuer}};
    auto put = [&](const char *k, const QUrl &u) {
        if (!u.isEmpty())
            o.insert(QLatin1String(k), u.toString());
    };
    put("device_authorization_endpoint", deviceAuthorizationEndpoint);
    put("token_endpoint", tokenEndpoint);
    put("revocation_endpoint", revocationEndpoint);
    put("userinfo_endpoint", userinfoEndpoint);
    put("jwks_uri", jwksUri);
    put("authorization_endpoint", authorizationEndpoint);
    put("introspection_endpoint", introspectionEndpoint);
    put("end_session_endpoint", endSessionEndpoint);
    return o;
}

Discovery::Discovery(const TenantConfig &config, net::HttpClient *http, QString cacheDir, QObject *parent)
    : QObject(parent), m_config(config), m_http(http), m_cacheDir(std::move(cacheDir))
{
}

QUrl Discovery::wellKnownUrl(const QString &issuer, const QString &suffix, bool rfc8414Style)
{
    QUrl u(issuer);
    QString path = u.path();
    if (path.endsWith('/'))
        path.chop(1);
    if (rfc8414Style)
        u.setPath(QStringLiteral("/.well-known/") + suffix + path);
    else
        u.setPath(path + QStringLiteral("/.well-known/") + suffix);
    return u;
}

QList<QUrl> Discovery::discoveryCandidates(const TenantConfig &config)
{
    if (!config.dialect.discoveryUrl.isEmpty())
        return {config.dialect.discoveryUrl};
    if (config.issuer.isEmpty())
        return {};
    QList<QUrl> urls{wellKnownUrl(config.issuer, "openid-configuration", false),
                     wellKnownUrl(config.issuer, "oauth-authorization-server", true)};
    if (QUrl(config.issuer).path().length() > 1)
        urls.insert(1, wellKnownUrl(config.issuer, "openid-configuration", true));
    return urls;
}

QString Discovery::cacheFile() const
{
    if (m_cacheDir.isEmpty())
        return {};
    // Keyed by where the document comes from, so two tenants never share an entry.
    const QString source = m_config.dialect.discoveryUrl.isEmpty()
        ? m_config.issuer
        : m_config.issuer + QLatin1Char('|') + m_config.dialect.discoveryUrl.toString();
    const QByteArray h = QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return m_cacheDir + QStringLiteral("/metadata-") + QString::fromLatin1(h) + QStringLiteral(".json");
}

bool Discovery::loadCache(ServerMetadata *out) const
{
    const QString path = cacheFile();
    if (path.isEmpty())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString err;
    const auto doc = net::parseJsonObject(f.read(256 * 1024), &err);
    if (!doc) {
        qCWarning(lcOAuth) << "ignoring metadata cache" << path << ":" << err;
        return false;
    }
    // Freshness is kept as "valid for N seconds after it was stored", measured with the wall
    // clock only to expire the cache; a wrong clock at worst costs one extra discovery.
    const qint64 storedAt = doc->value("stored_at").toVariant().toLongLong();
    const qint64 maxAge = doc->value("max_age").toVariant().toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (storedAt <= 0 || now < storedAt || now - storedAt > maxAge)
        return false;
    const auto m = ServerMetadata::fromJson(doc->value("metadata").toObject(), m_config.issuer, &err);
    if (!m)
        return false;
    *out = *m;
    return true;
}

void Discovery::storeCache(const QString &path, const QString &cacheDir, const QJsonObject &doc,
                           const QByteArray &cacheControl)
{
    if (path.isEmpty())
        return;
    qint64 maxAge = 24 * 3600;
    const QString cc = QString::fromLatin1(cacheControl).toLower();
    if (cc.contains("no-store") || cc.contains("no-cache"))
        return;
    static const QRegularExpression re(QStringLiteral("max-age=(\\d+)"));
    const auto match = re.match(cc);
    if (match.hasMatch())
        maxAge = std::min<qint64>(match.captured(1).toLongLong(), 7 * 24 * 3600);
    if (maxAge <= 0)
        return;
    QDir().mkpath(cacheDir);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    const QJsonObject wrapper{{"stored_at", QDateTime::currentSecsSinceEpoch()}, {"max_age", maxAge}, {"metadata", doc}};
    f.write(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    f.commit();
}

void Discovery::fetch(Callback answer)
{
    // Every endpoint, from the metadata or the config, is checked when the metadata is read:
    // a bad one is a config error before any user code is shown, not a failure at the first poll.
    Callback done = [this, answer](const std::optional<ServerMetadata> &m, const OAuthError &e) {
        QString refused;
        if (m && !m->checkUrls(m_http->policy(), &refused)) {
            OAuthError c;
            c.error = QStringLiteral("config");
            c.description = refused;
            answer(std::nullopt, c);
            return;
        }
        answer(m, e);
    };
    ServerMetadata cached;
    if (loadCache(&cached)) {
        qCInfo(lcOAuth) << "metadata from cache";
        cached.applyOverrides(m_config.endpoints);
        done(cached, {});
        return;
    }
    // With token and device endpoints given, discovery is optional: servers without it work.
    const bool explicitEnough = !m_config.endpoints.token.isEmpty()
        && (!m_config.endpoints.deviceAuthorization.isEmpty() || !m_config.endpoints.authorization.isEmpty());
    m_candidates = discoveryCandidates(m_config);
    if (explicitEnough && m_candidates.isEmpty()) {
        // No issuer and no discovery_url: the config's endpoints are all there is.
        ServerMetadata only;
        only.applyOverrides(m_config.endpoints);
        done(only, {});
        return;
    }
    if (m_candidates.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("no issuer or discovery_url to discover the endpoints from; give \"endpoints\": "
                                       "token and device_authorization (or authorization for the authorization code flow)");
        done(std::nullopt, e);
        return;
    }
    if (explicitEnough) {
        // Try discovery once for extra endpoints (jwks, revocation) but do not fail without it.
        auto wrapped = [this, done](const std::optional<ServerMetadata> &m, const OAuthError &e) {
            if (m) {
                done(m, e);
                return;
            }
            if (!e.isTransient() && e.error != QLatin1String("network")) {
                ServerMetadata only;
                only.issuer = m_config.issuer;
                only.applyOverrides(m_config.endpoints);
                done(only, {});
                return;
            }
            done(std::nullopt, e);
        };
        tryNext(wrapped);
        return;
    }
    tryNext(done);
}

void Discovery::cancel()
{
    if (m_call)
        m_call->cancelSilently();
}

void Discovery::tryNext(Callback done)
{
    if (m_candidates.isEmpty()) {
        done(std::nullopt, m_lastError);
        return;
    }
    const QUrl url = m_candidates.takeFirst();
    net::HttpRequest req;
    req.url = url;
    req.setHeader("Accept", "application/json");
    req.maxBytes = 256 * 1024;
    m_call = m_http->send(req, [this, done](const net::HttpResponse &r) {
        if (!r.transportOk() || r.status == 429 || r.status >= 500) {
            // Transient trouble: do not fall through to the next document, report it.
            done(std::nullopt, OAuthError::fromResponse(r));
            return;
        }
        if (r.status != 200) {
            m_lastError.error = QStringLiteral("config");
            m_lastError.httpStatus = r.status;
            m_lastError.description =
                (m_config.dialect.discoveryUrl.isEmpty()
                     ? QStringLiteral("no discovery metadata at the issuer %1 (HTTP %2); give \"endpoints\" in the config: "
                                      "token and device_authorization (or authorization for the authorization code flow)")
                           .arg(m_config.issuer)
                     : QStringLiteral("no discovery metadata at the discovery_url %1 (HTTP %2)")
                           .arg(log::redactedUrl(m_config.dialect.discoveryUrl)))
                    .arg(r.status);
            tryNext(done);
            return;
        }
        QString err;
        const auto doc = net::parseJsonObject(r.body, &err);
        std::optional<ServerMetadata> m;
        if (doc)
            m = ServerMetadata::fromJson(*doc, m_config.issuer, &err);
        if (!m) {
            OAuthError e;
            e.error = QStringLiteral("config");
            e.description = QStringLiteral("discovery metadata: ") + err;
            done(std::nullopt, e);
            return;
        }
        // The cache is written on a pool thread. On the main thread the write (a temporary file,
        // fdatasync, rename: ~2 ms) stood between the two round trips of a cold start: QNAM hands
        // the next request (the device authorization, queued by done()) to its HTTP thread only
        // once this thread is back in its event loop, and the upload body is read from here too
        // (strace -f: fdatasync before the POST's write in every cold run). QCoreApplication's
        // destructor waits for the global pool, so an exit right after still leaves the file.
        const QString path = cacheFile(), cacheDir = m_cacheDir;
        const QByteArray cacheControl = r.header("cache-control");
        m->applyOverrides(m_config.endpoints);
        done(m, {});  // may end this Discovery: nothing of it is used below
        if (!path.isEmpty())
            QThreadPool::globalInstance()->start(
                [path, cacheDir, doc = *doc, cacheControl]() { storeCache(path, cacheDir, doc, cacheControl); });
    });
}

}  // namespace tvpair::oauth
