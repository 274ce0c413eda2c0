#include "Jwks.h"

#include "Jwt.h"
#include "net/JsonBody.h"
#include "net/Log.h"
#include "net/Printable.h"

#include <QJsonArray>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

namespace tvpair::oauth {

namespace {

struct PkeyFree { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };
struct PkeyCtxFree { void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); } };
struct MdCtxFree { void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); } };
struct BnFree { void operator()(BIGNUM *p) const { BN_free(p); } };
struct ParamBldFree { void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); } };
struct ParamFree { void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); } };
struct EcdsaSigFree { void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); } };

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;
constexpr int kP256CoordinateBytes = 32;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// OpenSSL keeps failures in a per-thread queue; leaving them there would surface in
// unrelated later calls (TLS in core/net), so every failed path here drains it.
void drainOpenSslErrors()
{
    ERR_clear_error();
}

BnPtr toBignum(const QByteArray &bigEndian)
{
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()),
                           int(bigEndian.size()), nullptr));
}

PkeyPtr keyFromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        drainOpenSslErrors();
        return nullptr;
    }
    return PkeyPtr(raw);
}

std::optional<QByteArray> memberBytes(const QJsonObject &jwk, const char *name)
{
    const QJsonValue v = jwk.value(QLatin1String(name));
    if (!v.isString())
        return std::nullopt;
    return base64UrlDecodeStrict(v.toString().toLatin1());
}

PkeyPtr rsaKey(const QJsonObject &jwk, QString *why)
{
    const auto n = memberBytes(jwk, "n");
    const auto e = memberBytes(jwk, "e");
    if (!n || !e || n->isEmpty() || e->isEmpty()) {
        *why = QStringLiteral("RSA key needs base64url \"n\" and \"e\"");
        return nullptr;
    }
    BnPtr bnN = toBignum(*n);
    BnPtr bnE = toBignum(*e);
    if (!bnN || !bnE) {
        drainOpenSslErrors();
        *why = QStringLiteral("RSA key material could not be read");
        return nullptr;
    }
    const int bits = BN_num_bits(bnN.get());
    if (bits < kMinRsaBits || bits > kMaxRsaBits || !BN_is_odd(bnN.get())) {
        *why = QStringLiteral("RSA modulus of %1 bits is not accepted").arg(bits);
        return nullptr;
    }
    if (!BN_is_odd(bnE.get()) || BN_is_one(bnE.get()) || BN_num_bits(bnE.get()) > 64) {
        *why = QStringLiteral("RSA public exponent is not accepted");
        return nullptr;
    }
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    if (!bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1) {
        drainOpenSslErrors();
        *why = QStringLiteral("RSA key could not be built");
        return nullptr;
    }
    PkeyPtr key = keyFromParams("RSA", bld.get());
    if (!key)
        *why = QStringLiteral("RSA key rejected by OpenSSL");
    return key;
}

PkeyPtr p256Key(const QJsonObject &jwk, QString *why)
{
    const auto x = memberBytes(jwk, "x");
    const auto y = memberBytes(jwk, "y");
    // RFC 7518 6.2.1.2: the coordinates are the full field size, leading zeros included.
    if (!x || !y || x->size() != kP256CoordinateBytes || y->size() != kP256CoordinateBytes) {
        *why = QStringLiteral("P-256 key needs 32-byte base64url \"x\" and \"y\"");
        return nullptr;
    }
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;  // SEC1 uncompressed point
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    char group[] = "prime256v1";
    if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            size_t(point.size())) != 1) {
        drainOpenSslErrors();
        *why = QStringLiteral("EC key could not be built");
        return nullptr;
    }
    PkeyPtr key = keyFromParams("EC", bld.get());
    if (!key) {
        *why = QStringLiteral("EC key rejected by OpenSSL (point not on P-256?)");
        return nullptr;
    }
    // Invalid-curve attacks feed points off the curve; make OpenSSL confirm the point.
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        drainOpenSslErrors();
        *why = QStringLiteral("EC public key failed validation");
        return nullptr;
    }
    return key;
}

enum class KeyType { Rsa, EcP256 };

