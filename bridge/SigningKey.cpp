#include "SigningKey.h"

#include "oauth/Jwt.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace tvpair::bridge {

struct SigningKey::Key {
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {
QByteArray bnBytes(const BIGNUM *bn, int width)
{
    QByteArray out(width, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), width);
    return out;
}
}  // namespace

std::optional<SigningKey> SigningKey::fromPemFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("signing key %1 is not readable").arg(path);
        return std::nullopt;
    }
    auto k = fromPem(f.read(64 * 1024), error);
    if (!k)
        *error = QStringLiteral("signing key %1: %2").arg(path, *error);
    return k;
}

std::optional<SigningKey> SigningKey::fromPem(const QByteArray &pem, QString *error)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!pkey) {
        *error = QStringLiteral("not a PEM private key");
        return std::nullopt;
    }
    SigningKey k;
    k.m_key = std::make_shared<Key>();
    k.m_key->pkey = pkey;
    char curve[64] = {};
    size_t curveLen = 0;
    BIGNUM *x = nullptr, *y = nullptr;
    const bool ok = EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC
        && EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, &curveLen) == 1
        && QByteArray(curve) == "prime256v1"
        && EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_X, &x) == 1
        && EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, &y) == 1;
    if (!ok) {
        BN_free(x);
        BN_free(y);
        *error = QStringLiteral("must be an EC P-256 key (ES256)");
        return std::nullopt;
    }
    const QString xs = QString::fromLatin1(oauth::base64UrlEncode(bnBytes(x, 32)));
    const QString ys = QString::fromLatin1(oauth::base64UrlEncode(bnBytes(y, 32)));
    BN_free(x);
    BN_free(y);
    // RFC 7638 §3.2: the required members in lexicographic order, no whitespace.
    const QByteArray canonical = QStringLiteral("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"%1\",\"y\":\"%2\"}")
                                     .arg(xs, ys).toLatin1();
    k.m_kid = QString::fromLatin1(oauth::base64UrlEncode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
    k.m_jwk = QJsonObject{{"kty", "EC"}, {"crv", "P-256"}, {"x", xs}, {"y", ys},
                          {"kid", k.m_kid}, {"alg", "ES256"}, {"use", "sig"}};
    return k;
}

QByteArray SigningKey::signJwt(const QJsonObject &claims) const
{
    const QJsonObject header{{"alg", "ES256"}, {"typ", "JWT"}, {"kid", m_kid}};
    const QByteArray input = oauth::base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + oauth::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t derLen = 0;
    QByteArray der;
    bool ok = md && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(md, nullptr, &derLen, reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size())) == 1;
    if (ok) {
        der.resize(qsizetype(derLen));
        ok = EVP_DigestSign(md, reinterpret_cast<unsigned char *>(der.data()), &derLen,
                            reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1;
        der.resize(qsizetype(derLen));
    }
    EVP_MD_CTX_free(md);
    if (!ok)
        return {};
    // DER ECDSA-Sig-Value -> raw R||S, 32 bytes each (RFC 7518 §3.4).
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    if (!sig)
        return {};
    const QByteArray raw = bnBytes(ECDSA_SIG_get0_r(sig), 32) + bnBytes(ECDSA_SIG_get0_s(sig), 32);
    ECDSA_SIG_free(sig);
    return input + '.' + oauth::base64UrlEncode(raw);
}

}  // namespace tvpair::bridge
