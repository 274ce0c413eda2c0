#pragma once
// OpenID Connect RP-Initiated Logout 1.0 (§2, §3): the URL that ends the identity server's
// session in the browser after an authorization code sign-in. It carries client_id and, when
// configured, post_logout_redirect_uri. Never id_token_hint: the URL is printed as a headless
// event and handed to a browser, and ID tokens must not appear in events or logs. Without it
// a server asks the viewer to confirm the sign-out, which is what a TV wants anyway.
// A config `end_session_url` template replaces the endpoint and its parameters: the server's
// own URL shape with {client_id}, {post_logout_redirect_uri} and {logout_error_uri} filled in.
#include "config/TenantConfig.h"

#include <QString>
#include <QUrl>

namespace tvpair::oauth {

struct EndSession {
    // The logout URL, or an empty URL when there is no endpoint (why stays empty) or the
    // endpoint is refused by the URL policy (https, or loopback http with
    // allow_insecure_loopback; why names the reason in one line).
    // With an end_session_url template in the config, the endpoint is not used.
    static QUrl logoutUrl(const QUrl &endpoint, const TenantConfig &config, QString *why = nullptr);
    // The end_session_url template of the config, expanded and checked against the URL policy.
    static QUrl fromTemplate(const TenantConfig &config, QString *why = nullptr);
};

}  // namespace tvpair::oauth
