#pragma once

#include <QByteArray>

namespace tvpair::bridge {

// The systemd notification protocol (sd_notify(3)) without libsystemd: one datagram with
// "READY=1", "STOPPING=1", ... to the AF_UNIX socket named by $NOTIFY_SOCKET (a path, or an
// abstract name written with a leading '@'). The unit's Type=notify then makes `systemctl start`
// return only once the bridge listens. Returns false when there is no socket to tell (not run by
// a service manager) or the datagram could not be sent; `why` then says which (never a secret).
bool notifyServiceManager(const QByteArray &state, QByteArray *why = nullptr);

}  // namespace tvpair::bridge
