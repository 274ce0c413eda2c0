// OAuthError::fromResponse (RFC 8628 §3.5, RFC 6749 §5.2): any status, Retry-After, transport error and body.
// Input: byte 0 status selector, byte 1 transport error, then one line Retry-After, then the body.
#include "FuzzCommon.h"
#include "oauth/OAuthError.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int kStatus[] = {200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503, 0, 302, 418, 299, 600};
    fuzz::Reader in{data, size};
    net::HttpResponse r;
    const uint8_t s = in.byte();
    r.status = s < 128 ? kStatus[s % 16] : 100 + (s - 128) * 4;
    const uint8_t ne = in.byte();
    r.error = ne < 200 ? net::NetError::None : net::NetError(ne % 8);
    if (!r.transportOk())
        r.errorText = QStringLiteral("transport failed");
    const QByteArray retryAfter = in.line();
    if (!retryAfter.isEmpty())
        r.headers.insert("retry-after", retryAfter);
    r.body = in.rest();

    const oauth::OAuthError e = oauth::OAuthError::fromResponse(r);
    const QString line = e.toString();
    // One line, never more (messages are one line each).
    TVPAIR_FUZZ_CHECK(!line.contains(QLatin1Char('\n')) && !line.contains(QLatin1Char('\r')));
    if (e.retryAfterSeconds)
        TVPAIR_FUZZ_CHECK(*e.retryAfterSeconds >= 0 && *e.retryAfterSeconds <= 3600);
    // The server's error code keeps only code characters.
    for (const QChar c : e.error)
        TVPAIR_FUZZ_CHECK(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'));
    (void)e.isTransient();
    if (r.isSuccess() && e.isNull())
        TVPAIR_FUZZ_CHECK(e.description.isEmpty());
    log::forgetAllSecrets();
    return 0;
}
