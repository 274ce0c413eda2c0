#pragma once
// Counters of what the bridge did, served at GET /metrics in the Prometheus text format
// (version 0.0.4). Names and labels only; never a code, token or client secret.
#include <QByteArray>
#include <QtGlobal>
#include <atomic>

namespace tvpair::bridge {

struct BridgeMetrics {
    quint64 codesIssued = 0;
    quint64 codesApproved = 0;
    quint64 codesDenied = 0;
    quint64 codesExpired = 0;
    quint64 tokensHandedOut = 0;
    // Counted on the HTTP listener's thread too (polls answered from memory).
    std::atomic<quint64> polls = 0;
    std::atomic<quint64> slowDowns = 0;
    quint64 wrongCodes = 0;
    quint64 refreshes = 0;
    quint64 upstreamErrors = 0;
    quint64 upstreamCalls = 0;
    quint64 upstreamMillisTotal = 0;  // summed latency of upstream token calls

    QByteArray render(int pendingRows) const;
};

}  // namespace tvpair::bridge
