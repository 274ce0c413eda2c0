#pragma once
// PKCE (RFC 7636) with S256 only, plus the random `state` and `nonce` values of an
// authorization request. Randomness comes from OpenSSL's CSPRNG (RAND_bytes).
#include <QByteArray>
#include <QString>

namespace tvpair::oauth {

struct Pkce {
    QString verifier;   // 43..128 chars of [A-Za-z0-9-._~]; a secret (registered with the log redactor)
    QString challenge;  // BASE64URL(SHA-256(ASCII(verifier))), no padding

    static constexpr int kVerifierBytes = 32;  // 32 random octets -> 43 base64url chars (RFC 7636 §4.1)

    // A fresh verifier and its challenge; an empty verifier when the CSPRNG failed.
    static Pkce generate();
    // S256 challenge for a given verifier (also for the RFC 7636 Appendix B vector).
    static QString challengeFor(const QString &verifier);
    // RFC 7636 §4.1: 43..128 characters from the unreserved set.
    static bool isValidVerifier(const QString &verifier);
};

// `bytes` random octets as unpadded base64url (state, nonce); empty when the CSPRNG failed.
QString randomUrlSafe(int bytes);

}  // namespace tvpair::oauth
