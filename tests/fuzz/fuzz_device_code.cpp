// Device authorization response (RFC 8628 §3.2).
#include "FuzzCommon.h"
#include "net/JsonBody.h"
#include "oauth/TokenSet.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto doc = net::parseJsonObject(fuzz::bytes(data, size), nullptr);
    if (doc) {
        QString error;
        if (const auto d = oauth::DeviceCode::fromJson(*doc, &error)) {
            TVPAIR_FUZZ_CHECK(!d->deviceCode.isEmpty() && !d->userCode.isEmpty());
            TVPAIR_FUZZ_CHECK(!d->verificationUri.isEmpty());
            TVPAIR_FUZZ_CHECK(d->interval >= 0);
        } else {
            TVPAIR_FUZZ_CHECK(!error.isEmpty());
        }
    }
    log::forgetAllSecrets();
    return 0;
}
