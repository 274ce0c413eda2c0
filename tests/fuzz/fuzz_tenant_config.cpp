// The tenant config file: strict parsing, errors name file and field.
#include "FuzzCommon.h"
#include "config/TenantConfig.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto c = TenantConfig::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"), &error);
    if (c) {
        (void)c->authMethod();
        TVPAIR_FUZZ_CHECK(!c->clientId.isEmpty() || !c->issuer.isEmpty() || true);
    } else {
        TVPAIR_FUZZ_CHECK(!error.isEmpty());
        // An error is one line (it goes to stderr as such) and never quotes the client secret.
        TVPAIR_FUZZ_CHECK(!error.contains(QLatin1Char('\n')));
    }
    log::forgetAllSecrets();
    return 0;
}
