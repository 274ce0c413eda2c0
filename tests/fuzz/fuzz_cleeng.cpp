// Cleeng MediaStore answers, read by CleengAnswers exactly as CleengProvider
// reads them: an /offers page, one offer, a customer list page, one access answer.
#include "PaymentFuzz.h"
#include "payments/CleengAnswers.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t call = in.byte() % 4;
    const net::HttpResponse r = fuzz::response(in);
    const CleengAnswers read(fuzz::kNow);
    switch (call) {
    case 0: {
        QList<Product> items;
        fuzz::checkPage(read.offersPage(r, 0, items), items);
        break;
    }
    case 1: fuzz::checkList(read.offer(r, QStringLiteral("S100000001_NL"))); break;
    case 2: {
        QList<Entitlement> items;
        fuzz::checkPage(read.customerPage(r, QStringLiteral("offers"), 0, items), items);
        break;
    }
    case 3: fuzz::checkAccess(read.access(r, QStringLiteral("S100000001_NL"))); break;
    }
    log::forgetAllSecrets();
    return 0;
}
