#pragma once
// One error type for every OAuth/OIDC answer (it keeps exactly what the server said).
#include "net/HttpClient.h"

#include <QString>

namespace tvpair::oauth {

struct OAuthError {
    QString error;        // the server's `error`, or ours: network, server, malformed, ...
    QString description;  // the server's `error_description` (redacted) or our one-line reason
    int httpStatus = 0;
    net::NetError netError = net::NetError::None;
    std::optional<int> retryAfterSeconds;
    // The answer could not be read (cut off, garbled, too large, a bare status): what the server
    // meant is unknown, so it ends nothing; the caller asks again after a back-off.
    bool unreadable = false;

    bool isNull() const { return error.isEmpty(); }
    // Network trouble, timeouts, 5xx and 429: worth retrying while the attempt is valid (RFC 8628 §3.5).
    bool isTransient() const;
    // One line for logs and error events; never contains a secret.
    QString toString() const;

    // Reads `error` wherever it appears (also with HTTP 200, RFC 6749 §5.2) and maps bare statuses sensibly.
    // Returns a null error for a 2xx answer without an `error` member.
    static OAuthError fromResponse(const net::HttpResponse &r);
    static OAuthError malformed(const QString &what, int status = 0);
    // An answer that cannot be read; `what` says how (never quoting the body).
    static OAuthError unreadableAnswer(const net::HttpResponse &r, const QString &what);
};

}  // namespace tvpair::oauth
