// A stored session blob (what the secure store hands back; SessionRecord::fromBytes).
#include "FuzzCommon.h"
#include "session/SessionRecord.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QByteArray in = fuzz::bytes(data, size);
    const auto r = SessionRecord::fromBytes(in, &error);
    if (r) {
        TVPAIR_FUZZ_CHECK(!r->refreshToken.isEmpty());
        // What is written back must read back the same (the session is rewritten on every refresh).
        const auto again = SessionRecord::fromBytes(r->toBytes(), &error);
        TVPAIR_FUZZ_CHECK(again.has_value());
        TVPAIR_FUZZ_CHECK(again->refreshToken == r->refreshToken && again->issuer == r->issuer
                          && again->subject == r->subject && again->clientId == r->clientId);
        TVPAIR_FUZZ_CHECK(again->paymentTokens.keys() == r->paymentTokens.keys());
        for (auto it = r->paymentTokens.cbegin(); it != r->paymentTokens.cend(); ++it)
            TVPAIR_FUZZ_CHECK(again->paymentTokens.value(it.key()).token == it.value().token);
    } else {
        TVPAIR_FUZZ_CHECK(!error.isEmpty() && !error.contains(QLatin1Char('\n')));
    }
    log::forgetAllSecrets();
    return 0;
}
