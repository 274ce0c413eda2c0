#pragma once
// The bridge towards TVs: its metadata and JWKS, RFC 8628 device authorization and polling,
// the refresh grant proxied upstream with a sealed refresh token, RFC 7009 revocation, health.
#include "BridgeContext.h"
#include "HttpServer.h"

namespace tvpair::bridge {

class DeviceEndpoints {
public:
    explicit DeviceEndpoints(BridgeContext *ctx) : m_ctx(ctx) {}

    // True when the path is one of these endpoints (then `respond` is called).
    bool handle(const HttpServerRequest &request, const Responder &respond);
    // On the HTTP listener's thread (HttpServer::FastHandler): a TV's poll of a code the
    // store's PollIndex holds open is answered authorization_pending or slow_down from memory.
    // False for everything else, which takes handle()'s way on the Qt thread.
    bool answerFromMemory(const HttpServerRequest &request, HttpServerResponse *response);

    // RFC 8628 §3.5: a poll sooner than the interval gets slow_down and 5 s more.
    static constexpr int kSlowDownPenaltySeconds = 5;
    // A poll may arrive this much early (the previous answer's transit) without a slow_down.
    static constexpr qint64 kPollToleranceMs = 500;

private:
    void metadata(const Responder &respond);
    void deviceAuthorization(const HttpServerRequest &request, const Responder &respond);
    QByteArray authorizationAnswer(const QString &deviceCode, const QString &shownUserCode);
    void token(const HttpServerRequest &request, const Responder &respond);
    void pollDeviceCode(const QString &clientId, const QString &deviceCode, const Responder &respond);
    void refresh(const QString &clientId, const QString &sealedRefresh, const Responder &respond);
    void revoke(const HttpServerRequest &request, const Responder &respond);
    // The client_id of a form request when it is a configured TV client; otherwise answers 401.
    std::optional<QString> tvClient(const QHash<QString, QString> &form, const Responder &respond);

    BridgeContext *m_ctx;
    QByteArray m_authorizationTail;  // the constant end of every device authorization answer
};

// RFC 6749 §5.2 error answer.
HttpServerResponse oauthError(int status, const QString &error, const QString &description = {});

}  // namespace tvpair::bridge
