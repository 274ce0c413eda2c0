// The loopback redirect listener's request reader (RFC 8252 §7.3): the bytes a browser (or
// anything else on the machine) sends, read as one HTTP request, then the query of a GET or
// the form body of a POST (response_mode form_post, and the fragment the relay page posts
// back) read as an authorization response.
#include "FuzzCommon.h"
#include "oauth/LoopbackRedirectListener.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const qint64 max = oauth::LoopbackRedirectListener::kMaxRequestBytes;
    const QByteArray in = fuzz::bytes(data, size);
    const auto req = oauth::CallbackHttpRequest::parse(in, max);
    using Status = oauth::CallbackHttpRequest::Status;
    if (in.size() > max)
        TVPAIR_FUZZ_CHECK(req.status == Status::TooLarge);
    if (req.status == Status::Complete) {
        TVPAIR_FUZZ_CHECK(req.body.size() <= in.size());
        TVPAIR_FUZZ_CHECK(!req.method.isEmpty());
        const auto fromBody = oauth::CallbackHttpRequest::responseFrom(oauth::CallbackHttpRequest::formFields(req.body));
        const auto fromQuery = oauth::CallbackHttpRequest::responseFrom(QUrlQuery(req.target));
        TVPAIR_FUZZ_CHECK(!fromBody.stateMatches && !fromQuery.stateMatches);  // only the listener compares
    }
    // The body alone, as the form_post / fragment parser sees it.
    const auto r = oauth::CallbackHttpRequest::responseFrom(oauth::CallbackHttpRequest::formFields(in.left(int(max))));
    TVPAIR_FUZZ_CHECK(!r.code.contains(QLatin1Char('&')) || in.contains("%26"));
    log::forgetAllSecrets();
    return 0;
}
