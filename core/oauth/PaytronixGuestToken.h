#pragma once
// The Paytronix guest SSO token call, `POST oauth/requestGuestToken.json` (Paytronix
// Integration Documentation, "OAuth Service" and "Guest Website Redirect Flow",
// https://developers.paytronix.com/pxs_api_reference/oauth.html and
// https://developers.paytronix.com/single_sign_on/sso_guest_website.html): instead of an
// RFC 6749 form post, a JSON body with `grant_type` (`authorization_code` with `code` and
// `redirect_uri`, or `refresh_token` with `refresh_token`) and the program's integer
// `merchantId`, authenticated with HTTP Basic of the integration identifier and secret
// ("API Authentication", https://developers.paytronix.com/pxs_api_reference/authentication.html).
// The answer is JSON with `access_token`, `refresh_token`, `expires_in` (access tokens live
// 30 minutes), `scope` and the guest's `username`; a failure says `"result": "failure"` with
// `errorCode` and `errorMessage`. The authorization grant in the redirect lives 5 minutes,
// so the code is exchanged as soon as it arrives.
#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "oauth/ExtraParameters.h"
#include "oauth/OAuthError.h"
#include "oauth/TokenSet.h"

#include <QJsonObject>
#include <optional>

namespace tvpair::oauth::paytronix {

// The request: `core` (grant_type, code, redirect_uri or refresh_token; not the PKCE
// verifier, which the call does not take) and client_id as JSON strings, then
// the extra parameters with their JSON types (merchantId stays a number); the core wins.
net::HttpRequest guestTokenRequest(const QUrl &endpoint, const TenantConfig &config, const FormFields &core,
                                   const QJsonObject &extra);

// The answer as a TokenSet (token_type Bearer when absent; `response` keeps `username`), or
// one OAuthError: Paytronix failures are mapped onto the RFC 6749 §5.2 codes (a dead or
// unknown grant or refresh token is invalid_grant, refused integration credentials
// invalid_client).
std::optional<TokenSet> readGuestTokenAnswer(const net::HttpResponse &r, OAuthError *error);

// A Paytronix errorCode as an RFC 6749 §5.2 error code (exposed for the tests).
QString oauthErrorFor(const QString &paytronixErrorCode, int httpStatus);

}  // namespace tvpair::oauth::paytronix
