// MPX answers (payments.md): isException bodies, Product Data Service and Entitlement Data
// Service pages, with the default and a custom entitlement field map.
#include "PaymentFuzz.h"
#include "payments/MpxProvider.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t call = in.byte() % 3;
    const net::HttpResponse r = fuzz::response(in);
    bool full = false;
    switch (call) {
    case 0: fuzz::checkList(MpxProvider::parseProductsPage(r, 2, &full)); break;
    case 1: fuzz::checkList(MpxProvider::parseEntitlementsPage(r, fuzz::kNow, {}, 2, &full)); break;
    case 2: {
        const QHash<QString, QString> fields{{QStringLiteral("product_id"), QStringLiteral("plproductid$id")},
                                             {QStringLiteral("start"), QStringLiteral("validFrom")},
                                             {QStringLiteral("end"), QStringLiteral("validTo")}};
        fuzz::checkList(MpxProvider::parseEntitlementsPage(r, fuzz::kNow, fields, 2, &full));
        break;
    }
    }
    log::forgetAllSecrets();
    return 0;
}
