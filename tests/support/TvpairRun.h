#pragma once
// The tvpair binary as a child process, its stdout read as JSON Lines events. One runner for
// every test that starts tvpair: against the Node sandbox (Sandbox.h) or against a fake
// server living in the test process (FaultServer.h), so waiting spins the event loop and the
// fake can answer meanwhile. Only for tests whose CMake defines TVPAIR_BIN.
#include "RunCapture.h"
#include "TargetProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace tvpair::test {

// A private XDG cache and data dir under `dir` (metadata/JWKS/list caches, the default store)
// and no key file from the machine: each run of the binary starts from its own state.
inline QProcessEnvironment isolatedAppEnv(const QString &dir)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("XDG_CACHE_HOME"), dir + QStringLiteral("/cache"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    e.insert(QStringLiteral("TVPAIR_STORE_KEY_FILE"), QString());
    return e;
}

#ifdef TVPAIR_BIN
class TvpairRun {
public:
    explicit TvpairRun(const QStringList &args, const QProcessEnvironment &extraEnv = {},
                       const QString &program = QStringLiteral(TVPAIR_BIN))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        for (const QString &k : extraEnv.keys())
            env.insert(k, extraEnv.value(k));
        m_proc.setProcessEnvironment(env);
        tvpairStartTarget(m_proc, program, args);  // through qemu in cross builds
        m_proc.waitForStarted(10000);
    }
    ~TvpairRun()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
        pump();
        captureRunOutput(m_stdout, m_stderr);  // for the suite-wide secrets scan (RunCapture.h)
    }

    // Waits for the next event named `name` (earlier events are kept in events()); {} when the
    // process ended or the deadline passed first.
    QJsonObject waitFor(const QString &name, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            pump();
            while (m_next < m_events.size()) {
                const QJsonObject e = m_events.at(m_next++);
                if (e.value("event").toString() == name)
                    return e;
            }
            if (t.elapsed() >= timeoutMs || m_proc.state() == QProcess::NotRunning)
                return {};
            QTest::qWait(20);
        }
    }
    // The exit code; -1 when still running at the deadline, -2 after a crash.
    int waitForExit(int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (m_proc.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        pump();
        if (m_proc.state() != QProcess::NotRunning)
            return -1;
        return m_proc.exitStatus() == QProcess::NormalExit ? m_proc.exitCode() : -2;
    }
    bool running() const { return m_proc.state() != QProcess::NotRunning; }
    const QList<QJsonObject> &events() const { return m_events; }
    QByteArray allStdout() { pump(); return m_stdout; }
    QByteArray allStderr() { pump(); return m_stderr; }
    QByteArray allOutput() { pump(); return m_stdout + "\n" + m_stderr; }
    QString eventsText() const
    {
        QStringList l;
        for (const auto &e : m_events)
            l << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
        return l.join('\n');
    }
    QProcess &process() { return m_proc; }

private:
    void pump()
    {
        const QByteArray out = m_proc.readAllStandardOutput();
        m_stderr += m_proc.readAllStandardError();
        m_stdout += out;
        m_buffer += out;
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QJsonDocument d = QJsonDocument::fromJson(m_buffer.left(nl));
            m_buffer.remove(0, nl + 1);
            m_events.append(d.isObject() ? d.object() : QJsonObject{{"event", "<not json>"}});
        }
    }

    QProcess m_proc;
    QByteArray m_stdout, m_stderr, m_buffer;
    QList<QJsonObject> m_events;
    int m_next = 0;
};
#endif  // TVPAIR_BIN

}  // namespace tvpair::test
