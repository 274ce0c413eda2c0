// The Paytronix requestGuestToken answer (token_dialect paytronix): success with the guest's
// username, or a result/errorCode failure mapped onto RFC 6749 error codes.
#include "FuzzCommon.h"
#include "net/JsonBody.h"
#include "oauth/PaytronixGuestToken.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    net::HttpResponse r;
    static const int statuses[] = {200, 201, 400, 401, 403, 404, 429, 500, 502, 503};
    r.status = statuses[in.byte() % (sizeof statuses / sizeof *statuses)];
    r.body = in.rest();
    oauth::OAuthError e;
    const auto t = oauth::paytronix::readGuestTokenAnswer(r, &e);
    if (t) {
        TVPAIR_FUZZ_CHECK(!t->accessToken.isEmpty());
        TVPAIR_FUZZ_CHECK(t->expiresIn > 0);
        TVPAIR_FUZZ_CHECK(t->tokenType == QLatin1String("Bearer"));
    } else {
        TVPAIR_FUZZ_CHECK(!e.error.isEmpty());
        TVPAIR_FUZZ_CHECK(!e.toString().contains(QLatin1Char('\n')));
        const auto o = net::parseJsonObject(r.body, nullptr);
        const QString access = o ? o->value(QStringLiteral("access_token")).toString() : QString();
        if (access.size() >= 12)
            TVPAIR_FUZZ_CHECK(!e.description.contains(access));
    }
    log::forgetAllSecrets();
    return 0;
}
