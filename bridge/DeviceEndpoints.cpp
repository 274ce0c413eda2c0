#include "DeviceEndpoints.h"

#include "PollIndex.h"
#include "TokenHandoff.h"
#include "Upstream.h"
#include "UserCode.h"
#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/Pkce.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tvpair::bridge {

namespace {
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
constexpr int kCodeDrawAttempts = 5;

HttpServerResponse jsonAnswer(int status, const QJsonObject &o)
{
    return HttpServerResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A JSON string literal (quoted and escaped) of s.
QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}
}  // namespace

HttpServerResponse oauthError(int status, const QString &error, const QString &description)
{
    QJsonObject o{{"error", error}};
    if (!description.isEmpty())
        o.insert("error_description", description);
    HttpServerResponse r = jsonAnswer(status, o);
    if (status == 401)
        r.addHeader("WWW-Authenticate", "Basic realm=\"tvpair-bridge\"");
    return r;
}

bool DeviceEndpoints::handle(const HttpServerRequest &request, const Responder &respond)
{
    const QString &p = request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (p == "/.well-known/openid-configuration" || p == "/.well-known/oauth-authorization-server") {
        get ? metadata(respond) : respond(oauthError(405, "invalid_request", "use GET"));
    } else if (p == "/jwks") {
        get ? respond(jsonAnswer(200, QJsonObject{{"keys", QJsonArray{m_ctx->signingKey->publicJwk()}}}))
            : respond(oauthError(405, "invalid_request", "use GET"));
    } else if (p == "/metrics") {
        HttpServerResponse r;
        r.contentType = "text/plain; version=0.0.4";
        r.body = m_ctx->metrics.render(m_ctx->store->count());
        r.addHeader("Cache-Control", "no-store");
        respond(r);
    } else if (p == "/healthz") {
        const bool storeOk = m_ctx->store->count() >= 0;
        respond(jsonAnswer(storeOk ? 200 : 503, QJsonObject{{"status", storeOk ? "ok" : "store unavailable"},
                                                            {"upstream_ready", m_ctx->upstream->isReady()}}));
    } else if (p == "/device_authorization" || p == "/token" || p == "/revoke") {
        if (!post || !request.isForm()) {
            respond(oauthError(400, "invalid_request", "expected a POST with an application/x-www-form-urlencoded body"));
        } else if (p == "/device_authorization") {
            deviceAuthorization(request, respond);
        } else if (p == "/token") {
            token(request, respond);
        } else {
            revoke(request, respond);
        }
    } else {
        return false;
    }
    return true;
}

void DeviceEndpoints::metadata(const Responder &respond)
{
    m_ctx->upstream->ensureReady([this, respond](const oauth::OAuthError &) {
        QJsonObject m{{"issuer", m_ctx->config.publicUrl.toString()},
                      {"device_authorization_endpoint", m_ctx->endpoint("/device_authorization")},
                      {"token_endpoint", m_ctx->endpoint("/token")},
                      {"revocation_endpoint", m_ctx->endpoint("/revoke")},
                      {"jwks_uri", m_ctx->endpoint("/jwks")},
                      {"grant_types_supported", QJsonArray{kDeviceGrant, "refresh_token"}},
                      {"response_types_supported", QJsonArray{}},
                      {"token_endpoint_auth_methods_supported", QJsonArray{"none"}},
                      {"revocation_endpoint_auth_methods_supported", QJsonArray{"none"}},
                      {"id_token_signing_alg_values_supported", QJsonArray{"ES256"}},
                      {"subject_types_supported", QJsonArray{"public"}}};
        // The identity server's own endpoints the TV calls directly with its access token.
        const auto &up = m_ctx->upstream->metadata();
        if (!up.userinfoEndpoint.isEmpty())
            m.insert("userinfo_endpoint", up.userinfoEndpoint.toString());
        if (!up.endSessionEndpoint.isEmpty())
            m.insert("end_session_endpoint", up.endSessionEndpoint.toString());
        HttpServerResponse r = jsonAnswer(200, m);
        respond(r);
    });
}

