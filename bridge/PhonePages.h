#pragma once
// The bridge towards the viewer's phone: the code entry and confirmation pages (RFC 8628 §5.4:
// the page shows the code and the TV app's name so the viewer checks it matches the TV),
// Continue (a POST with a CSRF token) binding the attempt to this browser with a cookie and
// sending it to the identity server (the core's AuthorizationRequest: PKCE S256, state, nonce,
// the dialect), and the callback that checks state and binding and redeems the response with
// the core's CodeRedemption (through Upstream), then stores the sealed result.
// A `fragment` answer reaches /callback through a relay page that posts it back as a form.
#include "AttemptLimiter.h"
#include "BridgeContext.h"
#include "HttpServer.h"
#include "oauth/LoopbackRedirectListener.h"

#include <QUrlQuery>

namespace tvpair::bridge {

class PhonePages {
public:
    explicit PhonePages(BridgeContext *ctx);

    bool handle(const HttpServerRequest &request, const Responder &respond);

    static constexpr char kCsrfCookie[] = "tvb_csrf";
    static constexpr char kBindingCookie[] = "tvb_bind";

private:
    void showDevicePage(const HttpServerRequest &request, const Responder &respond);
    void continueToIdentityServer(const HttpServerRequest &request, const Responder &respond);
    void callback(const HttpServerRequest &request, const Responder &respond);
    // Every authorization response, however it came (query, form_post, a relayed fragment):
    // the state found by its hash and bound to this browser's cookie, claimed once, redeemed.
    void receiveAuthorizationResponse(const QUrlQuery &params, const QString &bindingCookie, const Responder &respond);
    void redeem(const PendingAuthorization &row, oauth::AuthorizationResponse response, const Responder &respond);
    HttpServerResponse fragmentRelay() const;
    HttpServerResponse page(int status, const QString &title, const QString &bodyHtml,
                            const QByteArray &formTargetOrigin = {}) const;
    // The client's address: the peer, or the last X-Forwarded-For entry from a trusted proxy.
    QString clientAddress(const HttpServerRequest &request) const;
    // Answers 429 and returns false when this address (or everyone) tried too many wrong codes.
    bool mayTryCode(const HttpServerRequest &request, const Responder &respond);
    QByteArray cookie(const char *name, const QString &value, qint64 maxAgeSeconds, const QString &path) const;

    BridgeContext *m_ctx;
    AttemptLimiter m_wrongCodes;
};

}  // namespace tvpair::bridge
