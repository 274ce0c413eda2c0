#pragma once
// Logout URL templates (config `end_session_url`): identity servers that end the browser
// session at a URL of their own shape, e.g.
//   https://id.example/logout?client={client_id}&return={post_logout_redirect_uri}&error={logout_error_uri}
// The only placeholders are {client_id}, {post_logout_redirect_uri} and {logout_error_uri};
// each value is percent-encoded as a whole (RFC 3986 §2.1: everything but the unreserved
// characters), so a value can never add a query parameter or change the host. The result
// must be an absolute http(s) URL; it is opened with GET only.
#include <QString>
#include <QUrl>

namespace tvpair::oauth {

struct LogoutUrlValues {
    QString clientId;
    QString postLogoutRedirectUri;
    QString logoutErrorUri;
};

// The expanded URL, or an empty URL with *error set to one line naming what is wrong
// (an unknown placeholder, a stray brace, a placeholder without a value, not an absolute
// http(s) URL). Pure: no policy, no network; callers apply their URL policy to the result.
QUrl expandLogoutUrlTemplate(const QString &templ, const LogoutUrlValues &values, QString *error);

}  // namespace tvpair::oauth