std::optional<QString> DeviceEndpoints::tvClient(const QHash<QString, QString> &form, const Responder &respond)
{
    const QString id = form.value("client_id");
    if (id.isEmpty() || !m_ctx->config.client(id)) {
        respond(oauthError(401, "invalid_client", "unknown client_id"));
        return std::nullopt;
    }
    return id;
}

void DeviceEndpoints::deviceAuthorization(const HttpServerRequest &request, const Responder &respond)
{
    const auto form = request.form();
    const auto clientId = tvClient(form, respond);
    if (!clientId)
        return;
    PendingAuthorization row;
    QString deviceCode;
    const qint64 now = nowMs();
    bool stored = false;
    for (int attempt = 0; attempt < kCodeDrawAttempts && !stored; ++attempt) {
        deviceCode = oauth::randomUrlSafe(32);
        row.userCode = UserCode::generate();
        if (deviceCode.isEmpty() || row.userCode.isEmpty())
            break;
        row.deviceCodeHash = sha256Hex(deviceCode);
        row.clientId = *clientId;
        row.scope = form.value("scope");
        row.createdAtMs = now;
        row.expiresAtMs = now + qint64(m_ctx->config.userCodeTtlSeconds) * 1000;
        row.intervalSeconds = m_ctx->config.pollIntervalSeconds;
        log::rememberSecret(deviceCode, log::SecretLife::ShortLived);  // before any answer can carry it
        // The answer goes out once the row is committed (maybe with others: group commit).
        const QString shown = UserCode::display(row.userCode);
        stored = m_ctx->store->insertGrouped(row, [ctx = m_ctx, respond, clientId = *clientId,
                                                   body = authorizationAnswer(deviceCode, shown)](bool committed) {
            if (!committed) {
                respond(oauthError(503, "temporarily_unavailable", "the bridge cannot store the authorization"));
                return;
            }
            ++ctx->metrics.codesIssued;
            // Debug, not info: at a fleet's evening peak this is a line per TV start (thousands a
            // second); the count is in /metrics (tvpair_bridge_codes_issued_total).
            qCDebug(lcApp).noquote() << "bridge: device authorization issued for client" << clientId;
            respond(HttpServerResponse::json(200, body));
        });
    }
    if (!stored) {
        qCWarning(lcStore).noquote() << "bridge: cannot store a new device authorization:" << m_ctx->store->lastError();
        respond(oauthError(503, "temporarily_unavailable", "the bridge cannot store the authorization"));
    }
}

QByteArray DeviceEndpoints::authorizationAnswer(const QString &deviceCode, const QString &shownUserCode)
{
    // Built as bytes, not through QJsonObject (a TV start at the evening peak is thousands a
    // second): the device code is base64url and the user code letters and a hyphen, neither
    // needs escaping; the rest is the same for every answer.
    if (m_authorizationTail.isEmpty()) {
        m_authorizationTail = ",\"verification_uri\":" + jsonString(m_ctx->endpoint("/device"))
            + ",\"expires_in\":" + QByteArray::number(m_ctx->config.userCodeTtlSeconds)
            + ",\"interval\":" + QByteArray::number(m_ctx->config.pollIntervalSeconds) + "}";
    }
    return "{\"device_code\":\"" + deviceCode.toLatin1() + "\",\"user_code\":\"" + shownUserCode.toLatin1()
        + "\",\"verification_uri_complete\":" + jsonString(m_ctx->endpoint("/device?user_code=") + shownUserCode)
        + m_authorizationTail;
}

void DeviceEndpoints::token(const HttpServerRequest &request, const Responder &respond)
{
    const auto form = request.form();
    const auto clientId = tvClient(form, respond);
    if (!clientId)
        return;
    const QString grant = form.value("grant_type");
    if (grant == kDeviceGrant) {
        const QString code = form.value("device_code");
        if (code.isEmpty())
            respond(oauthError(400, "invalid_request", "device_code is missing"));
        else
            pollDeviceCode(*clientId, code, respond);
    } else if (grant == QLatin1String("refresh_token")) {
        const QString rt = form.value("refresh_token");
        if (rt.isEmpty())
            respond(oauthError(400, "invalid_request", "refresh_token is missing"));
        else
            refresh(*clientId, rt, respond);
    } else {
        respond(oauthError(400, "unsupported_grant_type"));
    }
}

