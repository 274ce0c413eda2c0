#include "PhonePages.h"

#include "TokenHandoff.h"
#include "Upstream.h"
#include "UserCode.h"
#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/FragmentRelayPage.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/Pkce.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace tvpair::bridge {

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }
}  // namespace

PhonePages::PhonePages(BridgeContext *ctx)
    : m_ctx(ctx),
      m_wrongCodes(ctx->config.wrongCodesPerAddress, ctx->config.wrongCodesGlobal,
                   qint64(ctx->config.wrongCodeWindowSeconds) * 1000)
{
}

QString PhonePages::clientAddress(const HttpServerRequest &request) const
{
    const QByteArray forwarded = request.header("x-forwarded-for");
    if (!forwarded.isEmpty() && m_ctx->config.trustedProxies.contains(request.peer)) {
        QHostAddress a;
        if (a.setAddress(QString::fromLatin1(forwarded.split(',').last().trimmed())))
            return a.toString();
    }
    return request.peer.toString();
}

bool PhonePages::mayTryCode(const HttpServerRequest &request, const Responder &respond)
{
    if (m_wrongCodes.allowed(clientAddress(request)))
        return true;
    qCInfo(lcApp) << "bridge: too many wrong codes; refused a code attempt";
    HttpServerResponse r = page(429, "Too many attempts",
                                "<p class=\"err\" id=\"rate-limited\">Too many wrong codes. Wait a few minutes, then try again.</p>");
    r.addHeader("Retry-After", "60");
    respond(r);
    return false;
}

HttpServerResponse PhonePages::page(int status, const QString &title, const QString &bodyHtml,
                                    const QByteArray &formTargetOrigin) const
{
    const QString html = QStringLiteral(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title>"
        "<style>body{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em}"
        "code{font-size:2em;letter-spacing:.1em}.err{color:#b00020}button{font-size:1.1em;padding:.5em 1.2em}"
        "input{font-size:1.3em;text-transform:uppercase}</style></head><body><h1>%1</h1>%2</body></html>")
                             .arg(esc(title), bodyHtml);
    return HttpServerResponse::html(status, html.toUtf8(), formTargetOrigin);
}

QByteArray PhonePages::cookie(const char *name, const QString &value, qint64 maxAgeSeconds, const QString &path) const
{
    QByteArray c = QByteArray(name) + '=' + value.toLatin1() + "; Path=" + path.toLatin1()
        + "; Max-Age=" + QByteArray::number(maxAgeSeconds) + "; HttpOnly";
    // https: the binding must survive the identity server's cross-site form_post to /callback.
    if (m_ctx->config.publicUrl.scheme() == QLatin1String("https"))
        c += "; Secure; SameSite=None";
    else
        c += "; SameSite=Lax";
    return c;
}

bool PhonePages::handle(const HttpServerRequest &request, const Responder &respond)
{
    const QString callbackPath = m_ctx->config.redirectUri.path();
    if (request.path == "/device") {
        if (request.method == "GET" || request.method == "HEAD")
            showDevicePage(request, respond);
        else if (request.method == "POST")
            continueToIdentityServer(request, respond);
        else
            respond(page(405, "Not allowed", "<p class=\"err\">This page only answers GET and POST.</p>"));
        return true;
    }
    if (request.path == callbackPath) {
        if (request.method == "GET" && request.query.isEmpty() && m_ctx->config.responseMode == QLatin1String("fragment"))
            respond(fragmentRelay());
        else if (request.method == "GET" || request.method == "POST")
            callback(request, respond);
        else
            respond(page(405, "Not allowed", "<p class=\"err\">This page only answers GET and POST.</p>"));
        return true;
    }
    return false;
}

HttpServerResponse PhonePages::fragmentRelay() const
{
    // The identity server put the answer after '#', which the browser keeps to itself: this
    // page posts it back to the callback as a form, checked there like form_post (state, this
    // browser's binding cookie). Its CSP lets only its own script run.
    HttpServerResponse r = HttpServerResponse::html(200, oauth::FragmentRelayPage::html());
    r.setHeader("Content-Security-Policy", oauth::FragmentRelayPage::contentSecurityPolicy());
    return r;
}

