#pragma once
// What the bridge's request handlers share: the config, the pending store, the sealing keys,
// the signing key and the identity server. Owned by the executable (or a test), not copied.
#include "BridgeConfig.h"
#include "BridgeMetrics.h"
#include "PendingStore.h"
#include "Sealer.h"
#include "SigningKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tvpair::bridge {

class Upstream;

struct BridgeContext {
    explicit BridgeContext(BridgeConfig c) : config(std::move(c)) {}

    BridgeConfig config;
    PendingStore *store = nullptr;
    Sealer sealer;
    std::optional<SigningKey> signingKey;
    Upstream *upstream = nullptr;
    BridgeMetrics metrics;

    QString endpoint(const QString &path) const { return config.publicUrl.toString() + path; }
};

// Purposes of sealed envelopes: an envelope of one never opens as another.
inline QByteArray refreshPurpose(const QString &clientId) { return "refresh|" + clientId.toUtf8(); }
inline const QByteArray kVerifierPurpose = "verifier";
inline const QByteArray kResultPurpose = "result";

inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
// SHA-256 as lower-case hex: how device codes, states and browser bindings are stored.
QByteArray sha256Hex(const QString &value);
// Constant-time equality (CRYPTO_memcmp); unequal lengths are unequal.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

}  // namespace tvpair::bridge
