#include "JwksCache.h"

#include "net/JsonBody.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace tvpair::oauth {

QString JwksCache::file() const
{
    if (m_dir.isEmpty())
        return {};
    const QByteArray h = QCryptographicHash::hash(m_issuer.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return m_dir + QStringLiteral("/jwks-") + QString::fromLatin1(h) + QStringLiteral(".json");
}

void JwksCache::setDir(const QString &dir)
{
    m_dir = dir;
    QFile f(file());
    if (file().isEmpty() || !f.open(QIODevice::ReadOnly))
        return;
    const auto doc = net::parseJsonObject(f.read(kMaxBytes), nullptr);
    if (!doc)
        return;
    const qint64 storedAt = doc->value("stored_at").toVariant().toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (storedAt <= 0 || now < storedAt || now - storedAt > kMaxAgeSec || !doc->value("jwks").isObject())
        return;
    m_keys = doc->value("jwks").toObject();
    m_saved = *m_keys;
}

void JwksCache::save()
{
    if (!m_keys || *m_keys == m_saved || file().isEmpty())
        return;
    QDir().mkpath(m_dir);
    QSaveFile f(file());
    if (!f.open(QIODevice::WriteOnly))
        return;
    const QJsonObject wrapper{{"stored_at", QDateTime::currentSecsSinceEpoch()}, {"jwks", *m_keys}};
    f.write(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    if (f.commit())
        m_saved = *m_keys;
}

}  // namespace tvpair::oauth
