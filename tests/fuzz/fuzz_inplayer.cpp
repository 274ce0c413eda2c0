// InPlayer answers (payments.md): access fees, access and subscription pages, one asset's access.
#include "PaymentFuzz.h"
#include "payments/InPlayerProvider.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t call = in.byte() % 4;
    const net::HttpResponse r = fuzz::response(in);
    switch (call) {
    case 0: fuzz::checkList(InPlayerProvider::parseAccessFees(r, 1001)); break;
    case 1: fuzz::checkList(InPlayerProvider::parseAccessPage(r, fuzz::kNow)); break;
    case 2: fuzz::checkList(InPlayerProvider::parseSubscriptionsPage(r, fuzz::kNow)); break;
    case 3: fuzz::checkAccess(InPlayerProvider::parseAccess(r, QStringLiteral("1001"))); break;
    }
    log::forgetAllSecrets();
    return 0;
}
