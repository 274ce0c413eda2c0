#include "TokenClient.h"

#include "net/JsonBody.h"
#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/PaytronixGuestToken.h"

#include <QCryptographicHash>

namespace tvpair::oauth {

namespace {
QByteArray mimeType(const QByteArray &contentType)
{
    return contentType.split(';').value(0).trimmed().toLower();
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mime = mimeType(contentType);
    return mime == "application/json" || mime.endsWith("+json");
}

// The media type for a message: at most 40 characters of [a-z0-9/+.-], "none" when absent.
QString printableMimeType(const QByteArray &contentType)
{
    QByteArray mime = mimeType(contentType).left(40);
    for (char &c : mime) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '+' || c == '.' || c == '-'))
            c = '?';
    }
    return mime.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(mime);
}

// Why an answer cannot be read (nothing when it can). The server's own `error`
// member is always read (RFC 6749 §5.2), whatever the status. Unreadable: a body over the size limit; a
// 2xx that is not a JSON object (cut off, garbled, or the page of a captive portal or proxy on
// a TV network); a 4xx whose JSON is cut off or garbled; and, where bareStatus400 says so, a
// 400 with an empty body. Such an answer tells nothing about the grant: it ends nothing, and
// the caller asks again after a back-off while the code is valid (RFC 8628 §3.5). 5xx and 429 are
// transient anyway (OAuthError::isTransient).
struct Unreadable {
    QString why;           // empty: the answer can be read
    bool network = false;  // not the authorization server answering at all
};
Unreadable unreadableReason(const net::HttpResponse &r, bool bareStatus400)
{
    if (r.error == net::NetError::TooLarge)
        return {r.errorText};
    if (!r.transportOk())
        return {};
    QString err;
    const auto obj = net::parseJsonObject(r.body, &err);
    if (obj && obj->value("error").isString() && !obj->value("error").toString().isEmpty())
        return {};
    const QByteArray type = r.header("content-type");
    const bool claimsJson = isJsonContentType(type) || r.body.trimmed().startsWith('{');
    if (r.status >= 200 && r.status < 300) {
        if (obj)
            return {};
        if (!claimsJson)
            return {QStringLiteral("an answer that is not JSON (Content-Type %1): a captive portal or proxy?")
                        .arg(printableMimeType(type)),
                    true};
    } else if (r.status >= 400 && r.status < 500) {
        if (r.body.trimmed().isEmpty())
            return {bareStatus400 && r.status == 400 ? QStringLiteral("HTTP 400 with an empty body") : QString()};
        if (obj || !claimsJson)
            return {};
    } else {
        return {};
    }
    return {QStringLiteral("HTTP %1 with JSON that cannot be read, cut off or garbled (%2)").arg(r.status).arg(err)};
}

// Every answer of the authorization server goes through the same steps: unreadable answers
// first, then an OAuth error wherever it appears (also with HTTP 200), then JSON and the typed parser; any
// failure is one OAuthError.
template <typename T, typename Parse>
std::optional<T> parseAnswer(const net::HttpResponse &r, Parse parse, OAuthError *error, bool bareStatus400 = false)
{
    if (const Unreadable u = unreadableReason(r, bareStatus400); !u.why.isEmpty()) {
        *error = OAuthError::unreadableAnswer(r, u.why);
        if (u.network)
            error->error = QStringLiteral("network");
        return std::nullopt;
    }
    *error = OAuthError::fromResponse(r);
    if (!error->isNull())
        return std::nullopt;
    QString err;
    const auto obj = net::parseJsonObject(r.body, &err);
    std::optional<T> value;
    if (obj)
        value = parse(*obj, &err);
    if (!value)
        *error = OAuthError::malformed(err, r.status);
    return value;
}

bool isBare400(const net::HttpResponse &r)
{
    return r.transportOk() && r.status == 400 && r.body.trimmed().isEmpty();
}
}  // namespace

TokenClient::TokenClient(const TenantConfig &config, net::HttpClient *http, QObject *parent)
    : QObject(parent), m_config(config), m_http(http)
{
    log::rememberSecret(m_config.clientSecret, log::SecretLife::Configured);
}

