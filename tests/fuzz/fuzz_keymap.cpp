// A remote key map file (platform/input/RemoteKeyMap::merge over the built-in map).
#include "FuzzCommon.h"
#include "input/RemoteKeyMap.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const input::RemoteKeyMap builtIn = input::RemoteKeyMap::builtIn();
    input::RemoteKeyMap map = builtIn;
    QString error;
    const bool ok = map.merge(fuzz::bytes(data, size), &error);
    if (!ok) {
        // A refused map leaves the map as it was.
        TVPAIR_FUZZ_CHECK(map.size() == builtIn.size());
        TVPAIR_FUZZ_CHECK(map.forQtKey(Qt::Key_Return) == builtIn.forQtKey(Qt::Key_Return));
        TVPAIR_FUZZ_CHECK(!error.isEmpty());
    } else {
        TVPAIR_FUZZ_CHECK(map.size() <= 2 * input::RemoteKeyMap::MaxEntries);
    }
    for (quint32 code : {0u, 8u, 9u, 36u, 111u, 0x168u, 0x2ffu, 0x307u, 0xffffffffu})
        (void)map.forNativeScanCode(code);
    return 0;
}
