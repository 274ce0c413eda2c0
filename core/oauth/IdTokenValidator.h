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
    std::optional<qint64> nowSeconds;        // Unix seconds; unset: the system clock
    qint64 skewSeconds = kDefaultSkewSeconds;
    std::optional<qint64> buildEpochSeconds; // unset: TVPAIR_BUILD_EPOCH
};

struct IdTokenValidation
{
    bool ok = false;
    // Empty when ok; otherwise one of: "malformed", "unsupported_alg", "unknown_kid",
    // "ambiguous_key", "key_mismatch", "invalid_signature", "missing_claim", "wrong_issuer",
    // "wrong_audience", "expired", "issued_in_future", "not_yet_valid", "nonce_mismatch".
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
};

}  // namespace tvpair::oauth
