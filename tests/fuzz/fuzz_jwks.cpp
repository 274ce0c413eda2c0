// A JWKS document from the network (Jwks::parse: RSA n/e, EC x/y key import through OpenSSL),
// then signature verification of fixed RS256 / PS256 / ES256 tokens against whatever it holds.
#include "FuzzCommon.h"
#include "oauth/Jwks.h"
#include "oauth/Jwt.h"

#include <QFile>

using namespace tvpair;

TVPAIR_FUZZ_INIT

namespace {
const std::vector<oauth::Jwt> &tokens()
{
    static const std::vector<oauth::Jwt> t = [] {
        std::vector<oauth::Jwt> out;
        for (const char *name : {"rs256.jwt", "ps256.jwt", "es256.jwt", "es256_nokid.jwt"}) {
            QFile f(QStringLiteral(TVPAIR_FUZZ_DATA_DIR "/") + QLatin1String(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("fuzz data missing: %s", name);
            auto jwt = oauth::Jwt::parse(f.readAll().trimmed());
            if (!jwt)
                qFatal("fuzz data %s does not parse", name);
            out.push_back(*jwt);
        }
        return out;
    }();
    return t;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto set = oauth::Jwks::parse(fuzz::bytes(data, size), &error);
    if (!set) {
        TVPAIR_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    TVPAIR_FUZZ_CHECK(set->size() > 0 && set->size() <= oauth::Jwks::kMaxKeys);
    TVPAIR_FUZZ_CHECK(set->keyIds().size() == set->size());
    for (const auto &t : tokens()) {
        const auto verdict = set->verify(t, &error);
        (void)verdict;
    }
    return 0;
}