bool DeviceEndpoints::answerFromMemory(const HttpServerRequest &request, HttpServerResponse *response)
{
    PollIndex *index = m_ctx->store->pollIndex();
    if (!index || request.method != "POST" || request.path != QLatin1String("/token") || !request.isForm())
        return false;
    const auto form = request.form();
    const QString clientId = form.value("client_id");
    const QString code = form.value("device_code");
    if (code.isEmpty() || form.value("grant_type") != kDeviceGrant || clientId.isEmpty() || !m_ctx->config.client(clientId))
        return false;
    const auto answer = index->poll(sha256Hex(code), clientId, nowMs(), kPollToleranceMs, kSlowDownPenaltySeconds);
    if (answer == PollIndex::Answer::Unknown)
        return false;
    // Made once (thread-safe static initialisation), copied (shared bytes) for every poll.
    static const HttpServerResponse pending = oauthError(400, "authorization_pending");
    static const HttpServerResponse slowDown = oauthError(400, "slow_down");
    ++m_ctx->metrics.polls;
    if (answer == PollIndex::Answer::SlowDown)
        ++m_ctx->metrics.slowDowns;
    *response = answer == PollIndex::Answer::SlowDown ? slowDown : pending;
    return true;
}

void DeviceEndpoints::pollDeviceCode(const QString &clientId, const QString &deviceCode, const Responder &respond)
{
    const QByteArray hash = sha256Hex(deviceCode);
    const qint64 now = nowMs();
    bool recorded = false;
    bool tooSoon = false;
    const auto row = m_ctx->store->findForPollRecording(hash, clientId, now, kPollToleranceMs, kSlowDownPenaltySeconds,
                                                        &recorded, &tooSoon);
    // A code of another client is as unknown as a code that never existed.
    if (!row || !constantTimeEquals(row->clientId.toUtf8(), clientId.toUtf8())) {
        respond(oauthError(400, "invalid_grant", "unknown device_code"));
        return;
    }
    if (row->status == PendingStatus::Approved) {
        const auto answer = m_ctx->sealer.open(row->sealedResult, kResultPurpose);
        // Picked up once: only the request that deletes the row hands the tokens out.
        if (!m_ctx->store->takeApproved(hash) || !answer) {
            respond(oauthError(400, "invalid_grant", "the device_code was already used"));
            return;
        }
        qCInfo(lcApp).noquote() << "bridge: tokens handed to client" << clientId;
        ++m_ctx->metrics.tokensHandedOut;
        respond(HttpServerResponse::json(200, *answer));
        return;
    }
    ++m_ctx->metrics.polls;
    if (row->expiresAtMs <= now) {
        ++m_ctx->metrics.codesExpired;
        m_ctx->store->remove(hash);
        respond(oauthError(400, "expired_token"));
        return;
    }
    if (row->status == PendingStatus::Denied) {
        m_ctx->store->remove(hash);
        respond(oauthError(400, "access_denied"));
        return;
    }
    if (!recorded && !m_ctx->store->recordPoll(hash, now, kPollToleranceMs, kSlowDownPenaltySeconds, &tooSoon)) {
        respond(oauthError(503, "temporarily_unavailable"));
        return;
    }
    if (tooSoon)
        ++m_ctx->metrics.slowDowns;
    respond(oauthError(400, tooSoon ? "slow_down" : "authorization_pending"));
}

