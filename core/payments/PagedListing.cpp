#include "PagedListing.h"

#include "net/Log.h"

namespace tvpair::paging {

namespace {

struct Walk {
    QString what;
    int maxPages;
    qsizetype maxItems;
    Fetch fetch;
    Count count;
    Done done;
    int pages = 0;
};

void next(const std::shared_ptr<Walk> &walk)
{
    walk->fetch(walk->pages, [walk](const Step &step) {
        walk->pages++;
        if (step.error)
            return walk->done(step.error, false);
        if (!step.more)
            return walk->done(std::nullopt, false);
        const qsizetype items = walk->count();
        if (walk->pages >= walk->maxPages || items >= walk->maxItems) {
            qCWarning(lcPayments).noquote()
                << QStringLiteral("%1: list cut after %2 pages and %3 items (bounds: %4 pages, %5 items)")
                       .arg(walk->what).arg(walk->pages).arg(qMin(items, walk->maxItems)).arg(walk->maxPages)
                       .arg(walk->maxItems);
            return walk->done(std::nullopt, true);
        }
        next(walk);
    });
}

}  // namespace

void readPages(const QString &what, const PaymentLimits &limits, Fetch fetch, Count count, Done done)
{
    auto walk = std::make_shared<Walk>(
        Walk{what, qMax(1, limits.maxPages), qMax(1, limits.maxItems), std::move(fetch), std::move(count), std::move(done)});
    next(walk);
}

}  // namespace tvpair::paging