net::HttpRequest TokenClient::formRequest(const QUrl &url, QList<QPair<QString, QString>> fields,
                                          const QJsonObject &extra) const
{
    const QString method = m_config.authMethod();
    if (method == QLatin1String("client_secret_post")) {
        fields.append({"client_id", m_config.clientId});
        fields.append({"client_secret", m_config.clientSecret});
    } else if (method == QLatin1String("client_secret_basic")) {
        // RFC 6749 §2.3.1: both parts form-urlencoded before base64.
        fields.append({"client_id", m_config.clientId});
    } else {
        fields.append({"client_id", m_config.clientId});
    }
    // A code_verifier or client credential is only ever the core's own.
    static const QStringList reserved{"grant_type", "code_verifier", "client_id", "client_secret", "refresh_token", "code"};
    net::HttpRequest req = net::HttpRequest::form(url, withExtraFields(fields, extra, reserved));
    if (method == QLatin1String("client_secret_basic")) {
        const QByteArray cred = QUrl::toPercentEncoding(m_config.clientId) + ':' + QUrl::toPercentEncoding(m_config.clientSecret);
        req.setHeader("Authorization", "Basic " + cred.toBase64());
    }
    req.timeoutMs = kTokenTimeoutMs;
    req.maxBytes = kMaxTokenResponseBytes;
    req.followRedirects = false;  // RFC 6749 §3.2: no redirects at the token endpoint
    return req;
}

QPointer<net::HttpCall> TokenClient::requestDeviceCode(CodeCallback done)
{
    if (m_meta.deviceAuthorizationEndpoint.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("the server advertises no device_authorization_endpoint; set endpoints.device_authorization in the config");
        done(std::nullopt, e);
        return {};
    }
    QList<QPair<QString, QString>> fields{{"scope", m_config.scope}};
    if (!m_config.audience.isEmpty())
        fields.append({"audience", m_config.audience});
    if (!m_config.resource.isEmpty())
        fields.append({"resource", m_config.resource});
    return m_http->send(formRequest(m_meta.deviceAuthorizationEndpoint, fields), [done](const net::HttpResponse &r) {
        OAuthError e;
        const auto code = parseAnswer<DeviceCode>(r, &DeviceCode::fromJson, &e);
        done(code, code ? OAuthError{} : e);
    });
}

void TokenClient::tokenRequest(const FormFields &fields, const QJsonObject &extra, AnswerCallback done,
                               QPointer<net::HttpCall> *call)
{
    if (m_meta.tokenEndpoint.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("no token endpoint: the server's metadata has none and the config gives none");
        done({}, std::nullopt, e);
        return;
    }
    const bool paytronix = m_config.dialect.tokenDialect == QLatin1String("paytronix");
    net::HttpRequest req;
    if (paytronix) {
        req = paytronix::guestTokenRequest(m_meta.tokenEndpoint, m_config, fields, extra);
        req.timeoutMs = kTokenTimeoutMs;
        req.maxBytes = kMaxTokenResponseBytes;
    } else {
        req = formRequest(m_meta.tokenEndpoint, fields, extra);
    }
    auto c = m_http->send(req, [done, paytronix](const net::HttpResponse &r) {
        OAuthError e;
        const auto t = paytronix ? paytronix::readGuestTokenAnswer(r, &e)
                                 : parseAnswer<TokenSet>(r, &TokenSet::fromJson, &e, true);
        if (t)
            t->rememberSecrets();
        done(r, t, t ? OAuthError{} : e);
    });
    if (call)
        *call = c;
}

