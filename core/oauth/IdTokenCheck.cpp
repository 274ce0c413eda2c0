#include "IdTokenCheck.h"

#include "net/Log.h"
#include "oauth/IdTokenValidator.h"
#include "oauth/Jwks.h"
#include "oauth/TokenClient.h"

#include <QPointer>

namespace tvpair::oauth {

namespace {
using Done = std::function<void(const std::optional<QJsonObject> &, const QString &)>;

void validateWith(TokenClient *client, const TenantConfig &config, const QString &idToken,
                  std::optional<QJsonObject> *cache, QPointer<QObject> ctx, bool mayRefetch, Done done,
                  std::optional<QString> nonce, std::optional<QString> code)
{
    auto validate = [=](const QJsonObject &jwksJson) {
        QString err;
        const auto jwks = Jwks::fromJson(jwksJson, &err);
        if (!jwks) {
            done(std::nullopt, QStringLiteral("the server's JWKS is unusable: ") + err);
            return;
        }
        IdTokenExpectations exp;
        exp.issuer = config.issuer;
        exp.clientId = config.clientId;
        exp.nonce = nonce;
        exp.code = code;
        const auto v = IdTokenValidator::validate(idToken.toUtf8(), *jwks, exp);
        if (v.ok) {
            done(v.claims, {});
            return;
        }
        if (v.unknownKid && mayRefetch) {
            qCInfo(lcOAuth) << "ID token signed with a key not in the cached JWKS; fetching the JWKS again";
            cache->reset();
            validateWith(client, config, idToken, cache, ctx, false, done, nonce, code);
            return;
        }
        done(std::nullopt, v.error + QStringLiteral(": ") + v.message);
    };
    if (cache->has_value()) {
        validate(**cache);
        return;
    }
    client->fetchJwks([=](const std::optional<QJsonObject> &jwks, const OAuthError &e) {
        if (!ctx)
            return;
        if (!jwks) {
            done(std::nullopt, QStringLiteral("cannot fetch the JWKS: ") + e.toString());
            return;
        }
        *cache = *jwks;
        // A freshly fetched set is as new as it gets: no second refetch.
        validateWith(client, config, idToken, cache, ctx, false, done, nonce, code);
    });
}
}  // namespace

void checkIdToken(TokenClient *client, const TenantConfig &config, const QString &idToken,
                  std::optional<QJsonObject> *jwksCache, QObject *context, Done done,
                  const std::optional<QString> &nonce, const std::optional<QString> &code)
{
    if (idToken.isEmpty()) {
        done(QJsonObject{}, {});
        return;
    }
    validateWith(client, config, idToken, jwksCache, QPointer<QObject>(context), jwksCache->has_value(), done, nonce, code);
}

}  // namespace tvpair::oauth
