#pragma once
// OpenID Connect ID token validation (OIDC Core §3.1.3.7): signature against
// the issuer's JWKS, then iss, aud/azp, exp, iat, nbf and nonce, with a clock-skew allowance
// and tolerance for a device clock that has not been set yet.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tvpair::oauth {

class Jwks;

struct IdTokenExpectations
{
    static constexpr qint64 kDefaultSkewSeconds = 300;

    QString issuer;                          // compared exactly
    QString clientId;                        // must be in aud
    std::optional<QString> nonce;            // checked when set
    // Hybrid flow (OIDC Core §3.3.2.11): the code that came with this ID token in the front
    // channel; when set, the token must carry a matching c_hash.
    std::optional<QString> code;
    std::optional<qint64> nowSeconds;        // Unix seconds; unset: the system clock
    qint64 skewSeconds = kDefaultSkewSeconds;
    std::optional<qint64> buildEpochSeconds; // unset: TVPAIR_BUILD_EPOCH
};

struct IdTokenValidation
{
    bool ok = false;
    // Empty when ok; otherwise one of: "malformed", "unsupported_alg", "unknown_kid",
    // "ambiguous_key", "key_mismatch", "invalid_signature", "missing_claim", "wrong_issuer",
    // "wrong_audience", "expired", "issued_in_future", "not_yet_valid", "nonce_mismatch",
    // "c_hash_mismatch".
    QString error;
    QString message;      // one line naming the claim or part; never the token or a claim value
    QJsonObject claims;   // set once the signature verified (also when a claim check fails)
    bool unknownKid = false;   // refetch the JWKS once and validate again
    bool clockNotSet = false;  // now < build epoch: time checks were skipped (and logged)
};

class IdTokenValidator
{
public:
    static IdTokenValidation validate(const QByteArray &idToken, const Jwks &jwks,
                                      const IdTokenExpectations &expected);

    // OIDC Core §3.3.2.11 (c_hash) / §3.1.3.6 (at_hash): base64url of the left half of the hash
    // of the value's ASCII octets, with the hash of the JWS alg (SHA-256 for *256, SHA-384 for
    // *384, SHA-512 for *512 and EdDSA). Empty for an algorithm without a defined hash.
    static QString leftHalfHash(const QString &alg, const QByteArray &value);
};

}  // namespace tvpair::oauth