QPointer<net::HttpCall> TokenClient::pollDeviceCode(const QString &deviceCode, TokenCallback done)
{
    QPointer<net::HttpCall> call;
    tokenRequest({{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"}, {"device_code", deviceCode}}, {},
                 withoutResponse(std::move(done)), &call);
    return call;
}

QPointer<net::HttpCall> TokenClient::exchangeAuthorizationCode(const QString &code, const QString &redirectUri,
                                                             const QString &codeVerifier, TokenCallback done)
{
    log::rememberSecret(code, log::SecretLife::ShortLived);
    log::rememberSecret(codeVerifier);
    QPointer<net::HttpCall> call;
    FormFields fields{{"grant_type", "authorization_code"}, {"code", code}, {"redirect_uri", redirectUri}};
    if (!codeVerifier.isEmpty())
        fields.append({"code_verifier", codeVerifier});
    const QString keep = m_config.dialect.refreshWithCodeVerifier ? codeVerifier : QString();
    tokenRequest(fields, m_config.dialect.tokenParams,
                 [done = std::move(done), keep](const net::HttpResponse &, std::optional<TokenSet> t, const OAuthError &e) {
                     if (t)
                         t->codeVerifier = keep;
                     done(t, e);
                 },
                 &call);
    return call;
}

TokenClient::AnswerCallback TokenClient::withoutResponse(TokenCallback done)
{
    return [done = std::move(done)](const net::HttpResponse &, const std::optional<TokenSet> &t, const OAuthError &e) {
        done(t, e);
    };
}

void TokenClient::refresh(const QString &refreshToken, TokenCallback done, const QString &codeVerifier)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return;  // joined the refresh in flight
    const QByteArray tokenId = QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256);
    FormFields fields{{"grant_type", "refresh_token"}, {"refresh_token", refreshToken}};
    const QString keep = m_config.dialect.refreshWithCodeVerifier ? codeVerifier : QString();
    if (!keep.isEmpty()) {
        log::rememberSecret(keep);
        fields.append({"code_verifier", keep});  // the same verifier on every refresh
    }
    tokenRequest(fields, m_config.dialect.refreshParams,
                 [this, tokenId, keep](const net::HttpResponse &r, std::optional<TokenSet> t, const OAuthError &e) {
                     if (t)
                         t->codeVerifier = keep;
                     const OAuthError error = t ? OAuthError{} : refreshError(r, e, tokenId);
                     if (t || !isBare400(r))
                         m_bare400For.clear();
                     const auto waiters = std::exchange(m_refreshWaiters, {});
                     for (const auto &w : waiters)
                         w(t, error);
                 },
                 nullptr);
}

OAuthError TokenClient::refreshError(const net::HttpResponse &r, const OAuthError &e, const QByteArray &tokenId)
{
    if (!isBare400(r))
        return e;
    if (m_bare400For != tokenId) {
        m_bare400For = tokenId;  // the first one: transient (unreadable), asked again after a back-off
        return e;
    }
    m_bare400For.clear();
    OAuthError dead;
    dead.error = QStringLiteral("invalid_grant");
    dead.httpStatus = 400;
    dead.description = QStringLiteral("the server answered this refresh token twice with HTTP 400 and an empty body");
    return dead;
}

void TokenClient::revoke(const QString &token, const QString &hint, DoneCallback done)
{
    if (m_meta.revocationEndpoint.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("unsupported");
        e.description = QStringLiteral("the server has no revocation endpoint");
        done(e);
        return;
    }
    QList<QPair<QString, QString>> fields{{"token", token}};
    if (!hint.isEmpty())
        fields.append({"token_type_hint", hint});
    m_http->send(formRequest(m_meta.revocationEndpoint, fields), [done](const net::HttpResponse &r) {
        // RFC 7009 §2.2: 200 means revoked (or already invalid).
        if (r.isSuccess()) {
            done({});
            return;
        }
        OAuthError e = OAuthError::fromResponse(r);
        if (e.isNull())
            e = OAuthError::malformed(QStringLiteral("unexpected revocation answer"), r.status);
        done(e);
    });
}

static void jsonGet(net::HttpClient *http, net::HttpRequest req, TokenClient::JsonCallback done)
{
    http->send(req, [done](const net::HttpResponse &r) {
        OAuthError e;
        const auto obj = parseAnswer<QJsonObject>(
            r, [](const QJsonObject &o, QString *) { return std::optional<QJsonObject>(o); }, &e);
        done(obj, obj ? OAuthError{} : e);
    });
}

// A JSON document from one of the server's GET endpoints; a server without that endpoint is a
// config error that names it. bearer: an access token for the Authorization header, or empty.
static void getFromEndpoint(net::HttpClient *http, const QUrl &endpoint, const QString &missing,
                            const QString &bearer, TokenClient::JsonCallback done)
{
    if (endpoint.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("the server has no %1").arg(missing);
        done(std::nullopt, e);
        return;
    }
    net::HttpRequest req;
    req.url = endpoint;
    req.setHeader("Accept", "application/json");
    if (!bearer.isEmpty())
        req.setHeader("Authorization", "Bearer " + bearer.toUtf8());
    req.maxBytes = 256 * 1024;
    jsonGet(http, req, std::move(done));
}

void TokenClient::userInfo(const QString &accessToken, JsonCallback done)
{
    getFromEndpoint(m_http, m_meta.userinfoEndpoint, QStringLiteral("userinfo endpoint"), accessToken, std::move(done));
}

void TokenClient::fetchJwks(JsonCallback done)
{
    getFromEndpoint(m_http, m_meta.jwksUri, QStringLiteral("jwks_uri"), QString(), std::move(done));
}

}  // namespace tvpair::oauth
