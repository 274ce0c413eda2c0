// Cleeng MediaStore answers (payments.md): the envelope and offers / customer items / access.
#include "PaymentFuzz.h"
#include "payments/CleengProvider.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t call = in.byte() % 4;
    const net::HttpResponse r = fuzz::response(in);
    switch (call) {
    case 0: fuzz::checkList(CleengProvider::parseOffers(r, false)); break;
    case 1: fuzz::checkList(CleengProvider::parseOffers(r, true)); break;
    case 2: fuzz::checkList(CleengProvider::parseCustomerList(r, fuzz::kNow)); break;
    case 3: fuzz::checkAccess(CleengProvider::parseAccess(r, QStringLiteral("S100000001_NL"))); break;
    }
    log::forgetAllSecrets();
    return 0;
}
