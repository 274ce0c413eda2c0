#include "ServiceNotify.h"

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace tvpair::bridge {

bool notifyServiceManager(const QByteArray &state, QByteArray *why)
{
    const auto fail = [why](const char *text) {
        if (why)
            *why = text;
        return false;
    };
    const QByteArray name = qgetenv("NOTIFY_SOCKET");
    if (name.isEmpty())
        return fail("NOTIFY_SOCKET is not set");
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if ((name.front() != '/' && name.front() != '@') || name.size() >= qsizetype(sizeof(addr.sun_path)))
        return fail("NOTIFY_SOCKET is neither an absolute path nor an abstract '@' name of a usable length");
    std::memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    if (addr.sun_path[0] == '@')
        addr.sun_path[0] = '\0';  // abstract namespace: the length below, not a NUL, ends the name
    const auto len = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail("no AF_UNIX datagram socket for NOTIFY_SOCKET");
    ssize_t sent;
    do {
        sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                        reinterpret_cast<const sockaddr *>(&addr), len);
    } while (sent < 0 && errno == EINTR);
    ::close(fd);
    if (sent != state.size())
        return fail("the service manager's NOTIFY_SOCKET did not take the message");
    return true;
}

}  // namespace tvpair::bridge
