// The demo's bridge flag as a person runs it: `bash packaging/demo.sh --bridge[=NAME]`, the real
// script, headless (no display), on free ports, with the binaries of this build
// (TVPAIR_DEMO_PREBUILT=1 skips only its install and build steps). The script starts a code-only
// sandbox server, tvpair-bridge in front of it and tvpair against the bridge; the test reads the
// app's user_code event from the script's stdout, approves on a scripted phone (the bridge's
// confirmation, the server's login, form_post's Continue for MobilePay) and sees signed_in with
// the viewer the server names, after which the demo ends by itself with exit code 0.
#include "BridgeTestSupport.h"

#include <QtTest>
#include <csignal>
#include <unistd.h>

using namespace tvpair::test;

namespace {

// The demo script in its own process group, so that the sandbox, the bridge and tvpair it
// starts end with it whatever happens in the test.
class DemoRun {
public:
    DemoRun(const QStringList &args, const QProcessEnvironment &env)
    {
        m_proc.setProcessEnvironment(env);
        m_proc.setChildProcessModifier([]() { ::setsid(); });
        m_proc.start(QStringLiteral("bash"), QStringList{QStringLiteral(TVPAIR_SOURCE_DIR "/packaging/demo.sh")} + args);
        m_proc.waitForStarted(10000);
    }
    ~DemoRun()
    {
        endGroup();
        captureRunOutput(m_stdout, m_stderr);  // for the suite-wide secrets scan
    }
    QJsonObject waitFor(const QString &name, int timeoutMs)
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
    int waitForExit(int timeoutMs)
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
    QByteArray allStderr()
    {
        pump();
        return m_stderr;
    }
    void addLog(const QByteArray &bytes) { m_stderr += "\n" + bytes; }

private:
    void endGroup()
    {
        const qint64 pid = m_proc.processId();
        if (pid > 0) {
            ::kill(-pid_t(pid), SIGTERM);  // the group: bash, node, tvpair-bridge, tvpair
            if (!m_proc.waitForFinished(5000))
                ::kill(-pid_t(pid), SIGKILL);
        }
        m_proc.waitForFinished(5000);
        pump();
    }
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

}  // namespace

class BridgeDemoTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void signInThroughTheDemo_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("subject");
        QTest::newRow("--bridge (prenly)") << "--bridge" << "prn-100001";
        QTest::newRow("--bridge=mobilepay") << "--bridge=mobilepay" << mobilePaySubject("alice");
        QTest::newRow("--bridge=paytronix") << "--bridge=paytronix" << "alice";
    }
    void signInThroughTheDemo()
    {
        QFETCH(QString, flag);
        QFETCH(QString, subject);
        const QString dir = m_dir.path() + '/' + flag.mid(2).replace('=', '-');
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        const QProcessEnvironment app = isolatedAppEnv(dir + "/env");
        for (const QString &k : app.keys())
            env.insert(k, app.value(k));
        env.insert("TVPAIR_DEMO_PREBUILT", "1");
        env.insert("TVPAIR_BUILD_DIR", TVPAIR_BINARY_DIR);
        env.insert("TVPAIR_DEMO_DIR", dir);
        const quint16 sandboxPort = freeLoopbackPort();
        quint16 bridgePort = freeLoopbackPort();
        while (bridgePort == sandboxPort)
            bridgePort = freeLoopbackPort();
        env.insert("TVPAIR_SANDBOX_PORT", QString::number(sandboxPort));
        env.insert("TVPAIR_BRIDGE_PORT", QString::number(bridgePort));

        DemoRun demo({flag}, env);
        const QJsonObject code = demo.waitFor("user_code", 45000);
        const auto bridgeLog = [&dir]() {
            QFile f(dir + "/bridge/bridge.err");
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const auto logs = [&]() { return demo.allStderr().right(1500) + "\n-- bridge: " + bridgeLog().right(1500); };
        QVERIFY2(!code.isEmpty(), logs().constData());
        // The TV's code is the bridge's: its verification URI is on the demo's bridge port.
        const QUrl complete(code.value("verification_uri_complete").toString());
        QCOMPARE(complete.port(), int(bridgePort));

        QUrl authorize;
        const Page last = dialectPhoneSignsIn(complete, &authorize);
        QVERIFY2(last.status == 200 && last.body.contains("id=\"success\""),
                 (QByteArray::number(last.status) + ' ' + last.body.left(600)).constData());
        QCOMPARE(authorize.port(), int(sandboxPort));  // the phone went to the demo's own sandbox

        const QJsonObject in = demo.waitFor("signed_in", 60000);
        QVERIFY2(!in.isEmpty(), logs().constData());
        QCOMPARE(in.value("method").toString(), QString("device_code"));
        QCOMPARE(in.value("subject").toString(), subject);
        QCOMPARE(demo.waitForExit(30000), 0);  // tvpair exits after signing in, the demo with it
        demo.addLog(bridgeLog());  // the bridge's log joins the secrets scan too
    }
};

QTEST_GUILESS_MAIN(BridgeDemoTest)
#include "tst_bridge_demo.moc"
