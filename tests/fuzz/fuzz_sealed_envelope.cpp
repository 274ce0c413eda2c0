// A sealed store file (platform/secrets/SealedEnvelope.h) opened with a fixed test key: what a
// swapped SD card or a hostile app with write access to the store directory could plant.
#include "FuzzCommon.h"
#include "secrets/SealedEnvelope.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

namespace {
const StoreKey &testKey()
{
    // The same fixed key the seed corpus was sealed with (tests/fuzz/make-seeds.sh).
    static const StoreKey k = makeStoreKey(QByteArray::fromHex(
        "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"), QStringLiteral("fuzz"));
    return k;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray envelope = fuzz::bytes(data, size);
    QByteArray plain;
    QString error;
    for (const QString &name : {QStringLiteral("session"), QStringLiteral("other")}) {
        plain.clear();
        error.clear();
        if (secrets::open(testKey(), name, envelope, &plain, &error)) {
            TVPAIR_FUZZ_CHECK(envelope.size() == secrets::kHeaderSize + plain.size() + secrets::kTagSize);
            // Whatever opens must seal and open again to the same bytes.
            QString e2;
            const QByteArray again = secrets::seal(testKey(), name, plain, &e2);
            QByteArray back;
            TVPAIR_FUZZ_CHECK(secrets::open(testKey(), name, again, &back, &e2) && back == plain);
        } else {
            TVPAIR_FUZZ_CHECK(!error.isEmpty() && !error.contains(QLatin1Char('\n')));
        }
    }
    return 0;
}
