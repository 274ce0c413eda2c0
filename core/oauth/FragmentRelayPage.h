#pragma once
// The page a redirect URI serves for response_mode=fragment (OAuth 2.0 Multiple Response Type
// Encoding Practices §3.1): the browser keeps the authorization response after '#' and never
// sends it, so the redirect URI answers the bare GET with this page, whose one inline script
// drops the fragment from the address bar and history and posts its parameters to the same
// path as an ordinary form (read there like response_mode=form_post). Without JavaScript it
// shows one line saying so. Used by the TV's loopback listener and by the phone bridge.
#include <QByteArray>

namespace tvpair::oauth {

class FragmentRelayPage {
public:
    static QByteArray html();
    // Content-Security-Policy that lets exactly the page's script run (a hash source, CSP
    // Level 2), loads nothing, sends forms only to its own origin and forbids framing.
    static QByteArray contentSecurityPolicy();
};

}  // namespace tvpair::oauth
