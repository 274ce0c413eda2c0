#pragma once
// A JSON Web Key Set (RFC 7517) holding the public keys an issuer signs ID tokens with, and
// signature verification for RS256, PS256 and ES256 through OpenSSL 3 EVP (RFC 7518 §3).
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace tvpair::oauth {

class Jwt;

class Jwks
{
public:
    static constexpr qsizetype kMaxJwksBytes = 256 * 1024;
    static constexpr int kMaxKeys = 64;

    // What verify() concluded. UnknownKey means a refetch of the JWKS may help (key rotation).
    enum class Verdict {
        Valid,
        InvalidSignature,
        UnsupportedAlgorithm,  // "none", HS*, anything but RS256/PS256/ES256
        UnknownKey,            // kid not in the set, or no kid and no key fits the alg
        AmbiguousKey,          // no kid and more than one key fits the alg
        KeyMismatch,           // the kid names a key of another type, curve or alg
    };

    // Keeps RSA keys (n, e; 2048 to 8192 bits) and EC P-256 keys (x, y). Skips keys of other
    // types or curves, keys with "use" other than "sig", and keys whose "key_ops" lack
    // "verify". A key of a supported type with broken material is skipped with a warning.
    // Fails on malformed JSON, a missing "keys" array, over kMaxKeys keys, or no usable key.
    static std::optional<Jwks> parse(const QByteArray &json, QString *error = nullptr);
    static std::optional<Jwks> fromJson(const QJsonObject &jwks, QString *error = nullptr);

    int size() const;
    bool isEmpty() const { return size() == 0; }
    bool containsKeyId(const QString &kid) const;
    QStringList keyIds() const;  // in set order; keys without kid give an empty string

    // Picks the key by the header's kid (or, without kid, the only key that fits the alg) and
    // checks the signature over jws.signingInput(). *error gets a one-line reason.
    Verdict verify(const Jwt &jws, QString *error = nullptr) const;

private:
    struct Key;  // defined in Jwks.cpp, keeps OpenSSL types out of this header
    std::vector<std::shared_ptr<const Key>> m_keys;  // immutable once parsed; copies share keys
};

}  // namespace tvpair::oauth
