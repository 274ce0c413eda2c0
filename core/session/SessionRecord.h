#pragma once
// What the secure store keeps for a signed-in viewer, as one entry written atomically:
// the refresh token, the payment tokens and who is signed in, and, for servers that want it
// on every refresh (refresh_with_code_verifier), the PKCE code_verifier of the sign-in. Tokens live only in the secure
// store, never in a log or a plain file.
#include "oauth/TokenSet.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tvpair {

struct SessionRecord {
    static constexpr int kVersion = 1;
    static inline const QString kEntryName = QStringLiteral("session");

    QString issuer;
    QString clientId;
    QString subject;
    QString refreshToken;
    QString codeVerifier;  // a secret; empty when the server does not need it (older entries have none)
    oauth::PaymentTokens paymentTokens;

    QByteArray toBytes() const;
    // error: one line naming what is wrong, never a value.
    static std::optional<SessionRecord> fromBytes(const QByteArray &bytes, QString *error);
};

}  // namespace tvpair
