#pragma once
// Sealed envelopes (AES-256-GCM) for what the bridge hands out or keeps but must not be usable
// from a copy of its database or a TV: the upstream refresh token given to a TV, the PKCE
// verifier and the token result of a pending sign-in. Several keys load (rotation): the newest
// version seals, every loaded version opens. Envelope: "tvb1.<version>.<base64url(iv|ct|tag)>";
// the version and a purpose string are authenticated as associated data, so an envelope made
// for one purpose (or one TV client) does not open as another.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <optional>

namespace tvpair::bridge {

class Sealer {
public:
    static constexpr int kKeyBytes = 32;

    // Keys by version (a positive integer); each exactly kKeyBytes long.
    bool addKey(int version, const QByteArray &key, QString *error = nullptr);
    // Every file "<version>.key" in dir holding 64 hex digits (a systemd credential directory
    // works the same way). Fails when the directory has no usable key, or a file is broken.
    static std::optional<Sealer> fromDirectory(const QString &dir, QString *error);

    bool isEmpty() const { return m_keys.isEmpty(); }
    int newestVersion() const { return m_keys.isEmpty() ? 0 : m_keys.lastKey(); }

    // Empty on a crypto failure (never expected with a loaded key).
    QString seal(const QByteArray &plaintext, const QByteArray &purpose) const;
    // nullopt for anything that is not an intact envelope of a loaded key for this purpose.
    std::optional<QByteArray> open(const QString &envelope, const QByteArray &purpose) const;

    static constexpr qsizetype kMaxEnvelopeChars = 16 * 1024;

private:
    QMap<int, QByteArray> m_keys;
};

}  // namespace tvpair::bridge
