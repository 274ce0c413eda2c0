#pragma once
// The identity server's JWKS on disk between runs: public data, so a start needs no round trip
// for it. A key rotated since is handled by the one refetch on an unknown kid (IdTokenCheck).
// One file per issuer, named by a hash of it, replaced atomically; older than a day it is not used.
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tvpair::oauth {

class JwksCache {
public:
    static constexpr qint64 kMaxAgeSec = 24 * 3600;
    static constexpr qint64 kMaxBytes = 256 * 1024;

    explicit JwksCache(const QString &issuer) : m_issuer(issuer) {}

    // dir empty = no cache. Reads the file at once: keys() holds what it had.
    void setDir(const QString &dir);
    // What the ID token check uses and fills (see IdTokenCheck.h).
    std::optional<QJsonObject> *keys() { return &m_keys; }
    // Writes keys() when they differ from what the file holds (after they verified a token).
    void save();
    void clearMemory() { m_keys.reset(); }

    QString file() const;

private:
    QString m_issuer;
    QString m_dir;
    std::optional<QJsonObject> m_keys;
    QJsonObject m_saved;  // what the file holds, so an unchanged set costs no write
};

}  // namespace tvpair::oauth
