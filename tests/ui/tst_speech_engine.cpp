// The code spoken through a real engine into an audio file: a PulseAudio server of this test's
// own (a null sink, no sound card) under a temporary XDG_RUNTIME_DIR, `parec` recording the
// sink's monitor to a WAV file while TextToSpeechEngine (Qt TextToSpeech) says
// "W, P, L, V." "M, G, J, J.". The recording must hold speech of a length plausible for eight
// letters, spoken one by one: eight or more separate bursts of sound. A missing pulseaudio,
// parec, engine or speech-dispatcher fails the test (packaging/install-deps.sh installs them).
// The engine is TVPAIR_SPEECH_ENGINE's, else speechd: a speech-dispatcher of this test's own
// (its own config, socket and logs in the temporary directory, output module espeak-ng, audio
// through the pulse method into the test's server), reached through SPEECHD_ADDRESS.
// espeak-ng reads a single letter before a full stop ("V.") as an initial and runs it into the
// next letter (seven bursts for eight letters): the engine ends a group with a semicolon.
// Debian 12's flite plugin (Qt 6.4.2) does not play here: it writes each synthesized chunk into
// the audio sink at once and stops with "Audio streaming error." when the sink has no room yet
// (later Qt versions retry).
#include "SpokenCode.h"
#include "TextToSpeechEngine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QtEndian>
#include <cmath>
#include <csignal>
#include <sys/prctl.h>

namespace {
struct Wav {
    int rate = 0;
    int channels = 0;
    int bits = 0;
    QByteArray data;  // interleaved little-endian PCM
    double seconds() const { return rate && channels && bits ? double(data.size()) / (rate * channels * bits / 8) : 0; }
};

// RIFF/WAVE: the fmt and data chunks. A header written while recording may give the data
// chunk's size as 0 or too large: then the data runs to the end of the file.
Wav readWav(const QString &path, QString *error)
{
    Wav wav;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return wav;
    }
    const QByteArray all = f.readAll();
    if (all.size() < 12 || !all.startsWith("RIFF") || all.mid(8, 4) != "WAVE") {
        *error = QStringLiteral("%1 is not a RIFF/WAVE file (%2 bytes)").arg(path).arg(all.size());
        return wav;
    }
    qsizetype at = 12;
    while (at + 8 <= all.size()) {
        const QByteArray id = all.mid(at, 4);
        quint32 size = qFromLittleEndian<quint32>(all.constData() + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && body + 16 <= all.size()) {
            wav.channels = qFromLittleEndian<quint16>(all.constData() + body + 2);
            wav.rate = int(qFromLittleEndian<quint32>(all.constData() + body + 4));
            wav.bits = qFromLittleEndian<quint16>(all.constData() + body + 14);
        } else if (id == "data") {
            if (size == 0 || body + qsizetype(size) > all.size())
                size = quint32(all.size() - body);
            wav.data = all.mid(body, size);
            return wav;
        }
        at = body + size + (size & 1);
    }
    *error = QStringLiteral("%1 has no data chunk").arg(path);
    return wav;
}

// Speech in a recording: 20 ms frames louder than a floor are voiced; voiced runs separated by
// at least 60 ms of quiet are bursts (one letter name, or a syllable of "double-u").
struct SpokenSound {
    double firstVoiced = -1, lastVoiced = -1;
    int bursts = 0;
    double peakRms = 0;
    double span() const { return firstVoiced < 0 ? 0 : lastVoiced - firstVoiced; }
};

SpokenSound analyse(const Wav &wav)
{
    SpokenSound s;
    if (wav.bits != 16 || wav.channels < 1)
        return s;
    const int frame = wav.rate / 50;  // 20 ms
    const auto *samples = reinterpret_cast<const qint16 *>(wav.data.constData());
    const qsizetype count = wav.data.size() / 2 / wav.channels;
    QList<double> rms;
    for (qsizetype start = 0; start + frame <= count; start += frame) {
        double sum = 0;
        for (int i = 0; i < frame; ++i) {
            const double v = qFromLittleEndian(samples[(start + i) * wav.channels]);
            sum += v * v;
        }
        rms << std::sqrt(sum / frame);
        s.peakRms = qMax(s.peakRms, rms.last());
    }
    const double floor = qMax(200.0, s.peakRms * 0.05);
    int quiet = 1000;
    for (int i = 0; i < rms.size(); ++i) {
        if (rms[i] >= floor) {
            if (s.firstVoiced < 0)
                s.firstVoiced = i * 0.02;
            s.lastVoiced = (i + 1) * 0.02;
            if (quiet >= 3)
                ++s.bursts;
            quiet = 0;
        } else {
            ++quiet;
        }
    }
    return s;
}
}  // namespace

class TestSpeechEngine : public QObject {
    Q_OBJECT
    QTemporaryDir m_runtime;
    QProcess m_pulse;
    QProcess m_speechd;
    QString m_server;
    QString m_pactl, m_parec;

