#include "TokenClient.h"

#include "net/JsonBody.h"
#include "net/Log.h"

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

// Every answer of the authorization server goes through the same three steps: an OAuth error
// wherever it appears (D8), then JSON, then the typed parser; any failure is one OAuthError.
// A 2xx answer that is not JSON and does not claim to be (an HTML page, an empty body) did not
// come from the authorization server: it is what a captive portal or an intercepting proxy
// sends on a TV network. It counts as a network failure (transient, D6: back off and retry
// while the code is valid). A body labelled JSON that does not parse stays a server error.
template <typename T, typename Parse>
std::optional<T> parseAnswer(const net::HttpResponse &r, Parse parse, OAuthError *error)
{
    *error = OAuthError::fromResponse(r);
    if (!error->isNull())
        return std::nullopt;
    QString err;
    const auto obj = net::parseJsonObject(r.body, &err);
    if (!obj && !isJsonContentType(r.header("content-type"))) {
        error->error = QStringLiteral("network");
        error->netError = net::NetError::Connection;
        error->httpStatus = r.status;
        error->retryAfterSeconds = r.retryAfterSeconds();
        error->description = QStringLiteral("an answer that is not JSON (Content-Type %1): a captive portal or proxy?")
                                 .arg(printableMimeType(r.header("content-type")));
        return std::nullopt;
    }
    std::optional<T> value;
    if (obj)
        value = parse(*obj, &err);
    if (!value)
        *error = OAuthError::malformed(err, r.status);
    return value;
}
}  // namespace

TokenClient::TokenClient(const TenantConfig &config, net::HttpClient *http, QObject *parent)
    : QObject(parent), m_config(config), m_http(http)
{
    log::rememberSecret(m_config.clientSecret);
}

net::HttpRequest TokenClient::formRequest(const QUrl &url, QList<QPair<QString, QString>> fields) const
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
    net::HttpRequest req = net::HttpRequest::form(url, fields);
    if (method == QLatin1String("client_secret_basic")) {
        const QByteArray cred = QUrl::toPercentEncoding(m_config.clientId) + ':' + QUrl::toPercentEncoding(m_config.clientSecret);
        req.setHeader("Authorization", "Basic " + cred.toBase64());
    }
    req.timeoutMs = kTokenTimeoutMs;
    req.maxBytes = kMaxTokenResponseBytes;
    req.followRedirects = false;  // T6
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

void TokenClient::tokenRequest(const QList<QPair<QString, QString>> &fields, TokenCallback done,
                               QPointer<net::HttpCall> *call)
{
    if (m_meta.tokenEndpoint.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("no token endpoint: the server's metadata has none and the config gives none");
        done(std::nullopt, e);
        return;
    }
    auto c = m_http->send(formRequest(m_meta.tokenEndpoint, fields), [done](const net::HttpResponse &r) {
        OAuthError e;
        const auto t = parseAnswer<TokenSet>(r, &TokenSet::fromJson, &e);
        if (t)
            t->rememberSecrets();
        done(t, t ? OAuthError{} : e);
    });
    if (call)
        *call = c;
}

QPointer<net::HttpCall> TokenClient::pollDeviceCode(const QString &deviceCode, TokenCallback done)
{
    QPointer<net::HttpCall> call;
    tokenRequest({{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"}, {"device_code", deviceCode}},
                 std::move(done), &call);
    return call;
}

QPointer<net::HttpCall> TokenClient::exchangeAuthorizationCode(const QString &code, const QString &redirectUri,
                                                             const QString &codeVerifier, TokenCallback done)
{
    log::rememberSecret(code);
    log::rememberSecret(codeVerifier);
    QPointer<net::HttpCall> call;
    tokenRequest({{"grant_type", "authorization_code"}, {"code", code}, {"redirect_uri", redirectUri},
                  {"code_verifier", codeVerifier}},
                 std::move(done), &call);
    return call;
}

void TokenClient::refresh(const QString &refreshToken, TokenCallback done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return;  // joined the refresh in flight
    tokenRequest({{"grant_type", "refresh_token"}, {"refresh_token", refreshToken}},
                 [this](const std::optional<TokenSet> &t, const OAuthError &e) {
                     const auto waiters = std::exchange(m_refreshWaiters, {});
                     for (const auto &w : waiters)
                         w(t, e);
                 },
                 nullptr);
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

void TokenClient::userInfo(const QString &accessToken, JsonCallback done)
{
    if (m_meta.userinfoEndpoint.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("the server has no userinfo endpoint");
        done(std::nullopt, e);
        return;
    }
    net::HttpRequest req;
    req.url = m_meta.userinfoEndpoint;
    req.setHeader("Accept", "application/json");
    req.setHeader("Authorization", "Bearer " + accessToken.toUtf8());
    req.maxBytes = 256 * 1024;
    jsonGet(m_http, req, std::move(done));
}

void TokenClient::fetchJwks(JsonCallback done)
{
    if (m_meta.jwksUri.isEmpty()) {
        OAuthError e;
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("the server has no jwks_uri");
        done(std::nullopt, e);
        return;
    }
    net::HttpRequest req;
    req.url = m_meta.jwksUri;
    req.setHeader("Accept", "application/json");
    req.maxBytes = 256 * 1024;
    jsonGet(m_http, req, std::move(done));
}

}  // namespace tvpair::oauth
