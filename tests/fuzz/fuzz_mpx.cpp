// MPX answers, read by MpxAnswers exactly as MpxProvider reads them:
// isException bodies, Product Data Service and Entitlement Data Service pages, with the default
// and a custom entitlement field map.
#include "PaymentFuzz.h"
#include "payments/MpxAnswers.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t call = in.byte() % 3;
    const net::HttpResponse r = fuzz::response(in);
    switch (call) {
    case 0: {
        QList<Product> items;
        fuzz::checkPage(MpxAnswers(fuzz::kNow).productsPage(r, items), items);
        break;
    }
    case 1: {
        QList<Entitlement> items;
        fuzz::checkPage(MpxAnswers(fuzz::kNow).entitlementsPage(r, items), items);
        break;
    }
    case 2: {
        const QHash<QString, QString> fields{{QStringLiteral("product_id"), QStringLiteral("plproductid$id")},
                                             {QStringLiteral("start"), QStringLiteral("validFrom")},
                                             {QStringLiteral("end"), QStringLiteral("validTo")}};
        QList<Entitlement> items;
        fuzz::checkPage(MpxAnswers(fuzz::kNow, fields).entitlementsPage(r, items), items);
        break;
    }
    }
    log::forgetAllSecrets();
    return 0;
}
