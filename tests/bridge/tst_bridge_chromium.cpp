// tvpair-bridge with an identity server that answers in the URL fragment (response_mode
// fragment: the sandbox's oidc-provider, the ctest fixture), which only a browser that runs
// the bridge's relay page can complete:
// - the whole sign-in with a real browser: the real `tvpair --headless` against the bridge,
//   the phone Debian's headless Chromium (chromium-phone.mjs, over the DevTools protocol)
//   opening the TV's verification_uri_complete, clicking Continue, typing the account into
//   the identity server's login form, clicking Allow, landing on the relay page at /callback,
//   whose script posts the fragment back; the TV then prints signed_in;
// - the relay page over plain HTTP: its headers (a CSP that lets only its own script run, no
//   caching, no referrer, no framing), nothing loaded from elsewhere, one line without
//   JavaScript; a relayed answer with a tampered state or from another browser is refused,
//   the right one completes once.
#include "BridgeTestSupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace tvpair::test;

namespace {
const QByteArray kForm = "application/x-www-form-urlencoded";

QByteArray formOf(const QUrlQuery &fields)
{
    QByteArray out;
    for (const auto &f : fields.queryItems(QUrl::FullyDecoded)) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

// The phone: node driving Chromium; stopped (and Chromium with it) however the test ends.
class ChromiumPhone {
public:
    ChromiumPhone(const QString &url, const QString &account, const QString &profileDir)
    {
        m_proc.setProgram(QStringLiteral("node"));
        m_proc.setArguments({QStringLiteral(TVPAIR_SOURCE_DIR "/tests/bridge/chromium-phone.mjs"), "--url", url,
                             "--account", account, "--profile", profileDir, "--timeout-ms", "100000"});
        m_proc.start();
    }
    ~ChromiumPhone()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();  // the script kills Chromium's process group on SIGTERM
            if (!m_proc.waitForFinished(10000))
                m_proc.kill();   // Chromium then quits by itself: its DevTools pipe closed
            m_proc.waitForFinished(5000);
        }
    }
    // Spins the event loop (the TV keeps polling meanwhile) until the journey ends; its report.
    QJsonObject waitForReport(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (m_proc.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
            QTest::qWait(100);
        m_out += m_proc.readAllStandardOutput();
        m_err += m_proc.readAllStandardError();
        const QList<QByteArray> lines = m_out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }
    QByteArray output() const { return m_out + m_err.right(2000); }

private:
    QProcess m_proc;
    QByteArray m_out, m_err;
};
}  // namespace

class BridgeChromiumTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Sandbox m_sandbox;
    QString m_bridgeUrl;
    std::unique_ptr<BridgeRun> m_bridge;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = Sandbox::fixture();
        const quint16 port = freeLoopbackPort();
        QVERIFY(port > 0);
        m_bridgeUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QJsonObject upstream{{"issuer", m_sandbox.issuer}, {"client_id", "tvpair-bridge"},
                                   {"client_secret", "bridge-sandbox-secret"},
                                   {"scope", "openid offline_access profile products"},
                                   {"allow_insecure_loopback", true}, {"response_mode", "fragment"}};
        m_bridge = std::make_unique<BridgeRun>(
            writeBridgeConfig(m_dir.path() + "/bridge", m_sandbox.issuer, port, {{"upstream", upstream}}));
        QVERIFY2(m_bridge->ready(), m_bridge->stderrSoFar().constData());
    }

    void relayPageIsStrictAndRefusesATamperedState()
    {
        int status = 0;
        const QJsonObject code = QJsonDocument::fromJson(httpCall("POST", QUrl(m_bridgeUrl + "/device_authorization"),
                                                                  "client_id=tv-app&scope=openid", kForm, &status)).object();
        QCOMPARE(status, 200);
        PhoneBrowser viewer;
        Page last;
        const QUrl answer = viewer.approveUntilCallback(QUrl(code.value("verification_uri_complete").toString()), "alice", &last);
        QVERIFY2(answer.isValid(), last.body.left(2000).constData());
        // The identity server answered after '#': nothing of it reaches the bridge by itself.
        QVERIFY(answer.hasFragment());
        QVERIFY(!answer.hasQuery());
        const QUrlQuery fields(answer.fragment(QUrl::FullyEncoded));
        QVERIFY(!fields.queryItemValue("code").isEmpty() && !fields.queryItemValue("state").isEmpty());

        // What the browser requests: the bare /callback; answered with the relay page.
        const Page relay = viewer.request("GET", answer.adjusted(QUrl::RemoveFragment));
        QCOMPARE(relay.status, 200);
        const QRegularExpression scriptRe("<script>(.*)</script>", QRegularExpression::DotMatchesEverythingOption);
        const QByteArray script = scriptRe.match(QString::fromUtf8(relay.body)).captured(1).toUtf8();
        QVERIFY(script.contains("location.hash") && script.contains("f.submit()"));
        const QByteArray csp = relay.headers.value("content-security-policy");
        const QByteArray hash = QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64();
        QVERIFY2(csp.contains("script-src 'sha256-" + hash + "';"), csp.constData());  // this script only
        QVERIFY2(csp.contains("default-src 'none'") && csp.contains("form-action 'self'")
                     && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-eval"), csp.constData());
        QCOMPARE(relay.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(relay.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(relay.headers.value("x-frame-options"), QByteArray("DENY"));
        QVERIFY(!relay.body.contains("src=") && !relay.body.contains("href="));  // nothing from elsewhere
        QVERIFY(relay.body.contains("<noscript><p id=\"no-script\">"));        // the line without JavaScript

        // What the script posts, with the state changed by one character: refused, not signed in.
        QUrlQuery tampered = fields;
        QString state = fields.queryItemValue("state");
        state[5] = state[5] == QChar('A') ? QChar('B') : QChar('A');
        tampered.removeAllQueryItems("state");
        tampered.addQueryItem("state", state);
        Page p = viewer.request("POST", answer.adjusted(QUrl::RemoveFragment), formOf(tampered));
        QCOMPARE(p.status, 400);
        QVERIFY(p.body.contains("id=\"bad-state\""));
        // The right answer from a browser that did not confirm the code: refused.
        PhoneBrowser other;
        p = other.request("POST", answer.adjusted(QUrl::RemoveFragment), formOf(fields));
        QCOMPARE(p.status, 400);
        QVERIFY(p.body.contains("id=\"bad-browser\""));
        // The viewer's browser relays it: signed in, once.
        p = viewer.request("POST", answer.adjusted(QUrl::RemoveFragment), formOf(fields));
        QCOMPARE(p.status, 200);
        QVERIFY(p.body.contains("id=\"success\""));
        p = viewer.request("POST", answer.adjusted(QUrl::RemoveFragment), formOf(fields));
        QCOMPARE(p.status, 400);
        QVERIFY(p.body.contains("id=\"bad-state\""));
        const QJsonObject tokens = QJsonDocument::fromJson(
            httpCall("POST", QUrl(m_bridgeUrl + "/token"),
                     "client_id=tv-app&grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code="
                         + QUrl::toPercentEncoding(code.value("device_code").toString()),
                     kForm, &status)).object();
        QCOMPARE(status, 200);
        QVERIFY(!tokens.value("access_token").toString().isEmpty());
    }

    void chromiumOnThePhoneSignsTheTvIn()
    {
        const QString tvDir = m_dir.path() + "/tv";
        QDir().mkpath(tvDir);
        const QString cfg = m_sandbox.writeConfig(tvDir, {{"issuer", m_bridgeUrl}, {"client_id", "tv-app"}});
        TvpairRun tv({"--headless", "--config", cfg, "--store", tvDir + "/store", "--log-level", "debug"},
                     isolatedAppEnv(tvDir + "/env"));
        const QJsonObject code = tv.waitFor("user_code");
        QVERIFY2(!code.isEmpty(), tv.allStderr().right(3000).constData());
        const QString complete = code.value("verification_uri_complete").toString();
        QVERIFY2(complete.startsWith(m_bridgeUrl + "/device?user_code="), qPrintable(complete));

        // Chromium's profile (cookies, history with the callback's address) lives in its own
        // temporary directory outside the build tree, removed after the test.
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        ChromiumPhone phone(complete, "alice", profile.path());
        const QJsonObject report = phone.waitForReport(120000);
        QVERIFY2(report.value("ok").toBool(), phone.output().constData());
        QCOMPARE(report.value("confirmed_code").toString(), code.value("user_code").toString());

        // The way the browser went: the identity server's answer reached the bridge's /callback
        // in the fragment only, and the page after it is the bridge's answer to the relayed POST.
        const QJsonArray journey = report.value("journey").toArray();
        int relayAt = -1;
        for (int i = 0; i < journey.size() && relayAt < 0; ++i) {
            const QJsonObject hop = journey.at(i).toObject();
            if (hop.value("site") == "bridge" && hop.value("path") == "/callback" && hop.value("fragment").toBool())
                relayAt = i;
        }
        QVERIFY2(relayAt > 0, phone.output().constData());
        QVERIFY(!journey.at(relayAt).toObject().value("query").toBool());
        QVERIFY2(journey.first().toObject().value("path") == "/device", phone.output().constData());
        QVERIFY(journey.at(relayAt - 1).toObject().value("site") == "identity");
        const QJsonObject after = journey.at(relayAt + 1).toObject();
        QCOMPARE(after.value("path").toString(), QString("/callback"));
        QVERIFY(!after.value("query").toBool() && !after.value("fragment").toBool());

        const QJsonObject signedIn = tv.waitFor("signed_in", 60000);
        QVERIFY2(!signedIn.isEmpty(), tv.allStderr().right(3000).constData());
        QCOMPARE(signedIn.value("method").toString(), QString("device_code"));
        QCOMPARE(signedIn.value("subject").toString(), QString("alice"));
        QCOMPARE(tv.waitForExit(), 0);
    }

    void cleanupTestCase()
    {
        if (m_bridge)
            QCOMPARE(m_bridge->stop(), 0);
    }
};

QTEST_MAIN(BridgeChromiumTest)
#include "tst_bridge_chromium.moc"
