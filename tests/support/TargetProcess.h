// Starting a binary of this build (tvpair, secrets_writer) from a test.
//
// Natively the binary is started as it is. In a cross build the tests run under user-mode
// qemu (CMAKE_CROSSCOMPILING_EMULATOR), and a child that is itself an ARM binary cannot be
// exec'd by the host kernel unless binfmt_misc has qemu registered; tests/CMakeLists.txt then
// sets TVPAIR_TEST_LAUNCHER to the emulator command line (e.g. "qemu-aarch64-static -L /srv/root")
// and the child is started as `<launcher> <program> <args>`. qemu-user runs the program in
// its own process, so the pid, signals (kill(), SIGTERM), stdout/stderr and the exit status
// are the program's own.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

inline void tvpairStartTarget(QProcess &p, const QString &program, const QStringList &args)
{
    QStringList launcher = QProcess::splitCommand(qEnvironmentVariable("TVPAIR_TEST_LAUNCHER"));
    if (launcher.isEmpty()) {
        p.start(program, args);
        return;
    }
    const QString emulator = launcher.takeFirst();
    p.start(emulator, launcher + QStringList{program} + args);
}