std::optional<KeyType> keyTypeFor(const QString &alg)
{
    if (alg == QLatin1String("RS256") || alg == QLatin1String("PS256"))
        return KeyType::Rsa;
    if (alg == QLatin1String("ES256"))
        return KeyType::EcP256;
    return std::nullopt;
}

// JOSE carries ECDSA signatures as fixed-size r||s (RFC 7518 3.4); EVP wants DER.
std::optional<QByteArray> joseEcdsaToDer(const QByteArray &raw)
{
    if (raw.size() != 2 * kP256CoordinateBytes)
        return std::nullopt;
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), kP256CoordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + kP256CoordinateBytes,
                          kP256CoordinateBytes, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        drainOpenSslErrors();
        return std::nullopt;
    }
    unsigned char *der = nullptr;
    const int len = i2d_ECDSA_SIG(sig.get(), &der);
    if (len <= 0) {
        drainOpenSslErrors();
        return std::nullopt;
    }
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

}  // namespace

struct Jwks::Key
{
    KeyType type;
    QString kid;
    QString alg;  // the JWK's optional "alg"; empty means any alg of the key's type
    std::unique_ptr<EVP_PKEY, PkeyFree> pkey;

    bool fits(const QString &tokenAlg) const
    {
        return keyTypeFor(tokenAlg) == type && (alg.isEmpty() || alg == tokenAlg);
    }

    bool verify(const QString &tokenAlg, const QByteArray &input, const QByteArray &signature) const
    {
        QByteArray sig = signature;
        if (type == KeyType::EcP256) {
            const auto der = joseEcdsaToDer(signature);
            if (!der)
                return false;
            sig = *der;
        } else if (signature.size() != EVP_PKEY_get_size(pkey.get())) {
            return false;
        }
        std::unique_ptr<EVP_MD_CTX, MdCtxFree> md(EVP_MD_CTX_new());
        EVP_PKEY_CTX *pctx = nullptr;  // owned by md
        bool ready = md && EVP_DigestVerifyInit_ex(md.get(), &pctx, "SHA256", nullptr, nullptr, pkey.get(), nullptr) == 1;
        if (ready && tokenAlg == QLatin1String("RS256")) {
            ready = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1;
        } else if (ready && tokenAlg == QLatin1String("PS256")) {
            // RFC 7518 3.5 signs with a 32-byte salt; AUTO on verify also accepts signers
            // that use another length (some HSMs use the maximum).
            ready = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, "SHA256", nullptr) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_AUTO) == 1;
        }
        const bool ok = ready
            && EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                                reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
                == 1;
        drainOpenSslErrors();
        return ok;
    }
};

std::optional<Jwks> Jwks::parse(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxJwksBytes) {
        setError(error, QStringLiteral("JWKS larger than %1 bytes").arg(kMaxJwksBytes));
        return std::nullopt;
    }
    QString jsonError;
    const auto object = net::parseJsonObject(json, &jsonError);
    if (!object) {
        setError(error, QStringLiteral("JWKS: %1").arg(jsonError));
        return std::nullopt;
    }
    return fromJson(*object, error);
}

