#pragma once
// A paged listing read to its end, one request at a time, within PaymentLimits: at most
// maxPages requests and maxItems items, with one log line when a bound cuts the list. How the
// next page is asked for is the caller's: Cleeng skips offers, InPlayer counts pages from 0,
// MPX asks for the next range.
#include "payments/PaymentResults.h"

#include <functional>
#include <memory>

namespace tvpair::paging {

// What one page answer means for the listing.
struct Step {
    std::optional<PaymentError> error;
    bool more = false;  // the provider says (or the full page suggests) that another page follows
};
using Reply = std::function<void(const Step &)>;
// Asks for page `index` (0 for the first) and answers through `reply` exactly once, later.
using Fetch = std::function<void(int index, Reply reply)>;
using Count = std::function<qsizetype()>;
using Done = std::function<void(const std::optional<PaymentError> &error, bool truncated)>;

// `what` names the list in the log line ("inplayer: access"); `count` says how many items the
// list holds so far.
void readPages(const QString &what, const PaymentLimits &limits, Fetch fetch, Count count, Done done);

// The same into a PaymentList: an error clears the items, a cut sets `truncated` (never
// clears it) and keeps at most maxItems items.
template <typename T>
void readPages(const QString &what, const PaymentLimits &limits, std::shared_ptr<PaymentList<T>> list, Fetch fetch,
               std::function<void()> done)
{
    const qsizetype maxItems = qMax(1, limits.maxItems);
    readPages(
        what, limits, std::move(fetch), [list]() { return list->items.size(); },
        [list, maxItems, done = std::move(done)](const std::optional<PaymentError> &error, bool truncated) {
            if (error) {
                list->items.clear();
                list->error = error;
            } else if (list->items.size() > maxItems) {
                list->items = list->items.first(maxItems);
            }
            list->truncated = list->truncated || truncated;
            done();
        });
}

}  // namespace tvpair::paging
