/* Preloaded into test processes that run under user-mode qemu (cross builds only; see
 * tests/CMakeLists.txt and packaging/README.md). Not part of tvpair.
 *
 * Why: Qt's QProcess starts children through forkfd. forkfd decides that the kernel supports
 * pidfds by calling waitid(P_PIDFD, INT_MAX) and getting EBADF; qemu-user passes waitid()
 * straight to the host kernel, which does support P_PIDFD. forkfd then calls
 * clone(CLONE_PIDFD | CLONE_VFORK | CLONE_VM | SIGCHLD), and qemu-user before 8.0 does not
 * emulate CLONE_PIDFD: its do_fork() rejects the flag with EINVAL, so every QProcess::start()
 * fails with "Resource error (fork failure): Invalid argument" (Debian 12: qemu 7.2).
 *
 * What: answer that one probe, waitid(P_PIDFD, ...), with EINVAL (what a kernel without
 * P_PIDFD says). forkfd then takes its own fallback, plain fork() with a SIGCHLD handler (the
 * path Qt uses on Linux < 5.4), which qemu emulates. Nothing else changes: every other system
 * call is passed through, and the child processes, their output and exit statuses are real.
 *
 * LD_PRELOAD is removed from the environment once loaded, so native (host) children such as
 * openssl or node are not asked to preload an ARM library; target children started through
 * TVPAIR_TEST_LAUNCHER get it again from QEMU_SET_ENV. */
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/syscall.h>

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

// <unistd.h> is not included: it declares syscall() too, with glibc's exception specification.
using syscall_fn = long (*)(long, ...);

extern "C" long syscall(long number, ...)
{
    va_list ap;
    long a[6];
    va_start(ap, number);
    for (int i = 0; i < 6; ++i)
        a[i] = va_arg(ap, long);
    va_end(ap);
    if (number == SYS_waitid && a[0] == P_PIDFD) {
        errno = EINVAL;
        return -1;
    }
    static syscall_fn real;
    if (!real)
        real = reinterpret_cast<syscall_fn>(dlsym(RTLD_NEXT, "syscall"));
    return real(number, a[0], a[1], a[2], a[3], a[4], a[5]);
}

__attribute__((constructor)) static void tvpair_qemu_forkfd_fallback_init()
{
    unsetenv("LD_PRELOAD");
}
