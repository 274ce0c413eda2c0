#pragma once
// The bridge's own ID-token signing key: an EC P-256 private key (PEM), ES256 signatures
// (RFC 7518 §3.4: raw R||S), and its public half as a JWK whose kid is the RFC 7638
// thumbprint, published at the bridge's jwks_uri.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace tvpair::bridge {

class SigningKey {
public:
    static std::optional<SigningKey> fromPemFile(const QString &path, QString *error);
    static std::optional<SigningKey> fromPem(const QByteArray &pem, QString *error);

    QString keyId() const { return m_kid; }
    QJsonObject publicJwk() const { return m_jwk; }
    // A compact JWS (ES256, typ JWT, this kid) over the claims; empty on a crypto failure.
    QByteArray signJwt(const QJsonObject &claims) const;

private:
    struct Key;
    std::shared_ptr<Key> m_key;
    QString m_kid;
    QJsonObject m_jwk;
};

}  // namespace tvpair::bridge
