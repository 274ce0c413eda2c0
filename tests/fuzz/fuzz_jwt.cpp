// A compact JWS from the network (ID token, JWT access token, payment-provider JWT): Jwt::parse,
// Jwt::decodeClaimsUnverified, strict base64url, and Cleeng's customerId read.
#include "FuzzCommon.h"
#include "oauth/Jwt.h"
#include "payments/CleengProvider.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fuzz::bytes(data, size);
    QString error;
    const auto jwt = oauth::Jwt::parse(in, &error);
    if (jwt) {
        TVPAIR_FUZZ_CHECK(!jwt->algorithm().isEmpty());
        TVPAIR_FUZZ_CHECK(in.startsWith(jwt->signingInput()));
        TVPAIR_FUZZ_CHECK(!jwt->header().contains(QStringLiteral("crit")));
    } else {
        TVPAIR_FUZZ_CHECK(!error.isEmpty());
        if (in.size() >= 8)
            TVPAIR_FUZZ_CHECK(!error.contains(QString::fromLatin1(in)));
    }
    (void)oauth::Jwt::decodeClaimsUnverified(in, &error);
    // Strict base64url: one encoding per byte string, so decode(x) re-encodes to exactly x.
    if (const auto raw = oauth::base64UrlDecodeStrict(in))
        TVPAIR_FUZZ_CHECK(oauth::base64UrlEncode(*raw) == in);
    (void)CleengProvider::customerIdFromJwt(QString::fromUtf8(in), &error);
    log::forgetAllSecrets();
    return 0;
}