void PhonePages::showDevicePage(const HttpServerRequest &request, const Responder &respond)
{
    const QString enterForm = QStringLiteral(
        "<form id=\"code\" method=\"get\" action=\"/device\"><label>Code "
        "<input type=\"text\" name=\"user_code\" autocomplete=\"off\" autofocus placeholder=\"XXXX-XXXX\"></label> "
        "<button type=\"submit\">Continue</button></form>");
    if (!request.query.contains("user_code")) {
        respond(page(200, "Connect your TV", "<p>Enter the code shown on your TV.</p>" + enterForm));
        return;
    }
    if (!mayTryCode(request, respond))
        return;
    const QString code = UserCode::normalize(request.query.value("user_code"));
    const auto row = code.isEmpty() ? std::nullopt : m_ctx->store->findByUserCode(code);
    if (!row || row->expiresAtMs <= nowMs()
        || (row->status != PendingStatus::Pending && row->status != PendingStatus::Authorizing)) {
        qCInfo(lcApp) << "bridge: a phone entered an unknown, expired or used code";
        m_wrongCodes.recordFailure(clientAddress(request));
        ++m_ctx->metrics.wrongCodes;
        respond(page(200, "Connect your TV",
                     "<p class=\"err\" id=\"bad-code\">That code is not valid or has expired. Check the code on your TV.</p>"
                         + enterForm));
        return;
    }
    const TvClient *client = m_ctx->config.client(row->clientId);
    const QString csrf = oauth::randomUrlSafe(32);
    const QString shown = UserCode::display(row->userCode);
    const QString body = QStringLiteral(
        "<p><strong id=\"app\">%1</strong> wants to sign in.</p>"
        "<p>Check that your TV shows this code:</p><p><code id=\"user-code\">%2</code></p>"
        "<form id=\"confirm\" method=\"post\" action=\"/device\">"
        "<input type=\"hidden\" name=\"user_code\" value=\"%2\"><input type=\"hidden\" name=\"csrf\" value=\"%3\">"
        "<button type=\"submit\">Continue</button></form>"
        "<p>If the codes differ, close this page: someone else may be trying to sign in.</p>")
                             .arg(esc(client ? client->name : row->clientId), esc(shown), esc(csrf));
    const qint64 left = std::max<qint64>(1, (row->expiresAtMs - nowMs()) / 1000);
    // Continue is answered with a redirect to the identity server, and CSP form-action also
    // covers where a post redirects to (browsers block it otherwise): the page names the
    // authorization endpoint's origin, known once the identity server's metadata is in.
    m_ctx->upstream->ensureReady([this, body, csrf, left, respond](const oauth::OAuthError &e) {
        if (!e.isNull()) {
            respond(page(503, "Try again later", "<p class=\"err\" id=\"upstream\">The sign-in service cannot be reached right now.</p>"));
            return;
        }
        const QUrl authorize = m_ctx->upstream->metadata().authorizationEndpoint;
        const QByteArray origin = authorize.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                      .toString(QUrl::FullyEncoded).toLatin1();
        HttpServerResponse r = page(200, "Confirm your TV", body, origin);
        r.addHeader("Set-Cookie", cookie(kCsrfCookie, csrf, left, "/device"));
        respond(r);
    });
}

void PhonePages::continueToIdentityServer(const HttpServerRequest &request, const Responder &respond)
{
    if (!mayTryCode(request, respond))
        return;
    const auto form = request.form();
    const QByteArray sentCsrf = form.value("csrf").toLatin1();
    const QByteArray cookieCsrf = request.cookies.value(kCsrfCookie).toLatin1();
    if (sentCsrf.size() < 43 || !constantTimeEquals(sentCsrf, cookieCsrf)) {
        qCInfo(lcApp) << "bridge: refused a confirmation without a matching CSRF token";
        respond(page(403, "Try again", "<p class=\"err\" id=\"csrf\">This page has expired. Open the code link from your TV again.</p>"));
        return;
    }
    const QString code = UserCode::normalize(form.value("user_code"));
    const auto row = code.isEmpty() ? std::nullopt : m_ctx->store->findByUserCode(code);
    if (!row) {
        m_wrongCodes.recordFailure(clientAddress(request));
        ++m_ctx->metrics.wrongCodes;
        respond(page(400, "Connect your TV", "<p class=\"err\" id=\"bad-code\">That code is not valid or has expired.</p>"));
        return;
    }
    m_ctx->upstream->ensureReady([this, row, respond](const oauth::OAuthError &e) {
        if (!e.isNull()) {
            respond(page(503, "Try again later", "<p class=\"err\" id=\"upstream\">The sign-in service cannot be reached right now.</p>"));
            return;
        }
        // State, nonce (where the dialect sends one) and PKCE S256, and the URL with the
        // dialect's response type, response mode and extra parameters, each sent once.
        QString why;
        const auto attempt = oauth::AuthorizationRequest::create(m_ctx->upstream->metadata().authorizationEndpoint,
                                                                 m_ctx->upstream->config(),
                                                                 m_ctx->config.redirectUri.toString(), &why);
        const QString binding = oauth::randomUrlSafe(32);
        const QString sealedVerifier = attempt ? m_ctx->sealer.seal(attempt->pkce.verifier.toUtf8(), kVerifierPurpose) : QString();
        if (!attempt || binding.isEmpty() || sealedVerifier.isEmpty()
            || !m_ctx->store->beginAuthorization(row->deviceCodeHash, sha256Hex(attempt->state), sha256Hex(binding),
                                                 sealedVerifier, attempt->nonce, nowMs())) {
            if (!attempt)
                qCWarning(lcApp).noquote() << "bridge: cannot build the authorization request:" << why;
            respond(page(400, "Connect your TV", "<p class=\"err\" id=\"bad-code\">That code is not valid or has expired.</p>"));
            return;
        }
        // The upstream URL comes from the identity server's metadata only: no open redirect.
        const QUrl target = attempt->url;
        HttpServerResponse r = HttpServerResponse::redirect(target.toEncoded());
        const qint64 left = std::max<qint64>(1, (row->expiresAtMs - nowMs()) / 1000);
        r.addHeader("Set-Cookie", cookie(kBindingCookie, binding, left, m_ctx->config.redirectUri.path()));
        qCInfo(lcApp).noquote() << "bridge: phone confirmed a code of client" << row->clientId << "- sent to the identity server";
        respond(r);
    });
}

