// The "Buy on your phone" URL: CheckoutUrl::check and ::expand over an outside template (the
// tenant config) and outside values (product ids from a provider, a customer id from a token
// response). Input: four value lines (product, offer, customer, locale), then the template.
#include "FuzzCommon.h"
#include "payments/CheckoutUrl.h"

#include <QUrl>

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    CheckoutValues v;
    v.productId = QString::fromUtf8(in.line());
    v.offerId = QString::fromUtf8(in.line());
    v.customerId = QString::fromUtf8(in.line());
    v.locale = QString::fromUtf8(in.line());
    const QString tmpl = QString::fromUtf8(in.rest());

    const QString why = CheckoutUrl::check(tmpl);
    const QString url = CheckoutUrl::expand(tmpl, v);
    if (!why.isEmpty()) {
        // Refused: one line, and nothing expanded.
        TVPAIR_FUZZ_CHECK(!why.contains(QLatin1Char('\n')));
        TVPAIR_FUZZ_CHECK(url.isEmpty());
        return 0;
    }
    // Accepted: every placeholder is gone and the values are encoded, so the result is the
    // template's literal text plus RFC 3986 unreserved characters and percent escapes.
    TVPAIR_FUZZ_CHECK(!url.isEmpty());
    QString literal = tmpl;
    for (const QString &p : CheckoutUrl::placeholders())
        literal.remove(p);
    QString added = url;
    for (const QChar c : std::as_const(literal)) {
        const qsizetype at = added.indexOf(c);
        TVPAIR_FUZZ_CHECK(at >= 0);
        added.remove(at, 1);
    }
    for (const QChar c : std::as_const(added)) {
        const bool unreserved = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringLiteral("-._~%").contains(c);
        TVPAIR_FUZZ_CHECK(unreserved);
    }
    // A value never changes the scheme the operator wrote.
    TVPAIR_FUZZ_CHECK(QUrl(url).scheme() == QUrl(CheckoutUrl::expand(tmpl, {})).scheme());
    return 0;
}
