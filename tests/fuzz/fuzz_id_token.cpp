// ID token validation (OIDC Core §3.1.3.7): a token from the network checked against a fixed JWKS
// (one RS256, one PS256, one ES256 key) with fixed expectations.
#include "FuzzCommon.h"
#include "oauth/IdTokenValidator.h"
#include "oauth/Jwks.h"

#include <QFile>

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const oauth::Jwks jwks = [] {
        QFile f(QStringLiteral(TVPAIR_FUZZ_DATA_DIR "/jwks.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fuzz data missing: jwks.json");
        QString error;
        auto set = oauth::Jwks::parse(f.readAll(), &error);
        if (!set)
            qFatal("fuzz jwks.json: %s", qPrintable(error));
        return *set;
    }();
    fuzz::Reader in{data, size};
    const uint8_t mode = in.byte();
    oauth::IdTokenExpectations x;
    x.issuer = QStringLiteral("https://id.example.test");
    x.clientId = QStringLiteral("tv-app");
    x.nowSeconds = (mode & 1) ? 1800000000 : 1000;  // 1000: a clock that is not set yet
    x.buildEpochSeconds = 1700000000;
    if (mode & 2)
        x.nonce = QStringLiteral("n-0S6_WzA2Mj");
    const QByteArray token = in.rest();
    const auto v = oauth::IdTokenValidator::validate(token, jwks, x);
    if (v.ok) {
        TVPAIR_FUZZ_CHECK(v.error.isEmpty());
        TVPAIR_FUZZ_CHECK(v.claims.value(QStringLiteral("iss")).toString() == x.issuer);
    } else {
        TVPAIR_FUZZ_CHECK(!v.error.isEmpty());
        TVPAIR_FUZZ_CHECK(!v.message.contains(QLatin1Char('\n')));
        if (token.size() >= 16)
            TVPAIR_FUZZ_CHECK(!v.message.contains(QString::fromLatin1(token)));
    }
    log::forgetAllSecrets();
    return 0;
}
