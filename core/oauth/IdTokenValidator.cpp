#include "IdTokenValidator.h"

#include "Jwks.h"
#include "Jwt.h"
#include "net/Log.h"

#include <openssl/crypto.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace tvpair::oauth {

namespace {

IdTokenValidation failure(const char *code, const QString &message)
{
    IdTokenValidation r;
    r.error = QLatin1String(code);
    r.message = message;
    return r;
}

// RFC 7519 NumericDate: a JSON number (fractions allowed), not a string.
std::optional<double> numericDate(const QJsonObject &claims, const char *name)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

const char *verdictCode(Jwks::Verdict v)
{
    switch (v) {
    case Jwks::Verdict::Valid: return "";
    case Jwks::Verdict::InvalidSignature: return "invalid_signature";
    case Jwks::Verdict::UnsupportedAlgorithm: return "unsupported_alg";
    case Jwks::Verdict::UnknownKey: return "unknown_kid";
    case Jwks::Verdict::AmbiguousKey: return "ambiguous_key";
    case Jwks::Verdict::KeyMismatch: return "key_mismatch";
    }
    return "invalid_signature";
}

}  // namespace

IdTokenValidation IdTokenValidator::validate(const QByteArray &idToken, const Jwks &jwks,
                                             const IdTokenExpectations &expected)
{
    QString why;
    const auto jwt = Jwt::parse(idToken, &why);
    if (!jwt)
        return failure("malformed", QStringLiteral("ID token: %1").arg(why));

    const Jwks::Verdict verdict = jwks.verify(*jwt, &why);
    if (verdict != Jwks::Verdict::Valid) {
        IdTokenValidation r = failure(verdictCode(verdict), QStringLiteral("ID token: %1").arg(why));
        r.unknownKid = verdict == Jwks::Verdict::UnknownKey;
        return r;
    }

    const QJsonObject &claims = jwt->claims();
    auto fail = [&claims](const char *code, const QString &message) {
        IdTokenValidation r = failure(code, message);
        r.claims = claims;
        return r;
    };

    const QJsonValue iss = claims.value(QLatin1String("iss"));
    if (!iss.isString())
        return fail("missing_claim", QStringLiteral("ID token has no string \"iss\" claim"));
    if (iss.toString() != expected.issuer)
        return fail("wrong_issuer", QStringLiteral("ID token \"iss\" is not the configured issuer"));

    const QJsonValue sub = claims.value(QLatin1String("sub"));
    if (!sub.isString() || sub.toString().isEmpty())
        return fail("missing_claim", QStringLiteral("ID token has no string \"sub\" claim"));

    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isString()) {
        audiences << aud.toString();
    } else if (aud.isArray()) {
        for (const QJsonValue &a : aud.toArray()) {
            if (!a.isString())
                return fail("wrong_audience", QStringLiteral("ID token \"aud\" array holds a non-string"));
            audiences << a.toString();
        }
    } else {
        return fail("missing_claim", QStringLiteral("ID token has no string or array \"aud\" claim"));
    }
    if (!audiences.contains(expected.clientId))
        return fail("wrong_audience", QStringLiteral("ID token \"aud\" does not contain the client id"));
    if (audiences.size() > 1 && claims.contains(QLatin1String("azp"))
        && claims.value(QLatin1String("azp")).toString() != expected.clientId) {
        return fail("wrong_audience", QStringLiteral("ID token \"azp\" is not the client id"));
    }

    const auto exp = numericDate(claims, "exp");
    if (!exp)
        return fail("missing_claim", QStringLiteral("ID token has no numeric \"exp\" claim"));
    const auto iat = numericDate(claims, "iat");
    if (!iat)
        return fail("missing_claim", QStringLiteral("ID token has no numeric \"iat\" claim"));
    const bool hasNbf = claims.contains(QLatin1String("nbf"));
    const auto nbf = numericDate(claims, "nbf");
    if (hasNbf && !nbf)
        return fail("missing_claim", QStringLiteral("ID token \"nbf\" claim is not a number"));

    if (expected.nonce) {
        const QJsonValue nonce = claims.value(QLatin1String("nonce"));
        if (!nonce.isString() || nonce.toString() != *expected.nonce)
            return fail("nonce_mismatch", QStringLiteral("ID token \"nonce\" does not match the request"));
    }

    if (expected.code) {
        const QJsonValue cHash = claims.value(QLatin1String("c_hash"));
        if (!cHash.isString())
            return fail("c_hash_mismatch", QStringLiteral("front-channel ID token has no string \"c_hash\" claim"));
        const QString want = leftHalfHash(jwt->algorithm(), expected.code->toUtf8());
        const QByteArray a = cHash.toString().toUtf8(), b = want.toUtf8();
        if (want.isEmpty() || a.size() != b.size() || CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) != 0)
            return fail("c_hash_mismatch", QStringLiteral("ID token \"c_hash\" does not match the authorization code"));
    }

    const qint64 now = expected.nowSeconds.value_or(QDateTime::currentSecsSinceEpoch());
    const qint64 buildEpoch = expected.buildEpochSeconds.value_or(qint64(TVPAIR_BUILD_EPOCH));
    const double skew = double(std::max<qint64>(0, expected.skewSeconds));
    IdTokenValidation result;
    if (now < buildEpoch) {
        // A TV may read 1970 until NTP syncs; rejecting would make sign-in impossible, and the
        // signature and the other claims still bind the token to this issuer and client.
        result.clockNotSet = true;
        qCWarning(lcOAuth) << "device clock is before the build date; ID token exp/iat/nbf not checked";
    } else {
        if (!(*exp > double(now) - skew))
            return fail("expired", QStringLiteral("ID token \"exp\" is in the past"));
        if (*iat > double(now) + skew)
            return fail("issued_in_future", QStringLiteral("ID token \"iat\" is in the future"));
        if (nbf && *nbf > double(now) + skew)
            return fail("not_yet_valid", QStringLiteral("ID token \"nbf\" is in the future"));
    }

    result.ok = true;
    result.claims = claims;
    return result;
}

QString IdTokenValidator::leftHalfHash(const QString &alg, const QByteArray &value)
{
    QCryptographicHash::Algorithm h;
    if (alg.endsWith(QLatin1String("256")))
        h = QCryptographicHash::Sha256;
    else if (alg.endsWith(QLatin1String("384")))
        h = QCryptographicHash::Sha384;
    else if (alg.endsWith(QLatin1String("512")) || alg == QLatin1String("EdDSA"))
        h = QCryptographicHash::Sha512;  // EdDSA (Ed25519): SHA-512, OpenID Connect Core errata
    else
        return {};
    const QByteArray digest = QCryptographicHash::hash(value, h);
    return QString::fromLatin1(base64UrlEncode(digest.left(digest.size() / 2)));
}

}  // namespace tvpair::oauth
