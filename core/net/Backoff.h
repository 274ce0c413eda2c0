#pragma once
// Exponential back-off with full jitter for transient failures (RFC 8628 §3.5, refresh failures).
#include <QRandomGenerator>
#include <optional>

namespace tvpair::net {

class Backoff {
public:
    explicit Backoff(int baseMs = 1000, int capMs = 60000, quint32 seed = 0);
    // Delay before the next attempt; a server's Retry-After (seconds) wins when it is longer.
    int next(std::optional<int> retryAfterSeconds = std::nullopt);
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_baseMs;
    int m_capMs;
    int m_attempt = 0;
    quint32 m_seed;
    // Made at the first delay: seeding its Mersenne twister is ~140 k instructions, and the two
    // back-offs of every device flow were made before its user code was shown, most never used.
    std::optional<QRandomGenerator> m_rng;
};

}  // namespace tvpair::net
