#pragma once
// Who the viewer is (config `identity`): the id, the name shown on Account and the customer
// number, read from the token response, the verified ID token's claims and UserInfo.
// Pure: no network, no session; the bridge reads its upstream's answers with it too.
#include "config/TenantConfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tvpair::oauth {

struct IdentityRules {
    // id_token | userinfo | token_response:<property> | access_token; empty: no id.
    QString subject;
    QStringList displayName;  // names looked up in order, each in token response, ID token, UserInfo
    QString customerNumber;   // a name looked up the same way

    // identity.* of the config; the subject defaults to id_token when an ID token is expected.
    static IdentityRules fromConfig(const TenantConfig &config);
    // UserInfo has something to give: the subject comes from it, or a name or a customer
    // number may be found in it (fetched then even without a payment provider).
    bool wantsUserInfo() const;
};

struct ViewerIdentity {
    QString subject;
    QString displayName;     // one printable line, empty when none of the names was found
    QString customerNumber;  // one printable line, empty when not found

    // tokenResponse: the token endpoint's answer as received. Its secrets (access_token,
    // refresh_token, id_token, and any value equal to one of them) are never read as a
    // name, a number or an id; with subject access_token the `sub` of a JWT access token
    // is read without a signature check, as a label only (never trusted for security).
    // idClaims: the verified ID token's claims (empty without one). userInfo: UserInfo's
    // claims (empty when not fetched); ignored as a whole when its `sub` differs from the
    // ID token's (OIDC Core §5.3.2).
    static ViewerIdentity read(const IdentityRules &rules, const QJsonObject &tokenResponse,
                               const QJsonObject &idClaims, const QJsonObject &userInfo);
};

}  // namespace tvpair::oauth
