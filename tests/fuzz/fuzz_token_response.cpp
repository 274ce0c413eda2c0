// Token endpoint response (RFC 6749 §5.1) and the payment tokens that
// come with it: extensions.storage_keys.<provider> and <provider>_token claims of a JWT
// access token.
#include "FuzzCommon.h"
#include "net/JsonBody.h"
#include "oauth/TokenSet.h"

#include <QRegularExpression>

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto doc = net::parseJsonObject(fuzz::bytes(data, size), nullptr);
    if (doc) {
        QString error;
        const auto t = oauth::TokenSet::fromJson(*doc, &error);
        if (t) {
            TVPAIR_FUZZ_CHECK(!t->accessToken.isEmpty());
            TVPAIR_FUZZ_CHECK(t->expiresIn > 0);
            t->rememberSecrets();
        }
        const QString access = doc->value(QStringLiteral("access_token")).toString();
        const oauth::PaymentTokens pay = oauth::extractPaymentTokens(*doc, access);
        for (auto it = pay.cbegin(); it != pay.cend(); ++it) {
            TVPAIR_FUZZ_CHECK(!it.key().isEmpty());
            TVPAIR_FUZZ_CHECK(!it.value().extra.contains(QStringLiteral("token")));
        }
        // No error message may quote a token. An all-lowercase "token" may be a word of
        // the message itself ("response"), so only tokens that cannot be English are checked.
        static const QRegularExpression wordLike(QStringLiteral("^[a-z _\"]*$"));
        if (!t && access.size() >= 6 && !wordLike.match(access).hasMatch())
            TVPAIR_FUZZ_CHECK(!error.contains(access));
    }
    log::forgetAllSecrets();
    return 0;
}