    QProcessEnvironment pulseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.insert(QStringLiteral("HOME"), m_runtime.path());  // its cookie and state stay in here
        env.insert(QStringLiteral("PULSE_SERVER"), m_server);
        return env;
    }
    bool pactlSays(const QStringList &args, const QByteArray &needle)
    {
        QProcess p;
        p.setProcessEnvironment(pulseEnvironment());
        p.start(m_pactl, args);
        return p.waitForFinished(20000) && p.exitCode() == 0 && p.readAllStandardOutput().contains(needle);
    }

    // speech-dispatcher in the foreground with a configuration of this test's own: espeak-ng,
    // audio through the pulse method into this test's server and sink (PULSE_SERVER,
    // PULSE_SINK), its socket, pid file and logs in the temporary directory. It stops with
    // this process: terminated in cleanupTestCase, killed by QProcess's destructor, and sent
    // SIGTERM by the kernel (PR_SET_PDEATHSIG) if this process dies any other way; -t makes it
    // leave on its own once no client has been connected for a minute.
    void startSpeechDispatcher()
    {
        const QString speechd = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
        QVERIFY2(!speechd.isEmpty(), "speech-dispatcher is missing: "
                                     "apt-get install -y speech-dispatcher speech-dispatcher-espeak-ng");
        const QString module = QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng");
        QVERIFY2(QFile::exists(module), "sd_espeak-ng is missing: apt-get install -y speech-dispatcher-espeak-ng");
        const QString config = m_runtime.filePath(QStringLiteral("speechd-config"));
        const QString logs = m_runtime.filePath(QStringLiteral("speechd-log"));
        const QString socket = m_runtime.filePath(QStringLiteral("speechd.sock"));
        QVERIFY(QDir().mkpath(config) && QDir().mkpath(logs));
        QFile conf(config + QStringLiteral("/speechd.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("LogLevel 3\n"
                                  "LogDir \"%1\"\n"
                                  "AudioOutputMethod \"pulse\"\n"
                                  "AudioPulseDevice \"tvpair_speech\"\n"
                                  "AddModule \"espeak-ng\" \"%2\" \"/etc/speech-dispatcher/modules/espeak-ng.conf\"\n"
                                  "DefaultModule espeak-ng\n"
                                  "DefaultLanguage \"en\"\n")
                       .arg(logs, module).toUtf8());
        conf.close();
        QProcessEnvironment env = pulseEnvironment();
        env.insert(QStringLiteral("PULSE_SINK"), QStringLiteral("tvpair_speech"));
        m_speechd.setProcessEnvironment(env);
        m_speechd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_speechd.setStandardOutputFile(QProcess::nullDevice());
        m_speechd.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_speechd.start(speechd, {QStringLiteral("--run-single"), QStringLiteral("--timeout=60"),
                                  QStringLiteral("--config-dir=") + config, QStringLiteral("--log-dir=") + logs,
                                  QStringLiteral("--communication-method=unix_socket"),
                                  QStringLiteral("--socket-path=") + socket,
                                  QStringLiteral("--pid-file=") + m_runtime.filePath(QStringLiteral("speechd.pid"))});
        QVERIFY2(m_speechd.waitForStarted(20000), qPrintable(m_speechd.errorString()));
        // The socket appears once the module has listed its voices.
        QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(socket) || m_speechd.state() == QProcess::NotRunning,
                                  "speech-dispatcher made no socket", 30000);
        QVERIFY2(m_speechd.state() == QProcess::Running,
                 qPrintable(QStringLiteral("speech-dispatcher exited (code %1); its log: %2")
                                .arg(m_speechd.exitCode()).arg(logs)));
        qputenv("SPEECHD_ADDRESS", (QStringLiteral("unix_socket:") + socket).toUtf8());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        m_pactl = QStandardPaths::findExecutable(QStringLiteral("pactl"));
        m_parec = QStandardPaths::findExecutable(QStringLiteral("parec"));
        QVERIFY2(!pulseaudio.isEmpty() && !m_pactl.isEmpty() && !m_parec.isEmpty(),
                 "pulseaudio, pactl or parec is missing: apt-get install -y pulseaudio pulseaudio-utils");
        if (qEnvironmentVariableIsEmpty("TVPAIR_SPEECH_ENGINE"))
            qputenv("TVPAIR_SPEECH_ENGINE", "speechd");
        const QString engine = qEnvironmentVariable("TVPAIR_SPEECH_ENGINE");
        QVERIFY2(QTextToSpeech::availableEngines().contains(engine),
                 qPrintable(QStringLiteral("no %1 engine: apt-get install -y qt6-speech-%1-plugin").arg(engine)));
        const QString socket = m_runtime.filePath(QStringLiteral("pulse/native"));
        m_server = QStringLiteral("unix:") + socket;
        m_pulse.setProcessEnvironment(pulseEnvironment());
        m_pulse.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_pulse.start(pulseaudio, {QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                                   QStringLiteral("-n"), QStringLiteral("--disallow-exit"),
                                   QStringLiteral("--log-level=error"), QStringLiteral("--log-target=stderr"),
                                   QStringLiteral("--load=module-null-sink sink_name=tvpair_speech rate=22050 channels=1"),
                                   QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 socket=") + socket});
        QVERIFY2(m_pulse.waitForStarted(20000), qPrintable(m_pulse.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(pactlSays({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")},
                                           "tvpair_speech"), 30000);
        // This process (Qt Multimedia, under the flite plugin) plays into that server and sink.
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
        qputenv("PULSE_SERVER", m_server.toUtf8());
        qputenv("PULSE_SINK", "tvpair_speech");
        if (engine == QLatin1String("speechd"))
            startSpeechDispatcher();
    }

    // What the engine is given: a full stop closes each sentence, two spaces after each comma.
    void utterance()
    {
        QCOMPARE(TextToSpeechEngine::utterance({QStringLiteral("Go to example.com on your phone and enter"),
                                                QStringLiteral("W, P, L, V."), QStringLiteral(" "),
                                                QStringLiteral("M, G, J, J.")}),
                 QStringLiteral("Go to example.com on your phone and enter.  W,  P,  L,  V;  M,  G,  J,  J."));
        QCOMPARE(TextToSpeechEngine::utterance({QStringLiteral("Öffne x und gib ein:"), QStringLiteral("Aktiv")}),
                 QStringLiteral("Öffne x und gib ein:  Aktiv."));
    }

    void speaksTheCodeIntoAFile()
    {
        const QString wavPath = m_runtime.filePath(QStringLiteral("spoken_code.wav"));
        QProcess recorder;
        recorder.setProcessEnvironment(pulseEnvironment());
        recorder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        recorder.start(m_parec, {QStringLiteral("--device=tvpair_speech.monitor"), QStringLiteral("--file-format=wav"),
                                 QStringLiteral("--format=s16le"), QStringLiteral("--rate=22050"),
                                 QStringLiteral("--channels=1"), wavPath});
        QVERIFY2(recorder.waitForStarted(20000), qPrintable(recorder.errorString()));
        auto stopRecorder = qScopeGuard([&recorder] {
            if (recorder.state() != QProcess::NotRunning) {
                recorder.kill();
                recorder.waitForFinished(20000);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(pactlSays({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("source-outputs")},
                                           "\t"), 30000);

        TextToSpeechEngine engine;
        QSignalSpy finished(&engine, &SpeechEngine::finished);
        QSignalSpy failed(&engine, &SpeechEngine::failed);
        const QStringList code = SpokenCode::sentences(QStringLiteral("WPLV-MGJJ"), QStringLiteral("en"));
        QCOMPARE(code, (QStringList{QStringLiteral("W, P, L, V."), QStringLiteral("M, G, J, J.")}));
        engine.say(code, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(engine.isSpeaking());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(!engine.isSpeaking());

        // The monitor lags the player: record on until half a second of quiet follows the speech.
        QString error;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const Wav wav = readWav(wavPath, &error);
            const SpokenSound s = analyse(wav);
            return s.firstVoiced >= 0 && wav.seconds() - s.lastVoiced >= 0.5;
        }(), 60000);
        ::kill(pid_t(recorder.processId()), SIGINT);  // parec closes the file and its header
        QVERIFY(recorder.waitForFinished(20000));

        // Kept for a listen, also when it fails: <build>/tests/ui/artifacts/spoken_code.wav
        const QString artifacts = QStringLiteral(TVPAIR_UI_ARTIFACTS);
        QDir().mkpath(artifacts);
        QFile::remove(artifacts + QStringLiteral("/spoken_code.wav"));
        QFile::copy(wavPath, artifacts + QStringLiteral("/spoken_code.wav"));

        const Wav wav = readWav(wavPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(wav.rate, 22050);
        QCOMPARE(wav.bits, 16);
        const SpokenSound s = analyse(wav);
        const QString measured = QStringLiteral("file %1 s, speech %2 s from %3 s, %4 bursts, peak RMS %5")
                                     .arg(wav.seconds(), 0, 'f', 2).arg(s.span(), 0, 'f', 2)
                                     .arg(s.firstVoiced, 0, 'f', 2).arg(s.bursts).arg(s.peakRms, 0, 'f', 0);
        qInfo().noquote() << "spoken code:" << measured;
        // Eight letter names, about a third of a second each, a pause after each and a longer
        // one at the hyphen: a few seconds. One word run together, or a second of noise, is not it.
        QVERIFY2(s.span() >= 2.5 && s.span() <= 12.0, qPrintable(measured));
        QVERIFY2(s.bursts >= 8, qPrintable(measured));
        QVERIFY2(wav.seconds() >= s.lastVoiced, qPrintable(measured));
    }

    void cleanupTestCase()
    {
        if (m_speechd.state() != QProcess::NotRunning) {
            m_speechd.terminate();
            if (!m_speechd.waitForFinished(20000))
                m_speechd.kill();
        }
        if (m_pulse.state() != QProcess::NotRunning) {
            m_pulse.terminate();
            if (!m_pulse.waitForFinished(20000))
                m_pulse.kill();
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSpeechEngine test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_speech_engine.moc"
