#include "TokenHandoff.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <openssl/crypto.h>

namespace tvpair::bridge {

QByteArray sha256Hex(const QString &value)
{
    return QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString TokenHandoff::sealRefresh(const BridgeContext &ctx, const QString &clientId, const UpstreamGrant &grant)
{
    QJsonObject o{{"rt", grant.refreshToken}};
    if (!grant.codeVerifier.isEmpty())
        o.insert("cv", grant.codeVerifier);
    return ctx.sealer.seal(QJsonDocument(o).toJson(QJsonDocument::Compact), refreshPurpose(clientId));
}

std::optional<UpstreamGrant> TokenHandoff::openRefresh(const BridgeContext &ctx, const QString &clientId,
                                                       const QString &envelope)
{
    const auto plain = ctx.sealer.open(envelope, refreshPurpose(clientId));
    if (!plain)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*plain).object();
    // An envelope sealed before the verifier was kept holds the bare refresh token.
    if (!o.value("rt").isString())
        return UpstreamGrant{QString::fromUtf8(*plain), {}};
    return UpstreamGrant{o.value("rt").toString(), o.value("cv").toString()};
}

QByteArray TokenHandoff::mintIdToken(const BridgeContext &ctx, const QString &clientId, const QJsonObject &upstreamClaims)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{"iss", ctx.config.publicUrl.toString()}, {"aud", clientId}, {"azp", clientId},
                       {"sub", upstreamClaims.value("sub")}, {"iat", now}, {"exp", now + kIdTokenLifetimeSeconds}};
    for (const char *copy : {"auth_time", "name", "email", "email_verified", "preferred_username", "products",
                             "customer_number"}) {
        if (upstreamClaims.contains(QLatin1String(copy)))
            claims.insert(QLatin1String(copy), upstreamClaims.value(QLatin1String(copy)));
    }
    return ctx.signingKey->signJwt(claims);
}

QJsonObject TokenHandoff::answerForTv(const BridgeContext &ctx, const QString &clientId, const oauth::TokenSet &t,
                                      const QJsonObject &upstreamClaims, const QString &previousSealedRefresh)
{
    QJsonObject a{{"access_token", t.accessToken}, {"token_type", "Bearer"},
                  {"expires_in", t.expiresIn > 0 ? t.expiresIn : oauth::TokenSet::kAssumedLifetimeSec}};
    if (!t.scope.isEmpty())
        a.insert("scope", t.scope);
    if (!t.refreshToken.isEmpty())
        a.insert("refresh_token", sealRefresh(ctx, clientId, {t.refreshToken, t.codeVerifier}));
    else if (!previousSealedRefresh.isEmpty())
        a.insert("refresh_token", previousSealedRefresh);
    if (upstreamClaims.contains("sub"))
        a.insert("id_token", QString::fromLatin1(mintIdToken(ctx, clientId, upstreamClaims)));
    if (!t.paymentTokens.isEmpty()) {
        QJsonObject keys;
        for (auto it = t.paymentTokens.begin(); it != t.paymentTokens.end(); ++it) {
            QJsonObject entry = it->extra;
            entry.insert("token", it->token);
            keys.insert(it.key(), entry);
        }
        a.insert("extensions", QJsonObject{{"storage_keys", keys}});
    }
    return a;
}

}  // namespace tvpair::bridge