std::optional<Jwks> Jwks::fromJson(const QJsonObject &jwks, QString *error)
{
    const QJsonValue keysValue = jwks.value(QLatin1String("keys"));
    if (!keysValue.isArray()) {
        setError(error, QStringLiteral("JWKS has no \"keys\" array"));
        return std::nullopt;
    }
    const QJsonArray keys = keysValue.toArray();
    if (keys.size() > kMaxKeys) {
        setError(error, QStringLiteral("JWKS has more than %1 keys").arg(kMaxKeys));
        return std::nullopt;
    }
    Jwks set;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!keys.at(i).isObject()) {
            qCWarning(lcOAuth) << "JWKS entry" << i << "is not an object; skipped";
            continue;
        }
        const QJsonObject jwk = keys.at(i).toObject();
        const QString kty = jwk.value(QLatin1String("kty")).toString();
        const QJsonValue use = jwk.value(QLatin1String("use"));
        if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
            continue;  // encryption keys are not for us
        const QJsonValue ops = jwk.value(QLatin1String("key_ops"));
        if (!ops.isUndefined() && !ops.toArray().contains(QLatin1String("verify")))
            continue;
        const QJsonValue kidValue = jwk.value(QLatin1String("kid"));
        const QJsonValue algValue = jwk.value(QLatin1String("alg"));
        if ((!kidValue.isUndefined() && !kidValue.isString()) || (!algValue.isUndefined() && !algValue.isString())) {
            qCWarning(lcOAuth) << "JWKS entry" << i << "has a non-string kid or alg; skipped";
            continue;
        }
        auto key = std::make_shared<Key>();
        key->kid = kidValue.toString();
        key->alg = algValue.toString();
        QString why;
        if (kty == QLatin1String("RSA")) {
            key->type = KeyType::Rsa;
            key->pkey = rsaKey(jwk, &why);
        } else if (kty == QLatin1String("EC") && jwk.value(QLatin1String("crv")).toString() == QLatin1String("P-256")) {
            key->type = KeyType::EcP256;
            key->pkey = p256Key(jwk, &why);
        } else {
            continue;  // oct, OKP, other curves: not algorithms we accept
        }
        if (!key->pkey) {
            qCWarning(lcOAuth).noquote() << "JWKS key" << key->kid << "skipped:" << why;
            continue;
        }
        if (!key->alg.isEmpty() && !key->fits(key->alg)) {
            qCWarning(lcOAuth).noquote() << "JWKS key" << key->kid << "skipped: alg does not match kty";
            continue;
        }
        set.m_keys.push_back(std::move(key));
    }
    if (set.m_keys.empty()) {
        setError(error, QStringLiteral("JWKS holds no usable signing key (RSA or EC P-256)"));
        return std::nullopt;
    }
    return set;
}

int Jwks::size() const
{
    return int(m_keys.size());
}

bool Jwks::containsKeyId(const QString &kid) const
{
    for (const auto &key : m_keys) {
        if (key->kid == kid)
            return true;
    }
    return false;
}

QStringList Jwks::keyIds() const
{
    QStringList ids;
    for (const auto &key : m_keys)
        ids << key->kid;
    return ids;
}

Jwks::Verdict Jwks::verify(const Jwt &jws, QString *error) const
{
    const QString alg = jws.algorithm();
    // The alg comes from the attacker-controlled header, so it only ever narrows the choice:
    // "none" and HMAC (which would treat a public key as a shared secret) never pass.
    if (!keyTypeFor(alg)) {
        // Quoted from the token: printable ASCII only, so the error stays one line (found by
        // fuzz_id_token: an alg with a newline split the message).
        setError(error, QStringLiteral("JWS alg \"%1\" is not accepted").arg(net::printableAscii(alg, 16)));
        return Verdict::UnsupportedAlgorithm;
    }
    const Key *chosen = nullptr;
    if (jws.header().contains(QLatin1String("kid"))) {
        const QString kid = jws.keyId();
        bool kidSeen = false;
        for (const auto &key : m_keys) {
            if (key->kid != kid)
                continue;
            kidSeen = true;
            if (key->fits(alg)) {
                chosen = key.get();
                break;
            }
        }
        if (!kidSeen) {
            setError(error, QStringLiteral("no key with the token's kid in the JWKS"));
            return Verdict::UnknownKey;
        }
        if (!chosen) {
            setError(error, QStringLiteral("the key named by kid does not fit alg %1").arg(alg));
            return Verdict::KeyMismatch;
        }
    } else {
        int fitting = 0;
        for (const auto &key : m_keys) {
            if (key->fits(alg)) {
                chosen = key.get();
                ++fitting;
            }
        }
        if (fitting == 0) {
            setError(error, QStringLiteral("token has no kid and no JWKS key fits alg %1").arg(alg));
            return Verdict::UnknownKey;
        }
        if (fitting > 1) {
            setError(error, QStringLiteral("token has no kid and several JWKS keys fit alg %1").arg(alg));
            return Verdict::AmbiguousKey;
        }
    }
    if (!chosen->verify(alg, jws.signingInput(), jws.signature())) {
        setError(error, QStringLiteral("%1 signature does not verify").arg(alg));
        return Verdict::InvalidSignature;
    }
    return Verdict::Valid;
}

}  // namespace tvpair::oauth
