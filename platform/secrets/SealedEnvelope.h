#pragma once
// The on-disk format of one sealed entry (version 1):
//
//   "TVPS" | version (1 byte) = 1 | key id (8) | nonce (12) | ciphertext | GCM tag (16)
//
// AES-256-GCM; the additional authenticated data is the 25-byte header followed by the
// entry name (UTF-8), so a file renamed to another entry does not open.
#include "KeyProvider.h"

#include <QByteArray>
#include <QString>

namespace tvpair::secrets {

constexpr int kEnvelopeVersion = 1;
constexpr int kHeaderSize = 4 + 1 + 8 + 12;
constexpr int kTagSize = 16;
constexpr qsizetype kMaxSecretSize = 64 * 1024;
constexpr qsizetype kMaxEnvelopeSize = kHeaderSize + kMaxSecretSize + kTagSize;

// Empty QByteArray with *error on failure (no randomness, OpenSSL failure, value too large).
QByteArray seal(const StoreKey &key, const QString &name, const QByteArray &plain, QString *error);

// false with a one-line reason: "not a tvpair sealed file", "truncated", "unsupported
// version 7", "sealed with another key (key id ...)", "authentication failed ...".
bool open(const StoreKey &key, const QString &name, const QByteArray &envelope, QByteArray *plain,
          QString *error);

// True when the envelope's header is version 1 and names key's id (it may still fail to open).
bool sealedWithKey(const StoreKey &key, const QByteArray &envelope);

}  // namespace tvpair::secrets
