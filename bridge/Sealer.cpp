#include "Sealer.h"

#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/Jwt.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace tvpair::bridge {

namespace {
constexpr int kIvBytes = 12;
constexpr int kTagBytes = 16;
const QLatin1String kPrefix("tvb1");

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray associatedData(int version, const QByteArray &purpose)
{
    return QByteArray(kPrefix.data()) + '|' + QByteArray::number(version) + '|' + purpose;
}
}  // namespace

bool Sealer::addKey(int version, const QByteArray &key, QString *error)
{
    if (version <= 0 || key.size() != kKeyBytes) {
        if (error)
            *error = QStringLiteral("a sealing key needs a positive version and exactly 32 bytes");
        return false;
    }
    m_keys.insert(version, key);
    return true;
}

std::optional<Sealer> Sealer::fromDirectory(const QString &dir, QString *error)
{
    QDir d(dir);
    if (dir.isEmpty() || !d.exists()) {
        *error = QStringLiteral("sealing key directory %1 does not exist").arg(dir);
        return std::nullopt;
    }
    static const QRegularExpression name(QStringLiteral("^([1-9][0-9]{0,8})\\.key$"));
    Sealer s;
    for (const QString &file : d.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(d.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("sealing key %1 is not readable").arg(f.fileName());
            return std::nullopt;
        }
        const QByteArray hex = f.read(256).trimmed();
        const QByteArray key = QByteArray::fromHex(hex);
        if (hex.size() != 2 * kKeyBytes || key.size() != kKeyBytes) {
            *error = QStringLiteral("sealing key %1 must hold 64 hex digits").arg(f.fileName());
            return std::nullopt;
        }
        log::rememberSecret(QString::fromLatin1(hex), log::SecretLife::Configured);  // as it is in the file
        s.addKey(m.captured(1).toInt(), key);
    }
    if (s.isEmpty()) {
        *error = QStringLiteral("no sealing key (<version>.key) in %1").arg(dir);
        return std::nullopt;
    }
    return s;
}

QString Sealer::seal(const QByteArray &plaintext, const QByteArray &purpose) const
{
    if (m_keys.isEmpty())
        return {};
    const int version = m_keys.lastKey();
    const QByteArray &key = m_keys.last();
    QByteArray out(kIvBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto *iv = reinterpret_cast<unsigned char *>(out.data());
    if (RAND_bytes(iv, kIvBytes) != 1)
        return {};
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const QByteArray aad = associatedData(version, purpose);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                   reinterpret_cast<const unsigned char *>(key.constData()), iv) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), iv + kIvBytes, &len,
                             reinterpret_cast<const unsigned char *>(plaintext.constData()), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), iv + kIvBytes + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, iv + kIvBytes + plaintext.size()) != 1)
        return {};
    return kPrefix + QLatin1Char('.') + QString::number(version) + QLatin1Char('.')
        + QString::fromLatin1(oauth::base64UrlEncode(out));
}

std::optional<QByteArray> Sealer::open(const QString &envelope, const QByteArray &purpose) const
{
    if (envelope.size() > kMaxEnvelopeChars)
        return std::nullopt;
    const QStringList parts = envelope.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[0] != kPrefix)
        return std::nullopt;
    bool ok = false;
    const int version = parts[1].toInt(&ok);
    if (!ok || !m_keys.contains(version) || parts[1] != QString::number(version))
        return std::nullopt;
    const auto raw = oauth::base64UrlDecodeStrict(parts[2].toLatin1());
    if (!raw || raw->size() < kIvBytes + kTagBytes)
        return std::nullopt;
    const QByteArray &key = m_keys.value(version);
    const auto *iv = reinterpret_cast<const unsigned char *>(raw->constData());
    const int ctLen = int(raw->size()) - kIvBytes - kTagBytes;
    QByteArray tag = raw->right(kTagBytes);
    QByteArray plain(ctLen, Qt::Uninitialized);
    const QByteArray aad = associatedData(version, purpose);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                   reinterpret_cast<const unsigned char *>(key.constData()), iv) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len, iv + kIvBytes,
                             ctLen) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + len, &len) != 1)
        return std::nullopt;
    return plain;
}

}  // namespace tvpair::bridge
