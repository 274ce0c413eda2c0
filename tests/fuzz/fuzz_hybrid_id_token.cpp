// The hybrid response's front-channel ID token (OIDC Core §3.3.2.11): a token and a code from
// the browser checked against a fixed JWKS with a nonce and the code's c_hash, and the c_hash
// computation itself for any alg name.
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
    const QByteArray code = in.line();
    const QByteArray token = in.rest();
    oauth::IdTokenExpectations x;
    x.issuer = QStringLiteral("https://id.example.test");
    x.clientId = QStringLiteral("tv-app");
    x.nowSeconds = (mode & 1) ? 1800000000 : 1000;
    x.buildEpochSeconds = 1700000000;
    x.nonce = QStringLiteral("n-0S6_WzA2Mj");
    x.code = QString::fromUtf8(code);
    const auto v = oauth::IdTokenValidator::validate(token, jwks, x);
    if (v.ok) {
        const QString alg = QString::fromUtf8(code);  // any text as an alg name must not crash
        (void)oauth::IdTokenValidator::leftHalfHash(alg, token);
        TVPAIR_FUZZ_CHECK(v.claims.value(QStringLiteral("c_hash")).isString());
    } else {
        TVPAIR_FUZZ_CHECK(!v.error.isEmpty());
        TVPAIR_FUZZ_CHECK(!v.message.contains(QLatin1Char('\n')));
        if (code.size() >= 8)
            TVPAIR_FUZZ_CHECK(!v.message.contains(QString::fromUtf8(code)));
    }
    const QString h = oauth::IdTokenValidator::leftHalfHash(QString::fromUtf8(code.left(8)), token);
    TVPAIR_FUZZ_CHECK(h.isEmpty() || h.size() == 22 || h.size() == 32 || h.size() == 43);
    log::forgetAllSecrets();
    return 0;
}
