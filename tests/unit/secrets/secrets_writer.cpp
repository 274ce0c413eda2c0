// Helper for tst_secrets_crash: hammers one sealed store entry until it is killed.
//   secrets_writer overwrite <dir> <start>   writes value(n) for n = start, start+1, ...
//                                            and prints n after each successful write
//   secrets_writer increment <dir> <count>   count read-modify-write increments of "counter"
//   secrets_writer salts <dir> <machine-id>  makes the device-bound salt of <dir>/s0, s1, ...
//                                            and prints n after each one is made
//   secrets_writer seal <dir> <machine-id>   opens <dir> with the default key providers, writes
//                                            the entry "w<pid>" and prints the key id in hex
#include "secrets/SealedFileStore.h"
#include "secrets_testing.h"

#include <QDir>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace tvpair;

int main(int argc, char **argv)
{
    if (argc != 4)
        return 2;
    const QByteArray mode = argv[1];
    const QString dir = QString::fromLocal8Bit(argv[2]);
    const long long arg = QByteArray(argv[3]).toLongLong();
    QString err;
    if (mode == "salts") {
        const QString machineId = QString::fromLocal8Bit(argv[3]);
        for (long long n = 0;; ++n) {
            const QString store = dir + QStringLiteral("/s%1").arg(n);
            if (::mkdir(QFile::encodeName(store).constData(), 0700) != 0)
                return 1;
            const KeyResult r = DeviceBoundKeyProvider(store, machineId).load();
            if (r.status != KeyResult::Ok) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error));
                return 1;
            }
            std::printf("%lld\n", n);
            std::fflush(stdout);
        }
    }
    if (mode == "seal") {
        const QString name = QStringLiteral("w%1").arg(::getpid());
        auto store = SealedFileStore::open(dir, defaultKeyProviders(dir, QString(), QString::fromLocal8Bit(argv[3])), &err);
        if (!store || !store->write(name, name.toUtf8(), &err)) {
            std::fprintf(stderr, "%s\n", qPrintable(err));
            return 1;
        }
        std::printf("%s\n", store->key().id.toHex().constData());
        return 0;
    }
    auto store = SealedFileStore::openWithKey(dir, secrets_testing::keyFromByte('c'), &err);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(err));
        return 1;
    }
    if (mode == "overwrite") {
        for (long long n = arg;; ++n) {
            if (!store->write(QStringLiteral("rotating"), secrets_testing::crashValue(n), &err)) {
                std::fprintf(stderr, "%s\n", qPrintable(err));
                return 1;
            }
            std::printf("%lld\n", n);
            std::fflush(stdout);
        }
    }
    if (mode == "increment") {
        for (long long i = 0; i < arg; ++i) {
            const bool ok = store->update(QStringLiteral("counter"), [](const SecretRead &r) -> std::optional<QByteArray> {
                return QByteArray::number(r.status == SecretRead::Found ? r.value.toLongLong() + 1 : 1);
            }, &err);
            if (!ok) {
                std::fprintf(stderr, "%s\n", qPrintable(err));
                return 1;
            }
        }
        return 0;
    }
    return 2;
}