void PhonePages::callback(const HttpServerRequest &request, const Responder &respond)
{
    // response_mode query (GET) or form_post (POST); a relayed fragment is posted as a form.
    const QHash<QString, QString> fields = request.method == "POST" ? request.form() : request.query;
    QUrlQuery params;
    for (auto it = fields.begin(); it != fields.end(); ++it)  // encoded, so a '%' or '&' in a value stays itself
        params.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(it.key())),
                            QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    receiveAuthorizationResponse(params, request.cookies.value(kBindingCookie), respond);
}

void PhonePages::receiveAuthorizationResponse(const QUrlQuery &params, const QString &bindingCookie,
                                              const Responder &respond)
{
    const oauth::AuthorizationResponse response = oauth::CallbackHttpRequest::responseFrom(params);
    const auto row = response.state.isEmpty() ? std::nullopt : m_ctx->store->findByStateHash(sha256Hex(response.state));
    if (!row || row->status != PendingStatus::Authorizing) {
        qCInfo(lcApp) << "bridge: refused a callback with an unknown or used state";
        respond(page(400, "Sign-in link expired", "<p class=\"err\" id=\"bad-state\">This sign-in is no longer valid. Start again from the code on your TV.</p>"));
        return;
    }
    if (bindingCookie.isEmpty() || !constantTimeEquals(sha256Hex(bindingCookie), row->bindingHash)) {
        qCInfo(lcApp) << "bridge: refused a callback from a browser that did not start the sign-in";
        respond(page(400, "Wrong browser", "<p class=\"err\" id=\"bad-browser\">Finish the sign-in in the browser where you entered the code.</p>"));
        return;
    }
    if (!m_ctx->store->claimCallback(row->deviceCodeHash, row->stateHash, nowMs())) {
        respond(page(400, "Sign-in link expired", "<p class=\"err\" id=\"bad-state\">This sign-in is no longer valid. Start again from the code on your TV.</p>"));
        return;
    }
    log::rememberSecret(response.code, log::SecretLife::ShortLived);
    redeem(*row, response, respond);
}

void PhonePages::redeem(const PendingAuthorization &row, oauth::AuthorizationResponse response, const Responder &respond)
{
    const auto failed = [this, row, respond](const QString &why) {
        qCWarning(lcApp).noquote() << "bridge: sign-in failed at the identity server:" << why;
        m_ctx->store->reopen(row.deviceCodeHash);
        respond(page(502, "Sign-in failed", "<p class=\"err\" id=\"failed\">The sign-in did not go through. Open the code link from your TV and try again.</p>"));
    };
    const auto verifier = m_ctx->sealer.open(row.sealedVerifier, kVerifierPurpose);
    if (!verifier) {
        failed(QStringLiteral("the stored verifier does not open"));
        return;
    }
    // The attempt as Continue made it: its state was found by hash above, so it matches.
    const TenantConfig &upstream = m_ctx->upstream->config();
    oauth::AuthorizationRequest attempt;
    attempt.redirectUri = m_ctx->config.redirectUri.toString();
    attempt.state = response.state;
    attempt.nonce = row.nonce;
    attempt.pkce.verifier = QString::fromUtf8(*verifier);
    attempt.responseType = upstream.dialect.responseType.isEmpty() ? QStringLiteral("code") : upstream.dialect.responseType;
    attempt.responseMode = m_ctx->config.responseMode;
    response.stateMatches = true;
    m_ctx->upstream->redeem(attempt, response, [this, row, respond, failed](const Upstream::Redemption &r) {
        if (!r.tokens && r.final) {
            m_ctx->store->deny(row.deviceCodeHash);
            ++m_ctx->metrics.codesDenied;
            qCInfo(lcApp).noquote() << "bridge: the identity server answered" << r.error.error.left(64);
            respond(page(200, "Sign-in cancelled", "<p id=\"denied\">The TV was not signed in. You can close this page.</p>"));
            return;
        }
        if (!r.tokens) {
            failed(r.error.toString());
            return;
        }
        const QJsonObject answer = TokenHandoff::answerForTv(*m_ctx, row.clientId, *r.tokens, r.claims);
        const QString sealed = m_ctx->sealer.seal(QJsonDocument(answer).toJson(QJsonDocument::Compact), kResultPurpose);
        if (sealed.isEmpty() || !m_ctx->store->approve(row.deviceCodeHash, sealed)) {
            failed(QStringLiteral("the result could not be stored: ") + m_ctx->store->lastError());
            return;
        }
        qCInfo(lcApp).noquote() << "bridge: sign-in approved for client" << row.clientId;
        ++m_ctx->metrics.codesApproved;
        respond(page(200, "TV signed in", "<p id=\"success\">Your TV is now signed in. You can close this page.</p>"));
    });
}

}  // namespace tvpair::bridge
