#include "FragmentRelayPage.h"

#include <QCryptographicHash>

namespace tvpair::oauth {

namespace {
// The one script of the page. It never writes the response's values into the page or the log.
const char kRelayScript[] =
    "var h=location.hash.substring(1),m=document.getElementById('m');"
    "if(history.replaceState)history.replaceState(null,'',location.pathname);"
    "if(!h){m.textContent='This address holds no sign-in answer. Start again from the TV.';}"
    "else{m.textContent='One moment: finishing the sign-in.';"
    "var f=document.createElement('form');f.method='post';f.action=location.pathname;"
    "new URLSearchParams(h).forEach(function(v,k){var i=document.createElement('input');"
    "i.type='hidden';i.name=k;i.value=v;f.appendChild(i);});"
    "document.body.appendChild(f);f.submit();}";
}  // namespace

QByteArray FragmentRelayPage::html()
{
    return QByteArray("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signing in</title>"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                      "<body style=\"font-family:sans-serif;margin:3em\"><h1>Signing in</h1><p id=\"m\"></p>"
                      "<noscript><p id=\"no-script\">Turn on JavaScript and reload this page to finish the sign-in.</p></noscript>"
                      "<script>")
        + kRelayScript + "</script></body></html>";
}

QByteArray FragmentRelayPage::contentSecurityPolicy()
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray(kRelayScript), QCryptographicHash::Sha256).toBase64();
    return "default-src 'none'; script-src 'sha256-" + hash
           + "'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}

}  // namespace tvpair::oauth
