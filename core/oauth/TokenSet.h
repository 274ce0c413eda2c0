#pragma once
// Parsing of token endpoint and device authorization answers (RFC 6749 §5.1, RFC 8628 §3.2),
// and of the payment-provider tokens that come with them (storage_keys or JWT claims).
#include "oauth/OAuthError.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace tvpair::oauth {

struct PaymentToken {
    QString token;
    QJsonObject extra;  // the other fields beside `token` (account id, user id, expires, ...)
};
using PaymentTokens = QMap<QString, PaymentToken>;  // provider name -> token

struct TokenSet {
    QString accessToken;
    QString tokenType;
    QString refreshToken;  // empty when the server did not send one (keep the old one)
    QString idToken;
    QString scope;
    int expiresIn = 0;  // seconds
    PaymentTokens paymentTokens;
    // The whole token response as received (in memory only: it holds the tokens): the identity
    // settings read properties from it (token_response:<property>, Paytronix `username`).
    QJsonObject response;
    // refresh_with_code_verifier: the PKCE verifier of the sign-in, kept with the refresh token
    // and sent on every refresh. A secret; empty otherwise.
    QString codeVerifier;

    // Missing access_token/token_type or a non-Bearer type: error names the field (RFC 6749 §5.1).
    static std::optional<TokenSet> fromJson(const QJsonObject &o, QString *error);
    // Each secret of the set is registered with the log redactor.
    void rememberSecrets() const;

    static constexpr int kAssumedLifetimeSec = 300;  // RFC 6749 §5.1: no expires_in = short, not forever
};

struct DeviceCode {
    QString deviceCode;
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete;
    int expiresIn = 0;
    int interval = 0;  // 0: absent (the client uses 5 s)

    static std::optional<DeviceCode> fromJson(const QJsonObject &o, QString *error);
};

// extensions.storage_keys and `<provider>_token` claims of a JWT access token; storage_keys wins.
PaymentTokens extractPaymentTokens(const QJsonObject &tokenResponse, const QString &accessToken);

}  // namespace tvpair::oauth
