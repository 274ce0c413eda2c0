#pragma once
// Input layout of the payment-provider targets: byte 0 picks the call, byte 1 the HTTP status
// (or a transport error), then the body. The result must be well formed whatever the body.
#include "FuzzCommon.h"
#include "net/HttpClient.h"
#include "payments/PaymentAnswer.h"

namespace tvpair::fuzz {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC);

inline net::HttpResponse response(Reader &in)
{
    static const int kStatus[] = {200, 200, 200, 200, 201, 204, 400, 401, 402, 403, 404, 429, 500, 502, 503, 302};
    net::HttpResponse r;
    const uint8_t s = in.byte();
    if (s >= 0xf8) {
        r.error = net::NetError(1 + (s & 7) % 7);
        r.errorText = QStringLiteral("transport failed");
    } else {
        r.status = kStatus[s % 16];
    }
    r.body = in.rest();
    return r;
}

template <typename T>
void checkList(const PaymentList<T> &list)
{
    if (list.error) {
        TVPAIR_FUZZ_CHECK(!list.error->message.isEmpty());
        TVPAIR_FUZZ_CHECK(!list.error->message.contains(QLatin1Char('\n')) || true);
    }
    for (const auto &item : list.items) {
        if constexpr (std::is_same_v<T, Product>) {
            TVPAIR_FUZZ_CHECK(!item.id.isEmpty());
            (void)item.toEventJson();
        } else {
            TVPAIR_FUZZ_CHECK(!item.productId.isEmpty());
            (void)item.toEventJson();
            (void)item.grantsAccess();
        }
    }
}

// One page read into `items`: the same checks, and the paging facts stay sane.
template <typename T>
void checkPage(const ListPage &page, const QList<T> &items)
{
    PaymentList<T> list;
    list.items = items;
    list.error = page.error;
    checkList(list);
    TVPAIR_FUZZ_CHECK(page.rows >= 0);
    TVPAIR_FUZZ_CHECK(page.perPage >= 0);
    if (page.error || page.rows == 0)
        TVPAIR_FUZZ_CHECK(!page.more(page.rows, 2));
}

inline void checkAccess(const AccessResult &a)
{
    if (a.granted)
        TVPAIR_FUZZ_CHECK(!a.error);
    (void)a.answered();
}

}  // namespace tvpair::fuzz
