#pragma once
// Shared set-up of the libFuzzer targets (tests/fuzz/README.md): one QCoreApplication, a
// message handler that runs every log line through the redactor and throws it away (the
// redactor is outside-data code too), and a reset of the remembered secrets after each input
// so the redaction set does not grow across millions of inputs.
#include "net/Log.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <cstdlib>

namespace tvpair::fuzz {

inline void quietHandler(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    volatile qsizetype n = log::redact(msg).size();
    (void)n;
}

inline void init(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char name[] = "tvpair-fuzz";
    static char *qtArgv[] = {name, nullptr};
    (void)argc;
    (void)argv;
    qputenv("QT_LOGGING_RULES", "tvpair.*=true");  // reach the logging paths too
    static QCoreApplication *app = new QCoreApplication(qtArgc, qtArgv);
    (void)app;
    qInstallMessageHandler(quietHandler);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A failed invariant is a finding: abort so libFuzzer keeps the input.
#define TVPAIR_FUZZ_CHECK(cond)                                                                    \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);          \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

// Splits an input into a small control prefix and the rest (status codes, modes, ...).
struct Reader {
    const uint8_t *data;
    size_t size;
    uint8_t byte()
    {
        if (!size)
            return 0;
        --size;
        return *data++;
    }
    QByteArray line()  // up to '\n' (consumed), at most 64 bytes
    {
        size_t n = 0;
        while (n < size && n < 64 && data[n] != '\n')
            ++n;
        QByteArray out(reinterpret_cast<const char *>(data), qsizetype(n));
        const size_t eat = n < size && data[n] == '\n' ? n + 1 : n;
        data += eat;
        size -= eat;
        return out;
    }
    QByteArray rest() { QByteArray out(reinterpret_cast<const char *>(data), qsizetype(size)); size = 0; return out; }
};

}  // namespace tvpair::fuzz

#define TVPAIR_FUZZ_INIT                                                                           \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        tvpair::fuzz::init(argc, argv);                                                            \
        return 0;                                                                                  \
    }
