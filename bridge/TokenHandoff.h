#pragma once
// The token answer a TV receives from the bridge: the identity server's access token, lifetime,
// scope and payment tokens (extensions.storage_keys) unchanged; the refresh token sealed by the
// bridge (with the PKCE verifier where the dialect re-sends it); and an ID token of the bridge's own (issuer = the bridge, audience = the TV client,
// sub and profile claims from the verified upstream ID token). The upstream ID token never
// reaches the TV.
#include "BridgeContext.h"
#include "oauth/TokenSet.h"

#include <QJsonObject>

namespace tvpair::bridge {

// What a TV's sealed refresh token holds: the upstream refresh token and, for a dialect with
// refresh_with_code_verifier, the PKCE verifier of the sign-in (sent again on every refresh).
struct UpstreamGrant {
    QString refreshToken;
    QString codeVerifier;  // empty when the dialect does not re-send it
};

class TokenHandoff {
public:
    static QString sealRefresh(const BridgeContext &ctx, const QString &clientId, const UpstreamGrant &grant);
    // nullopt for anything that is not an intact envelope of this bridge for this TV client.
    static std::optional<UpstreamGrant> openRefresh(const BridgeContext &ctx, const QString &clientId,
                                                    const QString &envelope);

    static constexpr qint64 kIdTokenLifetimeSeconds = 600;

    // `upstreamClaims`: the verified upstream ID token's claims, empty when there was none.
    // `previousSealedRefresh`: kept when the identity server did not rotate the refresh token.
    static QJsonObject answerForTv(const BridgeContext &ctx, const QString &clientId, const oauth::TokenSet &upstream,
                                   const QJsonObject &upstreamClaims, const QString &previousSealedRefresh = {});
    static QByteArray mintIdToken(const BridgeContext &ctx, const QString &clientId, const QJsonObject &upstreamClaims);
};

}  // namespace tvpair::bridge
