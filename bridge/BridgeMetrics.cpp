#include "BridgeMetrics.h"

namespace tvpair::bridge {

namespace {
void counter(QByteArray &out, const char *name, const char *help, quint64 value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
        + QByteArray::number(value) + '\n';
}
}  // namespace

QByteArray BridgeMetrics::render(int pendingRows) const
{
    QByteArray out;
    counter(out, "tvpair_bridge_codes_issued_total", "Device authorizations issued.", codesIssued);
    counter(out, "tvpair_bridge_codes_approved_total", "Sign-ins approved on a phone and exchanged upstream.", codesApproved);
    counter(out, "tvpair_bridge_codes_denied_total", "Sign-ins denied or failed at the identity server.", codesDenied);
    counter(out, "tvpair_bridge_codes_expired_total", "Polls for a code that had expired.", codesExpired);
    counter(out, "tvpair_bridge_tokens_handed_out_total", "Token results collected by TVs.", tokensHandedOut);
    counter(out, "tvpair_bridge_polls_total", "Device-code polls.", polls);
    counter(out, "tvpair_bridge_slow_downs_total", "Polls answered slow_down.", slowDowns);
    counter(out, "tvpair_bridge_wrong_codes_total", "Wrong user codes entered on phones.", wrongCodes);
    counter(out, "tvpair_bridge_refreshes_total", "Refresh grants proxied upstream.", refreshes);
    counter(out, "tvpair_bridge_upstream_calls_total", "Token-endpoint calls to the identity server.", upstreamCalls);
    counter(out, "tvpair_bridge_upstream_errors_total", "Failed calls to the identity server.", upstreamErrors);
    counter(out, "tvpair_bridge_upstream_latency_ms_total", "Summed latency of upstream token calls (ms).", upstreamMillisTotal);
    out += "# HELP tvpair_bridge_pending_codes Rows in the pending store.\n# TYPE tvpair_bridge_pending_codes gauge\n"
           "tvpair_bridge_pending_codes " + QByteArray::number(pendingRows) + '\n';
    return out;
}

}  // namespace tvpair::bridge