void DeviceEndpoints::refresh(const QString &clientId, const QString &sealedRefresh, const Responder &respond)
{
    const auto grant = TokenHandoff::openRefresh(*m_ctx, clientId, sealedRefresh);
    if (!grant) {
        qCInfo(lcApp).noquote() << "bridge: refused a refresh token that is not ours (client" << clientId << ")";
        respond(oauthError(400, "invalid_grant", "invalid refresh token"));
        return;
    }
    log::rememberSecret(grant->refreshToken);
    log::rememberSecret(grant->codeVerifier);
    ++m_ctx->metrics.refreshes;
    m_ctx->upstream->ensureReady([this, clientId, grant, sealedRefresh, respond](const oauth::OAuthError &e) {
        if (!e.isNull()) {
            respond(oauthError(503, "temporarily_unavailable", "the identity server cannot be reached"));
            return;
        }
        // refresh_with_code_verifier: the sign-in's verifier goes again, and is sealed again
        // with the new refresh token.
        m_ctx->upstream->refresh(grant->refreshToken, grant->codeVerifier,
                                 [this, clientId, sealedRefresh, respond](const std::optional<oauth::TokenSet> &t,
                                                                          const oauth::OAuthError &err) {
            if (!t) {
                qCInfo(lcApp).noquote() << "bridge: upstream refresh failed:" << err.toString();
                // Only what ends this viewer's session goes to the TV as such (it then signs the
                // viewer out). Anything else (the bridge's own credentials refused, a server
                // fault, no answer) is the operator's problem: the TV keeps its session and retries.
                if (err.error == "invalid_grant" || err.error == "invalid_scope")
                    respond(oauthError(400, err.error));
                else
                    respond(oauthError(503, "temporarily_unavailable", "the identity server did not accept the refresh"));
                return;
            }
            const auto finish = [this, clientId, t, sealedRefresh, respond](const QJsonObject &claims) {
                respond(HttpServerResponse::json(200, QJsonDocument(TokenHandoff::answerForTv(
                                                              *m_ctx, clientId, *t, claims, sealedRefresh))
                                                          .toJson(QJsonDocument::Compact)));
            };
            // The viewer's id as at the sign-in: the new ID token, or the identity settings.
            const auto identified = [this, t, finish](const QJsonObject &idClaims) {
                m_ctx->upstream->identify(*t, idClaims, [finish](const std::optional<QJsonObject> &claims, const QString &) {
                    finish(claims.value_or(QJsonObject{}));
                });
            };
            if (t->idToken.isEmpty()) {
                identified({});
                return;
            }
            m_ctx->upstream->verifyIdToken(t->idToken.toUtf8(), std::nullopt,
                                           [identified](const std::optional<QJsonObject> &claims, const QString &why) {
                                               if (!claims)
                                                   qCWarning(lcOAuth).noquote() << "bridge: upstream ID token on refresh refused:" << why;
                                               identified(claims.value_or(QJsonObject{}));
                                           });
        });
    });
}

void DeviceEndpoints::revoke(const HttpServerRequest &request, const Responder &respond)
{
    const auto form = request.form();
    const auto clientId = tvClient(form, respond);
    if (!clientId)
        return;
    const QString token = form.value("token");
    // RFC 7009 §2.2: 200 also for a token that is invalid or unknown.
    const HttpServerResponse ok = HttpServerResponse::json(200, "{}");
    const auto sealed = TokenHandoff::openRefresh(*m_ctx, *clientId, token);
    const bool isRefresh = sealed.has_value();
    if (token.isEmpty() || (!isRefresh && token.startsWith("tvb1."))) {
        respond(ok);
        return;
    }
    const QString upstreamToken = isRefresh ? sealed->refreshToken : token;  // an access token is upstream's own
    log::rememberSecret(upstreamToken);
    m_ctx->upstream->ensureReady([this, upstreamToken, isRefresh, respond, ok](const oauth::OAuthError &e) {
        if (!e.isNull() || m_ctx->upstream->metadata().revocationEndpoint.isEmpty()) {
            respond(ok);
            return;
        }
        m_ctx->upstream->revoke(upstreamToken, isRefresh ? "refresh_token" : "access_token",
                                [respond, ok](const oauth::OAuthError &err) {
                                    if (!err.isNull())
                                        qCInfo(lcApp).noquote() << "bridge: upstream revocation failed:" << err.toString();
                                    respond(ok);
                                });
    });
}

}  // namespace tvpair::bridge
