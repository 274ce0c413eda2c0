// Logout URL templates (config `end_session_url`): expandLogoutUrlTemplate with plain values
// and with values full of URL syntax. Input: the template. Invariants: a result is an absolute
// http(s) URL, an error is one line, and a value never adds a query parameter or a fragment.
#include "FuzzCommon.h"
#include "oauth/LogoutUrlTemplate.h"

#include <QUrlQuery>

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString templ = QString::fromUtf8(fuzz::bytes(data, size));
    const oauth::LogoutUrlValues plain{QStringLiteral("tv-app"), QStringLiteral("https://tv.example/out"),
                                       QStringLiteral("https://tv.example/error")};
    const oauth::LogoutUrlValues hostile{QStringLiteral("a&b=c#d e\n{client_id}%41"),
                                         QStringLiteral("https://evil.example/?x=1&y=2#frag"),
                                         QStringLiteral("@evil.example/..;?&=#\r\n")};
    QString plainError;
    QString hostileError;
    const QUrl a = oauth::expandLogoutUrlTemplate(templ, plain, &plainError);
    const QUrl b = oauth::expandLogoutUrlTemplate(templ, hostile, &hostileError);
    for (const auto &[url, error] : {std::pair{a, plainError}, std::pair{b, hostileError}}) {
        if (url.isEmpty()) {
            TVPAIR_FUZZ_CHECK(!error.isEmpty());
            TVPAIR_FUZZ_CHECK(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')));
        } else {
            TVPAIR_FUZZ_CHECK(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
            TVPAIR_FUZZ_CHECK(!url.host().isEmpty());
        }
    }
    if (!a.isEmpty() && !b.isEmpty()) {
        TVPAIR_FUZZ_CHECK(QUrlQuery(a).queryItems().size() == QUrlQuery(b).queryItems().size());
        TVPAIR_FUZZ_CHECK(a.hasFragment() == b.hasFragment());
        TVPAIR_FUZZ_CHECK(a.scheme() == b.scheme());
        TVPAIR_FUZZ_CHECK(!b.toString(QUrl::FullyEncoded).contains(QLatin1Char('\n')));
    }
    return 0;
}
