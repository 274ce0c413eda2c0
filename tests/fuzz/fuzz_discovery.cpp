// Discovery metadata (OIDC Discovery §4, RFC 8414 §3): the document a server or
// the on-disk cache hands to ServerMetadata::fromJson.
#include "FuzzCommon.h"
#include "net/JsonBody.h"
#include "oauth/ServerMetadata.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto doc = net::parseJsonObject(fuzz::bytes(data, size), nullptr);
    if (!doc)
        return 0;
    QString error;
    // A fixed issuer (the exact issuer check rejects most inputs) and the document's own one (passes it).
    (void)oauth::ServerMetadata::fromJson(*doc, QStringLiteral("https://id.example.com"), &error);
    const QString own = doc->value(QStringLiteral("issuer")).toString();
    if (auto m = oauth::ServerMetadata::fromJson(*doc, own, &error)) {
        TVPAIR_FUZZ_CHECK(m->issuer == own);
        // The cache writes toJson() and reads it back with fromJson(): that must round-trip.
        const auto again = oauth::ServerMetadata::fromJson(m->toJson(), own, &error);
        TVPAIR_FUZZ_CHECK(again.has_value());
        TVPAIR_FUZZ_CHECK(again->tokenEndpoint == m->tokenEndpoint);
        Endpoints e;
        e.token = QUrl(QStringLiteral("https://id.example.com/token"));
        m->applyOverrides(e);
    }
    log::forgetAllSecrets();
    return 0;
}
