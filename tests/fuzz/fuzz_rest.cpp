// Operator entitlement service answers (the `rest` provider), read by RestAnswers exactly as
// RestProvider reads them: Beacon-shaped record pages with Beacon's field names and with an
// operator's own mapping, then the one-row-per-package merge.
#include "PaymentFuzz.h"
#include "payments/RestAnswers.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t call = in.byte() % 2;
    const net::HttpResponse r = fuzz::response(in);
    QHash<QString, QString> fields;
    if (call == 1) {
        fields = {{QStringLiteral("product_id"), QStringLiteral("sku")}, {QStringLiteral("records"), QStringLiteral("data")},
                  {QStringLiteral("next"), QStringLiteral("links_next")}, {QStringLiteral("end"), QStringLiteral("ends")},
                  {QStringLiteral("revoked"), QStringLiteral("refunded")}};
    }
    QList<Entitlement> items;
    QString next;
    const ListPage page = RestAnswers(fuzz::kNow, fields).entitlementsPage(r, items, &next);
    fuzz::checkPage(page, items);
    const QList<Entitlement> merged = RestAnswers::onePerProduct(items);
    TVPAIR_FUZZ_CHECK(merged.size() <= items.size());
    for (const auto &e : merged) {
        TVPAIR_FUZZ_CHECK(!e.productId.isEmpty());
        if (e.status == Entitlement::Status::Trial)
            TVPAIR_FUZZ_CHECK(e.trialEndsAt.isValid());
    }
    log::forgetAllSecrets();
    return 0;
}
