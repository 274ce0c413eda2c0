#pragma once
// A compact JWS (RFC 7515) split into its parts, with strict decoding. Parsing says nothing
// about authenticity: the signature is checked by Jwks::verify.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tvpair::oauth {

class Jwt
{
public:
    // Largest compact token accepted; real ID and access tokens are a few KiB.
    static constexpr qsizetype kMaxTokenBytes = 64 * 1024;

    // Three dot-separated parts, each strict unpadded base64url; header and payload must be
    // JSON objects; the header needs a string "alg" and may not carry "crit" (we support no
    // extension). The signature part may be empty (alg "none"); verification rejects that.
    // On failure *error gets a one-line reason that never quotes the token.
    static std::optional<Jwt> parse(const QByteArray &compact, QString *error = nullptr);

    // The claims of a token whose signature the client does not check (JWT access tokens,
    // payment-provider JWTs): same strict decoding as parse(), no signature check.
    static std::optional<QJsonObject> decodeClaimsUnverified(const QByteArray &compact,
                                                             QString *error = nullptr);

    const QJsonObject &header() const { return m_header; }
    const QJsonObject &claims() const { return m_claims; }
    QString algorithm() const;  // header "alg"
    QString keyId() const;      // header "kid", empty when absent
    // ASCII(BASE64URL(header) '.' BASE64URL(payload)): the bytes the signature covers.
    const QByteArray &signingInput() const { return m_signingInput; }
    const QByteArray &signature() const { return m_signature; }  // decoded bytes

private:
    Jwt() = default;
    QJsonObject m_header;
    QJsonObject m_claims;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

// Strict unpadded base64url (RFC 7515 section 2): only [A-Za-z0-9_-], no '=', and the
// unused trailing bits must be zero, so every byte string has exactly one encoding.
std::optional<QByteArray> base64UrlDecodeStrict(const QByteArray &text);
QByteArray base64UrlEncode(const QByteArray &bytes);

}  // namespace tvpair::oauth
