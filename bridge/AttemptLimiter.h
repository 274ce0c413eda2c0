#pragma once
// Rate limits for wrong user codes (RFC 8628 §5.1: a user code has about 34 bits; guessing
// must be slow): at most `perAddress` wrong attempts per client address and `global` wrong
// attempts in all per window. Fixed windows measured with a monotonic clock; the table of
// addresses is bounded (the oldest windows go first), so a flood of addresses cannot grow it.
#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace tvpair::bridge {

class AttemptLimiter {
public:
    AttemptLimiter(int perAddress, int global, qint64 windowMs);

    // True when this address may try a code now (neither limit reached in the current window).
    bool allowed(const QString &address);
    void recordFailure(const QString &address);

    static constexpr int kMaxTrackedAddresses = 100000;

private:
    struct Window {
        qint64 startMs = 0;
        int failures = 0;
    };
    void roll(Window &w, qint64 now) const;

    int m_perAddress;
    int m_global;
    qint64 m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_byAddress;
    Window m_all;
};

}  // namespace tvpair::bridge
