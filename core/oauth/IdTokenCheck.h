#pragma once
// The asynchronous part of ID token validation: fetch the JWKS when needed, validate, and
// refetch the JWKS exactly once when the token names a key id we do not know (OIDC Core §10.1.1).
#include "config/TenantConfig.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace tvpair::oauth {
class TokenClient;

// done(claims, error): claims set when valid (empty object when there is no ID token at all);
// error is one line naming what failed, never the token. nonce: when set, the ID token must
// carry exactly this nonce (authorization code flow, OIDC Core 3.1.3.7 step 11). code: a
// front-channel ID token of the hybrid flow, whose c_hash must match it (OIDC Core 3.3.2.11).
void checkIdToken(TokenClient *client, const TenantConfig &config, const QString &idToken,
                  std::optional<QJsonObject> *jwksCache, QObject *context,
                  std::function<void(const std::optional<QJsonObject> &, const QString &)> done,
                  const std::optional<QString> &nonce = std::nullopt,
                  const std::optional<QString> &code = std::nullopt);

}  // namespace tvpair::oauth
