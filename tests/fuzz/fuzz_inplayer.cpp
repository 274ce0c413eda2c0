// InPlayer answers, read by InPlayerAnswers exactly as InPlayerProvider reads
// them: access fees, access and subscription pages, one asset's access.
#include "PaymentFuzz.h"
#include "payments/InPlayerAnswers.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t call = in.byte() % 4;
    const net::HttpResponse r = fuzz::response(in);
    const InPlayerAnswers read(fuzz::kNow);
    QList<Entitlement> items;
    switch (call) {
    case 0: fuzz::checkList(read.accessFees(r, 1001)); break;
    case 1: fuzz::checkPage(read.accessPage(r, items), items); break;
    case 2: {
        // A subscription page after an access row for item 1001, as the listing reads it.
        Entitlement held;
        held.productId = QStringLiteral("1001");
        held.provider = InPlayerAnswers::provider();
        items.append(held);
        fuzz::checkPage(read.subscriptionsPage(r, items), items);
        break;
    }
    case 3: fuzz::checkAccess(read.access(r, QStringLiteral("1001"))); break;
    }
    log::forgetAllSecrets();
    return 0;
}
