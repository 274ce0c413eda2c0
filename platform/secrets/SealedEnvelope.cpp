#include "SealedEnvelope.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace tvpair::secrets {

namespace {
constexpr char kMagic[4] = {'T', 'V', 'P', 'S'};
constexpr int kNonceSize = 12;
constexpr int kKeyIdOffset = 5;
constexpr int kNonceOffset = 13;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *u(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
const unsigned char *u(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

}  // namespace

QByteArray seal(const StoreKey &key, const QString &name, const QByteArray &plain, QString *error)
{
    if (key.key.size() != 32 || key.id.size() != 8) {
        *error = QStringLiteral("invalid store key");
        return {};
    }
    if (plain.size() > kMaxSecretSize) {
        *error = QStringLiteral("secret too large (%1 bytes, limit %2)").arg(plain.size()).arg(kMaxSecretSize);
        return {};
    }
    QByteArray header(kMagic, 4);
    header.append(char(kEnvelopeVersion));
    header.append(key.id);
    QByteArray nonce(kNonceSize, '\0');
    // A fresh random nonce per write: entries are rewritten rarely, far below GCM's 2^32 bound.
    if (RAND_bytes(u(nonce), kNonceSize) != 1) {
        *error = QStringLiteral("no random bytes for the nonce");
        return {};
    }
    header.append(nonce);
    const QByteArray aad = header + name.toUtf8();

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out = header;
    out.resize(kHeaderSize + plain.size() + kTagSize);
    int len = 0, total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(key.key), u(nonce)) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) == 1;
    unsigned char *ct = u(out) + kHeaderSize;
    if (ok && !plain.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), ct, &len, u(plain), int(plain.size())) == 1;
        total = len;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), ct + total, &len) == 1;
    total += len;
    ok = ok && total == plain.size()
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, ct + total) == 1;
    if (!ok) {
        *error = QStringLiteral("encryption failed");
        return {};
    }
    return out;
}

bool sealedWithKey(const StoreKey &key, const QByteArray &envelope)
{
    return envelope.size() >= kHeaderSize && envelope.startsWith(QByteArray(kMagic, 4))
        && quint8(envelope.at(4)) == kEnvelopeVersion && key.id.size() == 8
        && envelope.mid(kKeyIdOffset, 8) == key.id;
}

bool open(const StoreKey &key, const QString &name, const QByteArray &envelope, QByteArray *plain, QString *error)
{
    const QByteArray magic(kMagic, 4);
    if (envelope.isEmpty()) {
        *error = QStringLiteral("empty file");
        return false;
    }
    if (envelope.size() < 4 && magic.startsWith(envelope)) {
        *error = QStringLiteral("truncated (%1 bytes)").arg(envelope.size());
        return false;
    }
    if (!envelope.startsWith(magic)) {
        *error = QStringLiteral("not a tvpair sealed file (bad magic)");
        return false;
    }
    if (envelope.size() < 5) {
        *error = QStringLiteral("truncated (%1 bytes)").arg(envelope.size());
        return false;
    }
    const int version = quint8(envelope.at(4));
    if (version != kEnvelopeVersion) {
        *error = QStringLiteral("unsupported format version %1 (this build reads %2)").arg(version).arg(kEnvelopeVersion);
        return false;
    }
    if (envelope.size() < kHeaderSize + kTagSize) {
        *error = QStringLiteral("truncated (%1 bytes, at least %2 expected)").arg(envelope.size()).arg(kHeaderSize + kTagSize);
        return false;
    }
    if (envelope.size() > kMaxEnvelopeSize) {
        *error = QStringLiteral("too large (%1 bytes)").arg(envelope.size());
        return false;
    }
    const QByteArray keyId = envelope.mid(kKeyIdOffset, 8);
    if (keyId != key.id) {
        *error = QStringLiteral("sealed with another key (key id %1, current key %2 from %3)")
                     .arg(QString::fromLatin1(keyId.toHex()), QString::fromLatin1(key.id.toHex()), key.provider);
        return false;
    }
    const QByteArray nonce = envelope.mid(kNonceOffset, kNonceSize);
    const QByteArray aad = envelope.left(kHeaderSize) + name.toUtf8();
    const qsizetype ctSize = envelope.size() - kHeaderSize - kTagSize;
    QByteArray tag = envelope.right(kTagSize);

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(ctSize, '\0');
    int len = 0, total = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(key.key), u(nonce)) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) == 1;
    if (ok && ctSize > 0) {
        ok = EVP_DecryptUpdate(ctx.get(), u(out), &len, u(envelope) + kHeaderSize, int(ctSize)) == 1;
        total = len;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, u(tag)) == 1;
    // Final checks the tag; nothing decrypted is handed out unless it passes.
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), u(out) + total, &len) == 1;
    if (!ok) {
        out.fill('\0');
        *error = QStringLiteral("authentication failed (corrupt, tampered or renamed file)");
        return false;
    }
    *plain = out;
    return true;
}

}  // namespace tvpair::secrets
